using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Text;

namespace Zk.Domain.Documenten.Json;

// The scenario document's converters (ScenarioDocument reads zk-scenario/1 with the source-generated serializer).
// They throw JsonException with a message only; the serializer adds the JSON path and position, and
// WerkplanDocument.ToError turns that into one WerkplanDocumentException. The work plan document does not use them.

/// <summary>ISO dates, <c>2022-07-01</c>, nothing else.</summary>
internal sealed class LocalDateConverter : JsonConverter<LocalDate>
{
    private static readonly LocalDatePattern Pattern = LocalDatePattern.Iso;

    public override LocalDate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = Strings.Read(ref reader, "a date (yyyy-MM-dd)");
        var result = Pattern.Parse(text);
        return result.Success && text.Length == 10 && result.Value.Year >= 1
            ? result.Value
            : throw new DocumentRuleException("ZK003", $"'{text}' is not a date of the form yyyy-MM-dd in the years 0001 to 9999.");
    }

    public override void Write(Utf8JsonWriter writer, LocalDate value, JsonSerializerOptions options) =>
        writer.WriteStringValue(Pattern.Format(value));
}

/// <summary>Enum values as kebab-case names (<c>versie50</c>, <c>bestaande-middelen</c>); numbers and other spellings are refused.</summary>
internal abstract class KebabEnumConverter<T> : JsonConverter<T>
    where T : struct, Enum
{
    private static readonly (T Value, string Name, byte[] Utf8)[] Names =
        [.. Enum.GetValues<T>().Select(v =>
        {
            var name = JsonNamingPolicy.KebabCaseLower.ConvertName(v.ToString());
            return (v, name, Encoding.UTF8.GetBytes(name));
        })];

    internal static IEnumerable<string> AllNames => Names.Select(n => n.Name);

    // The value whose name is exactly these (unescaped) UTF-8 bytes: the names Read accepts.
    internal static bool TryGetValue(ReadOnlySpan<byte> utf8, out T value)
    {
        foreach (var (v, _, name) in Names)
        {
            if (utf8.SequenceEqual(name))
            {
                value = v;
                return true;
            }
        }

        value = default;
        return false;
    }

    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.String)
        {
            foreach (var (value, _, utf8) in Names)
            {
                if (reader.ValueTextEquals(utf8))
                {
                    return value;
                }
            }
        }

        var given = reader.TokenType == JsonTokenType.String ? $"'{reader.GetString()}'" : Strings.WithArticle(reader.TokenType);
        throw new JsonException($"Expected one of {string.Join(", ", Names.Select(n => '"' + n.Name + '"'))}; found {given}.");
    }

    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
    {
        foreach (var (v, _, utf8) in Names)
        {
            if (EqualityComparer<T>.Default.Equals(v, value))
            {
                writer.WriteStringValue(utf8);
                return;
            }
        }

        throw new ArgumentOutOfRangeException(nameof(value), value, $"Not a defined {typeof(T).Name} value.");
    }
}

internal sealed class StapSoortConverter : KebabEnumConverter<Verloop.StapSoort>;

/// <summary>The scenario format field: <c>zk-scenario/1</c>.</summary>
internal sealed class ScenarioFormaatConverter : JsonConverter<string>
{
    public override string Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = Strings.Read(ref reader, $"the format \"{ScenarioDocument.Formaat}\"");
        return text == ScenarioDocument.Formaat
            ? text
            : throw new JsonException($"'{text}' is not a supported scenario format; expected \"{ScenarioDocument.Formaat}\".");
    }

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(value);
}

internal static class Strings
{
    public static string Read(ref Utf8JsonReader reader, string expected) =>
        reader.TokenType == JsonTokenType.String
            ? reader.GetString()!
            : throw new JsonException($"Expected {expected}; found {WithArticle(reader.TokenType)}.");

    public static string WithArticle(JsonTokenType token) => token switch
    {
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "an array",
        JsonTokenType.Number => "a number",
        JsonTokenType.True or JsonTokenType.False => "a boolean",
        JsonTokenType.Null => "null",
        JsonTokenType.String => "a string",
        JsonTokenType.PropertyName => "a field",
        _ => "a token " + token,
    };
}
