namespace Zk.Domain.Werkplannen;

/// <summary>
/// A main task (hoofdopgave) of the regional agenda, e.g. Landschap or Wonen. The plan's actions are
/// grouped under the main tasks.
/// </summary>
/// <remarks>Equality is structural. Immutable and thread-safe.</remarks>
public sealed record Hoofdopgave
{
    /// <summary>The id actions and links use to refer to this main task, e.g. <c>wonen</c>.</summary>
    public required string Id { get; init; }

    /// <summary>The short name, e.g. <c>Economie en werk</c>.</summary>
    public required string Naam { get; init; }

    /// <summary>The chapter title in the plan, e.g. <c>Beter benutten van ons economisch kapitaal</c>; null when there is none.</summary>
    public string? Titel { get; init; }

    /// <summary>The chapter of the plan that works the main task out; null when not given.</summary>
    public int? Hoofdstuk { get; init; }
}
