using System.Runtime.InteropServices;
using System.Text.Json;
using System.Text.Json.Serialization;
using Zk.Domain.Werkplannen;

namespace Zk.Domain.Documenten.Web;

/// <summary>
/// System.Text.Json support for <see cref="Werkplan"/>: a plan is read and written as its <c>zk-werkplan</c> document,
/// by the document format's one reader and writer (<see cref="WerkplanDocument"/>), never by reflection over the model.
/// Add it with <see cref="ZkDomainJson.AddZkDomain"/>.
/// </summary>
/// <remarks>
/// <para>Reading takes the JSON value the reader stands on (the plan's object, with whatever it holds) as its UTF-8 bytes
/// and hands them to <see cref="WerkplanDocument.TryLoad"/>: exactly as strict as <c>Load</c> (unknown and duplicate
/// fields, comments and another format version are refused even where the serializer's options would allow them). A
/// value that is not a readable document gives a <see cref="JsonException"/> whose message is the
/// <see cref="DocumentError"/>'s line (<c>&lt;document&gt;: $.acties[2].termijn (line 41, column 19): …</c>) and whose
/// <see cref="Exception.InnerException"/> is the <see cref="WerkplanDocumentException"/> with that error. Its JSON path,
/// line and column count from the plan's own first byte: the same as the request body's when the plan is the body.
/// Text that is not JSON at all is refused by the serializer before this converter runs, with the serializer's own
/// <see cref="JsonException"/>; a host that wants the document error for it too reads the body with
/// <see cref="WerkplanDocument.TryLoadAsync"/> (see <c>docs/web-hosts.md</c>).</para>
/// <para>Writing writes the bytes of <see cref="WerkplanDocument.Save(Werkplan)"/> as they are (indented, line feeds),
/// whatever the writer's options: serializing a plan on its own gives exactly the document's bytes. A plan that
/// <c>Save</c> refuses gives its <see cref="ArgumentException"/>.</para>
/// <para>Stateless and thread-safe; trimming and native AOT safe.</para>
/// </remarks>
public sealed class WerkplanJsonConverter : JsonConverter<Werkplan>
{
    /// <summary>Reads the plan the reader stands on.</summary>
    /// <param name="reader">The reader, on the first token of the plan's value.</param>
    /// <param name="typeToConvert">The type asked for, <see cref="Werkplan"/>.</param>
    /// <param name="options">The serializer's options (not used: the document format decides).</param>
    /// <returns>The plan.</returns>
    /// <exception cref="JsonException">The value is not a readable work plan document; the inner exception is the
    /// <see cref="WerkplanDocumentException"/>.</exception>
    public override Werkplan Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        using var waarde = JsonDocument.ParseValue(ref reader);
        return WerkplanDocument.TryLoad(JsonMarshal.GetRawUtf8Value(waarde.RootElement), out var plan, out var error)
            ? plan
            : throw ZkDomainJson.Fout(error);
    }

    /// <summary>Writes the plan as its document.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The plan.</param>
    /// <param name="options">The serializer's options (not used: the document format decides).</param>
    /// <exception cref="ArgumentException">The plan holds a value the loader would refuse (see <see cref="WerkplanDocument.Save(Werkplan)"/>).</exception>
    public override void Write(Utf8JsonWriter writer, Werkplan value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteRawValue(WerkplanDocument.Save(value), skipInputValidation: true);
    }
}
