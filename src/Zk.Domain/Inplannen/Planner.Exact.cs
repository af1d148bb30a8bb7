using System.Buffers;

namespace Zk.Domain.Inplannen;

/// <summary>The planner's exact phase: a list schedule over the meetings, augmenting paths over the meeting seats, an upper bound, and a bounded search.</summary>
public static partial class Planner
{
    // The augmenting paths of one schedule visit at most this many (moment, meeting) pairs per moment and meeting:
    // linear in moments × meetings; past it the schedule stays as it is and is not proven optimal.
    private const int AugmentWorkFactor = 64;

    // How many paths one moment's placement tries: a path whose moves break a chain's gaps leaves those moves out of the next.
    private const int PathAttempts = 4;

    /// <summary>
    /// A list schedule over the meetings in date order: each meeting takes, up to its capacity, the moments that are ready
    /// for it (the chain's previous moment at least the gap earlier, the meeting in the moment's window), the one whose
    /// chain must start soonest first (its latest meeting so that the rest of the chain still fits); a fixed moment before
    /// the end of its quarter ranks by that end as well. A meeting never leaves a seat empty while a moment is ready for it
    /// (an earlier place only widens the rest of the chain), so the only choice is whom to seat.
    /// </summary>
    private static int[] Lijstplanning(Probleem p, int variant)
    {
        var taken = p.Taken;
        var aantalBijeenkomsten = p.Bijeenkomsten.Length;
        var plaatsing = new int[taken.Length];
        Array.Fill(plaatsing, -1);
        var laatst = LaatsteStart(p, kwartaal: false);
        var zacht = variant > 0 ? LaatsteStart(p, kwartaal: true) : laatst;
        var klaar = new List<int>?[aantalBijeenkomsten + 1];
        void Klaar(int t, int m)
        {
            if (m < aantalBijeenkomsten && laatst[t] >= m)
            {
                (klaar[m] ??= []).Add(t);
            }
        }

        foreach (var keten in p.Ketens)
        {
            Klaar(keten.Van, p.Venster(keten.Van, -1, -1).Van);
        }

        var wachtrij = new PriorityQueue<int, (int Laatst, int Kwartaal, int Taak)>();
        var zonderPlaats = new List<int>();
        for (var m = 0; m < aantalBijeenkomsten; m++)
        {
            if (klaar[m] is { } nu)
            {
                foreach (var t in nu)
                {
                    if (taken[t].NeemtPlaats)
                    {
                        var kwartaal = taken[t].Vast is { } vast && vast.Tot > m ? vast.Tot - 1 : int.MaxValue;
                        wachtrij.Enqueue(t, variant switch
                        {
                            0 => (laatst[t], kwartaal, t),
                            1 => (zacht[t] >= m ? zacht[t] : laatst[t], laatst[t], t),
                            _ => (zacht[t] >= m && zacht[t] < laatst[t] ? -1 : 0, laatst[t], t),
                        });
                    }
                    else
                    {
                        zonderPlaats.Add(t);
                    }
                }

                klaar[m] = null;
            }

            if (p.Geblokkeerd[m])
            {
                continue;
            }

            void Plaats(int t, int m)
            {
                plaatsing[t] = m;
                if (p.Volgende(t) is var n and >= 0)
                {
                    Klaar(n, p.Venster(n, m, -1).Van);
                }
            }

            foreach (var t in zonderPlaats)
            {
                if (laatst[t] >= m)
                {
                    Plaats(t, m);
                }
            }

            zonderPlaats.Clear();
            var ruimte = p.Regels.Capaciteit(m);
            while (ruimte > 0 && wachtrij.TryDequeue(out var t, out _))
            {
                if (laatst[t] < m)
                {
                    continue; // its window has passed: the chain ends before it
                }

                Plaats(t, m);
                ruimte--;
            }
        }

        return plaatsing;
    }

    /// <summary>
    /// Per moment, the latest usable meeting where it can go so that its chain up to it is plannable when each moment goes
    /// as early as it can and the later ones as late as they can (ignoring capacity); -1 when no placement of the chain
    /// reaches it. Blocked meetings do not count; a moment outside the part of its chain that fits alone gets -1.
    /// </summary>
    /// <remarks>With <paramref name="kwartaal"/>, a fixed moment's latest is also the last meeting of its quarter where it can be
    /// kept, and the chain before it is pulled forward to match: the latest places that keep the fixed moments.</remarks>
    private static int[] LaatsteStart(Probleem p, bool kwartaal)
    {
        var vroegst = p.Vroegst;
        var laatst = new int[p.Taken.Length];
        Array.Fill(laatst, -1);
        foreach (var keten in p.Ketens)
        {
            var einde = keten.Van;
            while (einde < keten.Tot && vroegst[einde] >= 0)
            {
                einde++;
            }

            // Each moment of the prefix that fits, from the last back: the last meeting before its successor's latest.
            for (var t = einde - 1; t >= keten.Van; t--)
            {
                var volgende = t + 1 < einde ? laatst[t + 1] : -1;
                var (_, tot) = p.Venster(t, -1, volgende);
                var m = tot - 1;
                while (m >= vroegst[t] && p.Geblokkeerd[m])
                {
                    m--;
                }

                laatst[t] = m >= vroegst[t] ? m : -1;
                if (kwartaal && p.Taken[t].Vast is { } vast && m >= vast.Tot)
                {
                    var k = vast.Tot - 1;
                    while (k >= vroegst[t] && k >= vast.Van && p.Geblokkeerd[k])
                    {
                        k--;
                    }

                    if (k >= vroegst[t] && k >= vast.Van)
                    {
                        laatst[t] = k;
                    }
                }
            }
        }

        return laatst;
    }

    /// <summary>Per moment, the earliest usable meeting when its chain goes as early as it can (ignoring capacity); -1 from the first moment that does not fit.</summary>
    private static int[] VroegsteStart(Probleem p)
    {
        var vroegst = ArrayPool<int>.Shared.Rent(p.Taken.Length); // given back with the problem
        Array.Fill(vroegst, -1);
        foreach (var keten in p.Ketens)
        {
            var vorige = -1;
            for (var t = keten.Van; t < keten.Tot; t++)
            {
                var (van, tot) = p.Venster(t, vorige, -1);
                var m = van;
                while (m < tot && p.Geblokkeerd[m])
                {
                    m++;
                }

                if (m >= tot)
                {
                    break;
                }

                vroegst[t] = m;
                vorige = m;
            }
        }

        return vroegst;
    }

    /// <summary>
    /// An upper bound on what any schedule achieves: the moments that fit in their chain alone, of which those that take a
    /// seat at most a maximum matching into the meetings' seats (each moment in the meetings between its earliest place in
    /// its chain and the last of its own window; found by taking the moments in order of their last meeting, each into the
    /// earliest meeting with a seat left in its run, which is exact for runs of consecutive meetings); and of the fixed
    /// moments, those with a usable meeting in their quarter between the two.
    /// </summary>
    /// <remarks>Linear in moments and meetings up to the inverse Ackermann function: a counting sort by the last meeting, and
    /// per meeting a pointer to the next one with a seat left, shortened as it is followed. The work arrays are pooled.</remarks>
    private static (int Gepland, int Behouden) Plafond(Probleem p)
    {
        // A moment's latest place is its own window's last usable meeting: in a schedule that ends its chain with it, no
        // later moment holds it earlier.
        var vroegst = p.Vroegst;
        var taken = p.Taken;
        var aantal = p.Bijeenkomsten.Length;
        var pool = ArrayPool<int>.Shared;
        var laatst = pool.Rent(taken.Length);
        var begin = pool.Rent(aantal + 1);
        Array.Clear(begin, 0, aantal + 1);
        var gepland = 0;
        var behouden = 0;
        var zitplaatsen = 0;
        for (var t = 0; t < taken.Length; t++)
        {
            var eerste = vroegst[t];
            laatst[t] = -1;
            if (eerste < 0)
            {
                continue;
            }

            var m = p.Venster(t, -1, -1).Tot - 1;
            while (m >= eerste && p.Geblokkeerd[m])
            {
                m--;
            }

            if (m < eerste)
            {
                continue;
            }

            laatst[t] = m;
            if (taken[t].NeemtPlaats)
            {
                begin[m + 1]++;
                zitplaatsen++;
            }
            else
            {
                gepland++;
            }

            if (taken[t].Vast is { } vast)
            {
                for (var k = Math.Max(vast.Van, eerste); k < Math.Min(vast.Tot, m + 1); k++)
                {
                    if (!p.Geblokkeerd[k])
                    {
                        behouden++;
                        break;
                    }
                }
            }
        }

        // The seat-taking moments by their last meeting (a counting sort).
        for (var m = 1; m <= aantal; m++)
        {
            begin[m] += begin[m - 1];
        }

        var volgorde = pool.Rent(Math.Max(1, zitplaatsen));
        for (var t = 0; t < taken.Length; t++)
        {
            if (laatst[t] >= 0 && taken[t].NeemtPlaats)
            {
                volgorde[begin[laatst[t]]++] = t;
            }
        }

        // Per meeting, the seats left and the first meeting at or after it with one (the number of meetings: none).
        var ruimte = begin;
        var volgende = pool.Rent(aantal + 1);
        for (var m = 0; m < aantal; m++)
        {
            ruimte[m] = p.Geblokkeerd[m] ? 0 : Math.Max(0, p.Regels.Capaciteit(m));
            volgende[m] = ruimte[m] > 0 ? m : m + 1;
        }

        volgende[aantal] = aantal;
        for (var i = 0; i < zitplaatsen; i++)
        {
            var t = volgorde[i];
            var m = vroegst[t];
            while (volgende[m] != m)
            {
                volgende[m] = volgende[volgende[m]];
                m = volgende[m];
            }

            if (m <= laatst[t])
            {
                gepland++;
                if (--ruimte[m] == 0)
                {
                    volgende[m] = m + 1;
                }
            }
        }

        pool.Return(laatst);
        pool.Return(begin);
        pool.Return(volgorde);
        pool.Return(volgende);
        return (gepland, behouden);
    }

    /// <summary>
    /// Improves a schedule by augmenting paths over the meeting seats, each of which plans one more moment (the first
    /// unplanned one of a chain) or keeps one more fixed moment in its quarter: the moment takes a seat of a meeting in its
    /// window; a moment seated there moves to another meeting between its neighbours in the chain, and so on until a
    /// meeting with room ends the path. Paths that keep every kept moment in its quarter are tried first. Returns false
    /// when the work budget ran out (the schedule is then as good as before, but maybe not as good as it could be).
    /// </summary>
    private static bool Verbeter(Probleem p, int[] plaatsing)
    {
        var paden = new Paden(p, plaatsing, (long)AugmentWorkFactor * Math.Max(1, p.Taken.Length) * Math.Max(1, p.Bijeenkomsten.Length));
        bool veranderd;
        do
        {
            veranderd = Vul(p, plaatsing, paden);

            // Fixed moments outside their quarter: into it, keeping the others where they are kept.
            for (var t = 0; t < p.Taken.Length; t++)
            {
                if (plaatsing[t] >= 0 && p.Taken[t].Vast is { } vast && !vast.Contains(plaatsing[t]))
                {
                    if (Vervroeg(p, plaatsing, paden, t, vast.Tot, diepte: 3, inKwartaal: true))
                    {
                        veranderd = true;
                    }
                }
            }
        }
        while (veranderd && !paden.Op);

        // A seat a move freed is taken even when the budget is used up (a meeting with room needs no path).
        if (paden.Op)
        {
            Vul(p, plaatsing, paden);
        }

        return !paden.Op;
    }

    // Plans each chain's first unplanned moment while a path makes room for it; whether anything was planned.
    private static bool Vul(Probleem p, int[] plaatsing, Paden paden)
    {
        var veranderd = false;
        foreach (var keten in p.Ketens)
            {
                while (true)
                {
                    var t = keten.Van;
                    while (t < keten.Tot && plaatsing[t] >= 0)
                    {
                        t++;
                    }

                    if (t == keten.Tot)
                    {
                        break;
                    }

                    var vorige = t > keten.Van ? plaatsing[t - 1] : -1;
                    var (van, tot) = p.Venster(t, vorige, -1);
                    if (!paden.Vul(t, van, tot, behoud: true) && !paden.Vul(t, van, tot, behoud: false))
                    {
                        break;
                    }

                    veranderd = true;
                }
            }

        return veranderd;
    }

    private static int Buur(Probleem p, int[] plaatsing, int t) => t < 0 ? -1 : plaatsing[t];

    // Moves planned moment t to a meeting before `grens` between its neighbours (a kept moment stays in its quarter; with
    // `inKwartaal`, t goes into its quarter); when the chain's previous moment is in the way, that one moves earlier
    // first (up to `diepte` moments back). Whether t moved.
    private static bool Vervroeg(Probleem p, int[] plaatsing, Paden paden, int t, int grens, int diepte, bool inKwartaal)
    {
        var taak = p.Taken[t];
        var hier = plaatsing[t];
        (int Van, int Tot) Doel()
        {
            var (van, tot) = p.Venster(t, Buur(p, plaatsing, p.Vorige(t)), Buur(p, plaatsing, p.Volgende(t)));
            tot = Math.Min(tot, grens);
            if (taak.Vast is { } vast && (inKwartaal || vast.Contains(hier)))
            {
                (van, tot) = (Math.Max(van, vast.Van), Math.Min(tot, vast.Tot));
            }

            return (van, tot);
        }

        var (van, tot) = Doel();
        if (van < tot && paden.Verplaats(t, van, tot))
        {
            return true;
        }

        if (diepte == 0 || p.Vorige(t) < 0 || plaatsing[p.Vorige(t)] < 0)
        {
            return false;
        }

        // The latest meeting t could take without its previous moment: the previous one must be the gap before it.
        var (_, hoogst) = p.Venster(t, -1, Buur(p, plaatsing, p.Volgende(t)));
        hoogst = Math.Min(hoogst, grens);
        if (taak.Vast is { } q)
        {
            hoogst = Math.Min(hoogst, q.Tot);
        }

        if (hoogst <= 0)
        {
            return false;
        }

        var vorigeGrens = p.Regels.Venster(0, p.Bijeenkomsten.Length, -1, hoogst - 1).Tot;
        var vorige = plaatsing[p.Vorige(t)];
        if (vorige < vorigeGrens || !Vervroeg(p, plaatsing, paden, p.Vorige(t), vorigeGrens, diepte - 1, inKwartaal: false))
        {
            return false;
        }

        (van, tot) = Doel();
        return van < tot && paden.Verplaats(t, van, tot);
    }

    /// <summary>The augmenting-path search over the meetings of one schedule (breadth first, each meeting visited once per path).</summary>
    private sealed class Paden
    {
        private readonly Probleem _p;
        private readonly int[] _plaatsing;
        private readonly int[] _bezet;
        private readonly List<int>[] _agenda;
        private readonly int[] _bezocht;
        private readonly (int Van, int Taak)[] _via;
        private readonly Queue<int> _rij = new();
        private int[]? _uitgesloten; // made when a path first breaks a gap: most schedules never need it
        private int _ronde;
        private int _poging;
        private long _werk;

        public Paden(Probleem p, int[] plaatsing, long werk)
        {
            _p = p;
            _plaatsing = plaatsing;
            _werk = werk;
            var aantal = p.Bijeenkomsten.Length;
            _bezet = new int[aantal];
            for (var t = 0; t < plaatsing.Length; t++)
            {
                if (plaatsing[t] >= 0 && p.Taken[t].NeemtPlaats)
                {
                    _bezet[plaatsing[t]]++;
                }
            }

            // Each agenda sized for what it holds now and one more (a path moves moments, it rarely fills a meeting).
            _agenda = new List<int>[aantal];
            for (var m = 0; m < aantal; m++)
            {
                _agenda[m] = new List<int>(_bezet[m] + 1);
            }

            for (var t = 0; t < plaatsing.Length; t++)
            {
                if (plaatsing[t] >= 0 && p.Taken[t].NeemtPlaats)
                {
                    _agenda[plaatsing[t]].Add(t);
                }
            }

            _bezocht = new int[aantal];
            _via = new (int, int)[aantal];
        }

        /// <summary>Whether the work budget is used up.</summary>
        public bool Op => _werk <= 0;

        /// <summary>Plans unplanned moment <paramref name="t"/> in a meeting of <paramref name="van"/>..<paramref name="tot"/>, moving others along a path; false when none is found.</summary>
        public bool Vul(int t, int van, int tot, bool behoud)
        {
            if (!_p.Taken[t].NeemtPlaats)
            {
                for (var m = van; m < tot; m++)
                {
                    if (!_p.Geblokkeerd[m])
                    {
                        _plaatsing[t] = m;
                        return true;
                    }
                }

                return false;
            }

            return Pad(t, van, tot, behoud, terug: -1);
        }

        /// <summary>Moves planned moment <paramref name="t"/> into a meeting of <paramref name="van"/>..<paramref name="tot"/> (its quarter), keeping every kept moment kept.</summary>
        public bool Verplaats(int t, int van, int tot)
        {
            if (van >= tot)
            {
                return false;
            }

            if (!_p.Taken[t].NeemtPlaats)
            {
                for (var m = van; m < tot; m++)
                {
                    if (!_p.Geblokkeerd[m])
                    {
                        _plaatsing[t] = m;
                        return true;
                    }
                }

                return false;
            }

            // Its own seat counts as free for the path.
            var oud = _plaatsing[t];
            Laat(t, oud);
            if (Pad(t, van, tot, behoud: true, terug: oud))
            {
                return true;
            }

            Neem(t, oud);
            return false;
        }

        // Puts t in a meeting of van..tot at the start of a path (t itself not on it); up to PathAttempts paths, each
        // without the moves that broke a gap on the one before. When none holds, t is back at `terug` (not counted).
        private bool Pad(int t, int van, int tot, bool behoud, int terug)
        {
            _poging++;
            for (var poging = 0; poging < PathAttempts; poging++)
            {
                if (Zoek(van, tot, behoud, uitgezonderd: t) is not { } eind)
                {
                    return false;
                }

                if (Volg(t, eind, terug))
                {
                    return true;
                }
            }

            return false;
        }

        // Moves the moments along the path that ends at `eind` and puts t at its start; when a moved moment or t no
        // longer keeps its gaps, undoes all of it (t back at `terug`, -1 for unplanned), leaves the moments that broke
        // them out of the next path of this attempt, and returns false.
        private bool Volg(int t, int eind, int terug)
        {
            var begin = Begin(eind);
            var verzet = Schuif(eind);
            _plaatsing[t] = begin;
            Neem(t, begin);
            if (Klopt(t, verzet))
            {
                return true;
            }

            Laat(t, begin);
            Herstel(verzet);
            _plaatsing[t] = terug;
            return false;
        }

        // Whether the moments a path moved (and `t`) still keep the gaps to their neighbours: two moments of one chain on
        // one path can each fit the other's old meeting only.
        private bool Klopt(int t, List<(int Taak, int Van)> verzet)
        {
            bool Past(int u)
            {
                var (lo, hi) = _p.Venster(u, Buur(_p, _plaatsing, _p.Vorige(u)), Buur(_p, _plaatsing, _p.Volgende(u)));
                return _plaatsing[u] >= lo && _plaatsing[u] < hi;
            }

            var klopt = true;
            foreach (var (u, _) in verzet)
            {
                if (!Past(u))
                {
                    SluitUit(u);
                    klopt = false;
                }
            }

            if (!Past(t))
            {
                // The path moved a neighbour of t in its chain.
                foreach (var (u, _) in verzet)
                {
                    if (u == _p.Vorige(t) || u == _p.Volgende(t))
                    {
                        SluitUit(u);
                    }
                }

                klopt = false;
            }

            return klopt;
        }

        // Leaves moment u out of the paths of this attempt.
        private void SluitUit(int u) => (_uitgesloten ??= new int[_plaatsing.Length])[u] = _poging;

        // Puts the moments a path moved back where they were.
        private void Herstel(List<(int Taak, int Van)> verzet)
        {
            foreach (var (u, van) in verzet)
            {
                Laat(u, _plaatsing[u]);
                _plaatsing[u] = van;
                Neem(u, van);
            }
        }

        private void Neem(int t, int m)
        {
            _bezet[m]++;
            _agenda[m].Add(t);
        }

        private void Laat(int t, int m)
        {
            _bezet[m]--;
            _agenda[m].Remove(t);
        }

        private bool Vrij(int m) => !_p.Geblokkeerd[m] && _bezet[m] < _p.Regels.Capaciteit(m);

        // Breadth first from the meetings of the window: a meeting with room ends the path; from a full one, each moment
        // seated there may move to a meeting between its neighbours. Returns the meeting with room, or null.
        private int? Zoek(int van, int tot, bool behoud, int uitgezonderd)
        {
            _ronde++;
            _rij.Clear();
            for (var m = van; m < tot; m++)
            {
                if (_p.Geblokkeerd[m])
                {
                    continue;
                }

                _bezocht[m] = _ronde;
                _via[m] = (-1, -1);
                if (_bezet[m] < _p.Regels.Capaciteit(m))
                {
                    return m;
                }

                _rij.Enqueue(m);
            }

            while (_rij.TryDequeue(out var m))
            {
                foreach (var u in _agenda[m])
                {
                    if (u == uitgezonderd || (_uitgesloten is { } uitgesloten && uitgesloten[u] == _poging))
                    {
                        continue;
                    }

                    var taak = _p.Taken[u];
                    var (lo, hi) = _p.Venster(u, Buur(_p, _plaatsing, _p.Vorige(u)), Buur(_p, _plaatsing, _p.Volgende(u)));
                    if (behoud && taak.Vast is { } vast && vast.Contains(m))
                    {
                        (lo, hi) = (Math.Max(lo, vast.Van), Math.Min(hi, vast.Tot));
                    }

                    _werk -= Math.Max(1, hi - lo);
                    if (_werk <= 0)
                    {
                        return null;
                    }

                    for (var n = lo; n < hi; n++)
                    {
                        if (_bezocht[n] == _ronde || _p.Geblokkeerd[n])
                        {
                            continue;
                        }

                        _bezocht[n] = _ronde;
                        _via[n] = (m, u);
                        if (Vrij(n))
                        {
                            return n;
                        }

                        _rij.Enqueue(n);
                    }
                }
            }

            return null;
        }

        // Moves the moments along the path that ends at `eind` one meeting on: each to the meeting it was found for.
        private List<(int Taak, int Van)> Schuif(int eind)
        {
            var verzet = new List<(int Taak, int Van)>();
            for (var n = eind; _via[n].Van >= 0;)
            {
                var (m, u) = _via[n];
                Laat(u, m);
                _plaatsing[u] = n;
                Neem(u, n);
                verzet.Add((u, m));
                n = m;
            }

            return verzet;
        }

        // The first meeting of the path that ends at `eind` (found before the moments moved, so by the links alone).
        private int Begin(int eind)
        {
            var n = eind;
            while (_via[n].Van >= 0)
            {
                n = _via[n].Van;
            }

            return n;
        }
    }
}
