using NodaTime;
using Zk.Domain.Besturing;
using Zk.Domain.Collections;
using Zk.Domain.Samenhang;
using Zk.Domain.Tijd;
using Zk.Domain.Werkplannen;

namespace Zk.Domain.Inplannen;

/// <summary>
/// Assigns every required council moment of every action to a radenbijeenkomst of a calendar, keeping the moments the
/// plan fixes where they are valid, and explains what it cannot plan.
/// </summary>
/// <remarks>
/// <para>Each action's moments form a chain in the plan's order: each in a later meeting than the one before (with the
/// policy's minimum gap), none before the plan starts, none after the action's deadline (for a decision: the meeting
/// plus the councils' decision time), and none once an earlier moment of the chain could not be planned. Meetings in
/// blocked periods are not used, and no meeting takes more moments than its capacity. A decision gets an interim
/// discussion before it when the plan has none and the policy asks for one.</para>
/// <para>What the planner optimises, in this order: the number of moments planned, then the number of moments the plan
/// fixes (a quarter, or a meeting) that stay there. A fixed moment therefore moves only when it has no usable meeting in
/// its quarter or keeping it would leave other moments unplanned; it then moves later, never to an earlier quarter than
/// the plan gives (work that slips is not discussed sooner), and is reported as moved. Adding a meeting or capacity
/// never lowers the number of planned moments.</para>
/// <para>The planner places fixed moments first, then the others as early as they fit, most urgent action first,
/// preferring to put the decisions of both actions of a bestuurlijk vraagstuk in the same meeting. When that leaves a
/// moment unplanned or moves a fixed one on a small instance (up to 40 moments), an exhaustive search finds the best
/// schedule. The result is deterministic and does not depend on the order of the calendar. Thread-safe.</para>
/// </remarks>
public static class Planner
{
    private const int ExhaustiveTaskLimit = 40;
    private const int ExhaustiveNodeLimit = 2_000_000;

    /// <summary>Makes the schedule of <paramref name="plan"/> on <paramref name="kalender"/>.</summary>
    /// <param name="plan">The plan.</param>
    /// <param name="kalender">The meetings and blocked periods.</param>
    /// <param name="beleid">The governance policy; <see cref="Governancebeleid.Standaard"/> when null.</param>
    public static Planning Schedule(Werkplan plan, Vergaderkalender kalender, Governancebeleid? beleid = null)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(kalender);
        var probleem = Probleem.Maak(plan, kalender, beleid ?? Governancebeleid.Standaard);
        var plaatsing = Gretig(probleem);
        var waarde = probleem.Waarde(plaatsing);
        if ((waarde.Gepland < probleem.Taken.Length || waarde.Behouden < probleem.Taken.Count(t => t.WasVast)) && probleem.Taken.Length <= ExhaustiveTaskLimit)
        {
            var beste = Exhaustief(probleem, waarde);
            if (beste is not null)
            {
                plaatsing = beste;
            }
        }

        return probleem.Uitkomst(plaatsing);
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

    // The schedule that plans the most moments and, among those, keeps the most fixed moments in their quarter, by
    // depth-first search over the chains; null when the node budget runs out before anything better is found.
    private static int[]? Exhaustief(Probleem p, (int Gepland, int Behouden) ondergrens)
    {
        var volgorde = p.Ketens.SelectMany(k => k).ToArray();
        var resterendVast = new int[volgorde.Length + 1];
        for (var i = volgorde.Length - 1; i >= 0; i--)
        {
            resterendVast[i] = resterendVast[i + 1] + (p.Taken[volgorde[i]].WasVast ? 1 : 0);
        }

        var plaatsing = Enumerable.Repeat(-1, p.Taken.Length).ToArray();
        var bezet = new int[p.Bijeenkomsten.Length];
        int[]? beste = null;
        var besteWaarde = ondergrens;
        var knopen = 0;

        void Zoek(int i, int gepland, int behouden)
        {
            if (++knopen > ExhaustiveNodeLimit)
            {
                return;
            }

            var plafond = (Gepland: gepland + (volgorde.Length - i), Behouden: behouden + resterendVast[i]);
            if (plafond.Gepland < besteWaarde.Gepland || (plafond.Gepland == besteWaarde.Gepland && plafond.Behouden <= besteWaarde.Behouden))
            {
                return;
            }

            if (i == volgorde.Length)
            {
                besteWaarde = (gepland, behouden);
                beste = (int[])plaatsing.Clone();
                return;
            }

            var t = volgorde[i];
            var vorigeTaak = p.Taken[t].Vorige;
            var vorige = vorigeTaak < 0 ? -1 : plaatsing[vorigeTaak];
            if (vorigeTaak < 0 || vorige >= 0)
            {
                foreach (var m in p.KandidatenVastEerst(t, vorige, bezet).ToList())
                {
                    plaatsing[t] = m;
                    bezet[m]++;
                    Zoek(i + 1, gepland + 1, behouden + (p.Taken[t].Vast?.Contains(m) == true ? 1 : 0));
                    bezet[m]--;
                    plaatsing[t] = -1;
                }
            }

            Zoek(i + 1, gepland, behouden);
        }

        Zoek(0, 0, 0);
        return beste;
    }

    /// <summary>One moment to plan.</summary>
    internal sealed record Taak(
        string Actie, int ActieIndex, int Moment, Fase Fase, LocalDate Deadline, HashSet<int>? Vast, LocalDate? Vroegst, int Vorige, int Volgende)
    {
        public bool WasVast => Vast is not null;
    }

    /// <summary>The planning problem: moments as chains per action, meetings in date order.</summary>
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

        /// <summary>The meetings where moment <paramref name="t"/> can go, those in its fixed quarter first.</summary>
        public IEnumerable<int> KandidatenVastEerst(int t, int vorige, int[] bezet) =>
            Taken[t].Vast is { } vast
                ? Kandidaten(t, vorige, -1, bezet).Where(vast.Contains).Concat(Kandidaten(t, vorige, -1, bezet).Where(m => !vast.Contains(m)))
                : Kandidaten(t, vorige, -1, bezet);

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
