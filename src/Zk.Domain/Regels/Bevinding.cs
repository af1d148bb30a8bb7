namespace Zk.Domain.Regels;

/// <summary>
/// A finding (bevinding): a rule the plan breaks, where, and what is wrong, in the language asked for.
/// </summary>
/// <param name="Code">The rule's code, e.g. <c>ZK020</c>.</param>
/// <param name="Severity">How serious it is.</param>
/// <param name="Path">The path of the offending element in the document's terms, e.g. <c>acties[3].trekkerschap.bestuurlijk</c>; empty for the plan as a whole.</param>
/// <param name="Message">What is wrong, in one sentence.</param>
/// <remarks>Equality is structural. Immutable and thread-safe.</remarks>
public sealed record Bevinding(string Code, FindingSeverity Severity, string Path, string Message)
{
    /// <summary>One line: <c>ZK020 error acties[3].trekkerschap.bestuurlijk: …</c>.</summary>
    public override string ToString() =>
        $"{Code} {Severity.ToString().ToLowerInvariant()} {(Path.Length == 0 ? "(plan)" : Path)}: {Message}";
}
