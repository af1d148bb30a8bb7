using NodaTime;
using Zk.Domain.Besturing;
using Zk.Domain.Collections;
using Zk.Domain.Tijd;
using Zk.Domain.Wisselwerkingen;

namespace Zk.Domain.Werkplannen;

/// <summary>
/// Where a council moment stands in time: its meeting's date and quarter when it names a meeting that resolves, its
/// own quarter otherwise; <see cref="Bijeenkomst"/> is the meeting it names (resolved or not).
/// </summary>
internal readonly record struct Plaats(Kwartaal Kwartaal, LocalDate? Datum, string? Bijeenkomst) : ISpanFormattable
{
    /// <summary>
    /// Compares two places in time: by quarter, then by date when both have one. Two places in one quarter of which
    /// one has no date compare equal.
    /// </summary>
    public static int Vergelijk(Plaats a, Plaats b)
    {
        var byKwartaal = a.Kwartaal.CompareTo(b.Kwartaal);
        if (byKwartaal != 0 || a.Datum is null || b.Datum is null)
        {
            return byKwartaal;
        }

        return a.Datum.Value.CompareTo(b.Datum.Value);
    }

    /// <summary>The date (ISO) when there is one, otherwise the quarter.</summary>
    public override string ToString() => Datum is { } datum ? NodaTime.Text.LocalDatePattern.Iso.Format(datum) : Kwartaal.ToString();

    /// <inheritdoc cref="ToString()"/>
    public string ToString(string? format, IFormatProvider? formatProvider) => ToString();

    /// <summary>Writes <see cref="ToString()"/> into <paramref name="destination"/> (messages are built without intermediate strings).</summary>
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
    {
        if (Datum is not { Year: >= 1 and <= 9999 } datum)
        {
            return Datum is null ? Kwartaal.TryFormat(destination, out charsWritten, format, provider) : Kopie(ToString(), destination, out charsWritten);
        }

        charsWritten = 0;
        if (destination.Length < 10)
        {
            return false;
        }

        var inv = System.Globalization.CultureInfo.InvariantCulture;
        datum.Year.TryFormat(destination, out _, "D4", inv);
        destination[4] = '-';
        datum.Month.TryFormat(destination[5..], out _, "D2", inv);
        destination[7] = '-';
        datum.Day.TryFormat(destination[8..], out _, "D2", inv);
        charsWritten = 10;
        return true;
    }

    private static bool Kopie(string text, Span<char> destination, out int charsWritten)
    {
        charsWritten = text.TryCopyTo(destination) ? text.Length : 0;
        return charsWritten > 0;
    }
}

/// <summary>
/// The lookups of one plan, computed once per plan instance and shared by the rules, the planner, the run and the
/// coherence analysis: ids to indices (the first occurrence where ids repeat), the resolved ends of every link, the
/// actions of each main task, each action's decision moments (besluitvorming), the plan's meetings by id, date and
/// quarter, and the members on each date.
/// </summary>
/// <remarks>
/// Depends only on the model. Thread-safe: the ids of actions and main tasks and the links' ends are built with the
/// index; the parties, the plan's meetings, the decision moments and the members over time on first use, each
/// published once (<see cref="LazyInitializer"/>: threads that race may build a part twice, all see the same one).
/// <see cref="Of"/> keeps one index with each plan instance (the plan is immutable, so the index never goes stale; a
/// copy made by <c>with</c> builds its own).
/// </remarks>
internal sealed class PlanIndex
{
    private readonly int[] _koppelkansEinden;
    private readonly int[] _vraagstukEinden;
    private readonly int[] _opgaveVanActie;
    private readonly int[][] _actiesVanOpgave;
    private IReadOnlyDictionary<string, int>? _partijen;
    private Bijeenkomstindex? _bijeenkomsten;
    private Besluitdata? _besluiten;
    private Ledenindex? _leden;
    private int[]? _actieSleutels;
    private Dictionary<string, LocalDate[]>? _vergaderdata;

    // The same tables as Hoofdopgaven and Acties, typed as they are (lookups in loops without interface calls).
    private readonly Dictionary<string, int> _hoofdopgaven;
    private readonly Dictionary<string, int> _acties;

    private PlanIndex(Werkplan plan)
    {
        Plan = plan;
        Hoofdopgaven = _hoofdopgaven = Eerste(plan.Hoofdopgaven.AsSpan(), static h => h.Id);
        Acties = _acties = Eerste(plan.Acties.AsSpan(), static a => a.Id);

        var acties = plan.Acties;
        _opgaveVanActie = new int[acties.Count];
        var aantalPerOpgave = new int[plan.Hoofdopgaven.Count];
        for (var i = 0; i < acties.Count; i++)
        {
            _opgaveVanActie[i] = _hoofdopgaven.GetValueOrDefault(acties[i].Hoofdopgave, -1);
            if (_opgaveVanActie[i] >= 0)
            {
                aantalPerOpgave[_opgaveVanActie[i]]++;
            }
        }

        _actiesVanOpgave = new int[plan.Hoofdopgaven.Count][];
        for (var h = 0; h < _actiesVanOpgave.Length; h++)
        {
            _actiesVanOpgave[h] = aantalPerOpgave[h] == 0 ? [] : new int[aantalPerOpgave[h]];
            aantalPerOpgave[h] = 0;
        }

        for (var i = 0; i < acties.Count; i++)
        {
            if (_opgaveVanActie[i] is var h and >= 0)
            {
                _actiesVanOpgave[h][aantalPerOpgave[h]++] = i;
            }
        }

        _koppelkansEinden = Einden(plan.Koppelkansen.AsSpan());
        _vraagstukEinden = Einden(plan.Vraagstukken.AsSpan());
    }

    /// <summary>The index of <paramref name="plan"/>, built on first use and kept while the plan lives.</summary>
    public static PlanIndex Of(Werkplan plan) => plan.AfgeleideIndex.Of(plan, static p => new PlanIndex(p));

    public Werkplan Plan { get; }

    /// <summary>Main task id to its index in the plan (the first, when ids repeat).</summary>
    public IReadOnlyDictionary<string, int> Hoofdopgaven { get; }

    /// <summary>Action id to its index in the plan (the first, when ids repeat).</summary>
    public IReadOnlyDictionary<string, int> Acties { get; }

    /// <summary>Party id to its index in the plan (the first, when ids repeat); built on first use.</summary>
    public IReadOnlyDictionary<string, int> Partijen =>
        _partijen ?? LazyInitializer.EnsureInitialized(ref _partijen, () => Eerste(Plan.Partijen.AsSpan(), static p => p.Id));

    /// <summary>The plan's own meetings by id, date and quarter; built on first use.</summary>
    public Bijeenkomstindex Bijeenkomsten =>
        _bijeenkomsten ?? LazyInitializer.EnsureInitialized(ref _bijeenkomsten, () => new Bijeenkomstindex(Plan.Radenbijeenkomsten));

    // The decision moments, built on first use (the planner, the run and the coherence analysis take their decisions
    // from a schedule and never ask).
    // (The field is read first: the lambda would otherwise be allocated on every call.)
    private Besluitdata Besluiten => _besluiten ?? LazyInitializer.EnsureInitialized(ref _besluiten, () => new Besluitdata(this));

    /// <summary>
    /// Per action, the index of the first action with its id (actions that share an id count as one); built on first
    /// use. Shared: callers never write to it.
    /// </summary>
    public int[] ActieSleutels => _actieSleutels ?? LazyInitializer.EnsureInitialized(ref _actieSleutels, () =>
    {
        var acties = Plan.Acties;
        var sleutels = new int[acties.Count];
        for (var a = 0; a < sleutels.Length; a++)
        {
            sleutels[a] = _acties[acties[a].Id];
        }

        return sleutels;
    });

    /// <summary>The plan's members over time (<see cref="Werkplan.DeelnemersOp"/>); built on first use.</summary>
    public Ledenindex Leden => _leden ?? LazyInitializer.EnsureInitialized(ref _leden, () => Ledenindex.Of(Plan.Deelnemers, Plan.Lidmaatschappen));

    /// <summary>
    /// Per member, the dates of its own council meetings (<see cref="Werkplan.Raadsvergaderingen"/>) in ascending order;
    /// null when the plan has none. Built on first use.
    /// </summary>
    private Dictionary<string, LocalDate[]>? Vergaderdata =>
        Plan.Raadsvergaderingen.IsEmpty ? null : _vergaderdata ?? LazyInitializer.EnsureInitialized(ref _vergaderdata, () =>
        {
            var perGemeente = new Dictionary<string, List<LocalDate>>(StringComparer.Ordinal);
            foreach (var v in Plan.Raadsvergaderingen.AsSpan())
            {
                // A null element or a null id is the completeness check's to report (ZK004); it is no meeting here.
                if (v?.Gemeente is { } gemeente)
                {
                    if (!perGemeente.TryGetValue(gemeente, out var data))
                    {
                        perGemeente.Add(gemeente, data = []);
                    }

                    data.Add(v.Datum);
                }
            }

            return perGemeente.ToDictionary(kv => kv.Key, kv => kv.Value.Order().ToArray(), StringComparer.Ordinal);
        });

    /// <summary>
    /// <see cref="Werkplan.Besluitdatum"/> with the decision window's end given (<paramref name="vensterEinde"/>, the joint
    /// meeting plus the window, excluded): the first own meeting of <paramref name="gemeente"/> from
    /// <paramref name="bijeenkomst"/> on and before the window's end on which it is a member; otherwise the window's end.
    /// Logarithmic in the council's meetings.
    /// </summary>
    public LocalDate Besluitdatum(string gemeente, LocalDate bijeenkomst, LocalDate vensterEinde)
    {
        if (Vergaderdata is not { } perGemeente || !perGemeente.TryGetValue(gemeente, out var data))
        {
            return vensterEinde;
        }

        for (var i = Dagen.EersteVanaf(data, bijeenkomst); i < data.Length && data[i] < vensterEinde; i++)
        {
            if (Leden.IsLidOp(gemeente, data[i]))
            {
                return data[i];
            }
        }

        return vensterEinde;
    }

    /// <summary>
    /// The resolved end of koppelkans <paramref name="link"/> (<paramref name="naar"/>: its second end): an end
    /// (<see cref="Einde"/>), or -1 when it does not resolve.
    /// </summary>
    public int KoppelkansEinde(int link, bool naar) => _koppelkansEinden[(2 * link) + (naar ? 1 : 0)];

    /// <inheritdoc cref="KoppelkansEinde"/>
    public int VraagstukEinde(int link, bool naar) => _vraagstukEinden[(2 * link) + (naar ? 1 : 0)];

    /// <summary>Whether a resolved end is an action (its index) rather than a main task (the number of actions plus its index).</summary>
    public bool IsActie(int einde) => einde >= 0 && einde < Plan.Acties.Count;

    /// <summary>The main task's index of a resolved main-task end.</summary>
    public int Hoofdopgave(int einde) => einde - Plan.Acties.Count;

    /// <summary>The index of the action's main task, or -1 when the plan has no such main task.</summary>
    public int HoofdopgaveVan(int actie) => _opgaveVanActie[actie];

    /// <summary>The indices (in the plan's order) of the actions of main task <paramref name="hoofdopgave"/>.</summary>
    public ReadOnlySpan<int> ActiesVan(int hoofdopgave) => _actiesVanOpgave[hoofdopgave];

    /// <summary>The actions a resolved end stands for: the action itself, or every action of the main task; none for -1.</summary>
    public ReadOnlySpan<int> ActiesVanEinde(int einde, Span<int> een)
    {
        if (einde < 0)
        {
            return [];
        }

        if (IsActie(einde))
        {
            een[0] = einde;
            return een[..1];
        }

        return ActiesVan(Hoofdopgave(einde));
    }

    /// <summary>The indices (in the action's list) of the decision moments of action <paramref name="actie"/>.</summary>
    public ReadOnlySpan<int> Besluitmomenten(int actie) => Besluiten.Momenten(actie);

    /// <summary>Per action, its last decision by time resolved against the plan's own meetings; null when none is planned.</summary>
    public ReadOnlySpan<Plaats?> LaatsteBesluit => Besluiten.Laatste;

    /// <summary>
    /// Per action, its last decision by time (see <see cref="Plaats.Vergelijk"/>; the first in the list among equals),
    /// with meetings looked up in <paramref name="kalender"/> first and then in the plan; null when none is planned.
    /// </summary>
    public Plaats?[] LaatsteBesluiten(Bijeenkomstindex? kalender)
    {
        // Only a decision that names a meeting can resolve differently with a calendar.
        if (kalender is null || !Besluiten.MetBijeenkomst)
        {
            return Besluiten.Laatste;
        }

        return Bereken(kalender, Besluiten);
    }

    // Per action its last decision, with meetings looked up in the calendar (when given) and the plan.
    private Plaats?[] Bereken(Bijeenkomstindex? kalender, Besluitdata besluitdata)
    {
        var acties = Plan.Acties;
        var besluiten = new Plaats?[acties.Count];
        for (var i = 0; i < besluiten.Length; i++)
        {
            Plaats? laatste = null;
            foreach (var j in besluitdata.Momenten(i))
            {
                if (PlaatsVan(acties[i].Raadsmomenten[j], kalender) is { } p && (laatste is null || Plaats.Vergelijk(p, laatste.Value) > 0))
                {
                    laatste = p;
                }
            }

            besluiten[i] = laatste;
        }

        return besluiten;
    }

    /// <summary>
    /// Where a moment stands: its meeting's date when the meeting resolves (in <paramref name="kalender"/> first, then
    /// in the plan), otherwise its quarter; null when it has neither (N.t.b.).
    /// </summary>
    public Plaats? PlaatsVan(Raadsmoment moment, Bijeenkomstindex? kalender)
    {
        // The meeting's own id (the same text): every place in one meeting then holds one string, and comparing two
        // places (the botsproef compares many) is a reference check instead of reading two strings from the heap.
        if (moment.Radenbijeenkomst is { } id && Bijeenkomst(id, kalender) is { } bijeenkomst)
        {
            return new Plaats(Kwartaal.FromDate(bijeenkomst.Datum), bijeenkomst.Datum, bijeenkomst.Id);
        }

        return moment.Kwartaal is { } kwartaal ? new Plaats(kwartaal, null, moment.Radenbijeenkomst) : null;
    }

    /// <summary>The meeting with <paramref name="id"/>: the calendar's when it has one, otherwise the plan's; null when neither has.</summary>
    public Radenbijeenkomst? Bijeenkomst(string id, Bijeenkomstindex? kalender) =>
        kalender is not null && kalender.TryGet(id, out var uitKalender) ? uitKalender
        : Bijeenkomsten.TryGet(id, out var uitPlan) ? uitPlan
        : null;

    // Decision moments: one flat list, each action's a slice of it, and each action's last decision in the plan's own
    // meetings.
    private sealed class Besluitdata
    {
        private readonly int[] _begin;
        private readonly int[] _momenten;

        private readonly PlanIndex _index;
        private Afgeleid<Plaats?[]> _laatste;

        public Besluitdata(PlanIndex index)
        {
            _index = index;
            var acties = index.Plan.Acties;
            var profiel = index.Plan.Profiel;

            // Counted first, so the list is one array of its exact size (a growing list copies itself, at large sizes on
            // the large object heap).
            _begin = new int[acties.Count + 1];
            var aantal = 0;
            for (var i = 0; i < acties.Count; i++)
            {
                _begin[i] = aantal;
                foreach (var moment in acties[i].Raadsmomenten)
                {
                    if (profiel.IsBesluit(moment.Fase))
                    {
                        aantal++;
                    }
                }
            }

            _begin[acties.Count] = aantal;
            _momenten = aantal == 0 ? [] : new int[aantal];
            for (var i = 0; i < acties.Count; i++)
            {
                var raadsmomenten = acties[i].Raadsmomenten;
                var k = _begin[i];
                for (var j = 0; j < raadsmomenten.Count; j++)
                {
                    if (profiel.IsBesluit(raadsmomenten[j].Fase))
                    {
                        _momenten[k++] = j;
                        MetBijeenkomst |= raadsmomenten[j].Radenbijeenkomst is not null;
                    }
                }
            }
        }

        /// <summary>Whether any decision names a meeting (only those can resolve differently with a calendar).</summary>
        public bool MetBijeenkomst { get; }

        // Resolved on first use: a validation with a calendar whose decisions name meetings resolves them against the
        // calendar instead and never asks.
        public Plaats?[] Laatste => _laatste.Of(this, static d => d._index.Bereken(null, d));

        public ReadOnlySpan<int> Momenten(int actie) => _momenten.AsSpan(_begin[actie], _begin[actie + 1] - _begin[actie]);
    }

    private static Dictionary<string, int> Eerste<T>(ReadOnlySpan<T> items, Func<T, string> id)
    {
        var index = new Dictionary<string, int>(items.Length, StringComparer.Ordinal);
        for (var i = 0; i < items.Length; i++)
        {
            index.TryAdd(id(items[i]), i);
        }

        return index;
    }

    private int[] Einden<T>(ReadOnlySpan<T> links)
        where T : Wisselwerking
    {
        var einden = new int[links.Length * 2];
        for (var k = 0; k < links.Length; k++)
        {
            einden[2 * k] = Einde(links[k].Van);
            einden[(2 * k) + 1] = Einde(links[k].Naar);
        }

        return einden;
    }

    /// <summary>
    /// A link's end resolved: an action's index, the number of actions plus a main task's index, or -1 when the plan
    /// has no such element (or the kind is neither).
    /// </summary>
    public int Einde(Verwijzing verwijzing) => verwijzing.Soort switch
    {
        ElementSoort.Actie => _acties.GetValueOrDefault(verwijzing.Id, -1),
        ElementSoort.Hoofdopgave when _hoofdopgaven.TryGetValue(verwijzing.Id, out var h) => Plan.Acties.Count + h,
        _ => -1,
    };
}
