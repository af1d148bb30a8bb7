namespace Zk.Domain.Werkplannen;

/// <summary>
/// A selection criterion (uitgangspunt) the actions were chosen by, e.g. urgentie, spreiding over de
/// hoofdopgaven or "wat er al loopt is niet opgenomen".
/// </summary>
/// <remarks>Equality is structural. Immutable and thread-safe.</remarks>
public sealed record Uitgangspunt
{
    /// <summary>The id, e.g. <c>spreiding</c>.</summary>
    public required string Id { get; init; }

    /// <summary>The title as in the plan (Dutch).</summary>
    public required string Titel { get; init; }

    /// <summary>A short explanation (Dutch); null when there is none.</summary>
    public string? Toelichting { get; init; }
}
