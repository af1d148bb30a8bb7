using Zk.Domain.Besturing;
using Zk.Domain.Collections;

namespace Zk.Domain.Werkplannen;

/// <summary>A body that adopts, discusses or is consulted on a part of an agreement.</summary>
public enum Bestuursorgaan
{
    /// <summary>The municipal council (gemeenteraad).</summary>
    Gemeenteraad,

    /// <summary>The municipal executive (college van burgemeester en wethouders).</summary>
    College,

    /// <summary>A council committee (raadscommissie).</summary>
    Raadscommissie,

    /// <summary>The regional meeting of the portfolio holders (portefeuillehoudersoverleg).</summary>
    Portefeuillehoudersoverleg,
}

/// <summary>
/// An agreement outside the plan that actions of the plan carry out, with its own governance: e.g. the
/// Woonakkoord Zuid-Kennemerland/IJmond 2021-2025, whose Bestuursakkoord the councils adopted and whose
/// Uitvoeringsagenda the colleges adopted, reviewed every year in the portefeuillehoudersoverleg.
/// </summary>
/// <remarks>Equality is structural. Immutable and thread-safe.</remarks>
public sealed record Akkoord
{
    /// <summary>The id, unique among the plan's agreements, e.g. <c>woonakkoord</c>.</summary>
    public required string Id { get; init; }

    /// <summary>The name as in the plan (Dutch).</summary>
    public required string Naam { get; init; }

    /// <summary>The first year the agreement runs, or null when not given.</summary>
    public int? VanafJaar { get; init; }

    /// <summary>The last year the agreement runs, or null when not given.</summary>
    public int? TotEnMetJaar { get; init; }

    /// <summary>The ids of the plan's actions that carry the agreement out.</summary>
    public ValueArray<string> Acties { get; init; }

    /// <summary>Who adopted which part of the agreement, and when, as the plan says.</summary>
    public ValueArray<Vaststelling> Vaststellingen { get; init; }

    /// <summary>The agreement's own arrangements for review and consultation, as the plan says.</summary>
    public ValueArray<Afspraak> Afspraken { get; init; }
}

/// <summary>The adoption (vaststelling) of a part of an agreement by a body of some or all members.</summary>
/// <remarks>Equality is structural. Immutable and thread-safe.</remarks>
public sealed record Vaststelling
{
    /// <summary>The part adopted, e.g. <c>Bestuursakkoord</c> or <c>Uitvoeringsagenda</c>.</summary>
    public required string Onderdeel { get; init; }

    /// <summary>The body that adopted it.</summary>
    public required Bestuursorgaan Orgaan { get; init; }

    /// <summary>The municipalities whose body adopted it (party ids); empty when the plan says every member's did.</summary>
    public ValueArray<string> Gemeenten { get; init; }

    /// <summary>Where the plan says so; its <see cref="Bronvermelding.Kwartaal"/> is the quarter the plan names, if any.</summary>
    public required Bronvermelding Bron { get; init; }
}

/// <summary>An arrangement (afspraak) of an agreement for its review or for consulting a body, as the plan names it.</summary>
/// <remarks>Equality is structural. Immutable and thread-safe.</remarks>
public sealed record Afspraak
{
    /// <summary>What is arranged (Dutch).</summary>
    public required string Omschrijving { get; init; }

    /// <summary>The body that acts, or null when the plan names none.</summary>
    public Bestuursorgaan? Orgaan { get; init; }

    /// <summary>The municipalities the arrangement applies to (party ids); empty when it applies to all.</summary>
    public ValueArray<string> Gemeenten { get; init; }

    /// <summary>The year it takes place, or null when recurring or not given.</summary>
    public int? Jaar { get; init; }

    /// <summary>Where the plan says so, with its words.</summary>
    public required Bronvermelding Bron { get; init; }
}
