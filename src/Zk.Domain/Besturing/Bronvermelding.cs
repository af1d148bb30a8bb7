using Zk.Domain.Tijd;

namespace Zk.Domain.Besturing;

/// <summary>
/// Where the plan says when a council moment takes place, and what it says there. A seed often names a
/// moment twice (the planning table of chapter 8 and the action's own section); keeping both, even where
/// they differ, loses nothing of what the plan says.
/// </summary>
/// <remarks>Equality is structural. Immutable and thread-safe.</remarks>
public sealed record Bronvermelding
{
    /// <summary>The place in the source document, e.g. <c>H8 tabel</c> or <c>§6.1</c>.</summary>
    public required string Bron { get; init; }

    /// <summary>
    /// The quarter this source names (a quarter, or a month within it), or null when it names none (e.g. "medio 2022",
    /// "eind 2022", "N.t.b.", or a table row whose columns are lost; <see cref="Citaat"/> then says what it does name).
    /// A quarter read from such words is not the source's: it is the moment's, marked by <see cref="Raadsmoment.Afgeleid"/>.
    /// </summary>
    public Kwartaal? Kwartaal { get; init; }

    /// <summary>The source's words (Dutch), e.g. <c>Begin derde kwartaal van 2022</c>; null when not quoted.</summary>
    public string? Citaat { get; init; }
}
