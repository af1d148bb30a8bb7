using Zk.Domain.Regels;

namespace Zk.Domain.Documenten.Web;

/// <summary>
/// One entry of a problem's <c>errors</c> (<see cref="ProblemDetailsData.Errors"/>): a finding (code, severity, path,
/// message) or a document error (source, JSON path, line, column, message, and its code when it has one).
/// </summary>
/// <param name="Code">The rule code (<c>ZK020</c>); for a document error its code when it breaks a rule (ZK003), else null.</param>
/// <param name="Severity">The finding's severity; null for a document error.</param>
/// <param name="Path">The finding's path (<c>acties[3].trekkerschap.bestuurlijk</c>) or the document error's JSON path (<c>$.acties[2].termijn</c>).</param>
/// <param name="Message">What is wrong, in one sentence.</param>
/// <remarks>Equality is structural. Immutable and thread-safe.</remarks>
public sealed record ProblemDetailsError(string? Code, FindingSeverity? Severity, string Path, string Message)
{
    /// <summary>The document error's source (the name given to the loader, <c>&lt;document&gt;</c> when none was); null for a finding.</summary>
    public string? Source { get; init; }

    /// <summary>The document error's 1-based line; null for a finding, or when the position is not known.</summary>
    public int? Line { get; init; }

    /// <summary>The document error's 1-based column (in UTF-8 bytes); null for a finding, or when the position is not known.</summary>
    public int? Column { get; init; }
}
