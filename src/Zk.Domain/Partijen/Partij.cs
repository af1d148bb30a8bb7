namespace Zk.Domain.Partijen;

/// <summary>
/// A party (partij) named in a work plan: a member municipality, another municipality, the province, a
/// region such as IJmond or the MRA, a water authority, the national government or an organisation such
/// as the Nationaal Park.
/// </summary>
/// <remarks>Equality is structural (all properties). Immutable and thread-safe.</remarks>
public sealed record Partij
{
    /// <summary>The id other elements use to refer to this party, e.g. <c>haarlem</c>.</summary>
    public required string Id { get; init; }

    /// <summary>The name as written in the plan, e.g. <c>Haarlem</c> or <c>Provincie Noord-Holland</c>.</summary>
    public required string Naam { get; init; }

    /// <summary>What kind of party this is.</summary>
    public required PartijSoort Soort { get; init; }
}
