using Zk.Domain.Tijd;

namespace Zk.Domain.Werkplannen;

/// <summary>
/// A result (resultaat) an action delivers by the end of the period: the answer to "Wat hebben we in 2023
/// bereikt?".
/// </summary>
/// <remarks>Equality is structural. Immutable and thread-safe.</remarks>
public sealed record Resultaat
{
    /// <summary>The id, unique within the plan, e.g. <c>3.1-r1</c>.</summary>
    public required string Id { get; init; }

    /// <summary>What has been achieved (Dutch), as in the plan.</summary>
    public required string Omschrijving { get; init; }

    /// <summary>The id of the sub-action the result belongs to, or null when it belongs to the action as a whole.</summary>
    public string? Deelactie { get; init; }

    /// <summary>The quarter by which the result is due, or null for the end of the plan's period.</summary>
    public Kwartaal? Gereed { get; init; }
}
