using NodaTime;
using Zk.Domain.Besturing;
using Zk.Domain.Inplannen;
using Zk.Domain.Tests.Generators;
using Zk.Domain.Tijd;

namespace Zk.Domain.Tests.Inplannen;

/// <summary>
/// The scheduling problem as brief §5 and the planner's documentation state it, built from the plan, the calendar and
/// the policy alone (not through the planner): each action's moments as a chain, an interim discussion added before a
/// decision that has none, and per moment the days it may take place; and a check of a schedule against it.
/// </summary>
internal static class PlannerSpecificatie
{
    /// <summary>One moment to plan: its action (index in the plan) and id, its index in the plan (-1: added), the first and last day it may take place, and what the plan fixes.</summary>
    internal sealed record Moment(int ActieIndex, string Actie, int Index, Fase Fase, LocalDate Vroegst, LocalDate Laatst, string? VasteBijeenkomst, Kwartaal? VastKwartaal)
    {
        public bool IsVast => VasteBijeenkomst is not null || VastKwartaal is not null;

        /// <summary>Whether the moment stays where the plan fixes it when it goes to <paramref name="r"/>.</summary>
        public bool Behoudt(Radenbijeenkomst r) => VasteBijeenkomst is { } id ? r.Id == id : VastKwartaal is { } k && k.Contains(r.Datum);
    }

    /// <summary>The actions' chains, in the plan's order (actions without moments have an empty chain).</summary>
    public static List<List<Moment>> Ketens(Instantie i)
    {
        var (plan, kalender, beleid) = (i.Plan, i.Kalender, i.Beleid);
        var ketens = new List<List<Moment>>();
        for (var a = 0; a < plan.Acties.Count; a++)
        {
            var actie = plan.Acties[a];
            var deadline = beleid.Deadlines.Where(d => d.Actie == actie.Id).Select(d => d.Datum).Append(plan.Looptijd.End).Min();
            var keten = new List<Moment>();
            var tussentijds = false;
            Moment Maak(int index, Raadsmoment m)
            {
                var laatst = m.Fase == Fase.Besluitvorming ? deadline.PlusDays(-beleid.BesluitvormingstermijnInDagen) : deadline;

                // Never before the plan's start, nor before the quarter the plan gives (of its fixed meeting, when it exists).
                var vasteBijeenkomst = m.Radenbijeenkomst is { } id ? kalender.Radenbijeenkomsten.FirstOrDefault(r => r.Id == id) : null;
                var kwartaal = vasteBijeenkomst is not null ? Kwartaal.FromDate(vasteBijeenkomst.Datum) : m.Kwartaal;
                var vroegst = kwartaal is { } k && k.EersteDag > plan.Looptijd.Start ? k.EersteDag : plan.Looptijd.Start;
                return new Moment(a, actie.Id, index, m.Fase, vroegst, laatst, m.Radenbijeenkomst, m.Kwartaal);
            }

            for (var k = 0; k < actie.Raadsmomenten.Count; k++)
            {
                var moment = actie.Raadsmomenten[k];
                if (moment.Fase == Fase.Besluitvorming && beleid.TussentijdseBesprekingVerplicht && !tussentijds)
                {
                    keten.Add(Maak(-1, new Raadsmoment { Fase = Fase.Bespreking }));
                }

                tussentijds |= Bestuursprofiel.ZuidKennemerland.IsTussentijds(moment.Fase);
                keten.Add(Maak(k, moment));
            }

            ketens.Add(keten);
        }

        return ketens;
    }

    /// <summary>Whether a moment may go to meeting <paramref name="r"/> after a moment on <paramref name="vorige"/> (null: none), ignoring capacity.</summary>
    public static bool Past(Instantie i, Moment moment, Radenbijeenkomst r, LocalDate? vorige, bool negeerBlokkade = false) =>
        r.Datum >= moment.Vroegst && r.Datum <= moment.Laatst
        && (negeerBlokkade || !i.Kalender.Blokkades.Any(b => b.Periode.Contains(r.Datum)))
        && (vorige is not { } v || Period.Between(v, r.Datum, PeriodUnits.Days).Days >= Math.Max(1, i.Beleid.MinimaleTussenruimteInDagen));

    /// <summary>
    /// How many moments of each chain are planned: the planned moments (in the plan's order, each chain's first) and the
    /// unplannable ones (the rest of each chain, in order) must be exactly the chains' moments; null when they are not.
    /// Actions that share an id and a path make this ambiguous, so the split is searched, most planned first.
    /// </summary>
    private static int[]? Uitlijning(List<List<Moment>> ketens, Planning planning)
    {
        var gepland = new int[ketens.Count];
        static bool Is(Moment m, string actie, int index, Fase fase) => m.Actie == actie && m.Index == index && m.Fase == fase;

        // Between actions that share an id, a planned moment belongs to the one whose days and fixing it fits.
        static bool Gepland(Moment m, Toewijzing t) =>
            Is(m, t.Actie, t.Moment, t.Fase) && t.Datum >= m.Vroegst && t.Datum <= m.Laatst
            && m.IsVast == (t.Status is ToewijzingStatus.Behouden or ToewijzingStatus.Verplaatst);
        bool Zoek(int c, int t, int o)
        {
            if (c == ketens.Count)
            {
                return t == planning.Toewijzingen.Count && o == planning.Onplanbaar.Count;
            }

            var keten = ketens[c];
            var hoogstens = 0;
            while (hoogstens < keten.Count && t + hoogstens < planning.Toewijzingen.Count
                && Gepland(keten[hoogstens], planning.Toewijzingen[t + hoogstens]))
            {
                hoogstens++;
            }

            for (var p = hoogstens; p >= 0; p--)
            {
                var rest = keten.Count - p;
                var klopt = o + rest <= planning.Onplanbaar.Count;
                for (var k = 0; klopt && k < rest; k++)
                {
                    var u = planning.Onplanbaar[o + k];
                    klopt = Is(keten[p + k], u.Actie, u.Moment, u.Fase) && u.Deadline == keten[p + k].Laatst;
                }

                if (klopt && Zoek(c + 1, t + p, o + rest))
                {
                    gepland[c] = p;
                    return true;
                }
            }

            return false;
        }

        return Zoek(0, 0, 0) ? gepland : null;
    }

    /// <summary>
    /// What <paramref name="planning"/> breaks of the rules: every moment planned or explained; a chain's planned moments
    /// come first; each in its days, not blocked, the minimum gap after the one before, within capacity, with the status
    /// that says how it got there; and each unplannable moment with the reason, deadline and meetings that hold.
    /// </summary>
    public static List<string> Schendingen(Instantie i, Planning planning)
    {
        var fouten = new List<string>();
        var ketens = Ketens(i);
        var bijeenkomst = i.Kalender.Radenbijeenkomsten.GroupBy(r => r.Id).ToDictionary(g => g.Key, g => g.First());
        var toewijzingen = planning.Toewijzingen;
        var onplanbaar = planning.Onplanbaar;
        if (Uitlijning(ketens, planning) is not { } gepland)
        {
            fouten.Add("the planned and unplannable moments are not each chain's moments, planned ones first, in the plan's order");
            return fouten;
        }

        int t = 0, o = 0;
        var geplaatst = new List<(Moment Moment, Radenbijeenkomst Bijeenkomst)>();
        var open = new List<(Moment Moment, LocalDate? Vorige)>();
        for (var c = 0; c < ketens.Count; c++)
        {
            var keten = ketens[c];
            LocalDate? vorige = null;
            var j = 0;
            for (; j < gepland[c]; j++, t++)
            {
                var (m, tw) = (keten[j], toewijzingen[t]);
                var r = bijeenkomst[tw.Radenbijeenkomst];
                if (!Past(i, m, r, vorige) || tw.Datum != r.Datum)
                {
                    fouten.Add($"{m.Actie} {m.Fase} in {r.Id} ({r.Datum:uuuu-MM-dd}) outside its days {m.Vroegst:uuuu-MM-dd}..{m.Laatst:uuuu-MM-dd}, blocked, or too close after the moment before");
                }

                var status = m.Index < 0 ? ToewijzingStatus.Toegevoegd
                    : !m.IsVast ? ToewijzingStatus.Ingepland
                    : m.Behoudt(r) ? ToewijzingStatus.Behouden
                    : ToewijzingStatus.Verplaatst;
                if (tw.Status != status)
                {
                    fouten.Add($"{m.Actie} {m.Fase} is {tw.Status}, not {status}");
                }

                geplaatst.Add((m, r));
                vorige = r.Datum;
            }

            // The rest of the chain is unplannable, in order: the first for a reason of its own, the others by order.
            for (var k = j; k < keten.Count; k++, o++)
            {
                var m = keten[k];
                if (onplanbaar[o].Deadline != m.Laatst)
                {
                    fouten.Add($"{m.Actie} {m.Fase} is explained with deadline {onplanbaar[o].Deadline:uuuu-MM-dd}, not {m.Laatst:uuuu-MM-dd}");
                }

                if (k > j && onplanbaar[o].Reden != OnplanbaarReden.Volgorde)
                {
                    fouten.Add($"{m.Actie} {m.Fase} follows an unplannable moment but is explained by {onplanbaar[o].Reden}");
                }

                if (k == j)
                {
                    open.Add((m, vorige));
                }
            }
        }

        var bezet = geplaatst.GroupBy(g => g.Bijeenkomst.Id).ToDictionary(g => g.Key, g => g.Count());
        foreach (var (id, aantal) in bezet)
        {
            if (aantal > (bijeenkomst[id].Agendaruimte ?? int.MaxValue))
            {
                fouten.Add($"{id} holds {aantal} moments, over its capacity");
            }
        }

        // The first unplannable moment of a chain: no meeting in reach (deadline), all in reach blocked, or the free ones full.
        var uitleg = onplanbaar.Where(u => u.Reden != OnplanbaarReden.Volgorde).ToList();
        if (uitleg.Count != open.Count)
        {
            fouten.Add("not every chain's first unplannable moment has a reason of its own");
            return fouten;
        }

        for (var k = 0; k < open.Count; k++)
        {
            var (m, vorige) = open[k];
            var u = uitleg[k];
            var bereik = i.Kalender.Radenbijeenkomsten.Where(r => Past(i, m, r, vorige, negeerBlokkade: true)).OrderBy(r => r.Datum).ThenBy(r => r.Id, StringComparer.Ordinal).ToList();
            var vrij = bereik.Where(r => !i.Kalender.Blokkades.Any(b => b.Periode.Contains(r.Datum))).ToList();
            var (reden, bijeenkomsten) = bereik.Count == 0 ? (OnplanbaarReden.Deadline, new List<Radenbijeenkomst>())
                : vrij.Count == 0 ? (OnplanbaarReden.Blokkade, bereik)
                : (OnplanbaarReden.AgendaVol, vrij);
            if (u.Reden != reden || !u.Bijeenkomsten.SequenceEqual(bijeenkomsten.Select(r => r.Id)))
            {
                fouten.Add($"{m.Actie} {m.Fase} is unplannable by {u.Reden} [{string.Join(",", u.Bijeenkomsten)}], the rules say {reden} [{string.Join(",", bijeenkomsten.Select(r => r.Id))}]");
                continue;
            }

            if (reden != OnplanbaarReden.AgendaVol)
            {
                continue;
            }

            if (vrij.Any(r => bezet.GetValueOrDefault(r.Id) < (r.Agendaruimte ?? int.MaxValue)))
            {
                fouten.Add($"{m.Actie} {m.Fase} is unplannable by capacity while a meeting in reach has room");
            }

            var concurrenten = geplaatst.Where(g => vrij.Contains(g.Bijeenkomst) && g.Moment.Actie != m.Actie).Select(g => g.Moment.Actie).Distinct().Order(StringComparer.Ordinal);
            if (!u.Concurrenten.SequenceEqual(concurrenten))
            {
                fouten.Add($"{m.Actie} {m.Fase}: competitors [{string.Join(",", u.Concurrenten)}], the meetings hold [{string.Join(",", concurrenten)}]");
            }
        }

        return fouten;
    }
}
