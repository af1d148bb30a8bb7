using System.Runtime.InteropServices;
using System.Text.Json;
using System.Text.Json.Serialization;
using Zk.Domain.Besturing;

namespace Zk.Domain.Documenten.Web;

/// <summary>
/// System.Text.Json support for <see cref="Vergaderkalender"/>: a calendar is read and written as its
/// <c>zk-kalender/1</c> document, by <see cref="KalenderDocument"/>'s reader and writer. Add it with
/// <see cref="ZkDomainJson.AddZkDomain"/>.
/// </summary>
/// <remarks>As <see cref="WerkplanJsonConverter"/>: reading is as strict as <see cref="KalenderDocument.Load"/>, and an
/// unreadable calendar gives a <see cref="JsonException"/> with the <see cref="DocumentError"/>'s line as its message and
/// the <see cref="WerkplanDocumentException"/> as its inner exception; writing writes the bytes of
/// <see cref="KalenderDocument.Save"/>. Stateless and thread-safe; trimming and native AOT safe.</remarks>
public sealed class KalenderJsonConverter : JsonConverter<Vergaderkalender>
{
    /// <summary>Reads the calendar the reader stands on.</summary>
    /// <param name="reader">The reader, on the first token of the calendar's value.</param>
    /// <param name="typeToConvert">The type asked for, <see cref="Vergaderkalender"/>.</param>
    /// <param name="options">The serializer's options (not used: the document format decides).</param>
    /// <returns>The calendar.</returns>
    /// <exception cref="JsonException">The value is not a readable calendar document; the inner exception is the
    /// <see cref="WerkplanDocumentException"/>.</exception>
    public override Vergaderkalender Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        using var waarde = JsonDocument.ParseValue(ref reader);
        try
        {
            return KalenderDocument.Load(JsonMarshal.GetRawUtf8Value(waarde.RootElement));
        }
        catch (WerkplanDocumentException e)
        {
            throw ZkDomainJson.Fout(e.Error);
        }
    }

    /// <summary>Writes the calendar as its document.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The calendar.</param>
    /// <param name="options">The serializer's options (not used: the document format decides).</param>
    /// <exception cref="ArgumentException">The calendar holds a value the loader would refuse (see <see cref="KalenderDocument.Save"/>).</exception>
    public override void Write(Utf8JsonWriter writer, Vergaderkalender value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteRawValue(KalenderDocument.Save(value), skipInputValidation: true);
    }
}
