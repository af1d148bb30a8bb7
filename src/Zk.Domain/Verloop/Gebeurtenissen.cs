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

/// <summary>
/// One member council decided on an action's proposal in a decision round, on its own date; only a council that is a
/// member on the round's decision date decides.
/// </summary>
public sealed record RaadBesloten : Gebeurtenis
{
    /// <summary>The action's id.</summary>
    public required string Actie { get; init; }

    /// <summary>The member municipality whose council decided.</summary>
    public required string Gemeente { get; init; }

    /// <summary>The decision.</summary>
    public required Raadsbesluit Besluit { get; init; }

    /// <summary>The amendment, for <see cref="Raadsbesluit.Geamendeerd"/> (its summary and the regional board's verdict); null otherwise.</summary>
    public Amendement? Amendement { get; init; }

    /// <summary>The decision round: 1 the first time the councils decide on the action's proposal, 2 the next, ….</summary>
    public int Ronde { get; init; } = 1;
}

/// <summary>
/// A decision round ended adopted (vastgesteld): every council that is a member on the decision's date adopted the
/// proposal, unchanged or with an amendment the regional board accepts (<see cref="Afwijkingen"/>).
/// </summary>
public sealed record VoorstelVastgesteld : Gebeurtenis
{
    /// <summary>The action's id.</summary>
    public required string Actie { get; init; }

    /// <summary>The decision round that ended.</summary>
    public int Ronde { get; init; } = 1;

    /// <summary>Per council whose adopted text differs, its accepted amendment; empty when every council adopted it unchanged.</summary>
    public Collections.ValueArray<Afwijking> Afwijkingen { get; init; }

    /// <summary>The round's outcome: <see cref="Besluituitkomst.Vastgesteld"/>, or <see cref="Besluituitkomst.VastgesteldMetAfwijkingen"/> when texts diverge.</summary>
    public Besluituitkomst Uitkomst => Afwijkingen.IsEmpty ? Besluituitkomst.Vastgesteld : Besluituitkomst.VastgesteldMetAfwijkingen;
}

/// <summary>
/// A decision round ended without adoption: re-alignment (herafstemming) in the region and a new round
/// (<see cref="RondeGepland"/>), or every council rejected it (<see cref="Uitkomst"/> is <see cref="Besluituitkomst.Verworpen"/>).
/// </summary>
public sealed record VoorstelNietVastgesteld : Gebeurtenis
{
    /// <summary>The action's id.</summary>
    public required string Actie { get; init; }

    /// <summary>The councils that rejected it.</summary>
    public required Collections.ValueArray<string> Verworpen { get; init; }

    /// <summary>The councils that adopted it with an amendment.</summary>
    public required Collections.ValueArray<string> Geamendeerd { get; init; }

    /// <summary>The decision round that ended.</summary>
    public int Ronde { get; init; } = 1;

    /// <summary>The round's outcome: <see cref="Besluituitkomst.Herafstemming"/> or <see cref="Besluituitkomst.Verworpen"/>.</summary>
    public Besluituitkomst Uitkomst { get; init; } = Besluituitkomst.Herafstemming;
}

/// <summary>
/// After a round ended in herafstemming, the run planned the proposal's next round in a later meeting, by the planner's
/// placement rules (as a moved moment: in the period, before the deadline with the decision time, the minimum gap after
/// the previous round, not blocked or cancelled, with room), or found none.
/// </summary>
public sealed record RondeGepland : Gebeurtenis
{
    /// <summary>The action's id.</summary>
    public required string Actie { get; init; }

    /// <summary>The decision stage of the moment.</summary>
    public required Fase Fase { get; init; }

    /// <summary>The decision moment's index in the action's <c>Raadsmomenten</c>, or -1 (as in <see cref="MomentVerschoven.Moment"/>): the new round is that moment again.</summary>
    public required int Moment { get; init; }

    /// <summary>The number of the new round.</summary>
    public required int Ronde { get; init; }

    /// <summary>The meeting of the previous round.</summary>
    public required string Van { get; init; }

    /// <summary>The meeting the new round is planned in, or null when no meeting remains.</summary>
    public string? Naar { get; init; }

    /// <summary>The date of that meeting, or null.</summary>
    public LocalDate? NaarDatum { get; init; }

    /// <summary>Why no meeting could take it, when <see cref="Naar"/> is null (as in <see cref="MomentVerschoven.Reden"/>).</summary>
    public Inplannen.OnplanbaarReden? Reden { get; init; }
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
