using NodaTime;
using Zk.Domain.Besturing;

namespace Zk.Domain.Verloop;

/// <summary>A council's decision on a proposal (raadsbesluit).</summary>
public enum Raadsbesluit
{
    /// <summary>The council adopts the proposal as it is.</summary>
    Aangenomen,

    /// <summary>The council rejects the proposal.</summary>
    Verworpen,

    /// <summary>The council adopts the proposal with an amendment: the texts of the councils now diverge.</summary>
    Geamendeerd,
}

/// <summary>
/// A domain event (gebeurtenis) of a plan run. The run's state can be rebuilt from its events alone
/// (<see cref="Voortgang.Replay"/>), so a host stores the events.
/// </summary>
/// <remarks>Equality is structural. Immutable and thread-safe.</remarks>
public abstract record Gebeurtenis
{
    /// <summary>The day it happened.</summary>
    public required LocalDate Datum { get; init; }
}

/// <summary>A radenbijeenkomst took place.</summary>
public sealed record BijeenkomstGehouden : Gebeurtenis
{
    /// <summary>The meeting's id.</summary>
    public required string Radenbijeenkomst { get; init; }
}

/// <summary>A radenbijeenkomst was cancelled; its agenda moves to the next possible meeting.</summary>
public sealed record BijeenkomstGeannuleerd : Gebeurtenis
{
    /// <summary>The meeting's id.</summary>
    public required string Radenbijeenkomst { get; init; }
}

/// <summary>A council moment of an action was discussed in a radenbijeenkomst.</summary>
public sealed record MomentBesproken : Gebeurtenis
{
    /// <summary>The action's id.</summary>
    public required string Actie { get; init; }

    /// <summary>The stage discussed.</summary>
    public required Fase Fase { get; init; }

    /// <summary>The meeting's id.</summary>
    public required string Radenbijeenkomst { get; init; }
}

/// <summary>
/// A council moment moved to a later meeting (a cancelled meeting, a slip), or off the schedule when none is left. The
/// meeting it moves to keeps the planner's constraints (<see cref="Inplannen.Planner"/>): in the period, not past the
/// action's deadline (for a decision, with the councils' decision time), the minimum gap after the action's previous
/// moment, not blocked or cancelled, with room.
/// </summary>
public sealed record MomentVerschoven : Gebeurtenis
{
    /// <summary>The action's id.</summary>
    public required string Actie { get; init; }

    /// <summary>The stage of the moment.</summary>
    public required Fase Fase { get; init; }

    /// <summary>
    /// The moment's index in the action's <c>Raadsmomenten</c>, or -1 for a moment the policy added (as in the
    /// schedule's <c>Toewijzing.Moment</c>): it tells apart two moments of one action in the same stage.
    /// </summary>
    public required int Moment { get; init; }

    /// <summary>The meeting it was planned in.</summary>
    public required string Van { get; init; }

    /// <summary>The meeting it moves to, or null when no meeting remains within the period.</summary>
    public string? Naar { get; init; }

    /// <summary>The date of the meeting it moves to, or null.</summary>
    public LocalDate? NaarDatum { get; init; }

    /// <summary>
    /// Why no meeting could take it, when <see cref="Naar"/> is null: the same constraints as the planner's (no meeting
    /// left before the deadline with the minimum gap, all blocked or cancelled, all full, or an earlier moment of the
    /// action fell off the schedule); null when it moved to a meeting.
    /// </summary>
    public Inplannen.OnplanbaarReden? Reden { get; init; }
}

/// <summary>One member council decided on an action's proposal; only a council that is a member on that date decides.</summary>
public sealed record RaadBesloten : Gebeurtenis
{
    /// <summary>The action's id.</summary>
    public required string Actie { get; init; }

    /// <summary>The member municipality whose council decided.</summary>
    public required string Gemeente { get; init; }

    /// <summary>The decision.</summary>
    public required Raadsbesluit Besluit { get; init; }
}

/// <summary>Every council that is a member on the decision's date adopted the proposal unchanged: it is adopted (vastgesteld).</summary>
public sealed record VoorstelVastgesteld : Gebeurtenis
{
    /// <summary>The action's id.</summary>
    public required string Actie { get; init; }
}

/// <summary>Not every council adopted the proposal unchanged: it needs re-alignment (herafstemming) in the region.</summary>
public sealed record VoorstelNietVastgesteld : Gebeurtenis
{
    /// <summary>The action's id.</summary>
    public required string Actie { get; init; }

    /// <summary>The councils that rejected it.</summary>
    public required Collections.ValueArray<string> Verworpen { get; init; }

    /// <summary>The councils that adopted it with an amendment.</summary>
    public required Collections.ValueArray<string> Geamendeerd { get; init; }
}

/// <summary>Funding for an action was found.</summary>
public sealed record FinancieringGevonden : Gebeurtenis
{
    /// <summary>The action's id.</summary>
    public required string Actie { get; init; }
}

/// <summary>The run started from a schedule: the meetings every council moment is planned in.</summary>
public sealed record RunGestart : Gebeurtenis
{
    /// <summary>The schedule the run starts from.</summary>
    public required Collections.ValueArray<Inplannen.Toewijzing> Toewijzingen { get; init; }
}
