using NodaTime;
using Zk.Domain.Besturing;

namespace Zk.Domain.Werkplannen;

/// <summary>The kind of a condition an action depends on.</summary>
public enum VoorwaardeSoort
{
    /// <summary>A date by which something must be done, e.g. a subsidy scheme that is open until the end of 2023.</summary>
    UitersteDatum,

    /// <summary>Something still pending that the action waits for, e.g. a cabinet's response or a framework still being drafted.</summary>
    Afhankelijkheid,
}

/// <summary>
/// A deadline or a pending condition (voorwaarde) an action depends on, as the plan names it: for the seed's
/// 6.2 the Impulsregeling klimaatadaptatie is open until the end of 2023; 6.1 awaits the cabinet's response to the
/// ROB advice; 4.1 builds on an MRA perspective that is still being drafted.
/// </summary>
/// <remarks>Equality is structural. Immutable and thread-safe.</remarks>
public sealed record Voorwaarde
{
    /// <summary>The kind of condition.</summary>
    public required VoorwaardeSoort Soort { get; init; }

    /// <summary>What the condition is (Dutch).</summary>
    public required string Omschrijving { get; init; }

    /// <summary>The last day it holds or must be met by, or null when the plan names none (e.g. a pending response).</summary>
    public LocalDate? Uiterlijk { get; init; }

    /// <summary>Where the plan says so, with its words.</summary>
    public required Bronvermelding Bron { get; init; }
}
