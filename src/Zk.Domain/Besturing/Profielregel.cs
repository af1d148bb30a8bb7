namespace Zk.Domain.Besturing;

/// <summary>
/// One rule setting of a governance profile (<see cref="Bestuursprofiel.Regels"/>): the rule with code <see cref="Code"/>
/// is switched off, or runs with the severity <see cref="Stand"/> says.
/// </summary>
/// <remarks>
/// The model does not know the catalogue: a code the catalogue does not have is kept as the profile says it and reported
/// by rule ZK108 when the plan is validated. Equality is structural. Immutable and thread-safe.
/// </remarks>
public sealed record Profielregel
{
    /// <summary>The rule's code, e.g. <c>ZK012</c>.</summary>
    public required string Code { get; init; }

    /// <summary>Off, or the severity its findings get.</summary>
    public required Regelstand Stand { get; init; }

    /// <summary><c>ZK012 warning</c> or <c>ZK013 uit</c>: the code and the document's word for the setting.</summary>
    public override string ToString() => Code + " " + Stand switch
    {
        Regelstand.Uit => "uit",
        Regelstand.Error => "error",
        Regelstand.Warning => "warning",
        Regelstand.Info => "info",
        _ => Stand.ToString(),
    };
}
