using NodaTime;

namespace Zk.Domain.Werkplannen;

/// <summary>
/// The governance agreement (bestuursconvenant) the cooperation works by; among other things it requires
/// interim feedback to the councils before a proposal goes to each council for decision.
/// </summary>
/// <remarks>Equality is structural. Immutable and thread-safe.</remarks>
public sealed record Convenant
{
    /// <summary>The name, e.g. <c>Bestuursconvenant regionale samenwerking Zuid-Kennemerland</c>.</summary>
    public required string Naam { get; init; }

    /// <summary>The date it was signed.</summary>
    public required LocalDate Ondertekend { get; init; }

    /// <summary>A short note (Dutch), e.g. who signed; null when there is none.</summary>
    public string? Toelichting { get; init; }
}
