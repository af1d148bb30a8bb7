namespace Zk.Domain.Besturing;

/// <summary>
/// A kind of joint meeting of a governance profile (bijeenkomstsoort): radenbijeenkomst, Regiopodium, regiocongres,
/// werksessie, … with its names and its default capacity.
/// </summary>
/// <remarks>Equality is structural. Immutable and thread-safe.</remarks>
public sealed record Bijeenkomstsoort
{
    /// <summary>The id meetings use (<see cref="Radenbijeenkomst.Soort"/>), e.g. <c>radenbijeenkomst</c>.</summary>
    public required string Id { get; init; }

    /// <summary>The Dutch name, as messages and the console use it in a sentence, e.g. <c>radenbijeenkomst</c>.</summary>
    public required string NaamNl { get; init; }

    /// <summary>The English name, e.g. <c>joint council meeting</c>.</summary>
    public required string NaamEn { get; init; }

    /// <summary>The number of agenda items a meeting of this kind holds when it sets none; null: no limit.</summary>
    public int? StandaardAgendaruimte { get; init; }
}
