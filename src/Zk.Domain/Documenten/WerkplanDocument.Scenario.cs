using System.Text.Json;
using System.Text.RegularExpressions;
using Zk.Domain.Documenten.Json;

namespace Zk.Domain.Documenten;

// The scenario document's errors (ScenarioDocument, format zk-scenario/1, read by the source-generated serializer):
// System.Text.Json's messages rewritten into the document errors' form. The work plan document does not come here:
// its reader (WerkplanReader) makes its errors itself, in English and Dutch.
public static partial class WerkplanDocument
{
    internal static DocumentError ToError(JsonException e, ReadOnlySpan<byte> utf8Json, string source, System.Text.Json.Serialization.Metadata.JsonTypeInfo root)
    {
        var path = e.Path ?? "$";
        var code = e is DocumentRuleException rule ? rule.Code : null;
        var message = PositionSuffix().Replace(e.Message, string.Empty).Trim();
        (int, int)? reported = e.LineNumber is { } l && e.BytePositionInLine is { } c
            ? ((int)Math.Min(l + 1, int.MaxValue), (int)Math.Min(c + 1, int.MaxValue))
            : null;
        if (DuplicateProperty().Match(message) is { Success: true } duplicate)
        {
            return At(utf8Json, source, path, $"Duplicate field '{duplicate.Groups[1].Value}'.", code, reported, occurrence: 2);
        }

        var located = DocumentPositions.Locate(utf8Json, path);
        string description;
        if (UnmappedMember().Match(message) is { Success: true } unmapped)
        {
            description = $"Unknown field '{unmapped.Groups[1].Value}'.";
        }
        else if (MissingRequired().Match(message) is { Success: true } missing)
        {
            description = $"Missing required field(s): {missing.Groups[1].Value}.";
        }
        else if (NullNotAllowed().IsMatch(message))
        {
            description = "A value is required here; null is not allowed.";
        }
        else if (ConvertTo().IsMatch(message) && DocumentPositions.ExpectedAt(path, root) is { } expected)
        {
            description = located is { } at
                ? $"Expected {expected}; found {Strings.WithArticle(at.Token)}."
                : $"Expected {expected}.";
        }
        else
        {
            description = message;
        }

        return At(utf8Json, source, path, description, code, reported, located);
    }

    // The error at the value the path names: its line and column where the document is well-formed up to
    // there, otherwise the position the reader reported.
    internal static DocumentError At(
        ReadOnlySpan<byte> utf8Json,
        string source,
        string path,
        string message,
        string? code,
        (int Line, int Column)? reported,
        (int Line, int Column, JsonTokenType Token)? located = null,
        int occurrence = 1)
    {
        located ??= DocumentPositions.Locate(utf8Json, path, occurrence);
        var (line, column) = located is { } at ? (at.Line, at.Column) : reported ?? (1, 1);
        return new DocumentError(source, path, line, column, message, code);
    }

    [GeneratedRegex(@"\s*(Path: .*|LineNumber: .*)$", RegexOptions.CultureInvariant)]
    private static partial Regex PositionSuffix();

    [GeneratedRegex(@"^The JSON property '(.*)' could not be mapped", RegexOptions.CultureInvariant)]
    private static partial Regex UnmappedMember();

    [GeneratedRegex(@"missing required properties including: (.*?)\.?$", RegexOptions.CultureInvariant)]
    private static partial Regex MissingRequired();

    [GeneratedRegex(@"[Dd]uplicate.*?'([^']*)'", RegexOptions.CultureInvariant)]
    private static partial Regex DuplicateProperty();

    [GeneratedRegex(@"doesn't allow (getting |setting )?null values", RegexOptions.CultureInvariant)]
    private static partial Regex NullNotAllowed();

    [GeneratedRegex(@"^The JSON value could not be converted to ", RegexOptions.CultureInvariant)]
    private static partial Regex ConvertTo();
}

/// <summary>A document error that breaks a rule of the catalogue (e.g. ZK003 for dates); the loader reports its code.</summary>
internal sealed class DocumentRuleException(string code, string message) : JsonException(message)
{
    public string Code { get; } = code;
}
