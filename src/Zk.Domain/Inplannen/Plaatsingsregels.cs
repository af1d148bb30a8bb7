using System.Runtime.CompilerServices;
using NodaTime;
using Zk.Domain.Besturing;

namespace Zk.Domain.Inplannen;

/// <summary>The constraint that rules a meeting out for a council moment (see <see cref="Plaatsingsregels"/>).</summary>
internal enum Uitsluiting
{
    /// <summary>Nothing: the moment may go there.</summary>
    Geen,

    /// <summary>The meeting lies before the plan's period (or before the earliest quarter the plan gives the moment).</summary>
    Periode,

    /// <summary>The meeting lies after the action's deadline (the policy's, or the plan's end).</summary>
    Deadline,

    /// <summary>A decision there leaves the councils too little time (besluitvormingstermijn) before the deadline.</summary>
    Besluitvormingstermijn,

    /// <summary>The meeting is not the minimum gap after the meeting of the chain's previous moment.</summary>
    TussenruimteVorige,

    /// <summary>The meeting is not the minimum gap before the meeting of the chain's next moment.</summary>
    TussenruimteVolgende,

    /// <summary>The meeting falls in a blocked period.</summary>
    Blokkade,

    /// <summary>The meeting was cancelled (in a run).</summary>
    Geannuleerd,

    /// <summary>The meeting has no room left.</summary>
    Capaciteit,
}

/// <summary>What the planner and the run ask of a stage, per moment (see <see cref="Fasekenmerken"/>).</summary>
[Flags]
internal enum Fasekenmerk : byte
{
    /// <summary>None of the facts below.</summary>
    Geen = 0,

    /// <summary>The profile's decision stage (<see cref="Bestuursprofiel.IsBesluit"/>).</summary>
    Besluit = 1,

    /// <summary>Takes an agenda item of its meeting (<see cref="Bestuursprofiel.IsAgendapunt"/>).</summary>
    Agendaplaats = 2,

    /// <summary>Acted on by the councils within the decision time (<see cref="Bestuursprofiel.NaBesluitvormingstermijn"/>).</summary>
    NaBesluitvormingstermijn = 4,

    /// <summary>An interim discussion (<see cref="Bestuursprofiel.IsTussentijds"/>).</summary>
    Tussentijds = 8,
}

/// <summary>
/// The facts of a profile's stages the planner and the run ask in their loops, computed once from the profile: a stage
/// is found by its id's reference first (the reader shares one string per stage id, and the profile's own stages are the
/// same instances), then by ordinal comparison, so a lookup is a few pointer compares instead of a scan with string
/// comparisons per question. Immutable; thread-safe.
/// </summary>
internal sealed class Fasekenmerken
{
    private static readonly ConditionalWeakTable<Bestuursprofiel, Fasekenmerken> PerProfiel = new();

    private readonly string[] _ids;
    private readonly Fasekenmerk[] _kenmerken;
    private readonly Fasekenmerk _onbekend;

    private Fasekenmerken(Bestuursprofiel profiel)
    {
        // The profile's first definition of an id answers for it (as Definitie does); the decision stage also when the
        // profile does not define it (IsBesluit compares ids only).
        var ids = new List<string>(profiel.Fasen.Count + 1);
        var kenmerken = new List<Fasekenmerk>(profiel.Fasen.Count + 1);
        void Voeg(Fase fase)
        {
            if (!ids.Contains(fase.Id, StringComparer.Ordinal))
            {
                ids.Add(fase.Id);
                kenmerken.Add(Bereken(profiel, fase));
            }
        }

        foreach (var definitie in profiel.Fasen)
        {
            Voeg(new Fase(definitie.Id));
        }

        Voeg(profiel.Besluitfase);
        _ids = [.. ids];
        _kenmerken = [.. kenmerken];
        // A stage the profile does not define: an id longer than every one it has stands for them all.
        _onbekend = Bereken(profiel, new Fase("\0" + string.Concat(_ids)));
    }

    /// <summary>The facts of the stages of <paramref name="profiel"/>, computed once per profile instance (a profile is immutable).</summary>
    public static Fasekenmerken Of(Bestuursprofiel profiel) => PerProfiel.GetValue(profiel, static p => new Fasekenmerken(p));

    /// <summary>The facts of <paramref name="fase"/>, as the profile answers them.</summary>
    public Fasekenmerk this[Fase fase]
    {
        get
        {
            var id = fase.Id;
            var ids = _ids;
            for (var i = 0; i < ids.Length; i++)
            {
                if (ReferenceEquals(ids[i], id))
                {
                    return _kenmerken[i];
                }
            }

            for (var i = 0; i < ids.Length; i++)
            {
                if (string.Equals(ids[i], id, StringComparison.Ordinal))
                {
                    return _kenmerken[i];
                }
            }

            return _onbekend;
        }
    }

    /// <summary>Whether <paramref name="fase"/> is the decision stage.</summary>
    public bool IsBesluit(Fase fase) => (this[fase] & Fasekenmerk.Besluit) != 0;

    /// <summary>Whether a moment of <paramref name="fase"/> takes an agenda item.</summary>
    public bool NeemtAgendaplaats(Fase fase) => (this[fase] & Fasekenmerk.Agendaplaats) != 0;

    /// <summary>Whether a moment of <paramref name="fase"/> is acted on within the decision time.</summary>
    public bool NaBesluitvormingstermijn(Fase fase) => (this[fase] & Fasekenmerk.NaBesluitvormingstermijn) != 0;

    /// <summary>Whether <paramref name="fase"/> is an interim discussion.</summary>
    public bool IsTussentijds(Fase fase) => (this[fase] & Fasekenmerk.Tussentijds) != 0;

    private static Fasekenmerk Bereken(Bestuursprofiel profiel, Fase fase) =>
        (profiel.IsBesluit(fase) ? Fasekenmerk.Besluit : Fasekenmerk.Geen)
        | (profiel.IsAgendapunt(fase) ? Fasekenmerk.Agendaplaats : Fasekenmerk.Geen)
        | (profiel.NaBesluitvormingstermijn(fase) ? Fasekenmerk.NaBesluitvormingstermijn : Fasekenmerk.Geen)
        | (profiel.IsTussentijds(fase) ? Fasekenmerk.Tussentijds : Fasekenmerk.Geen);
}

/// <summary>
/// The one set of placement rules the planner and the run share: for a council moment of an action, given the meetings
/// of its chain's neighbours, the meetings' occupation and the cancelled meetings, which meetings it may go to (in date
/// order) and which constraint rules out each other one: the plan's period, the policy's deadline, the decision time,
/// the minimum gap to the previous and next moment, blocked periods, cancellations and capacity.
/// </summary>
/// <remarks>
/// Meetings are indices into the calendar's meetings ordered by date, then ordinally by id. A window of a moment is a
/// run of indices <c>[Van, Tot)</c>: what the period, deadline and gaps allow; a meeting in it is usable when it is not
/// blocked or cancelled and has room. Immutable after construction; thread-safe.
/// </remarks>
internal sealed class Plaatsingsregels
{
    private readonly LocalDate[] _datums;
    private readonly int[] _capaciteit;
    private readonly int[] _naTussenruimte;
    private readonly int[] _totTussenruimte;
    private readonly Dictionary<string, LocalDate> _deadlines;
    private readonly LocalDate _einde;

    private Plaatsingsregels(DateInterval looptijd, Vergaderkalender kalender, Governancebeleid beleid, Bestuursprofiel profiel)
    {
        Beleid = beleid;
        Profiel = profiel;
        Kenmerken = Fasekenmerken.Of(profiel);
        _einde = looptijd.End;
        Bijeenkomsten = OpDatum(kalender.Radenbijeenkomsten.AsSpan());
        var aantal = Bijeenkomsten.Length;
        _datums = new LocalDate[aantal];
        Geblokkeerd = new bool[aantal];
        _capaciteit = new int[aantal];
        var dagen = new int[aantal];
        for (var m = 0; m < aantal; m++)
        {
            _datums[m] = Bijeenkomsten[m].Datum;
            Geblokkeerd[m] = kalender.BlokkadeOp(_datums[m]) is not null;
            _capaciteit[m] = Bijeenkomsten[m].Agendaruimte ?? profiel.Soort(Bijeenkomsten[m])?.StandaardAgendaruimte ?? int.MaxValue;
            dagen[m] = Period.DaysBetween(_datums[0], _datums[m]);
        }

        // Per meeting, the meetings at least the minimum gap later start at _naTussenruimte[m], and those at least the
        // gap earlier end at _totTussenruimte[m] (dates are ordered, so two pointers walk along).
        Tussenruimte = Math.Max(1, beleid.MinimaleTussenruimteInDagen);
        _naTussenruimte = new int[aantal];
        _totTussenruimte = new int[aantal];
        for (int m = 0, na = 0, tot = 0; m < aantal; m++)
        {
            while (na < aantal && dagen[na] - dagen[m] < Tussenruimte)
            {
                na++;
            }

            while (tot < aantal && dagen[m] - dagen[tot] >= Tussenruimte)
            {
                tot++;
            }

            _naTussenruimte[m] = na;
            _totTussenruimte[m] = tot;
        }

        Start = Eerste(looptijd.Start);
        _deadlines = new Dictionary<string, LocalDate>(beleid.Deadlines.Count, StringComparer.Ordinal);
        foreach (var d in beleid.Deadlines)
        {
            if (!_deadlines.TryGetValue(d.Actie, out var eerder) || d.Datum < eerder)
            {
                _deadlines[d.Actie] = d.Datum;
            }
        }
    }

    // The meetings by date, then ordinally by id, equal ones in the calendar's order (a stable sort).
    private static Radenbijeenkomst[] OpDatum(ReadOnlySpan<Radenbijeenkomst> bijeenkomsten)
    {
        var kopie = bijeenkomsten.ToArray();

        // A calendar is mostly in date order already: then the copy is the order (a stable sort changes nothing).
        var opDatum = true;
        for (var i = 1; i < kopie.Length && opDatum; i++)
        {
            opDatum = Vergelijk(kopie[i - 1], kopie[i]) <= 0;
        }

        if (opDatum)
        {
            return kopie;
        }

        var volgorde = new int[kopie.Length];
        for (var i = 0; i < volgorde.Length; i++)
        {
            volgorde[i] = i;
        }

        Array.Sort(volgorde, (a, b) => Vergelijk(kopie[a], kopie[b]) is var c && c != 0 ? c : a.CompareTo(b));
        var geordend = new Radenbijeenkomst[volgorde.Length];
        for (var i = 0; i < geordend.Length; i++)
        {
            geordend[i] = kopie[volgorde[i]];
        }

        return geordend;

        static int Vergelijk(Radenbijeenkomst x, Radenbijeenkomst y) =>
            x.Datum.CompareTo(y.Datum) is var c && c != 0 ? c : string.CompareOrdinal(x.Id, y.Id);
    }

    /// <summary>The policy the rules come from.</summary>
    public Governancebeleid Beleid { get; }

    /// <summary>The plan's governance profile: which stage decides, which stages take an agenda item.</summary>
    public Bestuursprofiel Profiel { get; }

    /// <summary>The profile's stage facts, for lookups in loops.</summary>
    public Fasekenmerken Kenmerken { get; }

    /// <summary>The meetings in date order, then by id.</summary>
    public Radenbijeenkomst[] Bijeenkomsten { get; }

    /// <summary>Per meeting, whether it falls in a blocked period.</summary>
    public bool[] Geblokkeerd { get; }

    /// <summary>The first meeting in the plan's period.</summary>
    public int Start { get; }

    /// <summary>The minimum number of days between two moments of a chain (at least one: a later meeting).</summary>
    public int Tussenruimte { get; }

    /// <summary>The rules of a plan's period on a calendar under a policy, for the stages of <paramref name="profiel"/>.</summary>
    public static Plaatsingsregels Maak(DateInterval looptijd, Vergaderkalender kalender, Governancebeleid beleid, Bestuursprofiel profiel) => new(looptijd, kalender, beleid, profiel);

    /// <summary>An action's deadline: the earliest the policy gives its id, and never after the plan's end.</summary>
    public LocalDate ActieDeadline(string actie) =>
        _deadlines.TryGetValue(actie, out var deadline) && deadline < _einde ? deadline : _einde;

    /// <summary>
    /// The last day a moment of <paramref name="fase"/> may take place: for a decision (and any stage every council acts
    /// on after the joint meeting), the decision time before the action's deadline.
    /// </summary>
    public LocalDate MomentDeadline(LocalDate actieDeadline, Fase fase) =>
        Kenmerken.NaBesluitvormingstermijn(fase) ? Tijd.Dagen.Plus(actieDeadline, -Beleid.BesluitvormingstermijnInDagen) : actieDeadline;

    /// <summary>The index of the first meeting on or after <paramref name="dag"/> (the number of meetings when none).</summary>
    public int Eerste(LocalDate dag) => Tijd.Dagen.EersteVanaf(_datums, dag);

    /// <summary>The index of the first meeting after <paramref name="dag"/>: a window ending on <paramref name="dag"/> ends there.</summary>
    public int Na(LocalDate dag)
    {
        int lo = 0, hi = _datums.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (_datums[mid] <= dag)
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

    /// <summary>
    /// The window of a moment whose own bounds are <paramref name="van"/>..<paramref name="tot"/> (period, earliest
    /// quarter, deadline), between the meetings of its neighbours in the chain (-1: none): at least the minimum gap after
    /// <paramref name="vorige"/> and before <paramref name="volgende"/>. Blocks, cancellations and capacity are not looked at.
    /// </summary>
    public (int Van, int Tot) Venster(int van, int tot, int vorige, int volgende) => (
        vorige < 0 ? van : Math.Max(van, _naTussenruimte[vorige]),
        volgende < 0 ? tot : Math.Min(tot, _totTussenruimte[volgende]));

    /// <summary>The agenda items meeting <paramref name="m"/> holds (its own capacity, or its kind's; <see cref="int.MaxValue"/> without a limit).</summary>
    public int Capaciteit(int m) => _capaciteit[m];

    /// <summary>Whether meeting <paramref name="m"/> lies at least the minimum gap after meeting <paramref name="vorige"/> (-1: none).</summary>
    public bool Volgt(int m, int vorige) => vorige < 0 || m >= _naTussenruimte[vorige];

    /// <summary>Whether meeting <paramref name="m"/> is not blocked and has room, given the moments <paramref name="bezet"/> per meeting.</summary>
    public bool Beschikbaar(int m, int[] bezet) => !Geblokkeerd[m] && bezet[m] < _capaciteit[m];

    /// <summary>Whether meeting <paramref name="m"/> is not blocked, not cancelled and has room for one more than <paramref name="bezet"/>.</summary>
    public bool Beschikbaar(int m, int bezet, bool[]? geannuleerd) => !Geblokkeerd[m] && (geannuleerd is null || !geannuleerd[m]) && bezet < _capaciteit[m];

    /// <summary>
    /// Whether meeting <paramref name="m"/> can take a moment of <paramref name="fase"/>: not blocked, not cancelled, and
    /// room for one more than <paramref name="bezet"/> when the stage takes an agenda item.
    /// </summary>
    public bool Beschikbaar(int m, Fase fase, int bezet, bool[]? geannuleerd) =>
        Kenmerken.NeemtAgendaplaats(fase) ? Beschikbaar(m, bezet, geannuleerd) : !Geblokkeerd[m] && (geannuleerd is null || !geannuleerd[m]);

    /// <summary>
    /// The constraint that rules meeting <paramref name="m"/> out for a moment of <paramref name="fase"/> with
    /// <paramref name="actieDeadline"/>, not before <paramref name="vroegst"/>, between the meetings of its neighbours
    /// (-1: none), with <paramref name="bezet"/> moments already there; <see cref="Uitsluiting.Geen"/> when it may go there.
    /// </summary>
    public Uitsluiting Waarom(int m, Fase fase, LocalDate actieDeadline, LocalDate vroegst, int vorige, int volgende, int bezet, bool[]? geannuleerd)
    {
        var datum = _datums[m];
        if (m < Start || datum < vroegst)
        {
            return Uitsluiting.Periode;
        }

        if (datum > actieDeadline)
        {
            return Uitsluiting.Deadline;
        }

        if (datum > MomentDeadline(actieDeadline, fase))
        {
            return Uitsluiting.Besluitvormingstermijn;
        }

        if (vorige >= 0 && m < _naTussenruimte[vorige])
        {
            return Uitsluiting.TussenruimteVorige;
        }

        if (volgende >= 0 && m >= _totTussenruimte[volgende])
        {
            return Uitsluiting.TussenruimteVolgende;
        }

        if (Geblokkeerd[m])
        {
            return Uitsluiting.Blokkade;
        }

        if (geannuleerd is not null && geannuleerd[m])
        {
            return Uitsluiting.Geannuleerd;
        }

        return bezet < _capaciteit[m] || !Kenmerken.NeemtAgendaplaats(fase) ? Uitsluiting.Geen : Uitsluiting.Capaciteit;
    }

    /// <summary>
    /// Why no meeting of the window <paramref name="van"/>..<paramref name="tot"/> can take the moment: no meeting in it
    /// (deadline, gap), all blocked or cancelled, or the rest full. Only for a window without a usable meeting.
    /// </summary>
    public OnplanbaarReden Reden(int van, int tot, bool[]? geannuleerd)
    {
        if (van >= tot)
        {
            return OnplanbaarReden.Deadline;
        }

        for (var m = van; m < tot; m++)
        {
            if (!Geblokkeerd[m] && (geannuleerd is null || !geannuleerd[m]))
            {
                return OnplanbaarReden.AgendaVol;
            }
        }

        return OnplanbaarReden.Blokkade;
    }
}
