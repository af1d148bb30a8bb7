namespace Zk.Domain.Regels;

/// <summary>
/// A rule (regel) of the catalogue: its stable code, its severity, what it asks in Dutch and English, and
/// the place in the Zuid-Kennemerland plan it comes from.
/// </summary>
/// <remarks>Codes never change and are never reused. Equality is structural. Immutable and thread-safe.</remarks>
public sealed record Regel
{
    /// <summary>The stable code, e.g. <c>ZK040</c>.</summary>
    public required string Code { get; init; }

    /// <summary>How serious a breach is.</summary>
    public required FindingSeverity Severity { get; init; }

    /// <summary>
    /// Whether the rule is one plan's own selection criterion rather than a rule of every plan: it runs only where the
    /// plan's governance profile sets it (<c>Bestuursprofiel.Regels</c>; Zuid-Kennemerland's profile does) or the
    /// validation options give it a severity. <see cref="Severity"/> is then the severity of the domain brief, the one
    /// Zuid-Kennemerland's profile gives it. False for every other rule, which runs unless the profile or the options
    /// switch it off.
    /// </summary>
    public bool IsProfielregel { get; init; }

    /// <summary>What the rule asks, in Dutch.</summary>
    public required string OmschrijvingNl { get; init; }

    /// <summary>What the rule asks, in English.</summary>
    public required string OmschrijvingEn { get; init; }

    /// <summary>Where in the seed the rule comes from (e.g. <c>ch. 2</c>), or <c>—</c> when it is general.</summary>
    public required string Bron { get; init; }

    /// <summary>The message template for a breach in Dutch, with named placeholders (e.g. <c>{actie}</c>) filled with the details.</summary>
    public required string MeldingNl { get; init; }

    /// <summary>The message template for a breach in English.</summary>
    public required string MeldingEn { get; init; }

    /// <summary>What the rule asks, in <paramref name="taal"/>.</summary>
    /// <param name="taal">The language.</param>
    public string Omschrijving(Taal taal) => taal == Taal.En ? OmschrijvingEn : OmschrijvingNl;
}
