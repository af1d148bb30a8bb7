using System.Globalization;
using NodaTime;
using Zk.Domain.Besturing;
using Zk.Domain.Tijd;
using Zk.Domain.Werkplannen;

namespace Zk.Domain.Regels;

/// <summary>
/// What every rule reads in one validation: the plan, its <see cref="PlanIndex"/>, the options, and the lookups that
/// depend on the options (members, the calendar's meetings, blocked periods, each action's last decision), all built
/// once before any rule runs. Read-only: rules pass nothing to each other through it.
/// </summary>
internal sealed class Regelcontext
{
    private readonly Dictionary<Kwartaal, LocalDate>? _geblokkeerdeKwartalen;
    private readonly Plaats?[] _laatsteBesluit;

    public Regelcontext(Werkplan plan, ValidationOptions options)
    {
        Plan = plan;
        Index = PlanIndex.Of(plan);
        Options = options;
        Taal = options.Taal;
        Leden = options.Deelnemers is { } deelnemers ? Ledenindex.Of(deelnemers, plan.Lidmaatschappen) : Index.Leden;
        Kalender = options.Kalender is { } kalender ? Bijeenkomstindex.Of(kalender) : null;
        Blokkades = new Blokkadeindex([.. options.Blokkades, .. options.Kalender?.Blokkades ?? default]);
        EersteKwartaal = Kwartaal.FromDate(plan.Looptijd.Start);
        LaatsteKwartaal = Kwartaal.FromDate(plan.Looptijd.End);
        Capaciteit = options.Plancapaciteit ?? plan.Plancapaciteit ?? plan.Profiel.Plancapaciteit?.Aantal;
        CapaciteitTelt = plan.Profiel.Plancapaciteit?.Telt ?? Capaciteitseenheid.Acties;
        _laatsteBesluit = Index.LaatsteBesluiten(Kalender);

        // Per quarter of the calendar whose every meeting falls in a blocked period: its first meeting's date (ZK062).
        if (Kalender is not null && !Blokkades.IsEmpty)
        {
            _geblokkeerdeKwartalen = [];
            var vrij = new HashSet<Kwartaal>();
            foreach (var r in Kalender.Bijeenkomsten)
            {
                var kwartaal = Kwartaal.FromDate(r.Datum);
                if (Blokkades.Op(r.Datum) is null)
                {
                    vrij.Add(kwartaal);
                }
            }

            foreach (var r in Kalender.Bijeenkomsten)
            {
                var kwartaal = Kwartaal.FromDate(r.Datum);
                if (!vrij.Contains(kwartaal))
                {
                    _geblokkeerdeKwartalen.TryAdd(kwartaal, Kalender.In(kwartaal)[0].Datum);
                }
            }
        }
    }

    public Werkplan Plan { get; }

    public PlanIndex Index { get; }

    public ValidationOptions Options { get; }

    public Taal Taal { get; }

    /// <summary>
    /// The member municipalities validated against (the options', or the plan's), over time: the plan's membership
    /// periods apply to either.
    /// </summary>
    public Ledenindex Leden { get; }

    /// <summary>The options' calendar, indexed; null without one.</summary>
    public Bijeenkomstindex? Kalender { get; }

    /// <summary>The options' blocked periods and then the calendar's.</summary>
    public Blokkadeindex Blokkades { get; }

    public Kwartaal EersteKwartaal { get; }

    public Kwartaal LaatsteKwartaal { get; }

    /// <summary>The capacity's number: the options', else the plan's, else its profile's; null when none states one.</summary>
    public int? Capaciteit { get; }

    /// <summary>What the capacity counts: what the profile's capacity counts, actions when the profile sets none.</summary>
    public Capaciteitseenheid CapaciteitTelt { get; }

    /// <summary>Per action, its last decision by time (meetings looked up in the calendar first).</summary>
    public ReadOnlySpan<Plaats?> LaatsteBesluit => _laatsteBesluit;

    /// <summary>Where a moment stands (meetings looked up in the calendar first, then the plan).</summary>
    public Plaats? Plaats(Raadsmoment moment) => Index.PlaatsVan(moment, Kalender);

    /// <summary>The meeting with this id, the calendar's before the plan's; null when neither has one.</summary>
    public Radenbijeenkomst? Bijeenkomst(string id) => Index.Bijeenkomst(id, Kalender);

    /// <summary>
    /// For a quarter of the calendar that has meetings all of which fall in a blocked period, the first meeting's
    /// date; otherwise null.
    /// </summary>
    public LocalDate? AllesGeblokkeerd(Kwartaal kwartaal) =>
        _geblokkeerdeKwartalen is not null && _geblokkeerdeKwartalen.TryGetValue(kwartaal, out var datum) ? datum : null;

    /// <summary>
    /// The last day of the action's time, as far as membership goes: the date of its last council moment of any stage (a
    /// meeting's date; a moment with only a quarter counts at the quarter's last day; N.t.b. not at all), or the period's
    /// last day when it has no placed moment. The action's time starts with the period.
    /// </summary>
    public LocalDate ActieEinde(Actie actie)
    {
        LocalDate? einde = null;
        foreach (var moment in actie.Raadsmomenten)
        {
            if (moment is not null && Plaats(moment) is { } p)
            {
                var dag = p.Datum ?? p.Kwartaal.LaatsteDag;
                if (einde is null || dag > einde)
                {
                    einde = dag;
                }
            }
        }

        return einde ?? Plan.Looptijd.End;
    }


    /// <summary>The stage's name in the messages' language, from the plan's profile.</summary>
    public string Fase(Fase fase) => Plan.Profiel.FaseNaam(fase, Taal);

    /// <summary>
    /// The word a message uses for the kind of <paramref name="bijeenkomst"/> (null: the profile's first kind): its Dutch
    /// name in the plan's profile, in both languages, as the messages have always named the radenbijeenkomst.
    /// </summary>
    public string Soort(Radenbijeenkomst? bijeenkomst) =>
        Plan.Profiel.Bijeenkomstsoort(bijeenkomst?.Soort)?.NaamNl ?? bijeenkomst?.Soort ?? string.Empty;

    /// <summary><c>{prefix}[{index}]</c>.</summary>
    public static string Pad(string prefix, int index) => string.Create(CultureInfo.InvariantCulture, $"{prefix}[{index}]");
}
