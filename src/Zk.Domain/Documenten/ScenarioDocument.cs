using System.Diagnostics.CodeAnalysis;
using Zk.Domain.Documenten.Json;
using Zk.Domain.Verloop;

namespace Zk.Domain.Documenten;

/// <summary>
/// Reads scenario files (format <c>zk-scenario/1</c>):
/// <c>{ "formaat": "zk-scenario/1", "stappen": [ { "soort": "verwerpt", "actie": "4.1", "gemeente": "zandvoort" } ] }</c>.
/// Steps: <c>verwerpt</c> and <c>amendeert</c> (actie, gemeente; optional: ronde, the decision round, 1 when absent;
/// datum, the council's own decision date; for <c>amendeert</c> also samenvatting and oordeel, the regional board's verdict
/// <c>open</c>, <c>acceptabel</c> or <c>niet-acceptabel</c>), <c>annuleert</c> (radenbijeenkomst), <c>vertraagt</c>
/// (actie, kwartalen, datum), <c>financiering</c> (actie, datum).
/// </summary>
/// <remarks>
/// Read by the same reader as the plan document, from the format's one description: as strict, with the same errors
/// (<see cref="WerkplanDocumentException"/>, or with <c>TryLoad</c> a <see cref="DocumentError"/>: file, JSON path, line,
/// column, a message in English and Dutch). Whether the steps fit a plan (known actions, councils and meetings, the fields
/// each kind needs, dates in the period, no contradictions) is <see cref="Scenario.Check"/>'s matter, with codes ZK200–ZK209.
/// Thread-safe.
/// </remarks>
public static class ScenarioDocument
{
    /// <summary>The value of the <c>formaat</c> field.</summary>
    public const string Formaat = "zk-scenario/1";

    /// <summary>Reads a scenario from UTF-8 JSON.</summary>
    /// <param name="utf8Json">The document.</param>
    /// <param name="source">A name for the source used in errors.</param>
    /// <exception cref="WerkplanDocumentException">The bytes are not a readable scenario.</exception>
    public static Scenario Load(ReadOnlySpan<byte> utf8Json, string? source = null)
    {
        return WerkplanReader.TryRead(ScenarioFormaat.Scenario, WerkplanDocument.WithoutBom(utf8Json), source ?? "<scenario>", out var scenario, out var error)
            ? scenario
            : throw new WerkplanDocumentException(error);
    }

    /// <summary>Tries to read a scenario from UTF-8 JSON.</summary>
    /// <param name="utf8Json">The document.</param>
    /// <param name="scenario">The scenario, when the document is readable.</param>
    /// <param name="error">Where and why reading failed, when it did: the first error in document order.</param>
    /// <param name="source">A name for the source used in errors, e.g. the file name.</param>
    /// <returns>Whether the document was read. A readable scenario may still not fit a plan: see <see cref="Scenario.Check"/>.</returns>
    public static bool TryLoad(
        ReadOnlySpan<byte> utf8Json,
        [NotNullWhen(true)] out Scenario? scenario,
        [NotNullWhen(false)] out DocumentError? error,
        string? source = null) =>
        WerkplanReader.TryRead(ScenarioFormaat.Scenario, WerkplanDocument.WithoutBom(utf8Json), source ?? "<scenario>", out scenario, out error);

    /// <summary>Reads a scenario file.</summary>
    /// <param name="path">The file's path; errors name it as given.</param>
    /// <exception cref="WerkplanDocumentException">The file is missing, cannot be read, is not a regular file, is larger than
    /// <see cref="WerkplanDocument.MaxFileSize"/>, or is not a readable scenario.</exception>
    public static Scenario LoadFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var bytes = WerkplanDocument.ReadFile(path);
        return Load(bytes, path);
    }
}
