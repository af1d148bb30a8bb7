using NodaTime;

namespace Zk.Domain.Werkplannen;

/// <summary>
/// A meeting of one member's own council (raadsvergadering), e.g. Aldewijk's council on 14 March 2024: a date on which
/// that council can decide on a proposal the councils were put at a joint meeting (<see cref="Besturing.Radenbijeenkomst"/>).
/// </summary>
/// <remarks>
/// <para>Which date a council decides on is <see cref="Werkplan.Besluitdatum"/>: its first own meeting in the decision
/// window on a day it is a member, otherwise the window's end. A plan without council meetings decides every council at the window's end.</para>
/// <para>The model holds what the plan says: a meeting of a party that is no member is kept and reported by the rules
/// (ZK002). Equality is structural. Immutable and thread-safe.</para>
/// </remarks>
public sealed record Raadsvergadering
{
    /// <summary>The party id of the member whose council meets (one of <c>Werkplan.Deelnemers</c>).</summary>
    public required string Gemeente { get; init; }

    /// <summary>The day of the meeting.</summary>
    public required LocalDate Datum { get; init; }
}
