using NodaTime;

namespace Zk.Domain.Partijen;

/// <summary>
/// The membership period (lidmaatschap) of a member municipality that joins or leaves the cooperation during the plan,
/// e.g. through a merger: Heerhugowaard and Langedijk are members up to and including 31 December 2021, and their
/// successor Dijk en Waard is a member from 1 January 2022.
/// </summary>
/// <remarks>
/// <para>Both ends are days of membership: <see cref="Vanaf"/> is the first day the party is a member and
/// <see cref="TotEnMet"/> the last (inclusive, as the plan's period and <c>TotEnMetJaar</c> elsewhere). An open end
/// means the membership runs from before the plan's period or past it. A member the plan gives no period is a member
/// for the whole period.</para>
/// <para>The <see cref="Opvolger"/> takes the member's place from the day after <see cref="TotEnMet"/>: it decides
/// from its own start; a member that leaves without a successor (it merges into a municipality of another region)
/// simply stops deciding.</para>
/// <para>The model holds what the plan says: a period that ends before it starts is kept (no day is then a day of
/// membership) and reported by the rules. Equality is structural. Immutable and thread-safe.</para>
/// </remarks>
public sealed record Lidmaatschap
{
    /// <summary>The member's party id (one of <c>Werkplan.Deelnemers</c>).</summary>
    public required string Partij { get; init; }

    /// <summary>The first day of membership; null when the party is a member from before the plan's period.</summary>
    public LocalDate? Vanaf { get; init; }

    /// <summary>The last day of membership (inclusive); null when the membership runs on past the plan's period.</summary>
    public LocalDate? TotEnMet { get; init; }

    /// <summary>The party id of the member that takes this one's place from the day after <see cref="TotEnMet"/>; null when none does.</summary>
    public string? Opvolger { get; init; }

    /// <summary>Whether <paramref name="datum"/> is a day of this membership.</summary>
    /// <param name="datum">The day.</param>
    public bool IsLidOp(LocalDate datum) => (Vanaf is not { } vanaf || datum >= vanaf) && (TotEnMet is not { } tot || datum <= tot);

    /// <summary>Whether some day from <paramref name="van"/> to <paramref name="tot"/> (both included) is a day of this membership.</summary>
    /// <param name="van">The first day.</param>
    /// <param name="tot">The last day.</param>
    public bool IsLidTijdens(LocalDate van, LocalDate tot)
    {
        var begin = Vanaf is { } v && v > van ? v : van;
        var einde = TotEnMet is { } t && t < tot ? t : tot;
        return begin <= einde;
    }
}
