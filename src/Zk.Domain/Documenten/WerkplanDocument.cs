using System.Diagnostics.CodeAnalysis;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Zk.Domain.Documenten.Json;
using Zk.Domain.Werkplannen;

namespace Zk.Domain.Documenten;

/// <summary>
/// Reads and writes the work plan document: one JSON document per plan, format <c>zk-werkplan/1</c>,
/// described by <c>docs/werkplan.schema.json</c>.
/// </summary>
/// <remarks>
/// <para>Reading is strict: unknown fields, duplicate fields, missing required fields, wrong types, another
/// format version, dates that are not ISO dates (<c>2022-07-01</c>) and quarters that are not
/// <c>yyyy-Qn</c> are refused. Whatever the input bytes, the loader returns a plan or throws
/// <see cref="WerkplanDocumentException"/> (or, with <c>TryLoad</c>, returns a <see cref="DocumentError"/>),
/// never another exception.</para>
/// <para>Writing and reading round-trip: <c>Load(Save(plan)) == plan</c> for every plan. Output is
/// deterministic and culture-independent. All members are thread-safe.</para>
/// </remarks>
public static partial class WerkplanDocument
{
    /// <summary>The name of the format, without version.</summary>
    public const string FormaatNaam = "zk-werkplan";

    /// <summary>The major version of the format this library reads and writes.</summary>
    public const int FormaatVersie = 1;

    /// <summary>The value of the document's <c>formaat</c> field: <c>zk-werkplan/1</c>.</summary>
    public const string Formaat = "zk-werkplan/1";

    private const string DefaultSource = "<document>";

    internal static ReadOnlySpan<byte> Utf8Bom => [0xEF, 0xBB, 0xBF];

    /// <summary>Reads a plan from UTF-8 JSON.</summary>
    /// <param name="utf8Json">The document.</param>
    /// <param name="source">A name for the source used in errors, e.g. the file name.</param>
    /// <exception cref="WerkplanDocumentException">The bytes are not a readable work plan document.</exception>
    public static Werkplan Load(ReadOnlySpan<byte> utf8Json, string? source = null) =>
        TryLoad(utf8Json, out var plan, out var error, source) ? plan : throw new WerkplanDocumentException(error);

    /// <summary>Reads a plan from a stream of UTF-8 JSON (read to its end).</summary>
    /// <param name="stream">The stream.</param>
    /// <param name="source">A name for the source used in errors, e.g. the file name.</param>
    /// <exception cref="WerkplanDocumentException">The stream cannot be read or is not a readable work plan document.</exception>
    public static Werkplan Load(Stream stream, string? source = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        byte[] bytes;
        try
        {
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            bytes = buffer.ToArray();
        }
        catch (IOException e)
        {
            throw new WerkplanDocumentException(new DocumentError(source ?? DefaultSource, "$", null, null, "Cannot read the stream: " + e.Message), e);
        }

        return Load(bytes, source);
    }

    /// <summary>Reads a plan from a JSON file.</summary>
    /// <param name="path">The file's path; errors name it as given.</param>
    /// <exception cref="WerkplanDocumentException">The file is missing, cannot be read, or is not a readable work plan document.</exception>
    public static Werkplan LoadFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var bytes = ReadFile(path);
        return Load(bytes, path);
    }

    // The file's bytes, or the one documented exception naming the file.
    internal static byte[] ReadFile(string path)
    {
        try
        {
            return File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            var reason = e is FileNotFoundException or DirectoryNotFoundException ? "The file does not exist." : "Cannot read the file: " + e.Message;
            throw new WerkplanDocumentException(new DocumentError(path, "$", null, null, reason), e);
        }
    }

    /// <summary>Reads a plan from JSON text.</summary>
    /// <param name="json">The document as text.</param>
    /// <param name="source">A name for the source used in errors.</param>
    /// <exception cref="WerkplanDocumentException">The text is not a readable work plan document.</exception>
    public static Werkplan Parse(string json, string? source = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        return Load(Encoding.UTF8.GetBytes(json), source);
    }

    /// <summary>Tries to read a plan from UTF-8 JSON.</summary>
    /// <param name="utf8Json">The document.</param>
    /// <param name="plan">The plan, when the document is readable.</param>
    /// <param name="error">Where and why reading failed, when it did.</param>
    /// <param name="source">A name for the source used in errors, e.g. the file name.</param>
    /// <returns>Whether the document was read.</returns>
    public static bool TryLoad(
        ReadOnlySpan<byte> utf8Json,
        [NotNullWhen(true)] out Werkplan? plan,
        [NotNullWhen(false)] out DocumentError? error,
        string? source = null)
    {
        utf8Json = WithoutBom(utf8Json);

        // The fast path reads well-formed documents straight into the model; on anything else the DTO path
        // decides, and reports the precise error.
        if (WerkplanReader.TryRead(utf8Json, out plan))
        {
            error = null;
            return true;
        }

        return TryLoadViaDtos(utf8Json, out plan, out error, source);
    }

    // The document without one leading UTF-8 byte order mark.
    internal static ReadOnlySpan<byte> WithoutBom(ReadOnlySpan<byte> utf8Json) =>
        utf8Json.StartsWith(Utf8Bom) ? utf8Json[Utf8Bom.Length..] : utf8Json;

    // The loader without the fast path: source-generated DTOs, checked and mapped to the model. The bytes have
    // no byte order mark (see WithoutBom). TryLoad gives the same result on every input.
    internal static bool TryLoadViaDtos(
        ReadOnlySpan<byte> utf8Json,
        [NotNullWhen(true)] out Werkplan? plan,
        [NotNullWhen(false)] out DocumentError? error,
        string? source = null)
    {
        source ??= DefaultSource;
        plan = null;
        WerkplanDto? dto;
        try
        {
            dto = JsonSerializer.Deserialize(utf8Json, WerkplanJsonContext.Default.WerkplanDto);
        }
        catch (JsonException e)
        {
            error = ToError(e, utf8Json, source, WerkplanJsonContext.Default.WerkplanDto);
            return false;
        }
        catch (InvalidOperationException e)
        {
            // The reader refuses text it cannot transcode (invalid UTF-8 inside a string).
            error = new DocumentError(source, "$", null, null, "The document is not valid UTF-8 text: " + e.Message);
            return false;
        }

        if (dto is null)
        {
            error = new DocumentError(source, "$", 1, 1, "The document is null; expected an object.");
            return false;
        }

        if (NullElements.Find(dto) is { } nullPath)
        {
            error = At(utf8Json, source, nullPath, "A value is required here; null is not allowed.", null, null);
            return false;
        }

        plan = DtoMapping.ToModel(dto);
        error = null;
        return true;
    }

    /// <summary>Writes the plan as an indented UTF-8 JSON document.</summary>
    /// <param name="plan">The plan.</param>
    public static byte[] Save(Werkplan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return JsonSerializer.SerializeToUtf8Bytes(DtoMapping.ToDto(plan), WerkplanJsonContext.Writing.WerkplanDto);
    }

    /// <summary>Writes the plan as an indented UTF-8 JSON document to <paramref name="stream"/>.</summary>
    /// <param name="plan">The plan.</param>
    /// <param name="stream">Where to write.</param>
    public static void Save(Werkplan plan, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(stream);
        JsonSerializer.Serialize(stream, DtoMapping.ToDto(plan), WerkplanJsonContext.Writing.WerkplanDto);
    }

    /// <summary>Writes the plan as indented JSON text.</summary>
    /// <param name="plan">The plan.</param>
    public static string SaveToString(Werkplan plan) => Encoding.UTF8.GetString(Save(plan));

    internal static DocumentError ToError(JsonException e, ReadOnlySpan<byte> utf8Json, string source, System.Text.Json.Serialization.Metadata.JsonTypeInfo root)
    {
        var path = e.Path ?? "$";
        if (e is ElementException element)
        {
            path += string.Create(System.Globalization.CultureInfo.InvariantCulture, $"[{element.Index}]");
        }
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
