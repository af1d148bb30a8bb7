using System.Diagnostics.CodeAnalysis;
using System.Text;
using Zk.Domain.Documenten.Json;
using Zk.Domain.Werkplannen;

namespace Zk.Domain.Documenten;

/// <summary>
/// Reads and writes the work plan document: one JSON document per plan, format <c>zk-werkplan/1</c>,
/// described by <c>docs/werkplan.schema.json</c>.
/// </summary>
/// <remarks>
/// <para>Reading is strict: unknown fields, duplicate fields, missing required fields, nulls where none are allowed
/// (list elements included), wrong types, another format version, dates that are not ISO dates (<c>2022-07-01</c>),
/// quarters that are not <c>yyyy-Qn</c>, comments and trailing commas are refused. Whatever the input bytes, the
/// loader returns a plan or throws <see cref="WerkplanDocumentException"/> (or, with <c>TryLoad</c>, returns a
/// <see cref="DocumentError"/>, in English and Dutch) for the first error in document order, never another exception.</para>
/// <para>The fields, their order and their kinds have one description (<c>Documenten/Json/WerkplanFormaat.cs</c>), which
/// the reader, the writer and the schema follow.</para>
/// <para>Writing and reading round-trip: <c>Load(Save(plan)) == plan</c> for every plan Save accepts, and Save refuses
/// (with <see cref="ArgumentException"/>) every plan whose document Load would refuse. Output is deterministic,
/// culture- and platform-independent (line feeds). All members are thread-safe.</para>
/// </remarks>
public static partial class WerkplanDocument
{
    /// <summary>The name of the format, without version.</summary>
    public const string FormaatNaam = "zk-werkplan";

    /// <summary>The major version of the format this library writes (it reads this one and version 1).</summary>
    public const int FormaatVersie = 2;

    /// <summary>The value of the <c>formaat</c> field of the documents Save writes: <c>zk-werkplan/2</c> (with the governance profile).</summary>
    public const string Formaat = "zk-werkplan/2";

    /// <summary>
    /// The value of the <c>formaat</c> field of a version 1 document, <c>zk-werkplan/1</c>: still read, with
    /// Zuid-Kennemerland's governance profile, to the same plan as before.
    /// </summary>
    public const string Formaat1 = "zk-werkplan/1";

    private const string DefaultSource = "<document>";

    internal static ReadOnlySpan<byte> Utf8Bom => [0xEF, 0xBB, 0xBF];

    /// <summary>Reads a plan from UTF-8 JSON.</summary>
    /// <param name="utf8Json">The document.</param>
    /// <param name="source">A name for the source used in errors, e.g. the file name.</param>
    /// <exception cref="WerkplanDocumentException">The bytes are not a readable work plan document.</exception>
    public static Werkplan Load(ReadOnlySpan<byte> utf8Json, string? source = null) =>
        TryLoad(utf8Json, out var plan, out var error, source) ? plan : throw new WerkplanDocumentException(error);

    /// <summary>Reads a plan from a stream of UTF-8 JSON (read to its end with synchronous reads), of at most <see cref="MaxFileSize"/> bytes.</summary>
    /// <param name="stream">The stream, read from its current position; any stream (seekable or not). It is not closed.</param>
    /// <param name="source">A name for the source used in errors, e.g. the file name.</param>
    /// <remarks>A stream that refuses synchronous reads (such as ASP.NET Core's request body) gives the
    /// <see cref="WerkplanDocumentException"/> of an unreadable stream: use <see cref="LoadAsync"/> for it.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    /// <exception cref="WerkplanDocumentException">The stream cannot be read (whatever it throws: the exception is the inner
    /// one), holds more than <see cref="MaxFileSize"/> bytes, or is not a readable work plan document.</exception>
    public static Werkplan Load(Stream stream, string? source = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var bytes = Stromen.Lees(stream, source ?? DefaultSource);
        return Load(bytes.AsSpan(), source);
    }

    /// <summary>Reads a plan from a stream of UTF-8 JSON (read to its end with asynchronous reads only), of at most
    /// <see cref="MaxFileSize"/> bytes.</summary>
    /// <param name="stream">The stream, read from its current position; any stream (seekable or not, one that refuses
    /// synchronous reads). It is not closed.</param>
    /// <param name="source">A name for the source used in errors, e.g. the file name.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The plan.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null (thrown at the call, not by the task).</exception>
    /// <exception cref="WerkplanDocumentException">The stream cannot be read (whatever it throws: the exception is the inner
    /// one), holds more than <see cref="MaxFileSize"/> bytes, or is not a readable work plan document.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled (the one exception
    /// besides the documented ones; a stream's own cancellation without the token is an unreadable stream).</exception>
    public static Task<Werkplan> LoadAsync(Stream stream, string? source = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        return Core(stream, source, cancellationToken);

        static async Task<Werkplan> Core(Stream stream, string? source, CancellationToken cancellationToken)
        {
            var bytes = await Stromen.LeesAsync(stream, source ?? DefaultSource, cancellationToken).ConfigureAwait(false);
            return Load(bytes.AsSpan(), source);
        }
    }

    /// <summary>Tries to read a plan from a stream of UTF-8 JSON, as <see cref="LoadAsync"/> but with the error as a value.</summary>
    /// <param name="stream">The stream, read from its current position; any stream. It is not closed.</param>
    /// <param name="source">A name for the source used in errors, e.g. the file name.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The plan, or where and why reading failed (an unreadable stream, one of more than <see cref="MaxFileSize"/>
    /// bytes, the first error in document order).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null (thrown at the call, not by the task).</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static Task<DocumentLoadResult<Werkplan>> TryLoadAsync(Stream stream, string? source = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        return Core(stream, source, cancellationToken);

        static async Task<DocumentLoadResult<Werkplan>> Core(Stream stream, string? source, CancellationToken cancellationToken)
        {
            ArraySegment<byte> bytes;
            try
            {
                bytes = await Stromen.LeesAsync(stream, source ?? DefaultSource, cancellationToken).ConfigureAwait(false);
            }
            catch (WerkplanDocumentException e)
            {
                return DocumentLoadResult<Werkplan>.ForError(e.Error);
            }

            return TryLoad(bytes.AsSpan(), out var plan, out var error, source)
                ? DocumentLoadResult<Werkplan>.ForValue(plan)
                : DocumentLoadResult<Werkplan>.ForError(error);
        }
    }

    /// <summary>Reads a plan from a JSON file.</summary>
    /// <param name="path">The file's path; errors name it as given.</param>
    /// <exception cref="WerkplanDocumentException">The file is missing, cannot be read, is not a regular file, is larger than
    /// <see cref="MaxFileSize"/>, or is not a readable work plan document.</exception>
    public static Werkplan LoadFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var bytes = ReadFile(path);
        return Load(bytes, path);
    }

    /// <summary>The largest document <c>LoadFile</c>, <c>Load(Stream)</c> and <c>LoadAsync</c> read (plan, scenario,
    /// calendar): 256 MiB. A larger file or stream, and a path that is not a regular file (a directory, a FIFO, a device),
    /// is refused with <see cref="WerkplanDocumentException"/>.</summary>
    /// <remarks>A synthetic plan of 100,000 actions (<c>SyntheticPlan.Generate(100_000)</c>, saved) takes 219 MiB, so
    /// every console command reads it, with 37 MiB to spare; the console's <c>validate</c> of it peaks at about 570 MB
    /// resident (docs/performance.md).</remarks>
    public const long MaxFileSize = 256L * 1024 * 1024;

    /// <summary>The longest string value (or field name) a document (plan, scenario, calendar) may hold: 65,536 UTF-16
    /// characters (64 Ki). A longer one is refused with <see cref="WerkplanDocumentException"/> naming its path and line.</summary>
    public const int MaxStringLength = 64 * 1024;

    /// <summary>The most elements a list of a document (plan, scenario, calendar) may hold: 1,000,000 (four times the
    /// links of the largest benchmark plan). A longer list is refused with <see cref="WerkplanDocumentException"/> naming
    /// the path of its first element beyond the limit.</summary>
    public const int MaxListLength = 1_000_000;

    // The file's bytes, or the one documented exception naming the file (Invoerbestand: regular files up to MaxFileSize).
    internal static byte[] ReadFile(string path) => Invoerbestand.Lees(path);

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
    /// <param name="error">Where and why reading failed, when it did: the first error in document order.</param>
    /// <param name="source">A name for the source used in errors, e.g. the file name.</param>
    /// <returns>Whether the document was read.</returns>
    public static bool TryLoad(
        ReadOnlySpan<byte> utf8Json,
        [NotNullWhen(true)] out Werkplan? plan,
        [NotNullWhen(false)] out DocumentError? error,
        string? source = null) =>
        WerkplanReader.TryRead(WithoutBom(utf8Json), source ?? DefaultSource, out plan, out error);

    // The document without one leading UTF-8 byte order mark.
    internal static ReadOnlySpan<byte> WithoutBom(ReadOnlySpan<byte> utf8Json) =>
        utf8Json.StartsWith(Utf8Bom) ? utf8Json[Utf8Bom.Length..] : utf8Json;

    /// <summary>Writes the plan as an indented UTF-8 JSON document.</summary>
    /// <param name="plan">The plan.</param>
    /// <exception cref="ArgumentException">The plan holds a value <see cref="Load(ReadOnlySpan{byte}, string?)"/> would refuse (a null
    /// where a value is required, an undefined enum value, a date outside the years 1 to 9999 or not in the ISO calendar,
    /// a strength outside −3 to 3, text with an unpaired surrogate); the message names its JSON path.</exception>
    public static byte[] Save(Werkplan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return WerkplanWriter.Write(plan);
    }

    /// <summary>Writes the plan as an indented UTF-8 JSON document to <paramref name="stream"/>.</summary>
    /// <param name="plan">The plan.</param>
    /// <param name="stream">Where to write.</param>
    /// <exception cref="ArgumentException">The plan holds a value the loader would refuse (see <see cref="Save(Werkplan)"/>);
    /// nothing is written.</exception>
    public static void Save(Werkplan plan, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(stream);
        stream.Write(WerkplanWriter.Write(plan));
    }

    /// <summary>Writes the plan as indented JSON text.</summary>
    /// <param name="plan">The plan.</param>
    /// <exception cref="ArgumentException">The plan holds a value the loader would refuse (see <see cref="Save(Werkplan)"/>).</exception>
    public static string SaveToString(Werkplan plan) => Encoding.UTF8.GetString(Save(plan));
}
