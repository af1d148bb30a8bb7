using NodaTime;
using Zk.Domain.Collections;
using Zk.Domain.Inplannen;
using Zk.Domain.Werkplannen;

namespace Zk.Domain.Verloop;

/// <summary>What a scenario step scripts.</summary>
public enum StapSoort
{
    /// <summary>A council rejects an action's proposal in a round (needs <c>Actie</c> and <c>Gemeente</c>; <c>Ronde</c>, <c>Datum</c> optional).</summary>
    Verwerpt,

    /// <summary>A council adopts an action's proposal with an amendment in a round (needs <c>Actie</c> and <c>Gemeente</c>; <c>Ronde</c>, <c>Datum</c>, <c>Samenvatting</c> and <c>Oordeel</c> optional).</summary>
    Amendeert,

    /// <summary>A radenbijeenkomst is cancelled (needs <c>Radenbijeenkomst</c>).</summary>
    Annuleert,

    /// <summary>
    /// An action slips: each of its moments from <c>Datum</c> on moves to the first meeting the planner's placement rules
    /// admit from the start of the quarter <c>Kwartalen</c> quarters after its own (not to its date plus three months per
    /// quarter), or falls off the schedule when none does (needs <c>Actie</c>).
    /// </summary>
    Vertraagt,

    /// <summary>Funding for an action is found on <c>Datum</c> (needs <c>Actie</c>).</summary>
    Financiering,
}

/// <summary>One scripted outcome of a scenario.</summary>
/// <remarks>Equality is structural. Immutable and thread-safe.</remarks>
public sealed record ScenarioStap
{
    /// <summary>What the step scripts.</summary>
    public required StapSoort Soort { get; init; }

    /// <summary>The action concerned, if any.</summary>
    public string? Actie { get; init; }

    /// <summary>
    /// The member municipality whose council decides, for <see cref="StapSoort.Verwerpt"/> and <see cref="StapSoort.Amendeert"/>.
    /// The step counts for a decision only when the council is a member on the decision's date
    /// (<see cref="Werkplan.DeelnemersOp"/>); otherwise the run ignores it, as it ignores steps about actions or meetings
    /// the plan does not have: a council that no longer exists, or does not yet, decides nothing.
    /// </summary>
    public string? Gemeente { get; init; }

    /// <summary>The meeting concerned, for <see cref="StapSoort.Annuleert"/>.</summary>
    public string? Radenbijeenkomst { get; init; }

    /// <summary>How many quarters an action slips; default 1.</summary>
    public int? Kwartalen { get; init; }

    /// <summary>
    /// When the step takes effect (a slip, found funding); the run's start when null. For <see cref="StapSoort.Verwerpt"/>
    /// and <see cref="StapSoort.Amendeert"/>: the council's own decision date in its round (its own meeting); the round's
    /// decision date (the joint meeting plus the policy's decision time) when null or before the joint meeting. The round
    /// ends on its last council's date.
    /// </summary>
    public LocalDate? Datum { get; init; }

    /// <summary>
    /// The decision round a <see cref="StapSoort.Verwerpt"/> or <see cref="StapSoort.Amendeert"/> step is about: 1 (when
    /// null) for the first time the councils decide on the action, 2 for the next round, …; a step of one round does not
    /// apply to another.
    /// </summary>
    public int? Ronde { get; init; }

    /// <summary>What the amendment changes, for <see cref="StapSoort.Amendeert"/>; null when not given.</summary>
    public string? Samenvatting { get; init; }

    /// <summary>The regional board's verdict on the amendment, for <see cref="StapSoort.Amendeert"/>; <see cref="Verloop.Oordeel.Open"/> when null.</summary>
    public Oordeel? Oordeel { get; init; }
}

/// <summary>
/// A scenario: scripted outcomes for a plan run. Without a step, every council adopts every proposal, every meeting
/// takes place, nothing slips and no funding is found.
/// </summary>
/// <remarks>Equality is structural. Immutable and thread-safe.</remarks>
public sealed record Scenario
{
    /// <summary>The scenario in which everything goes to plan.</summary>
    public static Scenario Volgens { get; } = new();

    /// <summary>The scripted steps.</summary>
    public ValueArray<ScenarioStap> Stappen { get; init; }

    /// <summary>
    /// Checks the scenario against the plan and the calendar it is to run on (<see cref="Scenariocontrole"/>, codes
    /// ZK200–ZK209): unknown actions, councils and meetings, missing or unused fields for a step's kind, a slip that is not
    /// from 1 to the period's number of quarters, a date outside the period, an impossible round, contradictory and
    /// repeated steps. <see cref="PlanRun"/> runs any scenario; a step it cannot apply it ignores, so check first: a scenario
    /// with errors does not say one clear thing about the plan.
    /// </summary>
    /// <param name="plan">The plan.</param>
    /// <param name="kalender">The calendar the run uses (the schedule's, <c>Planning.Kalender</c>).</param>
    /// <param name="taal">The language of the messages.</param>
    /// <returns>The findings, in step order.</returns>
    public ValueArray<Regels.Bevinding> Check(Werkplan plan, Besturing.Vergaderkalender kalender, Taal taal = Taal.Nl) =>
        Scenariocontrole.Check(this, plan, kalender, taal);

    /// <summary>
    /// A reproducible random scenario for what-ifs: from <paramref name="seed"/>, each meeting may be cancelled (8 %),
    /// each council (every member at any time; the run heeds only those that are members on the decision's date) may
    /// reject (6 %) or amend (6 %) each proposal in its first round (an amendment the regional board has not weighed, so the
    /// round ends in herafstemming and a second round follows), each action may slip a quarter (10 %), and funding
    /// still to be found may be found (50 %). The same seed gives the same scenario.
    /// </summary>
    /// <param name="plan">The plan.</param>
    /// <param name="planning">Its schedule.</param>
    /// <param name="seed">The seed.</param>
    public static Scenario Random(Werkplan plan, Planning planning, int seed)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(planning);
        var random = new Random(seed);
        var stappen = new List<ScenarioStap>();
        foreach (var r in planning.Kalender.Radenbijeenkomsten.OrderBy(r => r.Datum).ThenBy(r => r.Id, StringComparer.Ordinal))
        {
            if (random.NextDouble() < 0.08)
            {
                stappen.Add(new ScenarioStap { Soort = StapSoort.Annuleert, Radenbijeenkomst = r.Id });
            }
        }

        foreach (var actie in plan.Acties)
        {
            if (random.NextDouble() < 0.10)
            {
                stappen.Add(new ScenarioStap { Soort = StapSoort.Vertraagt, Actie = actie.Id, Kwartalen = 1 });
            }

            if (!actie.Financiering.Status.IsUitgewerkt() && random.NextDouble() < 0.5)
            {
                var dag = random.Next(0, Math.Max(1, plan.Looptijd.Length));
                stappen.Add(new ScenarioStap { Soort = StapSoort.Financiering, Actie = actie.Id, Datum = plan.Looptijd.Start.PlusDays(dag) });
            }

            if (!actie.Raadsmomenten.Any(m => plan.Profiel.IsBesluit(m.Fase)))
            {
                continue;
            }

            foreach (var gemeente in plan.Deelnemers)
            {
                var kans = random.NextDouble();
                if (kans < 0.06)
                {
                    stappen.Add(new ScenarioStap { Soort = StapSoort.Verwerpt, Actie = actie.Id, Gemeente = gemeente });
                }
                else if (kans < 0.12)
                {
                    stappen.Add(new ScenarioStap { Soort = StapSoort.Amendeert, Actie = actie.Id, Gemeente = gemeente });
                }
            }
        }

        return new Scenario { Stappen = stappen.ToValueArray() };
    }
}
