using System.Buffers;
using System.Runtime.InteropServices;
using NodaTime;
using Zk.Domain.Besturing;
using Zk.Domain.Collections;
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
/// blocked periods are not used, and no meeting takes more moments than its capacity (its own, or its kind's in the
/// plan's profile). The plan's governance profile says which stage decides, and which stages take an agenda item: those
/// of the joint meeting and the decision; a stage acted on elsewhere (every council, a board, the colleges) is dated by a
/// meeting without taking an item, and a stage every council acts on leaves them the decision time before the deadline,
/// as a decision does. A decision gets the profile's required stages before it where the plan has none of them (an
/// interim discussion only when the policy asks for one).</para>
/// <para>What the planner optimises, in this order: the number of moments planned, then the number of moments the plan
/// fixes (a quarter, or a meeting) that stay there. A fixed moment moves only later, never to an earlier quarter than the
/// plan gives (work that slips is not discussed sooner), and is reported as moved. Where the result is proven optimal,
/// adding a meeting or capacity never lowers the number of planned moments.</para>
/// <para>How it gets there. Three schedules are made and the best is kept: the greedy one (fixed moments first, then the
/// others as early as they fit, most urgent action first, preferring to put the decisions of both actions of a
/// bestuurlijk vraagstuk in the same meeting; it wins a tie) and two list schedules over the meetings in date order, where
/// each meeting takes, up to its capacity, the moments ready for it whose chains must start soonest (by the latest place
/// that still fits the rest of the chain, or that keeps its fixed moments in their quarter). Each is improved by
/// augmenting paths over the meeting seats (as in a bipartite matching): a chain's first unplanned moment takes a seat,
/// the moment there moves to another meeting between its neighbours, and so on until a meeting with room; a fixed moment
/// outside its quarter moves into it the same way (its previous moment moving earlier first when that is in the way),
/// never taking a kept moment out of its quarter. The paths visit at most 64 × moments × meetings (moment, meeting)
/// pairs per schedule, so the whole is linear in moments × meetings, up to the logarithm of the list schedules' queue.</para>
/// <para>While the best of them is below an upper bound (the moments that fit in their chain alone, with the seat-taking
/// ones limited by a maximum matching into the seats, each between its earliest and latest place, and the fixed moments
/// with a usable meeting in their quarter), a large-neighbourhood search follows: for each chain's first unplanned moment
/// and each fixed moment outside its quarter, its chain and up to 20 chains seated where it needs room are planned again
/// exactly, the rest staying where it is (a depth-first search bounded by what each chain reaches alone in the meetings
/// left), and a change is kept only when it is strictly better; then the augmenting paths, the search again, and the paths.
/// Its work is at most 1,024 × moments × meetings steps, so the whole stays linear in moments × meetings. On an instance
/// of at most 40 moments still below the bound, the same exact search runs over all chains within 2,000,000 nodes.</para>
/// <para>The result is proven optimal (<see cref="Planning.IsBewezenOptimaal"/>) when it meets the upper bound, or when the
/// search over all chains finished; otherwise it is the best found, never worse than the greedy one, and
/// <see cref="Planning.IsBewezenOptimaal"/> is false. On 100 generated plans of 5 to 200 actions with tight capacities it
/// plans as many moments as an exact solver (CP-SAT) on all of them and keeps as many fixed moments on 98. An unplannable
/// moment's reason and its <see cref="OnplanbaarMoment.Beperkingen"/> hold in the returned schedule: no chain's first
/// unplanned moment has a meeting with room in its window (the improvement fills every such seat). The result is
/// deterministic and does not depend on the order of the calendar. Thread-safe.</para>
/// </remarks>
public static partial class Planner
{
    private const int ExhaustiveTaskLimit = 40;
    private const int ExhaustiveNodeLimit = 2_000_000;

    /// <summary>Makes the schedule of <paramref name="plan"/> on <paramref name="kalender"/>.</summary>
    /// <param name="plan">The plan.</param>
    /// <param name="kalender">The meetings and blocked periods.</param>
    /// <param name="beleid">The governance policy; <see cref="Governancebeleid.Standaard"/> when null.</param>
    /// <exception cref="ArgumentException"><paramref name="plan"/> or <paramref name="kalender"/> has a required member set to null,
    /// or a date not in the ISO calendar in the years 1 to 9999 (the message names its path). Duplicate meeting ids are no
    /// exception: the planner tells the meetings apart by their position and schedules on each, but the schedule names a
    /// meeting by its id, so which of two such meetings a moment went to cannot be told; in the plan's own meetings (from
    /// which <see cref="StandaardKalender.For"/> makes a calendar) Validate reports them as ZK001.</exception>
    public static Planning Schedule(Werkplan plan, Vergaderkalender kalender, Governancebeleid? beleid = null)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(kalender);
        Volledigheid.ThrowIfIncomplete(plan, nameof(plan));
        Volledigheid.ThrowIfIncomplete(kalender, nameof(kalender));
        var probleem = Probleem.Maak(plan, kalender, beleid ?? Governancebeleid.Standaard);

        // The greedy schedule, then (while below the upper bound: the greedy one meets it on most plans) the greedy and
        // the list schedules improved by augmenting paths, the greedy one winning a tie (it prefers the vraagstuk pairs'
        // meetings); proven optimal when it meets the bound, otherwise searched exhaustively when small.
        var plafond = Plafond(probleem);
        var plaatsing = Gretig(probleem);
        if (probleem.Waarde(plaatsing) != plafond)
        {
            Verbeter(probleem, plaatsing);
            for (var variant = 0; variant < 3 && probleem.Waarde(plaatsing) != plafond; variant++)
            {
                var lijst = Lijstplanning(probleem, variant);
                Verbeter(probleem, lijst);
                if (Beter(probleem.Waarde(lijst), probleem.Waarde(plaatsing)))
                {
                    plaatsing = lijst;
                }
            }
        }

        var bewezen = probleem.Waarde(plaatsing) == plafond;
        if (!bewezen)
        {
            // The neighbourhood search, the augmenting paths on what it left, and the search once more from there; the paths
            // last, so that no seat a chain's first unplanned moment fits stays empty when the search's budget ran out.
            Verfijn(probleem, plaatsing, plafond);
            Verbeter(probleem, plaatsing);
            Verfijn(probleem, plaatsing, plafond);
            Verbeter(probleem, plaatsing);
            bewezen = probleem.Waarde(plaatsing) == plafond;
        }

        if (!bewezen && probleem.Taken.Length <= ExhaustiveTaskLimit)
        {
            var (_, _, volledig) = new Ketenzoeker(probleem, plaatsing).Herplan([.. Enumerable.Range(0, probleem.Ketens.Length)], ExhaustiveNodeLimit);
            if (!volledig)
            {
                Verbeter(probleem, plaatsing); // a search cut short may leave a seat a moment fits
            }

            bewezen = volledig;
        }

        var planning = probleem.Uitkomst(plaatsing, bewezen);
        probleem.GeefTerug();
        return planning;
    }

    private static bool Beter((int Gepland, int Behouden) a, (int Gepland, int Behouden) b) =>
        a.Gepland > b.Gepland || (a.Gepland == b.Gepland && a.Behouden > b.Behouden);

    // Places fixed moments first, then the others, earliest fit first.
    private static int[] Gretig(Probleem p)
    {
        var plaatsing = new int[p.Taken.Length];
        Array.Fill(plaatsing, -1);
        var vrij = new VrijeBijeenkomsten(p);

        // Fixed moments, action by action, in chain order; the chain's later moments are not placed yet.
        foreach (var keten in p.Ketens)
        {
            var vorige = -1;
            for (var t = keten.Van; t < keten.Tot; t++)
            {
                if (p.Taken[t].Vast is { } vast)
                {
                    var (van, tot) = p.Venster(t, vorige, -1);
                    var m = vrij.Eerste(t, Math.Max(van, vast.Van));
                    if (m < Math.Min(tot, vast.Tot))
                    {
                        plaatsing[t] = m;
                        vrij.Neem(t, m);
                        vorige = m;
                    }
                }
            }
        }

        // The others: the most urgent action first, each moment at the earliest meeting that fits between its neighbours.
        // `volgende` is written for a chain before it is read (a pooled array, not cleared).
        var volgende = ArrayPool<int>.Shared.Rent(p.Taken.Length);
        var urgentie = p.KetensNaarUrgentie();
        foreach (var k in urgentie)
        {
            // The meeting of the next placed moment, per moment: only fixed moments after it are placed yet.
            var keten = p.Ketens[k];
            var na = -1;
            for (var t = keten.Tot - 1; t >= keten.Van; t--)
            {
                volgende[t] = na;
                na = plaatsing[t] >= 0 ? plaatsing[t] : na;
            }

            var vorige = -1;
            var gebroken = false;
            for (var t = keten.Van; t < keten.Tot; t++)
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

                var (van, tot) = p.Venster(t, vorige, volgende[t]);
                var m = p.Voorkeur(t, van, tot, vrij.Bezet, plaatsing) ?? vrij.Eerste(t, van);
                if (m >= tot)
                {
                    gebroken = true;
                    continue;
                }

                plaatsing[t] = m;
                vrij.Neem(t, m);
                vorige = m;
            }
        }

        ArrayPool<int>.Shared.Return(volgende);

        // A moment follows its chain: after one that could not be planned, none of the later ones stays.
        var afgenomen = false;
        foreach (var keten in p.Ketens)
        {
            var open = false;
            for (var t = keten.Van; t < keten.Tot; t++)
            {
                open |= plaatsing[t] < 0;
                if (open && plaatsing[t] >= 0)
                {
                    plaatsing[t] = -1;
                    afgenomen = true;
                }
            }
        }

        if (afgenomen)
        {
            Herstel(p, plaatsing, urgentie);
        }

        return plaatsing;
    }

    // Fixed moments taken off by the chain rule leave room, and the moment before them no longer has to fit before them:
    // a chain's first unplanned moment may fit now. Most urgent first, the rest of each chain goes as early as it fits.
    private static void Herstel(Probleem p, int[] plaatsing, int[] urgentie)
    {
        var vrij = new VrijeBijeenkomsten(p);
        for (var t = 0; t < plaatsing.Length; t++)
        {
            if (plaatsing[t] >= 0)
            {
                vrij.Neem(t, plaatsing[t]);
            }
        }

        foreach (var k in urgentie)
        {
            var keten = p.Ketens[k];
            var t = keten.Van;
            while (t < keten.Tot && plaatsing[t] >= 0)
            {
                t++;
            }

            for (var vorige = t > keten.Van ? plaatsing[t - 1] : -1; t < keten.Tot; t++)
            {
                var (van, tot) = p.Venster(t, vorige, -1);
                var m = p.Voorkeur(t, van, tot, vrij.Bezet, plaatsing) ?? vrij.Eerste(t, van);
                if (m >= tot)
                {
                    break;
                }

                plaatsing[t] = m;
                vrij.Neem(t, m);
                vorige = m;
            }
        }
    }

    /// <summary>A run of meetings (indices into the date-ordered array), from <paramref name="Van"/> up to but not including <paramref name="Tot"/>.</summary>
    internal readonly record struct Reeks(int Van, int Tot)
    {
        public bool Contains(int m) => m >= Van && m < Tot;
    }

    /// <summary>
    /// One moment to plan: <see cref="Fase"/> its stage (an index into <see cref="Probleem.Fasen"/>, so a moment holds no
    /// reference and the arrays of moments are copied without the collector), <see cref="Kenmerk"/> what the profile says
    /// of it; <see cref="Vast"/> holds the meetings the plan fixes it to (its quarter or its meeting). Its neighbours in its
    /// chain are the moments just before and after it (<see cref="Probleem.Vorige"/>, <see cref="Probleem.Volgende"/>).
    /// </summary>
    /// <remarks>32 bytes, with the optional parts as flags rather than nullable fields: at about 2,600 moments or fewer
    /// the array of moments stays off the large object heap, whose allocations cost the calls gen-2 collections.</remarks>
    [StructLayout(LayoutKind.Auto)]
    internal readonly struct Taak
    {
        private const byte HeeftVast = 1;
        private const byte HeeftVroegst = 2;
        private const byte IsEerste = 4;
        private const byte IsLaatste = 8;

        private readonly int _vastVan;
        private readonly int _vastTot;
        private readonly LocalDate _vroegst;
        private readonly byte _vlaggen;

        public Taak(int actieIndex, int moment, int fase, Fasekenmerk kenmerk, LocalDate deadline, Reeks? vast, LocalDate? vroegst, bool eerste, bool laatste)
        {
            ActieIndex = actieIndex;
            Moment = moment;
            Fase = fase;
            Kenmerk = kenmerk;
            Deadline = deadline;
            (_vastVan, _vastTot) = vast is { } v ? (v.Van, v.Tot) : (0, 0);
            _vroegst = vroegst.GetValueOrDefault();
            _vlaggen = (byte)((vast is null ? 0 : HeeftVast) | (vroegst is null ? 0 : HeeftVroegst) | (eerste ? IsEerste : 0) | (laatste ? IsLaatste : 0));
        }

        /// <summary>The index of its action in the plan.</summary>
        public int ActieIndex { get; }

        /// <summary>Its index in the action's moments; -1 for a moment the policy adds.</summary>
        public int Moment { get; }

        /// <summary>Its stage, an index into <see cref="Probleem.Fasen"/>.</summary>
        public int Fase { get; }

        /// <summary>What the profile says of its stage.</summary>
        public Fasekenmerk Kenmerk { get; }

        /// <summary>The last day it may take place.</summary>
        public LocalDate Deadline { get; }

        /// <summary>The meetings the plan fixes it to (its quarter or its meeting); null when it is not fixed.</summary>
        public Reeks? Vast => (_vlaggen & HeeftVast) != 0 ? new Reeks(_vastVan, _vastTot) : null;

        /// <summary>The first day of the quarter the plan gives it (or its meeting's); null when none.</summary>
        public LocalDate? Vroegst => (_vlaggen & HeeftVroegst) != 0 ? _vroegst : null;

        /// <summary>Whether it is the first moment of its chain.</summary>
        public bool Eerste => (_vlaggen & IsEerste) != 0;

        /// <summary>Whether it is the last moment of its chain.</summary>
        public bool Laatste => (_vlaggen & IsLaatste) != 0;

        public bool WasVast => (_vlaggen & HeeftVast) != 0;

        /// <summary>Whether its stage is the profile's decision.</summary>
        public bool IsBesluit => (Kenmerk & Fasekenmerk.Besluit) != 0;

        /// <summary>Whether it takes an agenda item of its meeting.</summary>
        public bool NeemtPlaats => (Kenmerk & Fasekenmerk.Agendaplaats) != 0;
    }

    /// <summary>A function of a date, computed once per date; the last two dates are checked before the dictionary (runs of moments share their dates).</summary>
    private sealed class Geheugen(Func<LocalDate, int> functie)
    {
        private readonly Dictionary<LocalDate, int> _waarden = [];
        private (LocalDate Dag, int Waarde) _laatste = (default, -1);
        private (LocalDate Dag, int Waarde) _vorige = (default, -1);

        public int this[LocalDate dag]
        {
            get
            {
                if (_laatste.Waarde >= 0 && _laatste.Dag == dag)
                {
                    return _laatste.Waarde;
                }

                if (_vorige.Waarde >= 0 && _vorige.Dag == dag)
                {
                    (_laatste, _vorige) = (_vorige, _laatste);
                    return _laatste.Waarde;
                }

                if (!_waarden.TryGetValue(dag, out var waarde))
                {
                    _waarden[dag] = waarde = functie(dag);
                }

                _vorige = _laatste;
                _laatste = (dag, waarde);
                return waarde;
            }
        }
    }

    /// <summary>
    /// The meetings the greedy pass can still use, with their occupation: per meeting a pointer to the first meeting at or
    /// after it that is neither blocked nor full, shortened as it is followed (path halving), so a search costs almost O(1).
    /// </summary>
    private sealed class VrijeBijeenkomsten
    {
        private readonly Probleem _p;
        private readonly int[] _volgende;

        public VrijeBijeenkomsten(Probleem p)
        {
            _p = p;
            Bezet = new int[p.Bijeenkomsten.Length];
            _volgende = new int[p.Bijeenkomsten.Length + 1];
            for (var m = 0; m <= p.Bijeenkomsten.Length; m++)
            {
                _volgende[m] = m < p.Bijeenkomsten.Length && !p.Beschikbaar(m, Bezet) ? m + 1 : m;
            }
        }

        public int[] Bezet { get; }

        // The first meeting at or after `m` that can take moment `t`: one not blocked and, when t takes an agenda item,
        // not full; the number of meetings when there is none.
        public int Eerste(int t, int m)
        {
            if (_p.Taken[t].NeemtPlaats)
            {
                return Eerste(m);
            }

            while (m < _p.Bijeenkomsten.Length && _p.Geblokkeerd[m])
            {
                m++;
            }

            return m;
        }

        // The first usable meeting at or after `m`, or the number of meetings when there is none.
        public int Eerste(int m)
        {
            while (_volgende[m] != m)
            {
                _volgende[m] = _volgende[_volgende[m]];
                m = _volgende[m];
            }

            return m;
        }

        public void Neem(int t, int m)
        {
            if (!_p.Taken[t].NeemtPlaats)
            {
                return; // dated by the meeting, but not on its agenda
            }

            Bezet[m]++;
            if (!_p.Beschikbaar(m, Bezet))
            {
                _volgende[m] = m + 1;
            }
        }
    }

    /// <summary>The planning problem: moments as chains per action, meetings in date order.</summary>
    internal sealed class Probleem
    {
        private readonly int _aantalTaken;
        private Taak[] _taken;
        private int[] _van;
        private int[] _tot;
        private readonly LocalDate[] _deadlines;
        private readonly string[] _actieIds;
        private int[]? _actieSleutels;
        private int[]? _actieRang;
        private int[]? _actieRangorde;
        private string[]? _actieIdsOpRang;

        private int[]? _voorkeurSleutels;
        private int[]? _tegenpoolBegin;
        private int[]? _tegenpolen;
        private int[]? _besluitBegin;
        private int[]? _besluiten;
        private int[]? _vroegst;

        private Probleem(Werkplan plan, Vergaderkalender kalender, Plaatsingsregels regels, Taak[] taken, int aantalTaken, Reeks[] ketens, int[] van, int[] tot, LocalDate[] deadlines, string[] actieIds, Fase[] fasen)
        {
            Fasen = fasen;
            _deadlines = deadlines;
            _actieIds = actieIds;
            Plan = plan;
            Kalender = kalender;
            Regels = regels;
            Beleid = regels.Beleid;
            Bijeenkomsten = regels.Bijeenkomsten;
            Geblokkeerd = regels.Geblokkeerd;
            _taken = taken;
            _aantalTaken = aantalTaken;
            Ketens = ketens;

            _van = van;
            _tot = tot;
        }

        public Werkplan Plan { get; }

        public Vergaderkalender Kalender { get; }

        public Governancebeleid Beleid { get; }

        /// <summary>The placement rules the planner shares with the run.</summary>
        public Plaatsingsregels Regels { get; }

        public Radenbijeenkomst[] Bijeenkomsten { get; }

        public bool[] Geblokkeerd { get; }

        /// <summary>The moments (a pooled array, given back by <see cref="GeefTerug"/>, hence a span of its used part).</summary>
        public ReadOnlySpan<Taak> Taken => new(_taken, 0, _aantalTaken);

        /// <summary>The distinct stages of the moments (<see cref="Taak.Fase"/> is an index into it).</summary>
        public Fase[] Fasen { get; }

        /// <summary>Per action with moments, its moments: a run of indices into <see cref="Taken"/>, in the plan's order.</summary>
        public Reeks[] Ketens { get; }

        /// <summary>The moment before <paramref name="t"/> in its chain, or -1 when it is the first.</summary>
        public int Vorige(int t) => Taken[t].Eerste ? -1 : t - 1;

        /// <summary>The moment after <paramref name="t"/> in its chain, or -1 when it is the last.</summary>
        public int Volgende(int t) => Taken[t].Laatste ? -1 : t + 1;

        /// <summary>Per moment, the earliest usable meeting when its chain goes as early as it can (see <see cref="VroegsteStart"/>), computed once; read only.</summary>
        public int[] Vroegst => _vroegst ??= VroegsteStart(this);

        /// <summary>
        /// Gives the pooled arrays of the moments back (at L they are about 1 MB a call, on the large object heap when not
        /// pooled, which costs gen-2 collections); the problem is not used after it. A problem that is never given back
        /// only leaves its arrays to the collector.
        /// </summary>
        public void GeefTerug()
        {
            ArrayPool<Taak>.Shared.Return(_taken);
            ArrayPool<int>.Shared.Return(_van);
            ArrayPool<int>.Shared.Return(_tot);
            if (_vroegst is not null)
            {
                ArrayPool<int>.Shared.Return(_vroegst);
            }

            if (_tegenpolen is not null)
            {
                ArrayPool<int>.Shared.Return(_tegenpolen);
            }

            (_taken, _van, _tot, _vroegst, _tegenpolen) = ([], [], [], null, null);
        }

        // A pooled array replaced by a larger one with the same start.
        private static void Groei<T>(ref T[] rij, int lengte)
        {
            var groter = ArrayPool<T>.Shared.Rent(lengte);
            Array.Copy(rij, groter, rij.Length);
            ArrayPool<T>.Shared.Return(rij);
            rij = groter;
        }

        public static Probleem Maak(Werkplan plan, Vergaderkalender kalender, Governancebeleid beleid)
        {
            var regels = Plaatsingsregels.Maak(plan.Looptijd, kalender, beleid, plan.Profiel);
            var bijeenkomsten = regels.Bijeenkomsten;
            var perId = new Dictionary<string, int>(bijeenkomsten.Length, StringComparer.Ordinal);
            for (var m = 0; m < bijeenkomsten.Length; m++)
            {
                perId.TryAdd(bijeenkomsten[m].Id, m);
            }

            // One moment per plan moment, plus the interim discussions the policy adds (then the array grows).
            var aantal = 0;
            foreach (var actie in plan.Acties)
            {
                aantal += actie.Raadsmomenten.Count;
            }

            // Per moment also the meetings from the plan's start (and its earliest quarter) up to its deadline, found once
            // per quarter, per meeting and per action's deadline rather than per moment.
            var taken = ArrayPool<Taak>.Shared.Rent(aantal);
            var van = ArrayPool<int>.Shared.Rent(aantal);
            var tot = ArrayPool<int>.Shared.Rent(aantal);
            var ketens = new Reeks[plan.Acties.Count];
            int aantalTaken = 0, aantalKetens = 0;
            var momenten = new List<(int Index, Raadsmoment Moment, int Fase)>();
            var kwartalen = new Dictionary<Kwartaal, Reeks>();
            var perBijeenkomst = new (LocalDate EersteDag, int Van)[bijeenkomsten.Length];
            var actieDeadlines = new LocalDate[plan.Acties.Count];
            var actieIds = new string[plan.Acties.Count];
            var fasen = new Fasetabel(regels.Kenmerken, plan.Profiel);
            for (var a = 0; a < plan.Acties.Count; a++)
            {
                var actie = plan.Acties[a];
                var deadline = regels.ActieDeadline(actie.Id);
                actieDeadlines[a] = deadline;
                actieIds[a] = actie.Id;
                Momenten(actie, beleid, fasen, momenten);
                var begin = aantalTaken;
                var naDeadline = -1;
                LocalDate? besluitDeadline = null;
                var naBesluitDeadline = -1;
                for (var i = 0; i < momenten.Count; i++)
                {
                    var (index, moment, fase) = momenten[i];
                    var kenmerk = fasen.Kenmerken[fase];
                    LocalDate eigenDeadline;
                    int eigenTot;
                    if ((kenmerk & Fasekenmerk.NaBesluitvormingstermijn) != 0)
                    {
                        if (besluitDeadline is null)
                        {
                            besluitDeadline = regels.MomentDeadline(deadline, moment.Fase);
                            naBesluitDeadline = regels.Na(besluitDeadline.Value);
                        }

                        (eigenDeadline, eigenTot) = (besluitDeadline.Value, naBesluitDeadline);
                    }
                    else
                    {
                        if (naDeadline < 0)
                        {
                            naDeadline = regels.Na(deadline);
                        }

                        (eigenDeadline, eigenTot) = (deadline, naDeadline);
                    }

                    Reeks? vast = null;
                    LocalDate? vroegst = null;
                    var eigenVan = regels.Start;
                    if (moment.Radenbijeenkomst is { } id)
                    {
                        if (perId.TryGetValue(id, out var m))
                        {
                            // The meeting's quarter: its first day, and the first meeting on or after it (plus one: 0 is not computed yet).
                            ref var kwartaalVan = ref perBijeenkomst[m];
                            if (kwartaalVan.Van == 0)
                            {
                                var eersteDag = Kwartaal.FromDate(bijeenkomsten[m].Datum).EersteDag;
                                kwartaalVan = (eersteDag, regels.Eerste(eersteDag) + 1);
                            }

                            vroegst = kwartaalVan.EersteDag;
                            eigenVan = Math.Max(eigenVan, kwartaalVan.Van - 1);
                            vast = new Reeks(m, m + 1);
                        }
                        else
                        {
                            if (moment.Kwartaal is { } kwartaal)
                            {
                                vroegst = kwartaal.EersteDag;
                                eigenVan = Math.Max(eigenVan, InKwartaal(regels, kwartaal, kwartalen).Van);
                            }

                            vast = new Reeks(0, 0);
                        }
                    }
                    else if (moment.Kwartaal is { } kwartaal)
                    {
                        vroegst = kwartaal.EersteDag;
                        vast = InKwartaal(regels, kwartaal, kwartalen);
                        eigenVan = Math.Max(eigenVan, vast.Value.Van);
                    }

                    var t = begin + i;
                    if (t == taken.Length)
                    {
                        var groter = Math.Max(4, taken.Length * 2);
                        Groei(ref taken, groter);
                        Groei(ref van, groter);
                        Groei(ref tot, groter);
                    }

                    van[t] = eigenVan;
                    tot[t] = eigenTot;
                    taken[aantalTaken++] = new Taak(a, index, fase, kenmerk, eigenDeadline, vast, vroegst, eerste: i == 0, laatste: i == momenten.Count - 1);
                }

                if (momenten.Count > 0)
                {
                    ketens[aantalKetens++] = new Reeks(begin, begin + momenten.Count);
                }
            }

            Array.Resize(ref ketens, aantalKetens);
            return new Probleem(plan, kalender, regels, taken, aantalTaken, ketens, van, tot, actieDeadlines, actieIds, [.. fasen.Fasen]);
        }

        // The distinct stages of the plan's moments, each with what the profile says of it, found by the id's reference
        // first (the reader shares one string per stage id): one short scan per moment answers both.
        private sealed class Fasetabel
        {
            private readonly Fasekenmerken _profiel;

            public Fasetabel(Fasekenmerken profiel, Bestuursprofiel bestuursprofiel)
            {
                _profiel = profiel;
                var vereist = bestuursprofiel.VereisteFasen;
                Vereist = new (Fase, bool)[vereist.Count];
                for (var i = 0; i < Vereist.Length; i++)
                {
                    Vereist[i] = (vereist[i], profiel.IsTussentijds(vereist[i]));
                }
            }

            public List<Fase> Fasen { get; } = [];

            public List<Fasekenmerk> Kenmerken { get; } = [];

            /// <summary>The profile's required stages before a decision, each with whether it is interim.</summary>
            public (Fase Fase, bool Tussentijds)[] Vereist { get; }

            public int Index(Fase fase)
            {
                var id = fase.Id;
                var fasen = Fasen;
                for (var i = 0; i < fasen.Count; i++)
                {
                    if (ReferenceEquals(fasen[i].Id, id))
                    {
                        return i;
                    }
                }

                for (var i = 0; i < fasen.Count; i++)
                {
                    if (fasen[i] == fase)
                    {
                        return i;
                    }
                }

                fasen.Add(fase);
                Kenmerken.Add(_profiel[fase]);
                return fasen.Count - 1;
            }
        }

        // The meetings (indices into the date-ordered array) in a quarter: one contiguous run, found by binary search once per quarter.
        private static Reeks InKwartaal(Plaatsingsregels regels, Kwartaal kwartaal, Dictionary<Kwartaal, Reeks> kwartalen)
        {
            if (!kwartalen.TryGetValue(kwartaal, out var reeks))
            {
                kwartalen[kwartaal] = reeks = new(regels.Eerste(kwartaal.EersteDag), regels.Eerste(Dagen.Plus(kwartaal.LaatsteDag, 1)));
            }

            return reeks;
        }

        // The action's moments in the plan's order, with the profile's required stages added before a decision that has
        // none of them earlier: an interim discussion (when the policy asks for one) is met by any earlier interim stage,
        // another required stage by itself. The added moments do not count as earlier stages for a later decision.
        private static void Momenten(Actie actie, Governancebeleid beleid, Fasetabel fasen, List<(int Index, Raadsmoment Moment, int Fase)> momenten)
        {
            momenten.Clear();
            var tussentijds = false;
            for (var i = 0; i < actie.Raadsmomenten.Count; i++)
            {
                var moment = actie.Raadsmomenten[i];
                var fase = fasen.Index(moment.Fase);
                var kenmerk = fasen.Kenmerken[fase];
                if ((kenmerk & Fasekenmerk.Besluit) != 0)
                {
                    foreach (var (vereist, interim) in fasen.Vereist)
                    {
                        var ontbreekt = interim
                            ? beleid.TussentijdseBesprekingVerplicht && !tussentijds
                            : !Eerder(actie, i, vereist);
                        if (ontbreekt)
                        {
                            momenten.Add((-1, new Raadsmoment { Fase = vereist }, fasen.Index(vereist)));
                        }
                    }
                }

                tussentijds |= (kenmerk & Fasekenmerk.Tussentijds) != 0;
                momenten.Add((i, moment, fase));
            }
        }

        // Whether one of the action's moments before index `voor` is of stage `fase`.
        private static bool Eerder(Actie actie, int voor, Fase fase)
        {
            for (var j = 0; j < voor; j++)
            {
                if (actie.Raadsmomenten[j].Fase == fase)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>The id of the action of <paramref name="taak"/>.</summary>
        public string ActieId(in Taak taak) => _actieIds[taak.ActieIndex];

        /// <summary>Per action, the index of the first action with its id: actions with the same id count as one (from the plan index, kept with the plan).</summary>
        public int[] ActieSleutels() => _actieSleutels ??= PlanIndex.Of(Plan).ActieSleutels;

        /// <summary>Per action that is its id's first, the place of its id in ordinal order (others: -1).</summary>
        public int[] ActieRang()
        {
            OrdenActies();
            return _actieRang!;
        }

        /// <summary>The keys of the action ids (see <see cref="ActieSleutels"/>) in ordinal order of the id.</summary>
        public int[] ActieRangorde()
        {
            OrdenActies();
            return _actieRangorde!;
        }

        /// <summary>The distinct action ids in ordinal order.</summary>
        public string[] ActieIdsOpRang()
        {
            OrdenActies();
            return _actieIdsOpRang!;
        }

        // Sorts the action ids once (ordinal), which also finds the actions that share an id.
        private void OrdenActies()
        {
            if (_actieRang is not null)
            {
                return;
            }

            var ids = new IdSleutel[Plan.Acties.Count];
            for (var a = 0; a < ids.Length; a++)
            {
                ids[a] = new IdSleutel(_actieIds[a], a);
            }

            Array.Sort(ids);
            var sleutels = new int[ids.Length];
            var rang = new int[ids.Length];
            var rangorde = new int[ids.Length];
            var idsOpRang = new string[ids.Length];
            Array.Fill(rang, -1);
            var r = 0;
            for (var i = 0; i < ids.Length; r++)
            {
                // A run of equal ids: its smallest action index is the key.
                var j = i;
                var eerste = ids[i].Actie;
                while (++j < ids.Length && ids[j].CompareTo(ids[i]) == 0)
                {
                    eerste = Math.Min(eerste, ids[j].Actie);
                }

                for (var k = i; k < j; k++)
                {
                    sleutels[ids[k].Actie] = eerste;
                }

                rang[eerste] = r;
                rangorde[r] = eerste;
                idsOpRang[r] = ids[i].Id;
                i = j;
            }

            Array.Resize(ref rangorde, r);
            Array.Resize(ref idsOpRang, r);
            _actieSleutels ??= sleutels;
            _actieRangorde = rangorde;
            _actieIdsOpRang = idsOpRang;
            _actieRang = rang;
        }

        /// <summary>
        /// An action id for sorting, with its first eight UTF-16 code units packed big-endian (missing ones as 0): packed
        /// values that differ order the ids as ordinal comparison does, so only ids that agree on them are compared in full.
        /// </summary>
        private readonly struct IdSleutel : IComparable<IdSleutel>
        {
            private readonly ulong _voor;
            private readonly ulong _na;

            public IdSleutel(string id, int actie)
            {
                Id = id;
                Actie = actie;
                for (var i = 0; i < 4; i++)
                {
                    _voor = (_voor << 16) | (i < id.Length ? id[i] : 0u);
                    _na = (_na << 16) | (i + 4 < id.Length ? id[i + 4] : 0u);
                }
            }

            public string Id { get; }

            public int Actie { get; }

            public int CompareTo(IdSleutel other) =>
                _voor != other._voor ? _voor.CompareTo(other._voor)
                : _na != other._na ? _na.CompareTo(other._na)
                : string.CompareOrdinal(Id, other.Id);
        }

        /// <summary>The chains (indices into <see cref="Ketens"/>) by the deadline of their first moment, then in the plan's order.</summary>
        public int[] KetensNaarUrgentie()
        {
            // Few distinct deadlines: a bucket per deadline, the buckets sorted, the chains counted into them in order.
            var deadlines = new List<LocalDate>();
            var emmers = new Geheugen(d =>
            {
                deadlines.Add(d);
                return deadlines.Count - 1;
            });
            var emmer = ArrayPool<int>.Shared.Rent(Ketens.Length);
            for (var k = 0; k < Ketens.Length; k++)
            {
                emmer[k] = emmers[Taken[Ketens[k].Van].Deadline];
            }

            var volgordeVanEmmers = Enumerable.Range(0, deadlines.Count).ToArray();
            Array.Sort([.. deadlines], volgordeVanEmmers);
            var aantal = new int[deadlines.Count];
            for (var k = 0; k < Ketens.Length; k++)
            {
                aantal[emmer[k]]++;
            }

            var start = new int[deadlines.Count];
            for (int i = 0, som = 0; i < volgordeVanEmmers.Length; i++)
            {
                start[volgordeVanEmmers[i]] = som;
                som += aantal[volgordeVanEmmers[i]];
            }

            var volgorde = new int[Ketens.Length];
            for (var k = 0; k < Ketens.Length; k++)
            {
                volgorde[start[emmer[k]]++] = k;
            }

            ArrayPool<int>.Shared.Return(emmer);
            return volgorde;
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

        /// <summary>
        /// The meetings in reach of moment <paramref name="t"/> between the meetings of its neighbours (-1: none), ignoring
        /// blocks and capacity: the plan's period, its earliest quarter, its deadline and the minimum gaps.
        /// </summary>
        public (int Van, int Tot) Venster(int t, int vorige, int volgende) => Regels.Venster(_van[t], _tot[t], vorige, volgende);

        /// <summary>Whether meeting <paramref name="m"/> is not blocked and has room.</summary>
        public bool Beschikbaar(int m, int[] bezet) => Regels.Beschikbaar(m, bezet);

        /// <summary>Whether meeting <paramref name="m"/> can take moment <paramref name="t"/>: not blocked, and with room when the moment takes an agenda item.</summary>
        public bool Beschikbaar(int t, int m, int[] bezet) => Taken[t].NeemtPlaats ? Regels.Beschikbaar(m, bezet) : !Geblokkeerd[m];

        /// <summary>The meetings where moment <paramref name="t"/> can go after meeting <paramref name="vorige"/>, those in its fixed quarter first, each in date order.</summary>
        public List<int> KandidatenVastEerst(int t, int vorige, int[] bezet)
        {
            var (van, tot) = Venster(t, vorige, -1);
            var kandidaten = new List<int>();
            void Voeg(int van, int tot)
            {
                for (var m = van; m < tot; m++)
                {
                    if (Beschikbaar(t, m, bezet))
                    {
                        kandidaten.Add(m);
                    }
                }
            }

            if (Taken[t].Vast is { } vast)
            {
                Voeg(Math.Max(van, vast.Van), Math.Min(tot, vast.Tot));
                Voeg(van, Math.Min(tot, vast.Van));
                Voeg(Math.Max(van, vast.Tot), tot);
            }
            else
            {
                Voeg(van, tot);
            }

            return kandidaten;
        }

        /// <summary>For a decision: the meeting where the other action of a vraagstuk decides, when it is a candidate (in the window <paramref name="van"/>..<paramref name="tot"/> and usable).</summary>
        public int? Voorkeur(int t, int van, int tot, int[] bezet, int[] plaatsing)
        {
            var taak = Taken[t];
            if (!taak.IsBesluit)
            {
                return null;
            }

            if (_besluiten is null)
            {
                MaakVoorkeuren();
            }

            var k = _voorkeurSleutels![taak.ActieIndex];
            for (var i = _tegenpoolBegin![k]; i < _tegenpoolBegin[k + 1]; i++)
            {
                var ander = _tegenpolen![i];
                for (var j = _besluitBegin![ander]; j < _besluitBegin[ander + 1]; j++)
                {
                    var m = plaatsing[_besluiten![j]];
                    if (m >= van && m < tot && Beschikbaar(t, m, bezet))
                    {
                        return m;
                    }
                }
            }

            return null;
        }

        // Per action id (keyed by the first action with it): the other actions of its vraagstukken between actions (both
        // directions, in the plan's order) and its decisions (in the plan's order), each as one array of lists.
        private void MaakVoorkeuren()
        {
            // The plan index resolves the ends (to the first action with the id, as the keys do).
            var index = PlanIndex.Of(Plan);
            var sleutels = ActieSleutels();
            var aantalActies = sleutels.Length;

            // Pairs of which an end is no action of the plan have no decisions to offer, nor an action asking for them. Two
            // passes over the vraagstukken: count per action, then fill each list from its end, the vraagstukken backwards
            // (so each list is in the plan's order and its end pointer ends at its start).
            var aantalVraagstukken = Plan.Vraagstukken.Count;
            var tegenpoolBegin = new int[aantalActies + 1];
            for (var n = 0; n < aantalVraagstukken; n++)
            {
                var van = index.VraagstukEinde(n, naar: false);
                var naar = index.VraagstukEinde(n, naar: true);
                if (IsActie(van) && IsActie(naar))
                {
                    tegenpoolBegin[van]++;
                    tegenpoolBegin[naar]++;
                }
            }

            var tegenpolen = ArrayPool<int>.Shared.Rent(Eindes(tegenpoolBegin));
            for (var n = aantalVraagstukken - 1; n >= 0; n--)
            {
                var van = index.VraagstukEinde(n, naar: false);
                var naar = index.VraagstukEinde(n, naar: true);
                if (IsActie(van) && IsActie(naar))
                {
                    tegenpolen[--tegenpoolBegin[naar]] = van;
                    tegenpolen[--tegenpoolBegin[van]] = naar;
                }
            }

            var taken = Taken;
            var besluitBegin = new int[aantalActies + 1];
            for (var t = 0; t < taken.Length; t++)
            {
                if (taken[t].IsBesluit)
                {
                    besluitBegin[sleutels[taken[t].ActieIndex]]++;
                }
            }

            var besluiten = new int[Eindes(besluitBegin)];
            for (var t = taken.Length - 1; t >= 0; t--)
            {
                if (taken[t].IsBesluit)
                {
                    besluiten[--besluitBegin[sleutels[taken[t].ActieIndex]]] = t;
                }
            }

            _voorkeurSleutels = sleutels;
            _tegenpoolBegin = tegenpoolBegin;
            _tegenpolen = tegenpolen;
            _besluitBegin = besluitBegin;
            _besluiten = besluiten;

            bool IsActie(int einde) => (uint)einde < (uint)aantalActies;
        }

        // Turns counts per list (at index k) into the end of each list, with the total at the last index; returns the total.
        private static int Eindes(int[] tellingen)
        {
            var som = 0;
            for (var k = 0; k < tellingen.Length - 1; k++)
            {
                som += tellingen[k];
                tellingen[k] = som;
            }

            tellingen[^1] = som;
            return som;
        }

        public Planning Uitkomst(int[] plaatsing, bool bewezen)
        {
            var gepland = 0;
            foreach (var m in plaatsing)
            {
                gepland += m >= 0 ? 1 : 0;
            }

            var toewijzingen = new Toewijzing[gepland];
            var onplanbaar = new OnplanbaarMoment[Taken.Length - gepland];
            var redenen = new Redenen(this, plaatsing);

            // Also the last day per action id (actions that share an id share it), from the placed moments.
            var sleutel = ActieSleutels();
            var laatste = ArrayPool<LocalDate?>.Shared.Rent(Plan.Acties.Count);
            Array.Clear(laatste, 0, Plan.Acties.Count);
            var besluitEinde = new LocalDate?[Bijeenkomsten.Length];
            for (int t = 0, g = 0, o = 0; t < Taken.Length; t++)
            {
                var taak = Taken[t];
                var m = plaatsing[t];
                if (m < 0)
                {
                    onplanbaar[o++] = redenen.Waarom(t);
                    continue;
                }

                var r = Bijeenkomsten[m];
                var status = taak.Moment < 0 ? ToewijzingStatus.Toegevoegd
                    : taak.Vast?.Contains(m) == true ? ToewijzingStatus.Behouden
                    : taak.WasVast ? ToewijzingStatus.Verplaatst
                    : ToewijzingStatus.Ingepland;
                toewijzingen[g++] = new Toewijzing { Actie = _actieIds[taak.ActieIndex], Moment = taak.Moment, Fase = Fasen[taak.Fase], Radenbijeenkomst = r.Id, Datum = r.Datum, Status = status };

                var dag = (taak.Kenmerk & Fasekenmerk.NaBesluitvormingstermijn) != 0 ? besluitEinde[m] ??= Dagen.Plus(r.Datum, Beleid.BesluitvormingstermijnInDagen) : r.Datum;
                var k = sleutel[taak.ActieIndex];
                if (laatste[k] is not { } eerder || dag > eerder)
                {
                    laatste[k] = dag;
                }
            }

            var speling = new Speling[Plan.Acties.Count];
            for (var a = 0; a < speling.Length; a++)
            {
                var deadline = _deadlines[a];
                int? dagen = laatste[sleutel[a]] is { } dag ? Period.DaysBetween(dag, deadline) : null;
                speling[a] = new Speling(_actieIds[a], deadline, dagen);
            }

            ArrayPool<LocalDate?>.Shared.Return(laatste);

            return new Planning
            {
                Toewijzingen = ValueArray<Toewijzing>.Wrap(toewijzingen),
                Onplanbaar = ValueArray<OnplanbaarMoment>.Wrap(onplanbaar),
                Kalender = Kalender,
                Speling = ValueArray<Speling>.Wrap(speling),
                IsBewezenOptimaal = bewezen,
            };
        }

        /// <summary>
        /// Why moments of a final placement could not be planned. Moments with the same window of meetings in reach share
        /// its lists of meetings and competing actions (immutable arrays), which are built once per window.
        /// </summary>
        private sealed class Redenen(Probleem p, int[] plaatsing)
        {
            private readonly Dictionary<(int Van, int Tot), (ValueArray<string> Bijeenkomsten, (int[] Rangen, string[] Ids)? Acties)> _vensters = [];
            private int[]? _agendaBegin;
            private int[]? _agenda;

            private int[]? _bezet;
            private int[][]? _geblokkeerdDoor;

            // The reason a moment is unplannable, computed in this schedule: a chain's first unplannable moment has an
            // empty window (deadline), a window of blocked meetings only (blocked period), or one whose unblocked meetings
            // are all full (capacity); the moments after it follow it (order).
            public OnplanbaarMoment Waarom(int t)
            {
                var taak = p.Taken[t];
                var vorigeTaak = p.Vorige(t);
                if (vorigeTaak >= 0 && plaatsing[vorigeTaak] < 0)
                {
                    return Melding(taak, OnplanbaarReden.Volgorde, default, default, [new Beperking { Soort = BeperkingSoort.Volgorde }]);
                }

                var vorige = vorigeTaak < 0 ? -1 : plaatsing[vorigeTaak];
                var beperkingen = Beperkingen(t, vorige);
                var (van, tot) = p.Venster(t, vorige, -1);
                if (van >= tot)
                {
                    return Melding(taak, OnplanbaarReden.Deadline, default, default, beperkingen);
                }

                if (!_vensters.TryGetValue((van, tot), out var venster))
                {
                    var vrij = new List<string>(tot - van);
                    for (var m = van; m < tot; m++)
                    {
                        if (!p.Geblokkeerd[m])
                        {
                            vrij.Add(p.Bijeenkomsten[m].Id);
                        }
                    }

                    // All blocked: the blocked meetings; otherwise the free ones (all full) and the actions placed there.
                    venster = vrij.Count > 0 ? (ValueArray<string>.Wrap([.. vrij]), Acties(van, tot)) : (Ids(van, tot), null);
                    _vensters[(van, tot)] = venster;
                }

                if (venster.Acties is not { } acties)
                {
                    return Melding(taak, OnplanbaarReden.Blokkade, venster.Bijeenkomsten, default, beperkingen);
                }

                // The moment's own action is not its competitor.
                var eigen = Array.BinarySearch(acties.Rangen, p.ActieRang()[p.ActieSleutels()[taak.ActieIndex]]);
                var concurrenten = eigen < 0 ? acties.Ids : [.. acties.Ids.AsSpan(0, eigen), .. acties.Ids.AsSpan(eigen + 1)];
                return Melding(taak, OnplanbaarReden.AgendaVol, venster.Bijeenkomsten, ValueArray<string>.Wrap(concurrenten), beperkingen);
            }

            // The constraints that rule meetings out for moment t after meeting `vorige` in this schedule, reduced by a
            // deletion filter to a minimal set that still rules every meeting out: each constraint in turn is dropped when
            // every meeting it rules out is ruled out by another one still in the set. Capacity goes first (a full meeting
            // that is also blocked or out of reach is explained by that), then the deadline (the decision time covers
            // what it does), blocked periods, the period, the gap; what stays is in the order of the kinds.
            private ValueArray<Beperking> Beperkingen(int t, int vorige)
            {
                var taak = p.Taken[t];
                var aantal = p.Bijeenkomsten.Length;
                var bezet = Bezet();
                var kandidaten = new List<(BeperkingSoort Soort, int Van, int Tot, int[]? Lijst, Beperking Beperking)>();
                void Reeks(BeperkingSoort soort, int van, int tot, LocalDate? datum = null, int? getal = null)
                {
                    if (van < tot)
                    {
                        kandidaten.Add((soort, van, tot, null, new Beperking { Soort = soort, Datum = datum, Aantal = getal, Bijeenkomsten = Ids(van, tot) }));
                    }
                }

                var begin = taak.Vroegst is { } vroegst && vroegst > p.Plan.Looptijd.Start ? vroegst : p.Plan.Looptijd.Start;
                Reeks(BeperkingSoort.Periode, 0, p._van[t], begin);
                var actieDeadline = p._deadlines[taak.ActieIndex];
                Reeks(BeperkingSoort.Deadline, p.Regels.Na(actieDeadline), aantal, actieDeadline);
                if (taak.Deadline < actieDeadline)
                {
                    Reeks(BeperkingSoort.Besluitvormingstermijn, p._tot[t], aantal, taak.Deadline, p.Beleid.BesluitvormingstermijnInDagen);
                }

                if (vorige >= 0)
                {
                    Reeks(BeperkingSoort.Tussenruimte, 0, p.Regels.Venster(0, aantal, vorige, -1).Van, Dagen.Plus(p.Bijeenkomsten[vorige].Datum, p.Regels.Tussenruimte));
                }

                var blokkades = GeblokkeerdDoor();
                for (var b = 0; b < blokkades.Length; b++)
                {
                    if (blokkades[b].Length > 0)
                    {
                        var ids = new string[blokkades[b].Length];
                        for (var k = 0; k < ids.Length; k++)
                        {
                            ids[k] = p.Bijeenkomsten[blokkades[b][k]].Id;
                        }

                        kandidaten.Add((BeperkingSoort.Blokkade, 0, 0, blokkades[b], new Beperking { Soort = BeperkingSoort.Blokkade, Blokkade = p.Kalender.Blokkades[b], Bijeenkomsten = ValueArray<string>.Wrap(ids) }));
                    }
                }

                if (taak.NeemtPlaats)
                {
                    for (var m = 0; m < aantal; m++)
                    {
                        var capaciteit = p.Regels.Capaciteit(m);
                        if (bezet[m] >= capaciteit)
                        {
                            kandidaten.Add((BeperkingSoort.AgendaVol, m, m + 1, null, new Beperking { Soort = BeperkingSoort.AgendaVol, Aantal = capaciteit, Bijeenkomsten = ValueArray<string>.Wrap([p.Bijeenkomsten[m].Id]) }));
                        }
                    }
                }

                // How many constraints of the set rule each meeting out.
                var dekking = new int[aantal];
                void Tel(int k, int delta)
                {
                    var (_, van, tot, lijst, _) = kandidaten[k];
                    if (lijst is not null)
                    {
                        foreach (var m in lijst)
                        {
                            dekking[m] += delta;
                        }
                    }
                    else
                    {
                        for (var m = van; m < tot; m++)
                        {
                            dekking[m] += delta;
                        }
                    }
                }

                bool Overbodig(int k)
                {
                    var (_, van, tot, lijst, _) = kandidaten[k];
                    if (lijst is not null)
                    {
                        foreach (var m in lijst)
                        {
                            if (dekking[m] < 2)
                            {
                                return false;
                            }
                        }

                        return true;
                    }

                    for (var m = van; m < tot; m++)
                    {
                        if (dekking[m] < 2)
                        {
                            return false;
                        }
                    }

                    return true;
                }

                for (var k = 0; k < kandidaten.Count; k++)
                {
                    Tel(k, 1);
                }

                var blijft = new bool[kandidaten.Count];
                Array.Fill(blijft, true);
                foreach (var soort in (ReadOnlySpan<BeperkingSoort>)[BeperkingSoort.AgendaVol, BeperkingSoort.Deadline, BeperkingSoort.Blokkade, BeperkingSoort.Periode, BeperkingSoort.Tussenruimte, BeperkingSoort.Besluitvormingstermijn])
                {
                    for (var k = 0; k < kandidaten.Count; k++)
                    {
                        if (kandidaten[k].Soort == soort && Overbodig(k))
                        {
                            blijft[k] = false;
                            Tel(k, -1);
                        }
                    }
                }

                var set = new List<Beperking>();
                foreach (var soort in Enum.GetValues<BeperkingSoort>())
                {
                    for (var k = 0; k < kandidaten.Count; k++)
                    {
                        if (blijft[k] && kandidaten[k].Soort == soort)
                        {
                            set.Add(kandidaten[k].Beperking);
                        }
                    }
                }

                return ValueArray<Beperking>.Wrap([.. set]);
            }

            // The seats each meeting has taken in this schedule.
            private int[] Bezet()
            {
                if (_bezet is null)
                {
                    _bezet = new int[p.Bijeenkomsten.Length];
                    for (var t = 0; t < plaatsing.Length; t++)
                    {
                        if (plaatsing[t] >= 0 && p.Taken[t].NeemtPlaats)
                        {
                            _bezet[plaatsing[t]]++;
                        }
                    }
                }

                return _bezet;
            }

            // Per blocked period of the calendar, the meetings (indices) that fall in it.
            private int[][] GeblokkeerdDoor()
            {
                if (_geblokkeerdDoor is null)
                {
                    var blokkades = p.Kalender.Blokkades;
                    var lijsten = new int[blokkades.Count][];
                    for (var b = 0; b < lijsten.Length; b++)
                    {
                        var periode = blokkades[b].Periode;
                        var lijst = new List<int>();
                        for (var m = p.Regels.Eerste(periode.Start); m < p.Bijeenkomsten.Length && p.Bijeenkomsten[m].Datum <= periode.End; m++)
                        {
                            lijst.Add(m);
                        }

                        lijsten[b] = [.. lijst];
                    }

                    _geblokkeerdDoor = lijsten;
                }

                return _geblokkeerdDoor;
            }

            private ValueArray<string> Ids(int van, int tot)
            {
                var ids = new string[tot - van];
                for (var m = van; m < tot; m++)
                {
                    ids[m - van] = p.Bijeenkomsten[m].Id;
                }

                return ValueArray<string>.Wrap(ids);
            }

            private OnplanbaarMoment Melding(in Taak taak, OnplanbaarReden reden, ValueArray<string> bijeenkomsten, ValueArray<string> concurrenten, ValueArray<Beperking> beperkingen) => new()
            {
                Beperkingen = beperkingen,
                Actie = p.ActieId(taak),
                Moment = taak.Moment,
                Fase = p.Fasen[taak.Fase],
                Reden = reden,
                Deadline = taak.Deadline,
                Bijeenkomsten = bijeenkomsten,
                Concurrenten = concurrenten,
            };

            // The distinct actions with a moment placed in the free meetings from `van` up to `tot`, in ordinal order,
            // with the places of their ids in the ordinal order of all ids.
            private (int[] Rangen, string[] Ids) Acties(int van, int tot)
            {
                if (_agendaBegin is null)
                {
                    // Per meeting, where its placed moments start in the agenda (ordered by meeting, then moment).
                    var begin = new int[p.Bijeenkomsten.Length + 1];
                    foreach (var m in plaatsing)
                    {
                        if (m >= 0)
                        {
                            begin[m + 1]++;
                        }
                    }

                    for (var m = 0; m < p.Bijeenkomsten.Length; m++)
                    {
                        begin[m + 1] += begin[m];
                    }

                    _agendaBegin = begin;
                }

                // Distinct by id: one key per id. Many placed moments in the window: one pass over the chains, in order;
                // few: the agenda of each meeting.
                var sleutel = p.ActieSleutels();
                var gezien = new bool[sleutel.Length];
                var sleutels = new List<int>();
                void Zie(int t)
                {
                    var k = sleutel[p.Taken[t].ActieIndex];
                    if (!gezien[k])
                    {
                        gezien[k] = true;
                        sleutels.Add(k);
                    }
                }

                if (2 * (_agendaBegin[tot] - _agendaBegin[van]) >= plaatsing.Length)
                {
                    // A chain is one action: its first moment in the window is enough.
                    foreach (var keten in p.Ketens)
                    {
                        for (var t = keten.Van; t < keten.Tot; t++)
                        {
                            var m = plaatsing[t];
                            if (m >= van && m < tot && !p.Geblokkeerd[m])
                            {
                                Zie(t);
                                break;
                            }
                        }
                    }
                }
                else
                {
                    var agenda = Agenda();
                    for (var m = van; m < tot; m++)
                    {
                        if (!p.Geblokkeerd[m])
                        {
                            for (var i = _agendaBegin[m]; i < _agendaBegin[m + 1]; i++)
                            {
                                Zie(agenda[i]);
                            }
                        }
                    }
                }

                // In ordinal order of the id: many by walking the order of all ids, few by sorting their places in it.
                var rang = p.ActieRang();
                var rangen = new int[sleutels.Count];
                if (8 * sleutels.Count >= rang.Length)
                {
                    var rangorde = p.ActieRangorde();
                    for (int r = 0, i = 0; r < rangorde.Length; r++)
                    {
                        if (gezien[rangorde[r]])
                        {
                            rangen[i++] = r;
                        }
                    }
                }
                else
                {
                    for (var i = 0; i < rangen.Length; i++)
                    {
                        rangen[i] = rang[sleutels[i]];
                    }

                    Array.Sort(rangen);
                }

                var idsOpRang = p.ActieIdsOpRang();
                var ids = new string[rangen.Length];
                for (var i = 0; i < ids.Length; i++)
                {
                    ids[i] = idsOpRang[rangen[i]];
                }

                return (rangen, ids);
            }

            // The placed moments ordered by meeting, then moment: meeting m's are from _agendaBegin[m] up to _agendaBegin[m + 1].
            private int[] Agenda()
            {
                if (_agenda is null)
                {
                    var agenda = new int[_agendaBegin![^1]];
                    var vul = _agendaBegin[..^1];
                    for (var t = 0; t < plaatsing.Length; t++)
                    {
                        if (plaatsing[t] >= 0)
                        {
                            agenda[vul[plaatsing[t]]++] = t;
                        }
                    }

                    _agenda = agenda;
                }

                return _agenda;
            }
        }
    }
}
