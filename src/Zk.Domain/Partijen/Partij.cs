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

    /// <summary>
    /// The party's identifier in TOOI (the government's register of organisations), for a municipality of the form
    /// <c>https://identifier.overheid.nl/tooi/id/gemeente/gm0392</c> (the four-digit CBS municipality code); null when
    /// the plan names none. Exports to council information portals (ODS Open Raadsinformatie) name the municipality by it.
    /// </summary>
    /// <remarks>The model keeps what the plan says; rule ZK109 reports an identifier of another form (<see cref="IsTooiGemeente"/>).</remarks>
    public string? Tooi { get; init; }

    /// <summary>
    /// Whether <paramref name="tooi"/> has the form of a municipality's TOOI identifier:
    /// <c>https://identifier.overheid.nl/tooi/id/gemeente/gm</c> followed by exactly four digits (ASCII, ordinal).
    /// </summary>
    /// <param name="tooi">The identifier, or null (false).</param>
    public static bool IsTooiGemeente(string? tooi)
    {
        const string Voorvoegsel = "https://identifier.overheid.nl/tooi/id/gemeente/gm";
        if (tooi is null || tooi.Length != Voorvoegsel.Length + 4 || !tooi.StartsWith(Voorvoegsel, StringComparison.Ordinal))
        {
            return false;
        }

        foreach (var c in tooi.AsSpan(Voorvoegsel.Length))
        {
            if (c is < '0' or > '9')
            {
                return false;
            }
        }

        return true;
    }
}
