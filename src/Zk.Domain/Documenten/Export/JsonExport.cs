using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Zk.Domain.Collections;

namespace Zk.Domain.Documenten.Export;

/// <summary>
/// What the JSON exports share: one set of writer options (indented, non-ASCII letters as they are) and one way to
/// write a JSON text to a string.
/// </summary>
/// <remarks>Pure and thread-safe.</remarks>
internal static class JsonExport
{
    /// <summary>
    /// Indented, with line feeds on every platform (the same bytes everywhere); letters such as <c>ë</c> and <c>—</c> are
    /// written as they are, not as <c>\u</c> escapes.
    /// </summary>
    public static readonly JsonWriterOptions Options = new() { Indented = true, NewLine = "\n", Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The JSON text <paramref name="write"/> writes, as a string (without a final line break).</summary>
    public static string Write(Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, Options))
        {
            write(writer);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>A property holding an array of strings.</summary>
    public static void WriteStrings(Utf8JsonWriter writer, string name, ValueArray<string> values)
    {
        writer.WriteStartArray(name);
        foreach (var value in values)
        {
            writer.WriteStringValue(value);
        }

        writer.WriteEndArray();
    }
}
