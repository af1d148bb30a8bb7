namespace Zk.Domain.Besturing;

/// <summary>
/// A joint meeting of the member councils (radenbijeenkomst; elsewhere "Regiopodium" or "regionale
/// raadsledenbijeenkomst"), where interim versions of proposals are discussed.
/// </summary>
/// <remarks>Equality is structural. Immutable and thread-safe.</remarks>
public sealed record Radenbijeenkomst
{
    /// <summary>The id council moments use to refer to this meeting.</summary>
    public required string Id { get; init; }

    /// <summary>The date of the meeting.</summary>
    public required NodaTime.LocalDate Datum { get; init; }

    /// <summary>
    /// The kind of meeting, the id of a <see cref="Bijeenkomstsoort"/> of the plan's profile (e.g. <c>regiocongres</c>),
    /// or null for the profile's first kind.
    /// </summary>
    public string? Soort { get; init; }

    /// <summary>The number of agenda items the meeting can hold, or null when the plan sets none (the kind's default capacity applies).</summary>
    public int? Agendaruimte { get; init; }

    /// <summary>A short note (Dutch) on what happened or is planned there; null when there is none.</summary>
    public string? Toelichting { get; init; }
}
