namespace Zk.Domain.Regels;

/// <summary>
/// The order findings come out in, whatever the order of the checks: by path, then by code, then by message. Paths
/// compare ordinally, except that runs of digits compare as numbers (<c>acties[2]</c> before <c>acties[10]</c>);
/// the plan's own path (empty) comes first. Codes and messages compare ordinally.
/// </summary>
internal sealed class Bevindingvolgorde : IComparer<Bevinding>
{
    public static Bevindingvolgorde Instance { get; } = new();

    public int Compare(Bevinding? x, Bevinding? y)
    {
        if (ReferenceEquals(x, y))
        {
            return 0;
        }

        if (x is null || y is null)
        {
            return x is null ? -1 : 1;
        }

        var byPad = VergelijkPad(x.Path, y.Path);
        if (byPad != 0)
        {
            return byPad;
        }

        var byCode = string.CompareOrdinal(x.Code, y.Code);
        return byCode != 0 ? byCode : string.CompareOrdinal(x.Message, y.Message);
    }

    /// <summary>
    /// Sorts <paramref name="bevindingen"/> in this order. Each path's head (up to its first index) and that index are
    /// read once; the few distinct heads are ranked once, so nearly every comparison compares two integers without
    /// touching the findings (large plans have a finding for most of their vraagstukken, and at 100,000 actions those
    /// no longer fit in the processor's caches). Ties, and paths without such a head, fall back to <see cref="Compare"/>.
    /// </summary>
    public static void Sort(Bevinding[] bevindingen)
    {
        var koppen = new List<string>();
        var sleutels = new Sleutel[bevindingen.Length];
        for (var i = 0; i < sleutels.Length; i++)
        {
            sleutels[i] = Sleutel.Van(bevindingen[i], koppen);
        }

        // Rank the heads: they hold no digits, so the full comparison orders them ordinally.
        var volgorde = Enumerable.Range(0, koppen.Count).OrderBy(k => koppen[k], StringComparer.Ordinal).ToArray();
        var rang = new int[koppen.Count];
        for (var r = 0; r < volgorde.Length; r++)
        {
            rang[volgorde[r]] = r;
        }

        for (var i = 0; i < sleutels.Length; i++)
        {
            if (sleutels[i].Kop >= 0)
            {
                sleutels[i] = sleutels[i] with { Kop = rang[sleutels[i].Kop] };
            }
        }

        Array.Sort(sleutels, SleutelVolgorde.Instance);
        for (var i = 0; i < sleutels.Length; i++)
        {
            bevindingen[i] = sleutels[i].Bevinding;
        }
    }

    // Most plans' findings have a handful of heads; beyond this many, the rest are compared in full.
    private const int MaxKoppen = 64;

    // A path's head: its characters up to and including the first '[' when that opens a plain number (no leading zero,
    // fits an int) and the head has no digits, with that number; the whole path and -1 when it has no '[' and no
    // digits. Kop is the head's number among the distinct heads (later its rank); -1 when the path has no such head,
    // and the full comparison decides. Heads compare ordinally and numbers as numbers, as the full comparison does.
    private readonly record struct Sleutel(Bevinding Bevinding, int Kop, int Index)
    {
        public static Sleutel Van(Bevinding b, List<string> koppen)
        {
            var pad = b.Path;
            var open = pad.IndexOf('[', StringComparison.Ordinal);
            if (open < 0)
            {
                return pad.AsSpan().ContainsAnyInRange('0', '9') ? new(b, -1, -1) : new(b, KopVan(pad, pad.Length, koppen), -1);
            }

            var eind = open + 1;
            var getal = 0L;
            while (eind < pad.Length && char.IsAsciiDigit(pad[eind]) && getal <= int.MaxValue)
            {
                getal = (getal * 10) + (pad[eind] - '0');
                eind++;
            }

            var cijfers = eind - open - 1;
            var gewoon = cijfers > 0 && getal <= int.MaxValue && (cijfers == 1 || pad[open + 1] != '0') && !pad.AsSpan(0, open).ContainsAnyInRange('0', '9');
            return gewoon ? new(b, KopVan(pad, open + 1, koppen), (int)getal) : new(b, -1, -1);
        }

        private static int KopVan(string pad, int lengte, List<string> koppen)
        {
            var kop = pad.AsSpan(0, lengte);
            for (var k = koppen.Count - 1; k >= 0; k--)
            {
                if (kop.SequenceEqual(koppen[k]))
                {
                    return k;
                }
            }

            if (koppen.Count == MaxKoppen)
            {
                return -1;
            }

            koppen.Add(kop.ToString());
            return koppen.Count - 1;
        }
    }

    private sealed class SleutelVolgorde : IComparer<Sleutel>
    {
        public static SleutelVolgorde Instance { get; } = new();

        public int Compare(Sleutel x, Sleutel y)
        {
            if (x.Kop >= 0 && y.Kop >= 0 && (x.Kop != y.Kop || x.Index != y.Index))
            {
                return x.Kop != y.Kop ? x.Kop.CompareTo(y.Kop) : x.Index.CompareTo(y.Index);
            }

            return Bevindingvolgorde.Instance.Compare(x.Bevinding, y.Bevinding);
        }
    }

    /// <summary>Compares two paths ordinally, with runs of digits compared by their numeric value.</summary>
    public static int VergelijkPad(string a, string b)
    {
        // The common prefix compares equal; start at the digit run it may end in (a number that differs later on).
        var begin = a.AsSpan().CommonPrefixLength(b);
        while (begin > 0 && char.IsAsciiDigit(a[begin - 1]))
        {
            begin--;
        }

        int i = begin, j = begin;
        while (i < a.Length && j < b.Length)
        {
            if (char.IsAsciiDigit(a[i]) && char.IsAsciiDigit(b[j]))
            {
                var (beginA, beginB) = (i, j);
                while (i < a.Length && char.IsAsciiDigit(a[i]))
                {
                    i++;
                }

                while (j < b.Length && char.IsAsciiDigit(b[j]))
                {
                    j++;
                }

                var getalA = a.AsSpan(beginA, i - beginA).TrimStart('0');
                var getalB = b.AsSpan(beginB, j - beginB).TrimStart('0');
                var byGetal = getalA.Length != getalB.Length ? getalA.Length.CompareTo(getalB.Length) : getalA.SequenceCompareTo(getalB);
                if (byGetal != 0)
                {
                    return byGetal;
                }

                // Equal numbers written differently (leading zeros): fewer digits first.
                var byLengte = (i - beginA).CompareTo(j - beginB);
                if (byLengte != 0)
                {
                    return byLengte;
                }

                continue;
            }

            if (a[i] != b[j])
            {
                return a[i].CompareTo(b[j]);
            }

            i++;
            j++;
        }

        return (a.Length - i).CompareTo(b.Length - j);
    }
}
