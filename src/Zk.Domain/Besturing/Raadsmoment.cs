using Zk.Domain.Collections;
using Zk.Domain.Tijd;

namespace Zk.Domain.Besturing;

/// <summary>
/// A council moment (raadsmoment): a point where the councils meet a proposal, in a given
/// <see cref="Fase"/> and quarter, or not yet planned (N.t.b., nog te bepalen).
/// </summary>
/// <remarks>
/// <para><see cref="Kwartaal"/> is the quarter the plan holds to. When sources disagree, it follows the most
/// specific source, and every source stays listed in <see cref="Bronnen"/> with what it said: for the seed's
/// §6.1 the table says N.t.b. while the section text says the first quarter of 2022, so the moment is planned
/// in 2022-Q1 and both sources are kept.</para>
/// <para>Equality is structural. Immutable and thread-safe.</para>
/// </remarks>
public sealed record Raadsmoment
{
    /// <summary>The stage of the proposal at this moment.</summary>
    public required Fase Fase { get; init; }

    /// <summary>The quarter of the moment, or null when it is not yet planned (N.t.b.).</summary>
    public Kwartaal? Kwartaal { get; init; }

    /// <summary>The id of the radenbijeenkomst the moment is assigned to, or null when none is assigned yet.</summary>
    public string? Radenbijeenkomst { get; init; }

    /// <summary>The places in the source that speak of this moment.</summary>
    public ValueArray<Bronvermelding> Bronnen { get; init; }

    /// <summary>A short note (Dutch), e.g. what is discussed; null when there is none.</summary>
    public string? Toelichting { get; init; }

    /// <summary>
    /// Why the moment, or its quarter, is our reading rather than what a source says; null when a source states the
    /// moment and its quarter (or states it as N.t.b.).
    /// </summary>
    public Afleiding? Afgeleid { get; init; }

    /// <summary>Whether the quarter of the moment is stated by a source: the moment is planned and nothing of it is derived.</summary>
    public bool IsKwartaalVermeld => Kwartaal is not null && Afgeleid is null;

    /// <summary>Whether the moment is not yet planned (N.t.b., nog te bepalen).</summary>
    public bool IsNogTeBepalen => Kwartaal is null;
}
