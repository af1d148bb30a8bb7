using Zk.Domain.Collections;

namespace Zk.Domain.Werkplannen;

/// <summary>How far the funding of an action is worked out.</summary>
public enum FinancieringsStatus
{
    /// <summary>The action runs on the means already available ("vanuit de middelen die er zijn").</summary>
    BestaandeMiddelen,

    /// <summary>Funding is arranged, e.g. by an external financier or a subsidy.</summary>
    Geregeld,

    /// <summary>Funding still has to be found; a start decision (startbesluit) needs it first.</summary>
    NogTeVinden,

    /// <summary>Part of the funding is arranged (e.g. one line of the action, or a co-financier), the rest is not worked out.</summary>
    DeelsGeregeld,

    /// <summary>Funding is expected (e.g. announced money of the Rijk) but not yet granted.</summary>
    Verwacht,
}

/// <summary>What a <see cref="FinancieringsStatus"/> means for a decision.</summary>
public static class FinancieringsStatusExtensions
{
    /// <summary>
    /// Whether the funding is worked out, as a start decision (startbesluit) needs: the action runs on existing means or
    /// its funding is arranged. Partial, expected and still-to-be-found funding is not.
    /// </summary>
    /// <param name="status">The status.</param>
    /// <returns>True for <see cref="FinancieringsStatus.BestaandeMiddelen"/> and <see cref="FinancieringsStatus.Geregeld"/>.</returns>
    public static bool IsUitgewerkt(this FinancieringsStatus status) =>
        status is FinancieringsStatus.BestaandeMiddelen or FinancieringsStatus.Geregeld;
}

/// <summary>
/// The funding (financiering) of an action: how far it is worked out, who pays, and whether the plan
/// claims funds for it (a work plan should not: "geen claims op middelen").
/// </summary>
/// <remarks>Equality is structural. Immutable and thread-safe.</remarks>
public sealed record Financiering
{
    /// <summary>How far the funding is worked out.</summary>
    public required FinancieringsStatus Status { get; init; }

    /// <summary>The parties that finance or co-finance the action (ids of <c>Partij</c>).</summary>
    public ValueArray<string> Financiers { get; init; }

    /// <summary>Whether the plan itself claims funds for the action.</summary>
    public bool ClaimOpMiddelen { get; init; }

    /// <summary>A short note (Dutch); null when there is none.</summary>
    public string? Toelichting { get; init; }

    /// <summary>Funding from the means already available, with no claim and no financier.</summary>
    public static Financiering Bestaand { get; } = new() { Status = FinancieringsStatus.BestaandeMiddelen };
}
