using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Text;
using Zk.Domain.Besturing;
using Zk.Domain.Partijen;
using Zk.Domain.Samenhang;
using Zk.Domain.Tijd;
using Zk.Domain.Werkplannen;

namespace Zk.Domain.Documenten.Json;

// Converters throw JsonException with a message only; the serializer adds the JSON path and position,
// and WerkplanDocument turns that into one WerkplanDocumentException.

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

/// <summary>Quarters, <c>2022-Q3</c>.</summary>
internal sealed class KwartaalConverter : JsonConverter<Kwartaal>
{
    public override Kwartaal Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = Strings.Read(ref reader, "a quarter (yyyy-Qn)");
        return Kwartaal.TryParse(text, out var kwartaal)
            ? kwartaal
            : throw new JsonException($"'{text}' is not a quarter of the form yyyy-Qn, such as 2022-Q3.");
    }

    public override void Write(Utf8JsonWriter writer, Kwartaal value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToString());
}

/// <summary>A planned quarter or <c>n.t.b.</c> (nog te bepalen), which is null in the model.</summary>
internal sealed class PlanningConverter : JsonConverter<Kwartaal?>
{
    internal const string NogTeBepalen = "n.t.b.";

    public override bool HandleNull => true;

    public override Kwartaal? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = Strings.Read(ref reader, "a quarter (yyyy-Qn) or \"n.t.b.\"");
        if (text == NogTeBepalen)
        {
            return null;
        }

        return Kwartaal.TryParse(text, out var kwartaal)
            ? kwartaal
            : throw new JsonException($"'{text}' is neither a quarter of the form yyyy-Qn nor \"n.t.b.\".");
    }

    public override void Write(Utf8JsonWriter writer, Kwartaal? value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value?.ToString() ?? NogTeBepalen);
}

/// <summary>The format field: <c>zk-werkplan/1</c>; another major version is refused.</summary>
internal sealed class FormaatConverter : JsonConverter<string>
{
    public override string Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = Strings.Read(ref reader, $"the format \"{WerkplanDocument.Formaat}\"");
        return text == WerkplanDocument.Formaat
            ? text
            : throw new JsonException(
                text.StartsWith(WerkplanDocument.FormaatNaam + "/", StringComparison.Ordinal)
                    ? $"Format version '{text}' is not supported; this library reads \"{WerkplanDocument.Formaat}\"."
                    : $"'{text}' is not a work plan format; expected \"{WerkplanDocument.Formaat}\".");
    }

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value);
}

/// <summary>A strength on the interaction scale, −3 to +3.</summary>
internal sealed class SterkteConverter : JsonConverter<int?>
{
    public override int? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.Number || !reader.TryGetInt32(out var value) || value is < -3 or > 3)
        {
            throw new JsonException("Expected a whole number from -3 to 3 (the interaction scale).");
        }

        return value;
    }

    public override void Write(Utf8JsonWriter writer, int? value, JsonSerializerOptions options)
    {
        if (value is { } v)
        {
            writer.WriteNumberValue(v);
        }
        else
        {
            writer.WriteNullValue();
        }
    }
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

/// <summary>A project organisation: <c>"alle-deelnemers"</c> or an array of party ids.</summary>
internal sealed class ProjectorganisatieConverter : JsonConverter<ProjectorganisatieDto>
{
    internal const string AlleDeelnemers = "alle-deelnemers";

    private const string Expected = "\"" + AlleDeelnemers + "\" or an array of party ids";

    public override ProjectorganisatieDto Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.String)
        {
            return reader.ValueTextEquals(AlleDeelnemers)
                ? new ProjectorganisatieDto { AlleDeelnemers = true }
                : throw new JsonException($"Expected {Expected}; found '{reader.GetString()}'.");
        }

        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw new JsonException($"Expected {Expected}; found {Strings.WithArticle(reader.TokenType)}.");
        }

        var partijen = new List<string>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            partijen.Add(reader.TokenType switch
            {
                JsonTokenType.String => reader.GetString()!,
                JsonTokenType.Null => null!,
                _ => throw new ElementException(partijen.Count, $"Expected a string; found {Strings.WithArticle(reader.TokenType)}."),
            });
        }

        return new ProjectorganisatieDto { Partijen = partijen };
    }

    public override void Write(Utf8JsonWriter writer, ProjectorganisatieDto value, JsonSerializerOptions options)
    {
        if (value.AlleDeelnemers)
        {
            writer.WriteStringValue(AlleDeelnemers);
            return;
        }

        writer.WriteStartArray();
        foreach (var partij in value.Partijen)
        {
            writer.WriteStringValue(partij);
        }

        writer.WriteEndArray();
    }
}

/// <summary>An error at one element of an array a converter reads whole; the loader adds the index to the path.</summary>
internal sealed class ElementException(int index, string message) : JsonException(message)
{
    public int Index { get; } = index;
}

internal sealed class FaseConverter : KebabEnumConverter<Fase>;

internal sealed class StapSoortConverter : KebabEnumConverter<Verloop.StapSoort>;

/// <summary>The scenario format field: <c>zk-scenario/1</c>.</summary>
internal sealed class ScenarioFormaatConverter : JsonConverter<string>
{
    public override string Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = Strings.Read(ref reader, $"the format \"{Verloop.ScenarioDocument.Formaat}\"");
        return text == Verloop.ScenarioDocument.Formaat
            ? text
            : throw new JsonException($"'{text}' is not a supported scenario format; expected \"{Verloop.ScenarioDocument.Formaat}\".");
    }

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(value);
}

internal sealed class TermijnConverter : KebabEnumConverter<Termijn>;

internal sealed class FinancieringsStatusConverter : KebabEnumConverter<FinancieringsStatus>;

internal sealed class PartijSoortConverter : KebabEnumConverter<PartijSoort>;

internal sealed class ElementSoortConverter : KebabEnumConverter<ElementSoort>;

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
