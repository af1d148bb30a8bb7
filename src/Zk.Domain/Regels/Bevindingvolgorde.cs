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
