namespace Zk.Domain.Werkplannen;

/// <summary>
/// A project the plan lists for information only (the seed's §7.2 "Overige projecten"): cooperation that runs
/// outside the plan, whose outcomes or decisions may reach the councils during the period on their own track. It
/// is not an action: it takes no capacity, has no lead, results or council moments in the plan.
/// </summary>
/// <remarks>Equality is structural. Immutable and thread-safe.</remarks>
public sealed record OverigProject
{
    /// <summary>The id, unique among the plan's other projects, e.g. <c>sbab</c>.</summary>
    public required string Id { get; init; }

    /// <summary>The title as in the plan (Dutch).</summary>
    public required string Titel { get; init; }

    /// <summary>The id of the main task it is listed under, or null when none.</summary>
    public string? Hoofdopgave { get; init; }

    /// <summary>What the project is, in short (Dutch); null when not given.</summary>
    public string? Omschrijving { get; init; }

    /// <summary>The place in the source document, e.g. <c>§7.2</c>.</summary>
    public required string Bron { get; init; }

    /// <summary>What the plan says of its outcomes and decisions during the period (Dutch); null when nothing.</summary>
    public string? Toelichting { get; init; }
}
