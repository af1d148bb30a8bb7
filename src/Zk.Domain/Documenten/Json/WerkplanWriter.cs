using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using Zk.Domain.Werkplannen;

namespace Zk.Domain.Documenten.Json;

/// <summary>The saver: <see cref="WerkplanFormaat"/> written with one <see cref="Utf8JsonWriter"/>, in canonical form.</summary>
/// <remarks>
/// Canonical form: fields in the description's order, indented with two spaces, line feeds, absent optional values
/// left out, lists and booleans always written; Dutch text as itself (é, ’), not as \u escapes. The document is data,
/// never embedded in HTML, so the relaxed encoder is safe here.
/// </remarks>
internal static class WerkplanWriter
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        IndentSize = 2,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The plan as a document.</summary>
    /// <exception cref="ArgumentException">The plan holds a value the loader would refuse; the message names its JSON path.</exception>
    public static byte[] Write(Werkplan plan)
    {
        var buffer = new ArrayBufferWriter<byte>(64 * 1024);
        Write(plan, buffer);
        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>Writes the plan to <paramref name="output"/>.</summary>
    /// <exception cref="ArgumentException">The plan holds a value the loader would refuse; nothing usable is written.</exception>
    public static void Write(Werkplan plan, IBufferWriter<byte> output)
    {
        using var w = new Utf8JsonWriter(output, Options);
        try
        {
            WerkplanFormaat.Werkplan.Write(w, plan);
        }
        catch (Weigering e)
        {
            throw new ArgumentException($"The plan cannot be saved, the loader would refuse it: {e.Pad}: {e.Message}", nameof(plan), e);
        }
    }
}
