using NodaTime;
using Zk.Domain.Collections;

namespace Zk.Domain.Verloop;

/// <summary>The regional board's verdict (oordeel) on a council's amendment: may the adopted texts diverge?</summary>
public enum Oordeel
{
    /// <summary>The board has not (yet) weighed the amendment: the divergence is not accepted.</summary>
    Open,

    /// <summary>The board accepts the divergence (feasible, support in the other municipalities).</summary>
    Acceptabel,

    /// <summary>The board does not accept the divergence: the proposal needs re-alignment.</summary>
    NietAcceptabel,
}

/// <summary>An amendment (amendement) a council adopted a proposal with: what it changes, and the regional board's verdict on it.</summary>
/// <remarks>Equality is structural. Immutable and thread-safe.</remarks>
public sealed record Amendement
{
    /// <summary>What the amendment changes, in a line; null when not given.</summary>
    public string? Samenvatting { get; init; }

    /// <summary>The regional board's verdict on the divergence it makes.</summary>
    public Oordeel Oordeel { get; init; }
}

/// <summary>The outcome (uitkomst) of one decision round of a proposal, from the decisions of the councils in that round.</summary>
public enum Besluituitkomst
{
    /// <summary>Every council adopted the proposal unchanged (vastgesteld).</summary>
    Vastgesteld,

    /// <summary>
    /// Every council adopted it, some with an amendment the regional board accepts (vastgesteld met afwijkingen): it
    /// counts as adopted, and the adopted texts diverge per council.
    /// </summary>
    VastgesteldMetAfwijkingen,

    /// <summary>
    /// Not adopted (niet vastgesteld): a council rejected it while another did not, or an amendment is not (yet)
    /// accepted by the regional board; the region re-aligns (herafstemming) and the proposal gets a new round.
    /// </summary>
    Herafstemming,

    /// <summary>Every council rejected it (verworpen).</summary>
    Verworpen,
}

/// <summary>A divergence (afwijking) of an adopted text: the council whose text differs, and its accepted amendment.</summary>
/// <remarks>Equality is structural. Immutable and thread-safe.</remarks>
public sealed record Afwijking
{
    /// <summary>The member municipality whose council adopted the proposal with the amendment.</summary>
    public required string Gemeente { get; init; }

    /// <summary>The amendment, accepted by the regional board.</summary>
    public required Amendement Amendement { get; init; }
}

/// <summary>
/// The outcome of a decision round and, when adopted with amendments, the divergences per council. <see cref="From"/> is
/// the one classification of the councils' decisions: the run, the replay and the exports all take it from there.
/// </summary>
/// <remarks>Equality is structural. Immutable and thread-safe.</remarks>
public sealed record Rondeuitkomst
{
    /// <summary>The outcome.</summary>
    public required Besluituitkomst Uitkomst { get; init; }

    /// <summary>Per council whose adopted text differs, its accepted amendment, in the councils' order; empty unless <see cref="Besluituitkomst.VastgesteldMetAfwijkingen"/>.</summary>
    public ValueArray<Afwijking> Afwijkingen { get; init; }

    /// <summary>Whether the round adopted the proposal, with or without divergences.</summary>
    public bool IsVastgesteld => Uitkomst is Besluituitkomst.Vastgesteld or Besluituitkomst.VastgesteldMetAfwijkingen;

    /// <summary>
    /// The outcome of a round from its councils' decisions: every one adopted unchanged (or none decided) →
    /// <see cref="Besluituitkomst.Vastgesteld"/>; every one rejected → <see cref="Besluituitkomst.Verworpen"/>; none
    /// rejected and every amendment accepted by the regional board → <see cref="Besluituitkomst.VastgesteldMetAfwijkingen"/>
    /// with the divergences; otherwise (a rejection beside an adoption, or an amendment not accepted or not yet weighed) →
    /// <see cref="Besluituitkomst.Herafstemming"/>. An amendment without an <see cref="Amendement"/> counts as not yet weighed.
    /// </summary>
    /// <param name="besluiten">The decisions of the councils in the round, in the councils' order.</param>
    public static Rondeuitkomst From(ReadOnlySpan<RaadBesloten> besluiten)
    {
        int verworpen = 0, geamendeerd = 0, aanvaard = 0;
        foreach (var b in besluiten)
        {
            switch (b.Besluit)
            {
                case Raadsbesluit.Verworpen:
                    verworpen++;
                    break;
                case Raadsbesluit.Geamendeerd:
                    geamendeerd++;
                    aanvaard += b.Amendement is { Oordeel: Oordeel.Acceptabel } ? 1 : 0;
                    break;
            }
        }

        if (verworpen == 0 && geamendeerd == 0)
        {
            return Ongewijzigd;
        }

        if (verworpen == besluiten.Length)
        {
            return AlleVerworpen;
        }

        if (verworpen > 0 || aanvaard < geamendeerd)
        {
            return NietVastgesteld;
        }

        var afwijkingen = new Afwijking[geamendeerd];
        var n = 0;
        foreach (var b in besluiten)
        {
            if (b.Besluit == Raadsbesluit.Geamendeerd)
            {
                afwijkingen[n++] = new Afwijking { Gemeente = b.Gemeente, Amendement = b.Amendement! };
            }
        }

        return new Rondeuitkomst { Uitkomst = Besluituitkomst.VastgesteldMetAfwijkingen, Afwijkingen = ValueArray<Afwijking>.Wrap(afwijkingen) };
    }

    private static readonly Rondeuitkomst Ongewijzigd = new() { Uitkomst = Besluituitkomst.Vastgesteld };
    private static readonly Rondeuitkomst AlleVerworpen = new() { Uitkomst = Besluituitkomst.Verworpen };
    private static readonly Rondeuitkomst NietVastgesteld = new() { Uitkomst = Besluituitkomst.Herafstemming };
}

/// <summary>A decision round (besluitronde) of an action's proposal that has ended: its number, the day it ended and its outcome.</summary>
/// <remarks>Equality is structural. Immutable and thread-safe.</remarks>
public sealed record Besluitronde
{
    /// <summary>The round's number: 1 for the first time the councils decide on the proposal, 2 for the next, ….</summary>
    public required int Ronde { get; init; }

    /// <summary>The day the round ended: the last council's decision.</summary>
    public required LocalDate Datum { get; init; }

    /// <summary>The outcome, from the councils' decisions of the round (<see cref="Rondeuitkomst.From"/>).</summary>
    public required Rondeuitkomst Uitkomst { get; init; }
}
