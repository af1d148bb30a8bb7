using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Text;
using Zk.Domain.Partijen;
using Zk.Domain.Tijd;
using Zk.Domain.Werkplannen;
using Zk.Domain.Wisselwerkingen;

namespace Zk.Domain.Benchmarks;

// The "DTO deserialisation" baseline of DocumentBenchmarks: what a user would write without the library's reader,
// one source-generated class per JSON object of zk-werkplan/1. Benchmark-only code: the library reads the format
// from its one description (WerkplanFormaat) and has no DTOs. Strict as the serializer allows (unknown and duplicate
// fields, missing required fields), without mapping to the model.

internal sealed class WerkplanDto
{
    [JsonPropertyName("$schema")]
    public string? Schema { get; set; }

    public required string Formaat { get; set; }

    public required string Id { get; set; }

    public required string Titel { get; set; }

    public required string Regio { get; set; }

    public string? Agenda { get; set; }

    public required LooptijdDto Looptijd { get; set; }

    public ConvenantDto? Convenant { get; set; }

    public int? Capaciteit { get; set; }

    public required List<string> Deelnemers { get; set; }

    public required List<PartijDto> Partijen { get; set; }

    public List<UitgangspuntDto> Uitgangspunten { get; set; } = [];

    public required List<HoofdopgaveDto> Hoofdopgaven { get; set; }

    public required List<ActieDto> Acties { get; set; }

    public List<WisselwerkingDto> Koppelkansen { get; set; } = [];

    public List<WisselwerkingDto> Vraagstukken { get; set; } = [];

    public List<RadenbijeenkomstDto> Radenbijeenkomsten { get; set; } = [];

    public List<RaadsmomentDto> Totstandkoming { get; set; } = [];

    // The parts added to the format later are kept as parsed JSON: the baseline measures the serializer, not a mapping.
    public List<JsonElement> Voorbehouden { get; set; } = [];

    public List<JsonElement> Akkoorden { get; set; } = [];

    public List<JsonElement> OverigeProjecten { get; set; } = [];
}

internal sealed class LooptijdDto
{
    public required LocalDate Begin { get; set; }

    public required LocalDate Einde { get; set; }
}

internal sealed class ConvenantDto
{
    public required string Naam { get; set; }

    public required LocalDate Ondertekend { get; set; }

    public string? Toelichting { get; set; }
}

internal sealed class PartijDto
{
    public required string Id { get; set; }

    public required string Naam { get; set; }

    public required PartijSoort Soort { get; set; }

    public string? Tooi { get; set; }
}

internal sealed class UitgangspuntDto
{
    public required string Id { get; set; }

    public required string Titel { get; set; }

    public string? Toelichting { get; set; }
}

internal sealed class HoofdopgaveDto
{
    public required string Id { get; set; }

    public required string Naam { get; set; }

    public string? Titel { get; set; }

    public int? Hoofdstuk { get; set; }
}

internal sealed class ActieDto
{
    public required string Id { get; set; }

    public required int Nummer { get; set; }

    public required string Titel { get; set; }

    public required string Hoofdopgave { get; set; }

    public string? Aanleiding { get; set; }

    public string? Inhoud { get; set; }

    public required Termijn Termijn { get; set; }

    public string? TermijnAfleiding { get; set; }

    public bool AlLopend { get; set; }

    public required TrekkerschapDto Trekkerschap { get; set; }

    // "alle-deelnemers" or a list of party ids: kept as parsed JSON.
    public JsonElement Projectorganisatie { get; set; }

    public List<DeelactieDto> Deelacties { get; set; } = [];

    public List<ResultaatDto> Resultaten { get; set; } = [];

    public List<DoelDto> Doelen { get; set; } = [];

    public required FinancieringDto Financiering { get; set; }

    public List<RaadsmomentDto> Raadsmomenten { get; set; } = [];

    public List<JsonElement> Voorwaarden { get; set; } = [];
}

internal sealed class TrekkerschapDto
{
    public List<string> Bestuurlijk { get; set; } = [];

    public List<string> Ambtelijk { get; set; } = [];

    public string? Regie { get; set; }

    public List<string> Partners { get; set; } = [];

    public string? Toelichting { get; set; }
}

internal sealed class DeelactieDto
{
    public required string Id { get; set; }

    public required string Titel { get; set; }

    public string? Omschrijving { get; set; }

    public TrekkerschapDto? Trekkerschap { get; set; }

    public List<string> Betrokkenen { get; set; } = [];
}

internal sealed class ResultaatDto
{
    public required string Id { get; set; }

    public required string Omschrijving { get; set; }

    public string? Deelactie { get; set; }

    public Kwartaal? Gereed { get; set; }

    public int? GereedJaar { get; set; }

    public string? Kader { get; set; }
}

internal sealed class DoelDto
{
    public required string Id { get; set; }

    public required string Omschrijving { get; set; }

    public required decimal Waarde { get; set; }

    public required string Eenheid { get; set; }

    public bool Minimaal { get; set; }

    public int? VanafJaar { get; set; }

    public int? TotEnMetJaar { get; set; }

    public string? Kader { get; set; }
}

internal sealed class FinancieringDto
{
    public required FinancieringsStatus Status { get; set; }

    public List<string> Financiers { get; set; } = [];

    public bool ClaimOpMiddelen { get; set; }

    public string? Toelichting { get; set; }
}

internal sealed class RaadsmomentDto
{
    public required string Fase { get; set; }

    // A quarter or "n.t.b.".
    public required string Kwartaal { get; set; }

    public string? Radenbijeenkomst { get; set; }

    public List<BronvermeldingDto> Bronnen { get; set; } = [];

    public string? Toelichting { get; set; }

    public JsonElement? Afgeleid { get; set; }
}

internal sealed class BronvermeldingDto
{
    public required string Bron { get; set; }

    public Kwartaal? Kwartaal { get; set; }

    public string? Citaat { get; set; }
}

internal sealed class RadenbijeenkomstDto
{
    public required string Id { get; set; }

    public required LocalDate Datum { get; set; }

    public int? Capaciteit { get; set; }

    public string? Toelichting { get; set; }
}

internal sealed class WisselwerkingDto
{
    public required string Id { get; set; }

    public required string Titel { get; set; }

    public string? Omschrijving { get; set; }

    public required VerwijzingDto Van { get; set; }

    public required VerwijzingDto Naar { get; set; }

    public int? Sterkte { get; set; }
}

internal sealed class VerwijzingDto
{
    public required ElementSoort Soort { get; set; }

    public required string Id { get; set; }
}

internal sealed class IsoDateConverter : JsonConverter<LocalDate>
{
    public override LocalDate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        LocalDatePattern.Iso.Parse(reader.GetString()!).GetValueOrThrow();

    public override void Write(Utf8JsonWriter writer, LocalDate value, JsonSerializerOptions options) =>
        writer.WriteStringValue(LocalDatePattern.Iso.Format(value));
}

internal sealed class QuarterConverter : JsonConverter<Kwartaal>
{
    public override Kwartaal Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => Kwartaal.Parse(reader.GetString()!);

    public override void Write(Utf8JsonWriter writer, Kwartaal value, JsonSerializerOptions options) => writer.WriteStringValue(value.ToString());
}

internal sealed class KebabEnumConverter<T>() : JsonStringEnumConverter<T>(JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false)
    where T : struct, Enum;

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    AllowDuplicateProperties = false,
    RespectNullableAnnotations = true,
    NumberHandling = JsonNumberHandling.Strict,
    Converters =
    [
        typeof(IsoDateConverter),
        typeof(QuarterConverter),
        typeof(KebabEnumConverter<Termijn>),
        typeof(KebabEnumConverter<PartijSoort>),
        typeof(KebabEnumConverter<FinancieringsStatus>),
        typeof(KebabEnumConverter<ElementSoort>),
    ])]
[JsonSerializable(typeof(WerkplanDto))]
internal sealed partial class DtoBaselineContext : JsonSerializerContext;
