namespace Zk.Domain.Werkplannen;

/// <summary>
/// A quantitative target (doel), e.g. 253 ha nature, at least 11,650 homes in 2020–2030, 30 % social
/// rent, or 20 % circular timber construction from 2025.
/// </summary>
/// <remarks>
/// <para>A target that belongs to a framework outside the plan (the Woonakkoord, a provincial strategy, an
/// MRA Green Deal) names it in <see cref="Kader"/>: the action contributes to it, and its period may run past
/// the plan's. A target without a framework is the plan's own and must be due within the plan's period.</para>
/// <para>Equality is structural. Immutable and thread-safe.</para>
/// </remarks>
public sealed record Doel
{
    /// <summary>The id, unique within the plan, e.g. <c>5.1-d1</c>.</summary>
    public required string Id { get; init; }

    /// <summary>What the target measures (Dutch), e.g. <c>Toevoegen woningen</c>.</summary>
    public required string Omschrijving { get; init; }

    /// <summary>The target value.</summary>
    public required decimal Waarde { get; init; }

    /// <summary>The unit of <see cref="Waarde"/>, e.g. <c>ha</c>, <c>woningen</c> or <c>%</c>.</summary>
    public required string Eenheid { get; init; }

    /// <summary>Whether the value is a minimum ("minimaal", "ten minste") rather than an exact target.</summary>
    public bool Minimaal { get; init; }

    /// <summary>The first year the target applies to, or null when open.</summary>
    public int? VanafJaar { get; init; }

    /// <summary>The last year the target applies to, or null when open.</summary>
    public int? TotEnMetJaar { get; init; }

    /// <summary>The framework the target belongs to (e.g. <c>Woonakkoord Zuid-Kennemerland/IJmond 2021-2025</c>), or null when it is the plan's own.</summary>
    public string? Kader { get; init; }
}
