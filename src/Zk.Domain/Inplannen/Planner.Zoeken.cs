namespace Zk.Domain.Inplannen;

/// <summary>
/// The planner's exact search: chains planned again, optimally, while every other moment stays where it is. On the whole
/// problem it is the exhaustive search of small instances; on a few chains around a moment that is not planned or not
/// kept in its quarter it is one step of a large-neighbourhood search.
/// </summary>
public static partial class Planner
{
    // The search's node budget for one neighbourhood, and for all neighbourhoods of a schedule per moment × meeting.
    private const int NeighbourhoodNodeLimit = 50_000;
    private const int NeighbourhoodWorkFactor = 1024;

    /// <summary>
    /// Improves a schedule by planning small sets of chains again, exactly, with the rest where it is: for each chain's
    /// first unplanned moment, and each fixed moment outside its quarter, its own chain and chains seated where it needs
    /// room: first in the full meetings of its best placement if they had room, then in its window (or quarter), before it
    /// back to where the chain may start, and after it to the end of the chain's last window; first with each of them in
    /// turn (a trade between two chains), then in rounds of 2, 4, 7, 12 and 20 such chains, taken from a place that turns
    /// with the round so that rounds try other sets. Each accepted change is strictly better, so it ends: at
    /// <paramref name="plafond"/>, when a round at the largest size changes nothing, or when its work budget
    /// (<see cref="NeighbourhoodWorkFactor"/> × moments × meetings steps) is spent.
    /// </summary>
    private static void Verfijn(Probleem p, int[] plaatsing, (int Gepland, int Behouden) plafond)
    {
        var zoeker = new Ketenzoeker(p, plaatsing);
        var doel = zoeker.Score(plafond);
        var budget = (long)NeighbourhoodWorkFactor * Math.Max(1, p.Taken.Length) * Math.Max(1, p.Bijeenkomsten.Length);
        var keten = new int[p.Taken.Length];
        for (var k = 0; k < p.Ketens.Length; k++)
        {
            for (var t = p.Ketens[k].Van; t < p.Ketens[k].Tot; t++)
            {
                keten[t] = k;
            }
        }

        var gekozen = new List<int>();
        var buren = new List<int>();
        var gezien = new int[p.Ketens.Length];
        var stempel = 0;
        void Buren(IEnumerable<int> bijeenkomsten)
        {
            foreach (var m in bijeenkomsten)
            {
                foreach (var u in zoeker.Agenda(m))
                {
                    if (gezien[keten[u]] != stempel)
                    {
                        gezien[keten[u]] = stempel;
                        buren.Add(keten[u]);
                    }
                }
            }
        }

        var ronde = 0;
        foreach (var omvang in (ReadOnlySpan<int>)[1, 2, 4, 7, 12, 20])
        {
            var verbeterd = true;
            while (verbeterd)
            {
                verbeterd = false;
                ronde++;
                foreach (var (t, van, tot, eerderVan, laterTot) in Doelen(p, plaatsing))
                {
                    if (zoeker.Huidig >= doel || budget <= 0)
                    {
                        return;
                    }

                    stempel++;
                    gekozen.Clear();
                    gekozen.Add(keten[t]);
                    gezien[keten[t]] = stempel;
                    buren.Clear();
                    var (nodig, werk) = zoeker.Nodig(keten[t]);
                    Buren(nodig);
                    var eersten = buren.Count;
                    Buren(Enumerable.Range(van, tot - van)
                        .Concat(Enumerable.Range(eerderVan, Math.Max(0, van - eerderVan)).Reverse())
                        .Concat(Enumerable.Range(tot, Math.Max(0, laterTot - tot))));
                    budget -= werk;
                    if (omvang == 1)
                    {
                        // Every neighbour in turn with the target's chain: a trade between two chains (one gives up a
                        // moment or a kept place so that the other gains more) is found whichever neighbour it is.
                        for (var i = 0; i < buren.Count && budget > 0 && zoeker.Huidig < doel; i++)
                        {
                            gekozen.RemoveRange(1, gekozen.Count - 1);
                            gekozen.Add(buren[i]);
                            var (paarBeter, paarWerk, _) = zoeker.Herplan(gekozen, NeighbourhoodNodeLimit);
                            budget -= paarWerk;
                            verbeterd |= paarBeter;
                            if (paarBeter)
                            {
                                break;
                            }
                        }

                        continue;
                    }

                    for (var i = 0; i < buren.Count && gekozen.Count <= omvang; i++)
                    {
                        gekozen.Add(i < eersten ? buren[(i + (ronde * 3)) % eersten] : buren[eersten + ((i - eersten + (ronde * 3)) % (buren.Count - eersten))]);
                    }

                    var (beter, gedaan, _) = zoeker.Herplan(gekozen, NeighbourhoodNodeLimit);
                    budget -= gedaan;
                    verbeterd |= beter;
                }
            }
        }
    }

    // What the neighbourhood search aims at: each chain's first unplanned moment that has meetings in reach, with that
    // window (or, when none follows the moment before it where that one is now, the window it has when those move), and
    // each fixed moment outside its quarter (or unplanned) whose quarter is in reach, with its quarter; each with the
    // first meeting where its chain may start and the end of its chain's last window.
    private static List<(int Taak, int Van, int Tot, int Begin, int Einde)> Doelen(Probleem p, int[] plaatsing)
    {
        var doelen = new List<(int, int, int, int, int)>();
        foreach (var keten in p.Ketens)
        {
            var begin = p.Venster(keten.Van, -1, -1).Van;
            var einde = p.Venster(keten.Tot - 1, -1, -1).Tot;
            var open = false;
            for (var t = keten.Van; t < keten.Tot; t++)
            {
                if (plaatsing[t] < 0 && !open)
                {
                    open = true;
                    var (van, tot) = p.Venster(t, t > keten.Van ? plaatsing[t - 1] : -1, -1);
                    if (van >= tot)
                    {
                        // No meeting after where the moment before it is now: the moments before it may move earlier.
                        (van, tot) = p.Venster(t, -1, -1);
                    }
                    if (van < tot)
                    {
                        doelen.Add((t, van, tot, begin, einde));
                    }
                }

                if (p.Taken[t].Vast is { } vast && (plaatsing[t] < 0 || !vast.Contains(plaatsing[t])))
                {
                    var (van, tot) = p.Venster(t, -1, -1);
                    (van, tot) = (Math.Max(van, vast.Van), Math.Min(tot, vast.Tot));
                    if (van < tot)
                    {
                        doelen.Add((t, van, tot, begin, einde));
                    }
                }
            }
        }

        return doelen;
    }

    /// <summary>
    /// Plans chains again, exactly, within a node budget, the other moments staying where they are: a depth-first search
    /// over the chains' moments in order (a moment left unplanned ends its chain), bounded by what each chain could reach
    /// alone in the meetings left to it.
    /// </summary>
    private sealed class Ketenzoeker
    {
        private readonly Probleem _p;
        private readonly int[] _plaatsing;
        private readonly int[] _bezet;
        private readonly List<int>[] _agenda;
        private readonly long _gewicht;

        public Ketenzoeker(Probleem p, int[] plaatsing)
        {
            _p = p;
            _plaatsing = plaatsing;
            var aantal = p.Bijeenkomsten.Length;
            _bezet = new int[aantal];
            _agenda = new List<int>[aantal];
            for (var m = 0; m < aantal; m++)
            {
                _agenda[m] = [];
            }

            var vast = 0;
            for (var t = 0; t < plaatsing.Length; t++)
            {
                vast += p.Taken[t].WasVast ? 1 : 0;
                if (plaatsing[t] >= 0 && p.Taken[t].NeemtPlaats)
                {
                    _bezet[plaatsing[t]]++;
                    _agenda[plaatsing[t]].Add(t);
                }
            }

            _gewicht = vast + 1L;
            Huidig = Score(p.Waarde(plaatsing));
        }

        /// <summary>The score of the schedule as it stands.</summary>
        public long Huidig { get; private set; }

        /// <summary>The lexicographic value as one number: a planned moment outweighs every kept one.</summary>
        public long Score((int Gepland, int Behouden) waarde) => (waarde.Gepland * _gewicht) + waarde.Behouden;

        /// <summary>The seat-taking moments in meeting <paramref name="m"/>.</summary>
        public List<int> Agenda(int m) => _agenda[m];

        private long Score(int t, int m) => _gewicht + (_p.Taken[t].Vast?.Contains(m) == true ? 1 : 0);

        /// <summary>
        /// Plans the chains <paramref name="ketens"/> (indices into <see cref="Probleem.Ketens"/>) again: when the search
        /// finds a strictly better placement of them it is applied. Returns whether it was, the work done (the search's
        /// nodes, the meetings each looked at, and the cells of the bounds' tables), and whether the search finished within
        /// <paramref name="limiet"/> nodes (then no placement of these chains is better than the one they have).
        /// </summary>
        public (bool Beter, long Werk, bool Volledig) Herplan(List<int> ketens, long limiet)
        {
            var p = _p;
            var taken = new List<int>();
            foreach (var k in ketens)
            {
                for (var t = p.Ketens[k].Van; t < p.Ketens[k].Tot; t++)
                {
                    taken.Add(t);
                }
            }

            // Take the chains out, remembering where they were.
            var oud = new int[taken.Count];
            long huidig = 0;
            for (var i = 0; i < taken.Count; i++)
            {
                var t = taken[i];
                oud[i] = _plaatsing[t];
                if (oud[i] >= 0)
                {
                    huidig += Score(t, oud[i]);
                    Laat(t, oud[i]);
                    _plaatsing[t] = -1;
                }
            }

            // Per chain, per moment, per lowest meeting: the best it reaches alone from there; per chain, what the chains
            // after it reach alone together.
            var grenzen = new long[ketens.Count][][];
            var rest = new long[ketens.Count + 1];
            for (var c = ketens.Count - 1; c >= 0; c--)
            {
                grenzen[c] = Alleen(p.Ketens[ketens[c]]);
                rest[c] = rest[c + 1] + grenzen[c][0][Math.Max(0, p.Venster(p.Ketens[ketens[c]].Van, -1, -1).Van)];
            }

            var beste = huidig;
            int[]? bestePlaatsing = null;
            long knopen = 0;
            long werk = (long)taken.Count * p.Bijeenkomsten.Length;
            // Per depth of the search (the moment's place among `taken`), its candidate meetings and their sort keys.
            var begin = new int[ketens.Count];
            for (var c = 1; c < ketens.Count; c++)
            {
                begin[c] = begin[c - 1] + (p.Ketens[ketens[c - 1]].Tot - p.Ketens[ketens[c - 1]].Van);
            }

            var kandidatenPerDiepte = new int[taken.Count][];
            var waardenPerDiepte = new long[taken.Count][];

            void Zoek(int c, int t, int vorige, long score)
            {
                if (++knopen > limiet)
                {
                    return;
                }

                if (c == ketens.Count)
                {
                    if (score > beste)
                    {
                        beste = score;
                        bestePlaatsing = new int[taken.Count];
                        for (var i = 0; i < taken.Count; i++)
                        {
                            bestePlaatsing[i] = _plaatsing[taken[i]];
                        }
                    }

                    return;
                }

                var keten = p.Ketens[ketens[c]];
                if (t == keten.Tot)
                {
                    Zoek(c + 1, c + 1 < ketens.Count ? p.Ketens[ketens[c + 1]].Van : 0, -1, score);
                    return;
                }

                var (van, tot) = p.Venster(t, vorige, -1);
                werk += Math.Max(0, tot - van);
                var alleen = van < tot ? grenzen[c][t - keten.Van][van] : 0;
                if (score + alleen + rest[c + 1] <= beste)
                {
                    return;
                }

                // The meetings where it can go, the most promising first: by what its chain reaches alone from there,
                // then in date order.
                var aantal = 0;
                var j = t - keten.Van;
                var kandidaten = kandidatenPerDiepte[begin[c] + j] ??= new int[p.Bijeenkomsten.Length];
                var waarden = waardenPerDiepte[begin[c] + j] ??= new long[p.Bijeenkomsten.Length];
                var volgendeRij = j + 1 < grenzen[c].Length ? grenzen[c][j + 1] : null;
                for (var m = van; m < tot; m++)
                {
                    if (Kan(t, m))
                    {
                        var verder = 0L;
                        if (volgendeRij is not null)
                        {
                            var (v, w) = p.Venster(t + 1, m, -1);
                            verder = v < w ? volgendeRij[v] : 0;
                        }

                        kandidaten[aantal] = m;
                        waarden[aantal++] = (-(Score(t, m) + verder) * (p.Bijeenkomsten.Length + 1L)) + m; // ties in date order
                    }
                }

                Array.Sort(waarden, kandidaten, 0, aantal);
                for (var i = 0; i < aantal; i++)
                {
                    var m = kandidaten[i];
                    _plaatsing[t] = m;
                    Neem(t, m);
                    Zoek(c, t + 1, m, score + Score(t, m));
                    Laat(t, m);
                    _plaatsing[t] = -1;
                }

                // Left unplanned: so is the rest of its chain.
                Zoek(c + 1, c + 1 < ketens.Count ? p.Ketens[ketens[c + 1]].Van : 0, -1, score);
            }

            if (ketens.Count > 0)
            {
                Zoek(0, p.Ketens[ketens[0]].Van, -1, 0);
            }

            var gevonden = bestePlaatsing ?? oud;
            for (var i = 0; i < taken.Count; i++)
            {
                var m = gevonden[i];
                _plaatsing[taken[i]] = m;
                if (m >= 0)
                {
                    Neem(taken[i], m);
                }
            }

            if (bestePlaatsing is not null)
            {
                Huidig += beste - huidig;
            }

            return (bestePlaatsing is not null, werk + Math.Min(knopen, limiet), knopen <= limiet);
        }

        // Per moment of the chain (by its place in it), per lowest meeting `lo`: the best the rest of the chain from that
        // moment reaches alone with the meetings as they are, when the moment goes at `lo` or later (0: left unplanned).
        // With `zonderCapaciteit`, full meetings count as free, each at a cost below one kept moment (the score is scaled
        // by the chain's length plus one): the best placement that uses the fewest full meetings.
        private long[][] Alleen(Planner.Reeks keten, bool zonderCapaciteit = false)
        {
            var p = _p;
            var aantal = p.Bijeenkomsten.Length;
            var lengte = keten.Tot - keten.Van;
            var schaal = zonderCapaciteit ? lengte + 1L : 1L;
            var tabel = new long[lengte][];
            for (var j = lengte - 1; j >= 0; j--)
            {
                var t = keten.Van + j;
                var rij = new long[aantal + 1];
                var (van, tot) = p.Venster(t, -1, -1);
                for (var m = Math.Min(tot, aantal) - 1; m >= 0; m--)
                {
                    var best = rij[m + 1];
                    if (m >= van && Waarde(t, m, zonderCapaciteit, schaal) is { } waarde)
                    {
                        var verder = 0L;
                        if (j + 1 < lengte)
                        {
                            var (v, w) = p.Venster(t + 1, m, -1);
                            verder = v < w ? tabel[j + 1][v] : 0;
                        }

                        best = Math.Max(best, waarde + verder);
                    }

                    rij[m] = best;
                }

                tabel[j] = rij;
            }

            return tabel;
        }

        // What moment t at meeting m adds, scaled; null when it cannot go there.
        private long? Waarde(int t, int m, bool zonderCapaciteit, long schaal) =>
            Kan(t, m) ? Score(t, m) * schaal
            : zonderCapaciteit && !_p.Geblokkeerd[m] ? (Score(t, m) * schaal) - 1
            : null;

        /// <summary>
        /// The full meetings the chain would need for its best placement if full meetings had room (the placement that
        /// needs the fewest of them): whose moments must make way for it; and the work that took (cells of its table).
        /// </summary>
        public (List<int> Nodig, long Werk) Nodig(int k)
        {
            var p = _p;
            var keten = p.Ketens[k];
            var oud = new int[keten.Tot - keten.Van];
            for (var t = keten.Van; t < keten.Tot; t++)
            {
                oud[t - keten.Van] = _plaatsing[t];
                if (_plaatsing[t] >= 0)
                {
                    Laat(t, _plaatsing[t]);
                }
            }

            var tabel = Alleen(keten, zonderCapaciteit: true);
            var schaal = keten.Tot - keten.Van + 1L;
            var nodig = new List<int>();
            var lo = p.Venster(keten.Van, -1, -1).Van;
            for (var t = keten.Van; t < keten.Tot && lo < p.Bijeenkomsten.Length; t++)
            {
                var j = t - keten.Van;
                var doel = tabel[j][lo];
                var (_, tot) = p.Venster(t, -1, -1);
                var gekozen = -1;
                for (var m = lo; m < tot && gekozen < 0; m++)
                {
                    if (Waarde(t, m, true, schaal) is { } waarde)
                    {
                        var verder = 0L;
                        var volgendeLo = p.Bijeenkomsten.Length;
                        if (j + 1 < tabel.Length)
                        {
                            var (v, w) = p.Venster(t + 1, m, -1);
                            verder = v < w ? tabel[j + 1][v] : 0;
                            volgendeLo = v < w ? v : p.Bijeenkomsten.Length;
                        }

                        if (waarde + verder == doel && doel > 0)
                        {
                            gekozen = m;
                            lo = volgendeLo;
                        }
                    }
                }

                if (gekozen < 0)
                {
                    break;
                }

                if (!Kan(t, gekozen))
                {
                    nodig.Add(gekozen);
                }
            }

            for (var t = keten.Van; t < keten.Tot; t++)
            {
                if (oud[t - keten.Van] >= 0)
                {
                    Neem(t, oud[t - keten.Van]);
                }
            }

            return (nodig, (long)(keten.Tot - keten.Van) * p.Bijeenkomsten.Length);
        }

        private bool Kan(int t, int m) => _p.Taken[t].NeemtPlaats ? _p.Regels.Beschikbaar(m, _bezet) : !_p.Geblokkeerd[m];

        private void Neem(int t, int m)
        {
            if (_p.Taken[t].NeemtPlaats)
            {
                _bezet[m]++;
                _agenda[m].Add(t);
            }
        }

        private void Laat(int t, int m)
        {
            if (_p.Taken[t].NeemtPlaats)
            {
                _bezet[m]--;
                _agenda[m].Remove(t);
            }
        }
    }
}
