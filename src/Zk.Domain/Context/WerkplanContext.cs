using NodaTime;
using Zk.Domain.Besturing;
using Zk.Domain.Collections;
using Zk.Domain.Inplannen;
using Zk.Domain.Regels;
using Zk.Domain.Samenhang;
using Zk.Domain.Verloop;
using Zk.Domain.Werkplannen;

namespace Zk.Domain.Context;

/// <summary>
/// A plan with the one calendar of meetings, governance policy and validation options that its validation, schedule,
/// coherence analysis and run share: the calendar is chosen once, here, and every operation of the context uses it.
/// </summary>
/// <remarks>
/// <para>The calendar comes one of three ways, and <see cref="Kalenderbron"/> says which:</para>
/// <list type="bullet">
/// <item><c>new WerkplanContext(plan)</c>: the plan's own meetings when one lies in its period, else the default pattern
/// (<see cref="StandaardKalender.For"/>, the one place that decides);</item>
/// <item><c>new WerkplanContext(plan, KalenderDocument.LoadFile(path))</c>: a calendar document;</item>
/// <item><c>new WerkplanContext(plan, patroon.Generate(plan.Looptijd))</c>: a pattern of one's own.</item>
/// </list>
/// <para>
/// Validation always runs with the calendar (so ZK060–ZK062 are checked): the calendar of <see cref="Opties"/> is
/// replaced by the context's. The schedule is made once, on first use, and kept; the context is immutable and
/// thread-safe, and a copy made by <c>with</c> makes its own schedule.
/// </para>
/// </remarks>
public sealed record WerkplanContext
{
    private Afgeleid<Planning> _planning;

    /// <summary>A context on the plan's default calendar (<see cref="StandaardKalender.For"/>).</summary>
    /// <param name="plan">The plan.</param>
    /// <exception cref="ArgumentNullException"><paramref name="plan"/> is null.</exception>
    public WerkplanContext(Werkplan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        Plan = plan;
        Kalenderbron = StandaardKalender.Bron(plan);
        Kalender = StandaardKalender.For(plan);
    }

    /// <summary>A context on a calendar the caller gives (a calendar document, or a pattern of one's own).</summary>
    /// <param name="plan">The plan.</param>
    /// <param name="kalender">The calendar of joint meetings.</param>
    /// <exception cref="ArgumentNullException"><paramref name="plan"/> or <paramref name="kalender"/> is null.</exception>
    public WerkplanContext(Werkplan plan, Vergaderkalender kalender)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(kalender);
        Plan = plan;
        Kalender = kalender;
        Kalenderbron = Kalenderbron.Opgegeven;
    }

    private WerkplanContext(WerkplanContext original)
    {
        Plan = original.Plan;
        Kalender = original.Kalender;
        Kalenderbron = original.Kalenderbron;
        Beleid = original.Beleid;
        Opties = original.Opties;
    }

    /// <summary>The plan.</summary>
    public Werkplan Plan { get; }

    /// <summary>The calendar of joint meetings every operation of the context uses.</summary>
    public Vergaderkalender Kalender { get; }

    /// <summary>Where <see cref="Kalender"/> comes from, for output that states the calendar it used.</summary>
    public Kalenderbron Kalenderbron { get; }

    /// <summary>The governance policy of the schedule and the run (deadlines, minimum gap, decision time).</summary>
    public Governancebeleid Beleid
    {
        get;
        init => field = value ?? throw new ArgumentNullException(nameof(value));
    } = Governancebeleid.Standaard;

    /// <summary>
    /// The validation options (members, capacity, rule settings, language); their <see cref="ValidationOptions.Kalender"/>
    /// is replaced by <see cref="Kalender"/>.
    /// </summary>
    public ValidationOptions Opties
    {
        get;
        init => field = value ?? throw new ArgumentNullException(nameof(value));
    } = ValidationOptions.Default;

    /// <summary>Validates the plan by the rules catalogue, with the context's calendar and options.</summary>
    /// <returns>The findings, in the catalogue's order.</returns>
    public ValueArray<Bevinding> Validate() => Plan.Validate(Opties with { Kalender = Kalender });

    /// <summary>The plan's schedule on the context's calendar under its policy, made on first use and then kept.</summary>
    /// <returns>The schedule.</returns>
    /// <exception cref="ArgumentException">The plan cannot be scheduled (see <see cref="Planner.Schedule"/>).</exception>
    public Planning Schedule() => _planning.Of(this, static c => Planner.Schedule(c.Plan, c.Kalender, c.Beleid));

    /// <summary>The plan's coherence (synergies, dilemmas, the botsproef) on its schedule (<see cref="Schedule"/>).</summary>
    /// <returns>The analysis.</returns>
    public SamenhangAnalyse Analyze() => SamenhangAnalyse.Of(Plan, Schedule());

    /// <summary>Checks a scenario against the plan and the context's calendar (codes ZK200–ZK209).</summary>
    /// <param name="scenario">The scenario.</param>
    /// <param name="taal">The language of the messages.</param>
    /// <returns>The scenario's findings; empty when it can be run.</returns>
    public ValueArray<Bevinding> Check(Scenario scenario, Taal taal = Taal.Nl) => Scenariocontrole.Check(scenario, Plan, Kalender, taal);

    /// <summary>Runs the plan on its schedule (<see cref="Schedule"/>) under the context's policy.</summary>
    /// <param name="scenario">What goes otherwise than planned; null: everything as planned.</param>
    /// <param name="tot">The last day of the run; null: the plan's last day.</param>
    /// <returns>The run's events and the progress at its end.</returns>
    public Runverslag Run(Scenario? scenario = null, LocalDate? tot = null) => PlanRun.Run(Plan, Schedule(), scenario, tot, Beleid);
}
