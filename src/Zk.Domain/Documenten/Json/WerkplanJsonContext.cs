using System.Text.Json.Serialization;

namespace Zk.Domain.Documenten.Json;

/// <summary>
/// Source-generated serialization of the scenario document (no reflection: safe under trimming and native AOT).
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
        typeof(StapSoortConverter),
    ])]
[JsonSerializable(typeof(ScenarioDto))]
internal sealed partial class WerkplanJsonContext : JsonSerializerContext
{
}
