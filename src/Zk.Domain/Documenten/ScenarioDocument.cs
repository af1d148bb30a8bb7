using System.Text.Json;
using Zk.Domain.Collections;
using Zk.Domain.Documenten.Json;
using Zk.Domain.Verloop;

namespace Zk.Domain.Documenten;

/// <summary>
/// Reads scenario files (format <c>zk-scenario/1</c>):
/// <c>{ "formaat": "zk-scenario/1", "stappen": [ { "soort": "verwerpt", "actie": "4.1", "gemeente": "zandvoort" } ] }</c>.
/// Steps: <c>verwerpt</c> and <c>amendeert</c> (actie, gemeente), <c>annuleert</c> (radenbijeenkomst), <c>vertraagt</c>
/// (actie, kwartalen, datum), <c>financiering</c> (actie, datum).
/// </summary>
/// <remarks>As strict as the plan document, with the same errors (<see cref="WerkplanDocumentException"/>). Thread-safe.</remarks>
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
        source ??= "<scenario>";
        if (utf8Json.StartsWith(WerkplanDocument.Utf8Bom))
        {
            utf8Json = utf8Json[WerkplanDocument.Utf8Bom.Length..];
        }

        ScenarioDto? dto;
        try
        {
            dto = JsonSerializer.Deserialize(utf8Json, WerkplanJsonContext.Default.ScenarioDto);
        }
        catch (JsonException e)
        {
            throw new WerkplanDocumentException(WerkplanDocument.ToError(e, utf8Json, source, WerkplanJsonContext.Default.ScenarioDto), e);
        }
        catch (InvalidOperationException e)
        {
            throw new WerkplanDocumentException(new DocumentError(source, "$", null, null, "The scenario is not valid UTF-8 text: " + e.Message), e);
        }

        if (dto is null)
        {
            throw new WerkplanDocumentException(new DocumentError(source, "$", 1, 1, "The scenario is null; expected an object."));
        }

        for (var i = 0; i < dto.Stappen.Count; i++)
        {
            if (dto.Stappen[i] is null)
            {
                var pad = $"$.stappen[{i.ToString(System.Globalization.CultureInfo.InvariantCulture)}]";
                throw new WerkplanDocumentException(WerkplanDocument.At(utf8Json, source, pad, "A value is required here; null is not allowed.", null, null));
            }
        }

        return new Scenario
        {
            Stappen = dto.Stappen.Select(s => new ScenarioStap
            {
                Soort = s.Soort, Actie = s.Actie, Gemeente = s.Gemeente, Radenbijeenkomst = s.Radenbijeenkomst, Kwartalen = s.Kwartalen, Datum = s.Datum,
            }).ToValueArray(),
        };
    }

    /// <summary>Reads a scenario file.</summary>
    /// <param name="path">The file's path; errors name it as given.</param>
    /// <exception cref="WerkplanDocumentException">The file is missing, cannot be read, or is not a readable scenario.</exception>
    public static Scenario LoadFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var bytes = WerkplanDocument.ReadFile(path);
        return Load(bytes, path);
    }
}
