using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using Zk.Domain.Besturing;
using Zk.Domain.Collections;
using Zk.Domain.Inplannen;
using Zk.Domain.Samenhang;
using Zk.Domain.Synthetisch;
using Zk.Domain.Tests.Generators;
using Zk.Domain.Tijd;
using Zk.Domain.Werkplannen;

namespace Zk.Domain.Tests.Inplannen;

/// <summary>
/// The planner against a reference: its first, plain greedy version (linear scans, no indexes), on instances larger
/// than the exhaustive search takes. Whenever the greedy pass decides the schedule, both must give the same one.
/// </summary>
public class PlannerReferenceTests
{
    [Property(MaxTest = 300, Replay = "(20250101,20250103)")]
    public Property The_planner_gives_the_reference_greedy_schedule() =>
        Prop.ForAll(Arb.From(Middel), i =>
        {
            var (referentie, volledig) = GretigeReferentie.Schedule(i.Plan, i.Kalender, i.Beleid);
            if (!volledig && GretigeReferentie.Probleem.Maak(i.Plan, i.Kalender, i.Beleid).Taken.Length <= 40)
            {
                return true.Label("small and imperfect: the exhaustive search decides");
            }

            var planning = Planner.Schedule(i.Plan, i.Kalender, i.Beleid);
            return (planning == referentie && planning.ToJson(Taal.En) == referentie.ToJson(Taal.En))
                .Label($"planned {planning.Toewijzingen.Count}/{referentie.Toewijzingen.Count}, unplannable {planning.Onplanbaar.Count}/{referentie.Onplanbaar.Count}");
        });

    [Fact]
    public void A_synthetic_plan_of_a_thousand_actions_gets_the_reference_schedule()
    {
        var plan = SyntheticPlan.Generate(1000, 7);
        var kalender = SyntheticPlan.Kalender(plan);
        var krap = kalender with
        {
            Radenbijeenkomsten = kalender.Radenbijeenkomsten.Select((r, k) => r with { Capaciteit = k % 5 == 0 ? null : r.Capaciteit / 3 }).ToValueArray(),
            Blokkades = StandaardBlokkades.Voor(plan.Looptijd),
        };
        foreach (var (k, beleid) in new[] { (kalender, Governancebeleid.Standaard), (krap, new Governancebeleid { MinimaleTussenruimteInDagen = 30 }) })
        {
            var planning = Planner.Schedule(plan, k, beleid);
            Assert.NotEmpty(planning.Onplanbaar);
            Assert.Equal(GretigeReferentie.Schedule(plan, k, beleid).Planning, planning);
        }
    }

    private static readonly Fase[][] Paden =
    [
        [Fase.Informatie], [Fase.Bespreking, Fase.Besluitvorming], [Fase.Besluitvorming], [Fase.Versie50, Fase.Versie80, Fase.Besluitvorming],
        [Fase.Informatie, Fase.Terugkoppeling], [Fase.Concept, Fase.Besluitvorming, Fase.Evaluatie], [Fase.Besluitvorming, Fase.Bespreking, Fase.Besluitvorming],
    ];

    // A moment is open (N.t.b.), fixed to a quarter, or fixed to a meeting (one that may not exist).
    private static Gen<Raadsmoment> MomentGen(Fase fase, int bijeenkomsten) =>
        from soort in Gen.Elements(0, 0, 1, 1, 2)
        from kwartaal in Gen.Choose(-1, 8)
        from bijeenkomst in Gen.Choose(1, bijeenkomsten + 1)
        select soort switch
        {
            0 => new Raadsmoment { Fase = fase },
            1 => new Raadsmoment { Fase = fase, Kwartaal = new Kwartaal(2024, 1) + kwartaal },
            _ => new Raadsmoment { Fase = fase, Kwartaal = new Kwartaal(2024, 1) + kwartaal, Radenbijeenkomst = $"rb{bijeenkomst}" },
        };

    // Up to 60 actions (some sharing an id) and 30 meetings, with vraagstukken between actions, blocks, gaps and deadlines.
    private static Gen<Instantie> Middel { get; } =
        from aantalActies in Gen.Choose(5, 60)
        from aantalBijeenkomsten in Gen.Choose(1, 30)
        from acties in Gen.CollectToSequence(Enumerable.Range(1, aantalActies), i =>
            from pad in Gen.Elements(Paden)
            from momenten in Gen.CollectToSequence(pad, fase => MomentGen(fase, aantalBijeenkomsten))
            from dubbel in Gen.Elements(false, false, false, false, false, false, false, false, false, true)
            select PlanningGenerator.Actie(i, dubbel && i > 1 ? $"a{i - 1}" : $"a{i}", momenten.ToValueArray()))
        from bijeenkomsten in Gen.CollectToSequence(Enumerable.Range(1, aantalBijeenkomsten), i =>
            from dag in PlanningGenerator.Dag(-40, 770)
            from capaciteit in Gen.Elements<int?>(0, 1, 1, 2, 3, 5, null)
            select new Radenbijeenkomst { Id = $"rb{i}", Datum = dag, Capaciteit = capaciteit })
        from blokkades in (
            from start in PlanningGenerator.Dag(-30, 760)
            from lengte in Gen.Choose(0, 90)
            select new Blokkade { Periode = new DateInterval(start, start.PlusDays(lengte)), Reden = "blok" }).ArrayOf().Select(b => b.Take(3).ToArray())
        from vraagstukken in (
            from van in Gen.Choose(0, aantalActies + 1)
            from naar in Gen.Choose(1, aantalActies)
            select (van, naar)).ArrayOf().Select(v => v.Take(aantalActies).ToArray())
        from gap in Gen.Elements(0, 0, 30, 90)
        from termijn in Gen.Elements(0, 42, 120)
        from tussentijds in Gen.Elements(true, true, false)
        from deadlines in (
            from actie in Gen.Choose(1, aantalActies)
            from dag in PlanningGenerator.Dag(60, 760)
            select new Deadline($"a{actie}", dag)).ArrayOf().Select(d => d.Take(5).ToArray())
        let plan = PlanningGenerator.Plan("middel", "Middel", acties, vraagstukken.Select((v, k) => new BestuurlijkVraagstuk
        {
            Id = $"V{k}",
            Titel = "Vraagstuk",
            Van = v.van == 0 ? Verwijzing.NaarHoofdopgave("h") : Verwijzing.NaarActie($"a{v.van}"),
            Naar = Verwijzing.NaarActie($"a{v.naar}"),
        }).ToValueArray())
        select new Instantie(
            plan,
            new Vergaderkalender { Radenbijeenkomsten = bijeenkomsten.ToValueArray(), Blokkades = blokkades.ToValueArray() },
            new Governancebeleid { MinimaleTussenruimteInDagen = gap, BesluitvormingstermijnInDagen = termijn, TussentijdseBesprekingVerplicht = tussentijds, Deadlines = deadlines.ToValueArray() });
}

/// <summary>The planner's greedy pass as first written: kept as the reference for its faster version.</summary>
internal static class GretigeReferentie
{
    public static (Planning Planning, bool Volledig) Schedule(Werkplan plan, Vergaderkalender kalender, Governancebeleid beleid)
    {
        var probleem = Probleem.Maak(plan, kalender, beleid);
        var plaatsing = Gretig(probleem);
        var waarde = probleem.Waarde(plaatsing);
        return (probleem.Uitkomst(plaatsing), waarde.Gepland == probleem.Taken.Length && waarde.Behouden == probleem.Taken.Count(t => t.WasVast));
    }

    // Places fixed moments first, then the others, earliest fit first.
    private static int[] Gretig(Probleem p)
    {
        var plaatsing = Enumerable.Repeat(-1, p.Taken.Length).ToArray();
        var bezet = new int[p.Bijeenkomsten.Length];

        // Fixed moments, action by action, in chain order.
        foreach (var keten in p.Ketens)
        {
            var vorige = -1;
            foreach (var t in keten)
            {
                if (p.Taken[t].Vast is not null)
                {
                    var m = p.Kandidaten(t, vorige, p.Volgende(t, plaatsing), bezet, alleenVast: true).FirstOrDefault(-1);
                    if (m >= 0)
                    {
                        plaatsing[t] = m;
                        bezet[m]++;
                        vorige = m;
                    }
                }
            }
        }

        // The others: the most urgent action first, each moment at the earliest meeting that fits between its neighbours.
        foreach (var keten in p.Ketens.OrderBy(k => p.Taken[k[0]].Deadline).ThenBy(k => p.Taken[k[0]].ActieIndex))
        {
            var vorige = -1;
            var gebroken = false;
            foreach (var t in keten)
            {
                if (plaatsing[t] >= 0)
                {
                    vorige = plaatsing[t];
                    continue;
                }

                if (gebroken)
                {
                    continue;
                }

                var kandidaten = p.Kandidaten(t, vorige, p.Volgende(t, plaatsing), bezet).ToList();
                var m = p.Voorkeur(t, kandidaten, plaatsing) ?? kandidaten.FirstOrDefault(-1);
                if (m < 0)
                {
                    gebroken = true;
                    continue;
                }

                plaatsing[t] = m;
                bezet[m]++;
                vorige = m;
            }
        }

        // A moment follows its chain: after one that could not be planned, none of the later ones stays.
        foreach (var keten in p.Ketens)
        {
            var open = false;
            foreach (var t in keten)
            {
                open |= plaatsing[t] < 0;
                if (open && plaatsing[t] >= 0)
                {
                    bezet[plaatsing[t]]--;
                    plaatsing[t] = -1;
                }
            }
        }

        return plaatsing;
    }

    // One moment to plan.
    internal sealed record Taak(
        string Actie, int ActieIndex, int Moment, Fase Fase, LocalDate Deadline, HashSet<int>? Vast, LocalDate? Vroegst, int Vorige, int Volgende)
    {
        public bool WasVast => Vast is not null;
    }

    // The planning problem: moments as chains per action, meetings in date order.
    internal sealed class Probleem
    {
        private Probleem(Werkplan plan, Vergaderkalender kalender, Governancebeleid beleid, Radenbijeenkomst[] bijeenkomsten, bool[] geblokkeerd, Taak[] taken, int[][] ketens)
        {
            Plan = plan;
            Kalender = kalender;
            Beleid = beleid;
            Bijeenkomsten = bijeenkomsten;
            Geblokkeerd = geblokkeerd;
            Taken = taken;
            Ketens = ketens;
        }

        private ILookup<string, int>? _besluiten;
        private ILookup<string, string>? _tegenpolen;

        public Werkplan Plan { get; }

        public Vergaderkalender Kalender { get; }

        public Governancebeleid Beleid { get; }

        public Radenbijeenkomst[] Bijeenkomsten { get; }

        public bool[] Geblokkeerd { get; }

        public Taak[] Taken { get; }

        public int[][] Ketens { get; }

        public static Probleem Maak(Werkplan plan, Vergaderkalender kalender, Governancebeleid beleid)
        {
            var bijeenkomsten = kalender.Radenbijeenkomsten.OrderBy(r => r.Datum).ThenBy(r => r.Id, StringComparer.Ordinal).ToArray();
            var geblokkeerd = bijeenkomsten.Select(r => kalender.BlokkadeOp(r.Datum) is not null).ToArray();
            var datums = bijeenkomsten.Select(r => r.Datum).ToArray();
            var perId = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var m = 0; m < bijeenkomsten.Length; m++)
            {
                perId.TryAdd(bijeenkomsten[m].Id, m);
            }
            var taken = new List<Taak>();
            var ketens = new List<int[]>();
            var deadlines = beleid.Deadlines.GroupBy(d => d.Actie, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Min(d => d.Datum), StringComparer.Ordinal);
            for (var a = 0; a < plan.Acties.Count; a++)
            {
                var actie = plan.Acties[a];
                var deadline = Min(deadlines.GetValueOrDefault(actie.Id, plan.Looptijd.End), plan.Looptijd.End);
                var momenten = Momenten(actie, beleid);
                var keten = new List<int>();
                foreach (var (index, moment) in momenten)
                {
                    var eigenDeadline = moment.Fase == Fase.Besluitvorming ? deadline.PlusDays(-beleid.BesluitvormingstermijnInDagen) : deadline;
                    HashSet<int>? vast = null;
                    LocalDate? vroegst = null;
                    if (moment.Kwartaal is not null || moment.Radenbijeenkomst is not null)
                    {
                        var kwartaal = moment.Radenbijeenkomst is { } rid && perId.TryGetValue(rid, out var eigen)
                            ? Kwartaal.FromDate(bijeenkomsten[eigen].Datum)
                            : moment.Kwartaal;
                        vroegst = kwartaal?.EersteDag;
                        vast = moment.Radenbijeenkomst is { } id
                            ? (perId.TryGetValue(id, out var m) ? [m] : [])
                            : InKwartaal(datums, moment.Kwartaal!.Value);
                    }

                    keten.Add(taken.Count);
                    taken.Add(new Taak(actie.Id, a, index, moment.Fase, eigenDeadline, vast, vroegst, keten.Count > 1 ? keten[^2] : -1, -1));
                }

                for (var i = 0; i < keten.Count - 1; i++)
                {
                    taken[keten[i]] = taken[keten[i]] with { Volgende = keten[i + 1] };
                }

                if (keten.Count > 0)
                {
                    ketens.Add([.. keten]);
                }
            }

            return new Probleem(plan, kalender, beleid, bijeenkomsten, geblokkeerd, [.. taken], [.. ketens]);
        }

        private static LocalDate Min(LocalDate a, LocalDate b) => a < b ? a : b;

        // The meetings (indices into the date-ordered array) in a quarter: one contiguous run, found by binary search.
        private static HashSet<int> InKwartaal(LocalDate[] datums, Kwartaal kwartaal)
        {
            var van = Eerste(datums, kwartaal.EersteDag);
            var tot = Eerste(datums, kwartaal.LaatsteDag.PlusDays(1));
            return [.. Enumerable.Range(van, tot - van)];
        }

        // The index of the first date on or after `dag`.
        private static int Eerste(LocalDate[] datums, LocalDate dag)
        {
            int lo = 0, hi = datums.Length;
            while (lo < hi)
            {
                var mid = (lo + hi) / 2;
                if (datums[mid] < dag)
                {
                    lo = mid + 1;
                }
                else
                {
                    hi = mid;
                }
            }

            return lo;
        }

        // The action's moments in the plan's order, with an interim discussion added before a decision that has none.
        private static List<(int Index, Raadsmoment Moment)> Momenten(Actie actie, Governancebeleid beleid)
        {
            var momenten = new List<(int, Raadsmoment)>();
            var tussentijds = false;
            for (var i = 0; i < actie.Raadsmomenten.Count; i++)
            {
                var moment = actie.Raadsmomenten[i];
                if (moment.Fase == Fase.Besluitvorming && beleid.TussentijdseBesprekingVerplicht && !tussentijds)
                {
                    momenten.Add((-1, new Raadsmoment { Fase = Fase.Bespreking }));
                }

                tussentijds |= moment.Fase.IsInterim();
                momenten.Add((i, moment));
            }

            return momenten;
        }

        /// <summary>How many moments a placement plans, and how many fixed moments it keeps in their quarter.</summary>
        public (int Gepland, int Behouden) Waarde(int[] plaatsing)
        {
            var gepland = 0;
            var behouden = 0;
            for (var t = 0; t < Taken.Length; t++)
            {
                if (plaatsing[t] >= 0)
                {
                    gepland++;
                    behouden += Taken[t].Vast?.Contains(plaatsing[t]) == true ? 1 : 0;
                }
            }

            return (gepland, behouden);
        }

        /// <summary>The meeting of the next placed moment in the chain, or -1.</summary>
        public int Volgende(int t, int[] plaatsing)
        {
            for (var n = Taken[t].Volgende; n >= 0; n = Taken[n].Volgende)
            {
                if (plaatsing[n] >= 0)
                {
                    return plaatsing[n];
                }
            }

            return -1;
        }

        /// <summary>The meetings where moment <paramref name="t"/> can go, in date order.</summary>
        public IEnumerable<int> Kandidaten(int t, int vorige, int volgende, int[] bezet, bool alleenVast = false)
        {
            var taak = Taken[t];

            // Meetings are in date order: none at or before the previous moment's meeting can follow it.
            for (var m = vorige + 1; m < Bijeenkomsten.Length; m++)
            {
                var r = Bijeenkomsten[m];
                if (r.Datum > taak.Deadline)
                {
                    yield break;
                }

                if ((!alleenVast || taak.Vast!.Contains(m)) && Past(taak, m, vorige, volgende) && bezet[m] < (r.Capaciteit ?? int.MaxValue))
                {
                    yield return m;
                }
            }
        }

        private bool Past(Taak taak, int m, int vorige, int volgende, bool negeerBlokkade = false)
        {
            var datum = Bijeenkomsten[m].Datum;
            var gap = Math.Max(1, Beleid.MinimaleTussenruimteInDagen);
            return (negeerBlokkade || !Geblokkeerd[m])
                && datum >= Plan.Looptijd.Start && datum <= taak.Deadline
                && (taak.Vroegst is not { } vroegst || datum >= vroegst)
                && (vorige < 0 || Period.Between(Bijeenkomsten[vorige].Datum, datum, PeriodUnits.Days).Days >= gap)
                && (volgende < 0 || Period.Between(datum, Bijeenkomsten[volgende].Datum, PeriodUnits.Days).Days >= gap);
        }

        /// <summary>For a decision: the meeting where the other action of a vraagstuk decides, when it is a candidate.</summary>
        public int? Voorkeur(int t, List<int> kandidaten, int[] plaatsing)
        {
            var taak = Taken[t];
            if (taak.Fase != Fase.Besluitvorming)
            {
                return null;
            }

            _besluiten ??= Enumerable.Range(0, Taken.Length).Where(o => Taken[o].Fase == Fase.Besluitvorming).ToLookup(o => Taken[o].Actie, StringComparer.Ordinal);
            _tegenpolen ??= Plan.Vraagstukken
                .Where(v => v.Van.Soort == ElementSoort.Actie && v.Naar.Soort == ElementSoort.Actie)
                .SelectMany(v => new[] { (v.Van.Id, v.Naar.Id), (v.Naar.Id, v.Van.Id) })
                .ToLookup(x => x.Item1, x => x.Item2, StringComparer.Ordinal);
            foreach (var ander in _tegenpolen[taak.Actie])
            {
                foreach (var o in _besluiten[ander])
                {
                    if (plaatsing[o] >= 0 && kandidaten.Contains(plaatsing[o]))
                    {
                        return plaatsing[o];
                    }
                }
            }

            return null;
        }

        public Planning Uitkomst(int[] plaatsing)
        {
            var toewijzingen = new List<Toewijzing>();
            var onplanbaar = new List<OnplanbaarMoment>();
            var bezet = new int[Bijeenkomsten.Length];
            foreach (var m in plaatsing.Where(m => m >= 0))
            {
                bezet[m]++;
            }

            for (var t = 0; t < Taken.Length; t++)
            {
                var taak = Taken[t];
                if (plaatsing[t] >= 0)
                {
                    var r = Bijeenkomsten[plaatsing[t]];
                    var status = taak.Moment < 0 ? ToewijzingStatus.Toegevoegd
                        : taak.Vast?.Contains(plaatsing[t]) == true ? ToewijzingStatus.Behouden
                        : taak.WasVast ? ToewijzingStatus.Verplaatst
                        : ToewijzingStatus.Ingepland;
                    toewijzingen.Add(new Toewijzing { Actie = taak.Actie, Moment = taak.Moment, Fase = taak.Fase, Radenbijeenkomst = r.Id, Datum = r.Datum, Status = status });
                    continue;
                }

                onplanbaar.Add(Waarom(t, plaatsing, bezet));
            }

            var deadlines = Beleid.Deadlines.GroupBy(d => d.Actie, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Min(d => d.Datum), StringComparer.Ordinal);
            var laatste = new Dictionary<string, LocalDate>(StringComparer.Ordinal);
            foreach (var t in toewijzingen)
            {
                var dag = t.Fase == Fase.Besluitvorming ? t.Datum.PlusDays(Beleid.BesluitvormingstermijnInDagen) : t.Datum;
                if (!laatste.TryGetValue(t.Actie, out var eerder) || dag > eerder)
                {
                    laatste[t.Actie] = dag;
                }
            }

            var speling = Plan.Acties.Select(actie =>
            {
                var deadline = Min(deadlines.GetValueOrDefault(actie.Id, Plan.Looptijd.End), Plan.Looptijd.End);
                int? dagen = laatste.TryGetValue(actie.Id, out var dag) ? Period.Between(dag, deadline, PeriodUnits.Days).Days : null;
                return new Speling(actie.Id, deadline, dagen);
            });
            return new Planning
            {
                Toewijzingen = toewijzingen.ToValueArray(),
                Onplanbaar = onplanbaar.ToValueArray(),
                Kalender = Kalender,
                Speling = speling.ToValueArray(),
            };
        }

        private OnplanbaarMoment Waarom(int t, int[] plaatsing, int[] bezet)
        {
            var taak = Taken[t];
            var vorigeTaak = taak.Vorige;
            var basis = new OnplanbaarMoment { Actie = taak.Actie, Moment = taak.Moment, Fase = taak.Fase, Reden = OnplanbaarReden.Volgorde, Deadline = taak.Deadline };
            if (vorigeTaak >= 0 && plaatsing[vorigeTaak] < 0)
            {
                return basis;
            }

            var vorige = vorigeTaak < 0 ? -1 : plaatsing[vorigeTaak];
            var volgende = Volgende(t, plaatsing);
            var bereik = Enumerable.Range(0, Bijeenkomsten.Length)
                .Where(m => Past(taak, m, vorige, volgende, negeerBlokkade: true))
                .ToList();
            if (bereik.Count == 0)
            {
                return basis with { Reden = OnplanbaarReden.Deadline };
            }

            if (bereik.All(m => Geblokkeerd[m]))
            {
                return basis with { Reden = OnplanbaarReden.Blokkade, Bijeenkomsten = bereik.Select(m => Bijeenkomsten[m].Id).ToValueArray() };
            }

            var vol = bereik.Where(m => !Geblokkeerd[m]).ToList();
            var concurrenten = Enumerable.Range(0, Taken.Length)
                .Where(o => plaatsing[o] >= 0 && vol.Contains(plaatsing[o]) && Taken[o].Actie != taak.Actie)
                .Select(o => Taken[o].Actie)
                .Distinct(StringComparer.Ordinal)
                .Order(StringComparer.Ordinal);
            return basis with
            {
                Reden = OnplanbaarReden.Capaciteit,
                Bijeenkomsten = vol.Select(m => Bijeenkomsten[m].Id).ToValueArray(),
                Concurrenten = concurrenten.ToValueArray(),
            };
        }
    }
}
