using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Zk.Domain.Collections;

namespace Zk.Domain.Regels;

/// <summary>Findings and the rules catalogue as JSON, for tools and host applications.</summary>
public static class BevindingenJson
{
    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>
    /// The findings as one JSON array of objects with <c>code</c>, <c>severity</c> (<c>error</c>, <c>warning</c>,
    /// <c>info</c>), <c>path</c> and <c>message</c>.
    /// </summary>
    /// <param name="bevindingen">The findings.</param>
    public static string ToJson(this ValueArray<Bevinding> bevindingen) => Write(writer =>
    {
        writer.WriteStartArray();
        foreach (var b in bevindingen)
        {
            writer.WriteStartObject();
            writer.WriteString("code", b.Code);
            writer.WriteString("severity", Naam(b.Severity));
            writer.WriteString("path", b.Path);
            writer.WriteString("message", b.Message);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    });

    /// <summary>The catalogue as one JSON array of objects with <c>code</c>, <c>severity</c>, <c>description</c> (in <paramref name="taal"/>) and <c>source</c>.</summary>
    /// <param name="taal">The language of the descriptions.</param>
    public static string CatalogusToJson(Taal taal) => Write(writer =>
    {
        writer.WriteStartArray();
        foreach (var regel in Regelcatalogus.Regels)
        {
            writer.WriteStartObject();
            writer.WriteString("code", regel.Code);
            writer.WriteString("severity", Naam(regel.Severity));
            writer.WriteString("description", regel.Omschrijving(taal));
            writer.WriteString("source", regel.Bron);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    });

    /// <summary>The severity's name in the JSON and text forms: <c>error</c>, <c>warning</c> or <c>info</c>.</summary>
    /// <param name="severity">The severity.</param>
    public static string Naam(FindingSeverity severity) => severity switch
    {
        FindingSeverity.Error => "error",
        FindingSeverity.Warning => "warning",
        _ => "info",
    };

    private static string Write(Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, Options))
        {
            write(writer);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
