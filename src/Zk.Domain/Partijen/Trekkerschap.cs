using Zk.Domain.Collections;

namespace Zk.Domain.Partijen;

/// <summary>
/// Who leads an action or sub-action (trekkerschap): the political lead (bestuurlijk trekker), the
/// civil-service lead (ambtelijk trekker), an external party that holds the regie, and partners
/// ("i.s.m.").
/// </summary>
/// <remarks>
/// <para>The political and civil-service leads may differ (the seed's stresstest: Bloemendaal political,
/// Haarlem civil service). Two political leads form a duo-schap. When an external party holds the
/// <see cref="Regie"/> (the province for the NNN, the Nationaal Park for its enlargement), the member
/// municipality named as lead coordinates the region's part: see <see cref="IsCoordinerend"/>.</para>
/// <para>All references are <see cref="Partij.Id"/> values. Equality is structural. Immutable and thread-safe.</para>
/// </remarks>
public sealed record Trekkerschap
{
    /// <summary>The political lead(s); two make a duo-schap.</summary>
    public ValueArray<string> Bestuurlijk { get; init; }

    /// <summary>The civil-service lead(s).</summary>
    public ValueArray<string> Ambtelijk { get; init; }

    /// <summary>An external party that holds the regie of the process, or null when the region leads itself.</summary>
    public string? Regie { get; init; }

    /// <summary>Partners the lead works with ("in samenwerking met", i.s.m.).</summary>
    public ValueArray<string> Partners { get; init; }

    /// <summary>A short note in the plan's language, e.g. why the leads differ; null when there is none.</summary>
    public string? Toelichting { get; init; }

    /// <summary>Whether two or more parties share the political lead (duo-schap).</summary>
    public bool IsDuoschap => Bestuurlijk.Count > 1;

    /// <summary>Whether the leads coordinate the region's part while an external party holds the <see cref="Regie"/>.</summary>
    public bool IsCoordinerend => Regie is not null;
}
