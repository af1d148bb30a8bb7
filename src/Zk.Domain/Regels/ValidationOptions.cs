using Zk.Domain.Besturing;
using Zk.Domain.Collections;

namespace Zk.Domain.Regels;

/// <summary>
/// Options for validating a plan: the member municipalities and capacity when they differ from what the plan
/// states, a meeting calendar for the calendar rules (ZK060–ZK062), extra blocked periods, and the language of
/// the messages.
/// </summary>
/// <remarks>Equality is structural. Immutable and thread-safe.</remarks>
public sealed record ValidationOptions
{
    /// <summary>The capacity when neither the options nor the plan set one: nine actions, as in the seed.</summary>
    public const int StandaardCapaciteit = 9;

    /// <summary>The default options: the plan's own members and capacity, no calendar, Dutch messages.</summary>
    public static ValidationOptions Default { get; } = new();

    /// <summary>The member municipalities (ids) to validate against, or null for the plan's <c>Deelnemers</c>.</summary>
    public ValueArray<string>? Deelnemers { get; init; }

    /// <summary>The maximum number of actions, or null for the plan's <c>Capaciteit</c> (and 9 when the plan sets none).</summary>
    public int? Capaciteit { get; init; }

    /// <summary>The meeting calendar; without one, ZK061 is not checked and ZK060/ZK062 look only at the plan's own meetings.</summary>
    public Vergaderkalender? Kalender { get; init; }

    /// <summary>Blocked periods in addition to the calendar's.</summary>
    public ValueArray<Blokkade> Blokkades { get; init; }

    /// <summary>The language of the messages; Dutch by default.</summary>
    public Taal Taal { get; init; } = Taal.Nl;
}
