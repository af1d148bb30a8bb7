namespace Zk.Domain.Besturing;

/// <summary>What of a council moment is our reading of the source rather than what the source says.</summary>
public enum AfleidingSoort
{
    /// <summary>The source names the moment, but not its quarter: the quarter is read from a phrase ("medio 2022", "eind 2022") or from a table whose columns are lost.</summary>
    Kwartaal,

    /// <summary>The source names no such moment: the moment itself is inferred (e.g. a decision that implementation needs), and so is any quarter it has.</summary>
    Moment,
}

/// <summary>
/// Why a council moment, or its quarter, is derived (afgeleid) rather than stated by a source. A moment
/// without an <see cref="Afleiding"/> is stated: a source (see <see cref="Raadsmoment.Bronnen"/>) names the
/// moment and, where it has one, its quarter.
/// </summary>
/// <remarks>Equality is structural. Immutable and thread-safe.</remarks>
public sealed record Afleiding
{
    /// <summary>What is derived: the quarter only, or the moment as a whole.</summary>
    public required AfleidingSoort Soort { get; init; }

    /// <summary>How it was derived and from what (Dutch), e.g. <c>"medio 2022" gelezen als het tweede kwartaal</c>.</summary>
    public required string Reden { get; init; }
}
