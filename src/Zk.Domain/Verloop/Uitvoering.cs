using System.Runtime.InteropServices;
using NodaTime;
using Zk.Domain.Besturing;
using Zk.Domain.Collections;
using Zk.Domain.Inplannen;
using Zk.Domain.Tijd;
using Zk.Domain.Werkplannen;

namespace Zk.Domain.Verloop;

/// <summary>
/// The state of one plan run (<see cref="PlanRun.Run(Werkplan, Planning, Scenario?, LocalDate?, Governancebeleid?)"/>):
/// the meetings in date order with their agendas, indexed by meeting and by action, and the events so far.
/// </summary>
/// <remarks>
/// Each agenda keeps the order the run has always given it: a moment that moves is removed (the first equal one) and
/// added at the end, then the agenda is sorted by the actions' order in the plan. Not thread-safe; one per run.
/// </remarks>
internal sealed class Uitvoering
{
    private readonly Werkplan _plan;
    private readonly PlanIndex _index;
    private readonly Scenario _scenario;
    private readonly Governancebeleid _beleid;
    private readonly LocalDate _einde;

    // The meetings in date order (then by id), and per meeting (by that index) what the run needs of it.
    // Where a moment may move: the planner's placement rules, with the run's cancelled meetings.
    private readonly Plaatsingsregels _regels;
    private readonly Radenbijeenkomst[] _bijeenkomsten;
    private readonly LocalDate[] _datum;
    private readonly bool[] _geannuleerd;
    private readonly List<Plek>[] _agenda;

    // Whether an agenda is strictly ordered by the actions' order in the plan, so that a moment can be inserted in place.
    private readonly bool[] _strikt;

    // Per action of the schedule (dense index): the meetings that hold one of its moments, once per moment.
    private readonly List<int>[] _bijeenkomstenVan;
    private readonly Dictionary<string, int> _actie = new(StringComparer.Ordinal);

    // Each action's first place in the plan (the order of an agenda).
    private readonly IReadOnlyDictionary<string, int> _actieVolgorde;

    private readonly bool _elkeFaseNeemtPlaats;

    private readonly List<ScenarioStap> _vertragingen;
    private int _volgendeVertraging;
    private readonly Dictionary<(string Actie, int Ronde), Raadsstappen> _raadsstappen = new();

    // Per action of the schedule (dense index): the decision rounds discussed so far, and those not yet ended.
    private readonly int[] _rondes;
    private readonly int[] _lopend;

    // The rounds discussed whose councils have not all decided yet, by the day the round ends (then in order of discussion).
    private readonly PriorityQueue<Ronde, (LocalDate Einde, int Volgnummer)> _rondesLopend = new();
    private int _volgnummer;

    // The councils and their decision dates for the meeting being held (see RadenOp).
    private Raadsdata? _raadsdata;

    // The last meeting held (index), or before the first.
    private int _gehouden;

    // What happened, in order: events, and runs of councils' decisions on one proposal of one date; with runs of
    // consecutive entries of one date (their first entry).
    // A run of decisions with nothing scripted (every council adopted unchanged) is marked, so that its outcome is known
    // without looking at each decision again.
    private readonly List<(Gebeurtenis? Gebeurtenis, RaadBesloten[]? Raden, LocalDate Datum, bool Ongewijzigd)> _verloop;
    private readonly List<int> _segmenten = [];

    public Uitvoering(Werkplan plan, Planning planning, Scenario scenario, Governancebeleid beleid, LocalDate einde)
    {
        _plan = plan;
        _scenario = scenario;
        _beleid = beleid;
        _einde = einde;
        var kalender = planning.Kalender;
        _regels = Plaatsingsregels.Maak(plan.Looptijd, kalender, beleid, plan.Profiel);
        _elkeFaseNeemtPlaats = plan.Profiel.Fasen.All(f => plan.Profiel.IsAgendapunt(f.Fase));
        _bijeenkomsten = _regels.Bijeenkomsten;
        var geannuleerd = scenario.Stappen.Where(s => s.Soort == StapSoort.Annuleert && s.Radenbijeenkomst is not null).Select(s => s.Radenbijeenkomst!).ToHashSet(StringComparer.Ordinal);
        var aantal = _bijeenkomsten.Length;
        var bijeenkomst = new Dictionary<string, int>(aantal, StringComparer.Ordinal);
        _datum = new LocalDate[aantal];
        _geannuleerd = new bool[aantal];
        _agenda = new List<Plek>[aantal];
        _strikt = new bool[aantal];
        for (var m = 0; m < aantal; m++)
        {
            var r = _bijeenkomsten[m];
            bijeenkomst.TryAdd(r.Id, m);
            _datum[m] = r.Datum;
            _geannuleerd[m] = geannuleerd.Contains(r.Id);
        }

        // Each agenda with room for its moments and a few that move in.
        var toewijzingen = planning.Toewijzingen.AsSpan();
        var plaats = new int[toewijzingen.Length];
        var omvang = new int[aantal];
        for (var i = 0; i < toewijzingen.Length; i++)
        {
            plaats[i] = toewijzingen[i].Radenbijeenkomst is { } id ? bijeenkomst.GetValueOrDefault(id, -1) : -1;
            if (plaats[i] >= 0)
            {
                omvang[plaats[i]]++;
            }
        }

        for (var m = 0; m < aantal; m++)
        {
            _agenda[m] = new List<Plek>(omvang[m] + 4);
        }
        // Room for an event per meeting, two per moment (discussed; decided or moved) and the run's start.
        _verloop = new(aantal + (2 * toewijzingen.Length) + 1);
        Voeg(new RunGestart { Datum = plan.Looptijd.Start, Toewijzingen = planning.Toewijzingen });
        _vertragingen = [.. scenario.Stappen.Where(s => s.Soort == StapSoort.Vertraagt && s.Actie is not null).OrderBy(s => VanafDeStart(s.Datum))];
        _index = PlanIndex.Of(plan);
        _actieVolgorde = _index.Acties;

        // A moment's place in its action's chain is its index in the schedule. Actions that share an id (an invalid plan,
        // ZK001) share one chain.
        var volgorde = new List<int>();
        var bijeenkomstenVan = new List<List<int>>();
        for (var i = 0; i < toewijzingen.Length; i++)
        {
            var t = toewijzingen[i];
            if (!_actie.TryGetValue(t.Actie, out var a))
            {
                a = volgorde.Count;
                _actie.Add(t.Actie, a);
                volgorde.Add(_actieVolgorde.GetValueOrDefault(t.Actie, -1));
                bijeenkomstenVan.Add([]);
            }

            if (plaats[i] is var m and >= 0)
            {
                _agenda[m].Add(new Plek(t, i, a, volgorde[a], m));
                bijeenkomstenVan[a].Add(m);
            }
        }

        _bijeenkomstenVan = [.. bijeenkomstenVan];
        _rondes = new int[volgorde.Count];
        _lopend = new int[volgorde.Count];
        _gehouden = _regels.Start - 1;
        for (var m = 0; m < aantal; m++)
        {
            _strikt[m] = Strikt(_agenda[m]);
        }

        foreach (var stap in scenario.Stappen)
        {
            if (stap is { Soort: StapSoort.Verwerpt or StapSoort.Amendeert, Actie: { } actie })
            {
                var sleutel = (actie, stap.Ronde ?? 1);
                if (!_raadsstappen.TryGetValue(sleutel, out var stappen))
                {
                    _raadsstappen.Add(sleutel, stappen = new Raadsstappen());
                }

                stappen.Zet(stap.Gemeente, stap);
            }
        }
    }

    /// <summary>
    /// Runs up to the last day and returns the events in date order, <see cref="RunGestart"/> first, with where in them
    /// the councils' decisions on each proposal are (for <see cref="Voortgang.Herspeel"/>).
    /// </summary>
    public (ValueArray<Gebeurtenis> Gebeurtenissen, List<(int Begin, RaadBesloten[] Besluiten, bool Ongewijzigd)> Besluiten) Voer()
    {
        var einde = _einde;
        // From the period's start: a meeting before it is no part of the run (nothing is planned there).
        for (var m = _regels.Start; m < _bijeenkomsten.Length && _datum[m] <= einde; m++)
        {
            var datum = _datum[m];
            Bij(datum);
            if (_geannuleerd[m])
            {
                Voeg(new BijeenkomstGeannuleerd { Datum = datum, Radenbijeenkomst = _bijeenkomsten[m].Id });
                foreach (var p in _agenda[m].ToArray())
                {
                    Verschuif(p, datum);
                }

                continue;
            }

            _gehouden = m;
            Voeg(new BijeenkomstGehouden { Datum = datum, Radenbijeenkomst = _bijeenkomsten[m].Id });
            var besluitdatum = Tijd.Dagen.Plus(datum, _beleid.BesluitvormingstermijnInDagen);
            foreach (var p in _agenda[m])
            {
                var t = p.Toewijzing;
                Voeg(new MomentBesproken { Datum = datum, Actie = t.Actie, Fase = t.Fase, Radenbijeenkomst = _bijeenkomsten[m].Id });
                if (_regels.Kenmerken.IsBesluit(t.Fase))
                {
                    // The councils decide in the decision time (each on its own date); the round ends with the last of them.
                    var ronde = Open(p, datum, besluitdatum);
                    if (ronde.Einde <= datum)
                    {
                        Sluit(ronde);
                    }
                    else
                    {
                        _rondesLopend.Enqueue(ronde, (ronde.Einde, _volgnummer++));
                    }
                }
            }
        }

        Bij(einde);

        // Rounds that end after the last day: their councils' decisions up to it count (the rest are left out when ordered).
        while (_rondesLopend.TryDequeue(out var ronde, out _))
        {
            VoegBesluiten(ronde);
        }

        foreach (var stap in _scenario.Stappen)
        {
            if (stap is { Soort: StapSoort.Financiering, Actie: { } actie })
            {
                Voeg(new FinancieringGevonden { Datum = VanafDeStart(stap.Datum), Actie = actie });
            }
        }

        return Geordend(einde);
    }

    // The events after RunGestart up to einde, stably sorted by date: whole runs of one date are ordered, not events.
    private (ValueArray<Gebeurtenis>, List<(int Begin, RaadBesloten[] Besluiten, bool Ongewijzigd)>) Geordend(LocalDate einde)
    {
        var runs = new List<(LocalDate Datum, int Segment)>(_segmenten.Count);
        var totaal = 1L;
        var reeksen = 0;
        for (var s = 1; s < _segmenten.Count; s++)
        {
            var datum = _verloop[_segmenten[s]].Datum;
            if (datum <= einde)
            {
                runs.Add((datum, s));
                for (var i = _segmenten[s]; i < Einde(s); i++)
                {
                    totaal += _verloop[i].Raden?.Length ?? 1;
                    reeksen += _verloop[i].Raden is null ? 0 : 1;
                }
            }
        }

        runs.Sort((a, b) => a.Datum != b.Datum ? a.Datum.CompareTo(b.Datum) : a.Segment.CompareTo(b.Segment));
        var geordend = new Gebeurtenis[totaal];
        var besluiten = new List<(int Begin, RaadBesloten[] Besluiten, bool Ongewijzigd)>(reeksen);
        geordend[0] = _verloop[0].Gebeurtenis!;
        var n = 1;
        foreach (var (_, s) in runs)
        {
            for (var i = _segmenten[s]; i < Einde(s); i++)
            {
                var (gebeurtenis, raden, _, ongewijzigd) = _verloop[i];
                if (raden is null)
                {
                    geordend[n++] = gebeurtenis!;
                    continue;
                }

                besluiten.Add((n, raden, ongewijzigd));
                new ReadOnlySpan<Gebeurtenis>(raden).CopyTo(geordend.AsSpan(n));
                n += raden.Length;
            }
        }

        return (ValueArray<Gebeurtenis>.Wrap(geordend), besluiten);

        int Einde(int s) => s + 1 < _segmenten.Count ? _segmenten[s + 1] : _verloop.Count;
    }

    private void Voeg(Gebeurtenis g) => Voeg(g, null, g.Datum, false);

    // Starts a run when the date changes (RunGestart is a run of its own).
    private void Voeg(Gebeurtenis? g, RaadBesloten[]? raden, LocalDate datum, bool ongewijzigd)
    {
        if (_verloop.Count <= 1 || _verloop[^1].Datum != datum)
        {
            _segmenten.Add(_verloop.Count);
        }

        _verloop.Add((g, raden, datum, ongewijzigd));
    }

    // A decision round of p, discussed on `datum`: each council that is a member on the round's decision date decides
    // separately (a member that left does not, its successor does from its first day), as the scenario scripts it for
    // this round (a step of another round does not count), on its own date or the round's; the round ends on the last
    // of them. A scripted decision of a council that is no member on that date has no effect.
    private Ronde Open(Plek p, LocalDate datum, LocalDate besluitdatum)
    {
        var t = p.Toewijzing;
        var nummer = ++_rondes[p.Actie];
        _lopend[p.Actie]++;
        var stappen = _raadsstappen.GetValueOrDefault((t.Actie, nummer));
        var raadsdata = RadenOp(datum, besluitdatum);
        var deelnemers = raadsdata.Deelnemers.AsSpan();
        var dagen = raadsdata.Dagen;
        var raden = new RaadBesloten[deelnemers.Length];
        if (stappen is null)
        {
            // Nothing scripted: every council adopts on its own date of this meeting's window, the same for every proposal.
            for (var g = 0; g < deelnemers.Length; g++)
            {
                raden[g] = new RaadBesloten { Datum = dagen[g], Actie = t.Actie, Gemeente = deelnemers[g], Besluit = Raadsbesluit.Aangenomen, Ronde = nummer };
            }

            return new Ronde(p, nummer, raden, raadsdata.Einde, raadsdata.EenDatum, Ongewijzigd: true);
        }

        var einde = besluitdatum;
        var eenDatum = true;
        for (var g = 0; g < deelnemers.Length; g++)
        {
            var gemeente = deelnemers[g];
            var stap = stappen.Van(gemeente);
            // Its own first meeting in the decision window, otherwise the window's end (never later, so the planner's
            // deadline check with the window still holds); a scripted date wins.
            var dag = stap?.Datum is { } eigen && eigen >= datum ? eigen : dagen[g];
            eenDatum &= dag == besluitdatum;
            einde = g == 0 || dag > einde ? dag : einde;
            raden[g] = stap?.Soort switch
            {
                StapSoort.Verwerpt => new RaadBesloten { Datum = dag, Actie = t.Actie, Gemeente = gemeente, Besluit = Raadsbesluit.Verworpen, Ronde = nummer },
                StapSoort.Amendeert => new RaadBesloten
                {
                    Datum = dag,
                    Actie = t.Actie,
                    Gemeente = gemeente,
                    Besluit = Raadsbesluit.Geamendeerd,
                    Ronde = nummer,
                    Amendement = new Amendement { Samenvatting = stap.Samenvatting, Oordeel = stap.Oordeel ?? Oordeel.Open },
                },
                _ => new RaadBesloten { Datum = dag, Actie = t.Actie, Gemeente = gemeente, Besluit = Raadsbesluit.Aangenomen, Ronde = nummer },
            };
        }

        return new Ronde(p, nummer, raden, eenDatum ? besluitdatum : einde, eenDatum, Ongewijzigd: false);
    }

    // The councils that decide on what a meeting on `datum` discusses, each with its date in the window up to
    // `besluitdatum`, and the day the last of them decides: the same for every proposal of the meeting, so found once per
    // meeting (a council's own meetings are looked up in the plan index, members by the window's end).
    private Raadsdata RadenOp(LocalDate datum, LocalDate besluitdatum)
    {
        if (_raadsdata is { } bekend && bekend.Datum == datum && bekend.Besluitdatum == besluitdatum)
        {
            return bekend;
        }

        var deelnemers = _index.Leden.Op(besluitdatum);
        var span = deelnemers.AsSpan();
        var dagen = new LocalDate[span.Length];
        var einde = besluitdatum;
        var eenDatum = true;
        for (var g = 0; g < span.Length; g++)
        {
            var dag = _index.Besluitdatum(span[g], datum, besluitdatum);
            dagen[g] = dag;
            eenDatum &= dag == besluitdatum;
            einde = g == 0 || dag > einde ? dag : einde;
        }

        return _raadsdata = new Raadsdata(datum, besluitdatum, deelnemers, dagen, eenDatum ? besluitdatum : einde, eenDatum);
    }

    // The councils' decisions of a round and its outcome, as events.
    private Rondeuitkomst VoegBesluiten(Ronde ronde)
    {
        var raden = ronde.Raden;
        if (ronde.EenDatum && raden.Length > 0)
        {
            Voeg(null, raden, ronde.Einde, ronde.Ongewijzigd);
        }
        else
        {
            // Each on its own date; ordered by date later, the round's order among the decisions of one date.
            foreach (var r in raden)
            {
                Voeg(r);
            }
        }

        // Nothing scripted is every council adopting unchanged (or none deciding): the classification of no decisions.
        var uitkomst = Rondeuitkomst.From(ronde.Ongewijzigd ? [] : raden);
        var actie = ronde.Plek.Toewijzing.Actie;
        if (uitkomst.IsVastgesteld)
        {
            Voeg(new VoorstelVastgesteld { Datum = ronde.Einde, Actie = actie, Ronde = ronde.Nummer, Afwijkingen = uitkomst.Afwijkingen });
            return uitkomst;
        }

        List<string>? verworpen = null;
        List<string>? geamendeerd = null;
        foreach (var r in raden)
        {
            if (r.Besluit == Raadsbesluit.Verworpen)
            {
                (verworpen ??= []).Add(r.Gemeente);
            }
            else if (r.Besluit == Raadsbesluit.Geamendeerd)
            {
                (geamendeerd ??= []).Add(r.Gemeente);
            }
        }

        Voeg(new VoorstelNietVastgesteld
        {
            Datum = ronde.Einde,
            Actie = actie,
            Verworpen = verworpen?.ToValueArray() ?? [],
            Geamendeerd = geamendeerd?.ToValueArray() ?? [],
            Ronde = ronde.Nummer,
            Uitkomst = uitkomst.Uitkomst,
        });
        return uitkomst;
    }

    // A round ends: its events, and after herafstemming the next round in a later meeting, unless another round of the
    // action is under way or its schedule has a decision still ahead.
    private void Sluit(Ronde ronde)
    {
        var p = ronde.Plek;
        _lopend[p.Actie]--;
        if (VoegBesluiten(ronde).Uitkomst != Besluituitkomst.Herafstemming || _lopend[p.Actie] > 0)
        {
            return;
        }

        foreach (var o in Momenten(p.Actie))
        {
            if (o.Bijeenkomst > _gehouden && _plan.Profiel.IsBesluit(o.Toewijzing.Fase))
            {
                return;
            }
        }

        // The new round is the decision moment again, placed by the planner's rules as a moved one: after the round's
        // end, the minimum gap after the previous round's meeting, before the deadline with the decision time.
        var t = p.Toewijzing;
        var (naar, reden) = Zoek(t, Tijd.Dagen.Plus(ronde.Einde, 1), p.Bijeenkomst);
        var r = naar < 0 ? null : _bijeenkomsten[naar];
        Voeg(new RondeGepland { Datum = ronde.Einde, Actie = t.Actie, Fase = t.Fase, Moment = t.Moment, Ronde = ronde.Nummer + 1, Van = t.Radenbijeenkomst, Naar = r?.Id, NaarDatum = r?.Datum, Reden = r is null ? reden : null });
        if (r is not null)
        {
            Plaats(p with { Toewijzing = t with { Radenbijeenkomst = r.Id, Datum = r.Datum }, Bijeenkomst = naar });
        }

        // The action's later moments not yet held that now come too close move along, as after a cancelled meeting; when
        // the new round found no meeting, they fall off with it.
        var keten = Momenten(p.Actie);
        var vorige = naar;
        for (var j = keten.FindIndex(o => o.Keten == p.Keten && o.Bijeenkomst == p.Bijeenkomst) + 1; j < keten.Count; j++)
        {
            var o = keten[j];
            if (o.Bijeenkomst <= _gehouden || (o.Keten == p.Keten && o.Bijeenkomst == naar))
            {
                continue;
            }

            if (vorige >= 0 && _regels.Volgt(o.Bijeenkomst, vorige))
            {
                break;
            }

            vorige = Verplaats(o, Tijd.Dagen.Plus(ronde.Einde, 1), vorige, vorige < 0, ronde.Einde);
        }
    }

    // What takes effect up to and including `totEnMet`, in date order: slips and ended rounds (a round first on a tie).
    private void Bij(LocalDate totEnMet)
    {
        while (true)
        {
            var vertraging = _volgendeVertraging < _vertragingen.Count ? VanafDeStart(_vertragingen[_volgendeVertraging].Datum) : (LocalDate?)null;
            if (_rondesLopend.TryPeek(out var ronde, out var wanneer) && wanneer.Einde <= totEnMet && !(vertraging < wanneer.Einde))
            {
                _rondesLopend.Dequeue();
                Sluit(ronde);
            }
            else if (vertraging <= totEnMet)
            {
                Vertraag(_vertragingen[_volgendeVertraging++]);
            }
            else
            {
                return;
            }
        }
    }

    // The first meeting on or after `vanaf` that can take t at least the minimum gap after meeting `vorige` (-1: none),
    // by the planner's rules: in the period, not past the action's deadline (a decision: with the decision time), not
    // blocked or cancelled, with room; -1 and the reason when there is none.
    private (int Naar, OnplanbaarReden Reden) Zoek(Toewijzing t, LocalDate vanaf, int vorige)
    {
        var deadline = _regels.MomentDeadline(_regels.ActieDeadline(t.Actie), t.Fase);
        var (van, tot) = _regels.Venster(Math.Max(_regels.Start, _regels.Eerste(vanaf)), _regels.Na(deadline), vorige, -1);
        for (var m = van; m < tot; m++)
        {
            if (_regels.Beschikbaar(m, t.Fase, Agendaplaatsen(m), _geannuleerd))
            {
                return (m, default);
            }
        }

        return (-1, _regels.Reden(van, tot, _geannuleerd));
    }

    // The agenda items of meeting m: its moments of stages that take one (a stage acted on elsewhere takes none). When
    // every stage of the profile takes one (Zuid-Kennemerland's), that is the agenda's length.
    private int Agendaplaatsen(int m)
    {
        if (_elkeFaseNeemtPlaats)
        {
            return _agenda[m].Count;
        }

        var aantal = 0;
        foreach (var p in _agenda[m])
        {
            aantal += _regels.Kenmerken.NeemtAgendaplaats(p.Toewijzing.Fase) ? 1 : 0;
        }

        return aantal;
    }

    // Takes p off its agenda and moves it to the first meeting Zoek gives (none when `gestrand`: an earlier moment fell
    // off), with its event; returns the meeting, or -1 when it falls off the schedule.
    private int Verplaats(Plek p, LocalDate vanaf, int vorige, bool gestrand, LocalDate wanneer)
    {
        var t = p.Toewijzing;
        Verwijder(p);
        var (naar, reden) = gestrand ? (-1, OnplanbaarReden.Volgorde) : Zoek(t, vanaf, vorige);
        var r = naar < 0 ? null : _bijeenkomsten[naar];
        Voeg(new MomentVerschoven { Datum = wanneer, Actie = t.Actie, Fase = t.Fase, Moment = t.Moment, Van = t.Radenbijeenkomst, Naar = r?.Id, NaarDatum = r?.Datum, Reden = r is null ? reden : null });
        if (r is not null)
        {
            Plaats(p with { Toewijzing = t with { Radenbijeenkomst = r.Id, Datum = r.Datum }, Bijeenkomst = naar });
        }

        return naar;
    }

    // A cancelled meeting on `datum`: p moves to the first usable meeting after it, and the action's later moments that
    // are then closer than the minimum gap (or before it) move along; once one falls off, the later ones do too.
    private void Verschuif(Plek p, LocalDate datum)
    {
        var keten = Momenten(p.Actie);
        var i = keten.FindIndex(o => o.Keten == p.Keten && o.Bijeenkomst == p.Bijeenkomst);
        if (i < 0)
        {
            // Moved on already, along with an earlier moment of its chain.
            return;
        }

        var vorige = Verplaats(p, Tijd.Dagen.Plus(datum, 1), i > 0 ? keten[i - 1].Bijeenkomst : -1, false, datum);
        for (var j = i + 1; j < keten.Count; j++)
        {
            var o = keten[j];
            if (vorige >= 0 && _regels.Volgt(o.Bijeenkomst, vorige))
            {
                break;
            }

            vorige = Verplaats(o, Tijd.Dagen.Plus(datum, 1), vorige, vorige < 0, datum);
        }
    }

    // A step takes effect on its date, or at the run's start when it has none or an earlier one (the events stay in date order).
    private LocalDate VanafDeStart(LocalDate? datum) => datum is { } d && d > _plan.Looptijd.Start ? d : _plan.Looptijd.Start;

    // A slip takes effect on its own date, before any meeting of that day.
    private void Vertraag(ScenarioStap stap)
    {
        var wanneer = VanafDeStart(stap.Datum);
        if (!_actie.TryGetValue(stap.Actie!, out var a))
        {
            return;
        }

        // Every moment still ahead moves to the first meeting the placement rules admit from the start of the quarter the
        // given number of quarters after its own (a slip of one quarter from 2022-09-07 looks from 2022-10-01 on, not from
        // 2022-12-07), at least the minimum gap after the one before it; once one falls off the schedule, the later ones do too.
        var vorige = -1;
        var gestrand = false;
        foreach (var p in Momenten(a))
        {
            if (p.Toewijzing.Datum < wanneer)
            {
                vorige = p.Bijeenkomst;
                continue;
            }

            vorige = Verplaats(p, BeginVanKwartaalLater(p.Toewijzing.Datum, stap.Kwartalen ?? 1), vorige, gestrand, wanneer);
            gestrand = vorige < 0;
        }
    }

    // The action's moments on the agendas, in the order of the meetings and of each agenda, then stably by their place in the chain.
    private List<Plek> Momenten(int actie)
    {
        var bijeenkomsten = _bijeenkomstenVan[actie].ToArray();
        Array.Sort(bijeenkomsten);
        var momenten = new List<Plek>(bijeenkomsten.Length);
        for (var i = 0; i < bijeenkomsten.Length; i++)
        {
            if (i > 0 && bijeenkomsten[i] == bijeenkomsten[i - 1])
            {
                continue;
            }

            foreach (var p in _agenda[bijeenkomsten[i]])
            {
                if (p.Actie == actie)
                {
                    momenten.Add(p);
                }
            }
        }

        // Insertion sort: stable, and the lists are short.
        for (var i = 1; i < momenten.Count; i++)
        {
            var p = momenten[i];
            var j = i - 1;
            while (j >= 0 && momenten[j].Keten > p.Keten)
            {
                momenten[j + 1] = momenten[j];
                j--;
            }

            momenten[j + 1] = p;
        }

        return momenten;
    }

    // Removes the first moment on p's meeting's agenda equal to p's (none when p moved on already).
    private void Verwijder(Plek p)
    {
        var agenda = _agenda[p.Bijeenkomst];
        for (var i = 0; i < agenda.Count; i++)
        {
            if (agenda[i].Keten == p.Keten && agenda[i].Toewijzing == p.Toewijzing)
            {
                agenda.RemoveAt(i);
                _bijeenkomstenVan[p.Actie].Remove(p.Bijeenkomst);
                return;
            }
        }
    }

    // Adds p to its meeting's agenda and sorts the agenda by the actions' order in the plan.
    private void Plaats(Plek p)
    {
        var m = p.Bijeenkomst;
        var agenda = _agenda[m];
        _bijeenkomstenVan[p.Actie].Add(m);
        if (_strikt[m] && p.Volgorde >= 0)
        {
            // A strictly ordered agenda sorts to one order only: insert in place.
            int laag = 0, hoog = agenda.Count;
            while (laag < hoog)
            {
                var midden = (laag + hoog) >>> 1;
                if (agenda[midden].Volgorde < p.Volgorde)
                {
                    laag = midden + 1;
                }
                else
                {
                    hoog = midden;
                }
            }

            if (laag == agenda.Count || agenda[laag].Volgorde != p.Volgorde)
            {
                agenda.Insert(laag, p);
                return;
            }
        }

        // Ties (or actions outside the plan): the same sort as ever, with the same outcome.
        agenda.Add(p);
        CollectionsMarshal.AsSpan(agenda).Sort((a, b) => Volgorde(a).CompareTo(Volgorde(b)));
        _strikt[m] = Strikt(agenda);
    }

    private int Volgorde(Plek p) => p.Volgorde >= 0 ? p.Volgorde : _actieVolgorde.GetValueOrDefault(p.Toewijzing.Actie, int.MaxValue);

    private static bool Strikt(List<Plek> agenda)
    {
        for (var i = 0; i < agenda.Count; i++)
        {
            if (agenda[i].Volgorde < 0 || (i > 0 && agenda[i - 1].Volgorde >= agenda[i].Volgorde))
            {
                return false;
            }
        }

        return true;
    }

    // A moment on an agenda: the toewijzing as it stands, its place in the schedule (its chain), its action (dense index)
    // with the action's order in the plan (-1 when not in the plan), and the meeting (index) whose agenda holds it.
    private readonly record struct Plek(Toewijzing Toewijzing, int Keten, int Actie, int Volgorde, int Bijeenkomst);

    // The first day of the quarter `kwartalen` quarters after the one of `datum`, never before `datum` itself (a slip of no
    // quarters, which the scenario check refuses, moves nothing earlier). A scenario may hold any whole number: a slip past
    // the calendar's end lands on its last day (past every meeting), rather than overflowing.
    private static LocalDate BeginVanKwartaalLater(LocalDate datum, int kwartalen)
    {
        if (kwartalen <= 0)
        {
            return datum;
        }

        var kwartaal = Kwartaal.FromDate(datum);
        var doel = ((long)(kwartaal.Jaar - 1) * 4) + kwartaal.Nummer - 1 + kwartalen;
        return doel > (9999L * 4) - 1 ? LocalDate.MaxIsoValue : kwartaal.Plus(kwartalen).EersteDag;
    }

    // A decision round under way: the moment, its number, the councils' decisions, the day it ends, whether every
    // council decides on the round's decision date, and whether nothing was scripted for it (every council adopts).
    private readonly record struct Ronde(Plek Plek, int Nummer, RaadBesloten[] Raden, LocalDate Einde, bool EenDatum, bool Ongewijzigd);

    // What RadenOp found for the last meeting: its date, the window's end, the councils deciding (in the plan's order)
    // with each one's date, the day the last decides, and whether all decide on the window's end.
    private sealed record Raadsdata(LocalDate Datum, LocalDate Besluitdatum, ValueArray<string> Deelnemers, LocalDate[] Dagen, LocalDate Einde, bool EenDatum);

    // The scripted decisions of the councils on one action in one round: the last step per council counts.
    private sealed class Raadsstappen
    {
        private readonly Dictionary<string, ScenarioStap> _perGemeente = new(StringComparer.Ordinal);
        private ScenarioStap? _zonderGemeente;

        public void Zet(string? gemeente, ScenarioStap stap)
        {
            if (gemeente is null)
            {
                _zonderGemeente = stap;
            }
            else
            {
                _perGemeente[gemeente] = stap;
            }
        }

        public ScenarioStap? Van(string? gemeente) =>
            gemeente is null ? _zonderGemeente : _perGemeente.GetValueOrDefault(gemeente);
    }
}
