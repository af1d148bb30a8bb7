using Zk.Domain.Collections;
using Zk.Domain.Partijen;

namespace Zk.Domain.Werkplannen;

/// <summary>
/// A sub-action or agreement (deelactie, afspraak) inside an action, possibly with its own lead, e.g. the
/// agreements a–g of the Woonakkoord in the seed's §5.1.
/// </summary>
/// <remarks>Equality is structural. Immutable and thread-safe.</remarks>
public sealed record Deelactie
{
    /// <summary>The id, unique within the plan, e.g. <c>5.1-a</c>.</summary>
    public required string Id { get; init; }

    /// <summary>The title as in the plan (Dutch).</summary>
    public required string Titel { get; init; }

    /// <summary>A short description (Dutch); null when there is none.</summary>
    public string? Omschrijving { get; init; }

    /// <summary>The sub-action's own lead, or null when the action's lead applies.</summary>
    public Trekkerschap? Trekkerschap { get; init; }

    /// <summary>Other parties the plan names as taking part (party ids), e.g. schools and employers' networks; they lead nothing.</summary>
    public ValueArray<string> Betrokkenen { get; init; }
}
