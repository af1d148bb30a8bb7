using Zk.Domain.Besturing;
using Zk.Domain.Collections;
using Zk.Domain.Inplannen;
using Zk.Domain.Samenhang;
using Zk.Domain.Tijd;
using Zk.Domain.Werkplannen;
using Zk.Domain.Wisselwerkingen;

namespace Zk.Domain.Tests.Samenhang;

/// <summary>
/// A small model of the coherence analysis written from the domain brief (§7) by brute force, one definition per
/// question, with no indexes: what a link touches, which cell of the matrix it counts in, and when the two sides of a
/// vraagstuk are decided in the same meeting.
/// </summary>
/// <remarks>
/// The definitions: an action end names the first action with that id; a main-task end names a main task of the plan
/// and stands for every action whose main task it is. An action belongs to the main task with its id, if the plan has
/// one. Cells are ordered by the main tasks' first places. An action's decision is its last besluitvorming by time
/// (quarter, then date when both have one; the first among equals). Two decisions are in the same meeting when both
/// name a meeting and it is the same, otherwise when they are in the same quarter.
/// </remarks>
internal static class SamenhangReferentie
{
    public static SamenhangAnalyse Of(Werkplan plan, Planning? planning = null)
    {
        var links = plan.Koppelkansen.Select(k => (Link: (Wisselwerking)k, Kans: true)).Concat(plan.Vraagstukken.Select(v => (Link: (Wisselwerking)v, Kans: false))).ToList();

        var matrix = new List<MatrixCel>();
        for (var x = 0; x < plan.Hoofdopgaven.Count; x++)
        {
            for (var y = x; y < plan.Hoofdopgaven.Count; y++)
            {
                if (EerstePlaats(plan, plan.Hoofdopgaven[x].Id) != x || EerstePlaats(plan, plan.Hoofdopgaven[y].Id) != y)
                {
                    continue;
                }

                var inCel = links.Where(l => InCel(plan, l.Link, x, y)).ToList();
                if (inCel.Count > 0)
                {
                    var sterkten = inCel.Where(l => l.Link.Sterkte is not null).Select(l => l.Link.Sterkte!.Value).ToList();
                    matrix.Add(new MatrixCel(
                        plan.Hoofdopgaven[x].Id, plan.Hoofdopgaven[y].Id, inCel.Count(l => l.Kans), inCel.Count(l => !l.Kans), sterkten.Count == 0 ? null : sterkten.Sum()));
                }
            }
        }

        var perActie = plan.Acties.Select((a, i) => new ActieSamenhang(
            a.Id,
            plan.Koppelkansen.Where(k => Raakt(plan, k, i)).Select(k => k.Id).ToValueArray(),
            plan.Vraagstukken.Where(v => Raakt(plan, v, i)).Select(v => v.Id).ToValueArray()));

        var besluiten = Enumerable.Range(0, plan.Acties.Count).Select(i => Besluit(plan, planning, i)).ToArray();
        var botsproef = plan.Vraagstukken.Select(v =>
        {
            var van = Kant(plan, v.Van);
            var naar = Kant(plan, v.Naar);
            var alle = van.Concat(naar).Distinct().ToList();
            var beslist = alle.Where(a => besluiten[a] is not null).ToList();
            bool? samen = !van.Any(a => besluiten[a] is not null) || !naar.Any(a => besluiten[a] is not null)
                ? null
                : beslist.All(a => beslist.All(b => ZelfdeBijeenkomst(besluiten[a]!.Value, besluiten[b]!.Value)));
            return new BotsproefRegel(
                v.Id,
                v.Titel,
                alle.Select(a => (plan.Acties[a].Id, besluiten[a] is { } b ? b.Bijeenkomst ?? b.Kwartaal.ToString() : null)).ToValueArray(),
                samen);
        });

        return new SamenhangAnalyse { Matrix = matrix.ToValueArray(), PerActie = perActie.ToValueArray(), Botsproef = botsproef.ToValueArray() };
    }

    /// <summary>Where an action's last decision is: quarter, date (null when only a quarter) and the meeting it names.</summary>
    public readonly record struct Besluitplaats(Kwartaal Kwartaal, NodaTime.LocalDate? Datum, string? Bijeenkomst);

    public static bool ZelfdeBijeenkomst(Besluitplaats a, Besluitplaats b) =>
        a.Bijeenkomst is not null && b.Bijeenkomst is not null ? a.Bijeenkomst == b.Bijeenkomst : a.Kwartaal == b.Kwartaal;

    /// <summary>The action's last decision: the schedule's when one is given, otherwise the plan's own moments (meetings from the plan).</summary>
    public static Besluitplaats? Besluit(Werkplan plan, Planning? planning, int actie)
    {
        IEnumerable<Besluitplaats> plaatsen;
        if (planning is not null)
        {
            plaatsen = planning.Toewijzingen
                .Where(t => t.Fase == Fase.Besluitvorming && EersteActie(plan, t.Actie) == actie)
                .Select(t => new Besluitplaats(Kwartaal.FromDate(t.Datum), t.Datum, t.Radenbijeenkomst));
        }
        else
        {
            plaatsen = plan.Acties[actie].Raadsmomenten.Where(m => m.Fase == Fase.Besluitvorming).Select(m =>
            {
                var bijeenkomst = plan.Radenbijeenkomsten.FirstOrDefault(r => r.Id == m.Radenbijeenkomst);
                return bijeenkomst is not null
                    ? new Besluitplaats(Kwartaal.FromDate(bijeenkomst.Datum), bijeenkomst.Datum, bijeenkomst.Id)
                    : m.Kwartaal is { } k ? new Besluitplaats(k, null, m.Radenbijeenkomst) : (Besluitplaats?)null;
            }).Where(p => p is not null).Select(p => p!.Value);
        }

        Besluitplaats? laatste = null;
        foreach (var p in plaatsen)
        {
            if (laatste is null || Later(p, laatste.Value))
            {
                laatste = p;
            }
        }

        return laatste;
    }

    private static bool Later(Besluitplaats a, Besluitplaats b) =>
        a.Kwartaal != b.Kwartaal ? a.Kwartaal > b.Kwartaal : a.Datum is { } x && b.Datum is { } y && x > y;

    /// <summary>The actions (indices) one end of a link stands for.</summary>
    public static List<int> Kant(Werkplan plan, Verwijzing eind) =>
        Enumerable.Range(0, plan.Acties.Count).Where(i => Noemt(plan, eind, i)).ToList();

    private static bool Noemt(Werkplan plan, Verwijzing eind, int actie) => eind.Soort switch
    {
        ElementSoort.Actie => EersteActie(plan, eind.Id) == actie,
        ElementSoort.Hoofdopgave => plan.Hoofdopgaven.Any(h => h.Id == eind.Id) && plan.Acties[actie].Hoofdopgave == eind.Id,
        _ => false,
    };

    private static bool Raakt(Werkplan plan, Wisselwerking link, int actie) => Noemt(plan, link.Van, actie) || Noemt(plan, link.Naar, actie);

    // The main task (its first place) an end belongs to, or -1.
    private static int Opgave(Werkplan plan, Verwijzing eind) => eind.Soort switch
    {
        ElementSoort.Hoofdopgave => EerstePlaats(plan, eind.Id),
        ElementSoort.Actie when EersteActie(plan, eind.Id) is var a and >= 0 => EerstePlaats(plan, plan.Acties[a].Hoofdopgave),
        _ => -1,
    };

    private static bool InCel(Werkplan plan, Wisselwerking link, int x, int y)
    {
        var (a, b) = (Opgave(plan, link.Van), Opgave(plan, link.Naar));
        return a >= 0 && b >= 0 && Math.Min(a, b) == x && Math.Max(a, b) == y;
    }

    private static int EerstePlaats(Werkplan plan, string hoofdopgave)
    {
        for (var i = 0; i < plan.Hoofdopgaven.Count; i++)
        {
            if (plan.Hoofdopgaven[i].Id == hoofdopgave)
            {
                return i;
            }
        }

        return -1;
    }

    private static int EersteActie(Werkplan plan, string id)
    {
        for (var i = 0; i < plan.Acties.Count; i++)
        {
            if (plan.Acties[i].Id == id)
            {
                return i;
            }
        }

        return -1;
    }
}
