using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Zk.Domain.Documenten.Json;

namespace Zk.Domain.Documenten;

// The scenario document's errors (ScenarioDocument, format zk-scenario/1, read by the source-generated serializer):
// when the serializer refuses a scenario, the description reader (ScenarioFormaat) reads it again and names the
// first error itself, in English and Dutch. The serializer's own messages are never shown or parsed.
public static partial class WerkplanDocument
{
    internal static DocumentError ToError(JsonException e, ReadOnlySpan<byte> utf8Json, string source, JsonTypeInfo root)
    {
        ArgumentNullException.ThrowIfNull(root);
        if (!WerkplanReader.TryRead(ScenarioFormaat.Scenario, utf8Json, source, out _, out var error))
        {
            return error;
        }

        // The description reads what the serializer refused: only the serializer's position can be given.
        var line = e.LineNumber is { } l ? (int)Math.Min(l + 1, int.MaxValue) : 1;
        var column = e.BytePositionInLine is { } c ? (int)Math.Min(c + 1, int.MaxValue) : 1;
        return new DocumentError(source, e.Path ?? "$", line, column, "The scenario cannot be read here.") { MessageNl = "Het scenario is hier niet te lezen." };
    }

    // The error at the value the path names: its line and column where the document is well-formed up to
    // there, otherwise the start of the document.
    internal static DocumentError At(
        ReadOnlySpan<byte> utf8Json,
        string source,
        string path,
        string message,
        string? code,
        (int Line, int Column)? reported)
    {
        var located = DocumentPositions.Locate(utf8Json, path);
        var (line, column) = located is { } at ? (at.Line, at.Column) : reported ?? (1, 1);
        var nl = message == "A value is required here; null is not allowed." ? "Hier is een waarde nodig; null mag niet." : message;
        return new DocumentError(source, path, line, column, message, code) { MessageNl = nl };
    }
}

/// <summary>A scenario document error that breaks a rule of the catalogue (ZK003 for dates).</summary>
internal sealed class DocumentRuleException(string code, string message) : JsonException(message)
{
    public string Code { get; } = code;
}
