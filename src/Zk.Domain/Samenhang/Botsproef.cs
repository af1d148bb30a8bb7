using Zk.Domain.Werkplannen;

namespace Zk.Domain.Samenhang;

/// <summary>The botsproef's verdict on one bestuurlijk vraagstuk.</summary>
internal enum Botsproefoordeel
{
    /// <summary>A side has no action with a planned decision: nothing to weigh yet.</summary>
    NietTeBeoordelen,

    /// <summary>Every decided action of both sides is decided in the same meeting: the councils weigh them together.</summary>
    ZelfdeBijeenkomst,

    /// <summary>Two decided actions are decided in different meetings: the dilemma is not weighed together.</summary>
    AndereBijeenkomsten,
}

/// <summary>
/// The verdict on one vraagstuk, with two of its actions (indices in the plan) that show it: for
/// <see cref="Botsproefoordeel.AndereBijeenkomsten"/> two actions decided in different meetings (one of each side
/// where such a pair exists), otherwise the first decided action of each side (or -1).
/// </summary>
internal readonly record struct Botsproefuitkomst(Botsproefoordeel Oordeel, int Van, int Naar);

/// <summary>
/// The botsproef (collision test, ch. 8 of the seed): are the two sides of a bestuurlijk vraagstuk decided in the same
/// meeting, so that the councils can weigh them against each other? The one function both ZK052 and the coherence
/// analysis's botsproef report call, so they agree by construction.
/// </summary>
/// <remarks>
/// <para>A side is the action an end names, or every action of the main task it names (a link between main tasks
/// applies to their actions). An action's decision is its <em>last</em> besluitvorming by time (given by the caller:
/// the plan's own moments, or a schedule's).</para>
/// <para>Two decisions are in the same meeting when both name a meeting and it is the same meeting id; otherwise
/// (one or neither names a meeting) when they fall in the same quarter: a decision planned only by quarter stands for
/// that quarter's radenbijeenkomst, which the seed plans once per quarter, so it can still be put in the meeting the
/// other side names. The sides are weighed together when every two decided actions of the vraagstuk are in the same
/// meeting; the vraagstuk cannot be judged while a side has no decided action.</para>
/// </remarks>
internal static class Botsproef
{
    /// <summary>Whether two decisions are in the same meeting (see the remarks on <see cref="Botsproef"/>).</summary>
    public static bool ZelfdeBijeenkomst(Plaats a, Plaats b) =>
        a.Bijeenkomst is { } x && b.Bijeenkomst is { } y ? string.Equals(x, y, StringComparison.Ordinal) : a.Kwartaal == b.Kwartaal;

    /// <summary>The verdict on vraagstuk <paramref name="vraagstuk"/> of the plan, given each action's last decision.</summary>
    /// <param name="index">The plan's index.</param>
    /// <param name="besluiten">Per action (by index in the plan), its last decision, or null.</param>
    /// <param name="vraagstuk">The vraagstuk's index in the plan.</param>
    public static Botsproefuitkomst Oordeel(PlanIndex index, ReadOnlySpan<Plaats?> besluiten, int vraagstuk)
    {
        Span<int> eenVan = stackalloc int[1];
        Span<int> eenNaar = stackalloc int[1];
        var van = index.ActiesVanEinde(index.VraagstukEinde(vraagstuk, naar: false), eenVan);
        var naar = index.ActiesVanEinde(index.VraagstukEinde(vraagstuk, naar: true), eenNaar);
        var eersteVan = EersteBesluit(van, besluiten);
        var eersteNaar = EersteBesluit(naar, besluiten);
        if (eersteVan < 0 || eersteNaar < 0)
        {
            return new Botsproefuitkomst(Botsproefoordeel.NietTeBeoordelen, eersteVan, eersteNaar);
        }

        // A pair across the sides first, so that the message names one action of each side.
        if (Verschilt(eersteVan, naar, besluiten) is var a and >= 0)
        {
            return new Botsproefuitkomst(Botsproefoordeel.AndereBijeenkomsten, eersteVan, a);
        }

        if (Verschilt(eersteNaar, van, besluiten) is var b and >= 0)
        {
            return new Botsproefuitkomst(Botsproefoordeel.AndereBijeenkomsten, b, eersteNaar);
        }

        return AllePaar(van, naar, besluiten) is { } paar
            ? new Botsproefuitkomst(Botsproefoordeel.AndereBijeenkomsten, paar.Item1, paar.Item2)
            : new Botsproefuitkomst(Botsproefoordeel.ZelfdeBijeenkomst, eersteVan, eersteNaar);
    }

    private static int EersteBesluit(ReadOnlySpan<int> acties, ReadOnlySpan<Plaats?> besluiten)
    {
        foreach (var a in acties)
        {
            if (besluiten[a] is not null)
            {
                return a;
            }
        }

        return -1;
    }

    // The first action of `acties` whose decision is not in the same meeting as `actie`'s, or -1.
    private static int Verschilt(int actie, ReadOnlySpan<int> acties, ReadOnlySpan<Plaats?> besluiten)
    {
        var hier = besluiten[actie]!.Value;
        foreach (var a in acties)
        {
            if (besluiten[a] is { } daar && !ZelfdeBijeenkomst(hier, daar))
            {
                return a;
            }
        }

        return -1;
    }

    // Two decided actions of the vraagstuk (either side) not in the same meeting, or null when every pair is; linear:
    // the decisions naming a meeting must share one id, those with only a quarter one quarter, and when both kinds occur
    // every named meeting must lie in that quarter.
    private static (int, int)? AllePaar(ReadOnlySpan<int> van, ReadOnlySpan<int> naar, ReadOnlySpan<Plaats?> besluiten)
    {
        int benoemd = -1, kaal = -1;
        (int, int)? paar = null;
        Kijk(van, besluiten, ref benoemd, ref kaal, ref paar);
        Kijk(naar, besluiten, ref benoemd, ref kaal, ref paar);
        if (paar is null && benoemd >= 0 && kaal >= 0)
        {
            var kwartaal = besluiten[kaal]!.Value.Kwartaal;
            paar = EerstAnderKwartaal(van, besluiten, kwartaal, kaal) ?? EerstAnderKwartaal(naar, besluiten, kwartaal, kaal);
        }

        return paar;
    }

    private static void Kijk(ReadOnlySpan<int> acties, ReadOnlySpan<Plaats?> besluiten, ref int benoemd, ref int kaal, ref (int, int)? paar)
    {
        foreach (var a in acties)
        {
            if (paar is not null || besluiten[a] is not { } p)
            {
                continue;
            }

            ref var eerste = ref p.Bijeenkomst is null ? ref kaal : ref benoemd;
            if (eerste < 0)
            {
                eerste = a;
            }
            else if (!ZelfdeBijeenkomst(besluiten[eerste]!.Value, p))
            {
                paar = (eerste, a);
            }
        }
    }

    private static (int, int)? EerstAnderKwartaal(ReadOnlySpan<int> acties, ReadOnlySpan<Plaats?> besluiten, Tijd.Kwartaal kwartaal, int kaal)
    {
        foreach (var a in acties)
        {
            if (besluiten[a] is { Bijeenkomst: not null } p && p.Kwartaal != kwartaal)
            {
                return (a, kaal);
            }
        }

        return null;
    }
}
