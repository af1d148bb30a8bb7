using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Zk.Domain.Documenten.Json;

/// <summary>
/// Source-generated serialization of the document (no reflection: safe under trimming and native AOT).
/// Strict: unknown fields, duplicate fields, missing required fields and nulls where none are allowed are errors.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    AllowDuplicateProperties = false,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true,
    NumberHandling = JsonNumberHandling.Strict,
    WriteIndented = true,
    IndentSize = 2,
    Converters =
    [
        typeof(LocalDateConverter),
        typeof(KwartaalConverter),
        typeof(FaseConverter),
        typeof(TermijnConverter),
        typeof(FinancieringsStatusConverter),
        typeof(PartijSoortConverter),
        typeof(ElementSoortConverter),
        typeof(StapSoortConverter),
    ])]
[JsonSerializable(typeof(WerkplanDto))]
[JsonSerializable(typeof(ScenarioDto))]
internal sealed partial class WerkplanJsonContext : JsonSerializerContext
{
    /// <summary>
    /// The context for writing: Dutch text stays readable (é, ë, ’, ' are written as themselves, not as
    /// \u escapes). The document is data, never embedded in HTML, so the relaxed encoder is safe here.
    /// </summary>
    public static WerkplanJsonContext Writing => LazyWriting.Value;

    // Lazy: the order in which the partial class's static initializers run is not defined.
    private static readonly Lazy<WerkplanJsonContext> LazyWriting = new(() => new(new JsonSerializerOptions(Default!.Options)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    }));
}
