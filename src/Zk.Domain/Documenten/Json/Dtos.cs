using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Text;
using Zk.Domain.Besturing;
using Zk.Domain.Partijen;
using Zk.Domain.Samenhang;
using Zk.Domain.Tijd;
using Zk.Domain.Werkplannen;

namespace Zk.Domain.Documenten.Json;

// The document's shape, one class per JSON object. These types are the format: property names and
// order here are what the document holds and what docs/werkplan.schema.json describes. Required
// members without a default must be present; optional ones may be absent or null.

internal sealed class WerkplanDto
{
    [JsonPropertyName("$schema")]
    public string? Schema { get; set; }

    [JsonConverter(typeof(FormaatConverter))]
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
}

internal sealed class LooptijdDto : IJsonOnDeserialized
{
    public void OnDeserialized()
    {
        if (Einde < Begin)
        {
            throw new DocumentRuleException("ZK003", $"The period ends ({LocalDatePattern.Iso.Format(Einde)}) before it begins ({LocalDatePattern.Iso.Format(Begin)}).");
        }
    }

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

    public bool AlLopend { get; set; }

    public required TrekkerschapDto Trekkerschap { get; set; }

    // "alle-deelnemers" or a list of party ids.
    [JsonConverter(typeof(ProjectorganisatieConverter))]
    public ProjectorganisatieDto Projectorganisatie { get; set; } = new();

    public List<DeelactieDto> Deelacties { get; set; } = [];

    public List<ResultaatDto> Resultaten { get; set; } = [];

    public List<DoelDto> Doelen { get; set; } = [];

    public required FinancieringDto Financiering { get; set; }

    public List<RaadsmomentDto> Raadsmomenten { get; set; } = [];
}

internal sealed class ProjectorganisatieDto
{
    public bool AlleDeelnemers { get; init; }

    // Null elements are kept, for NullElements to report with their index.
    public List<string> Partijen { get; init; } = [];
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
}

internal sealed class ResultaatDto
{
    public required string Id { get; set; }

    public required string Omschrijving { get; set; }

    public string? Deelactie { get; set; }

    public Kwartaal? Gereed { get; set; }
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
    public required Fase Fase { get; set; }

    // "n.t.b." when not yet planned; always written.
    [JsonConverter(typeof(PlanningConverter))]
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public required Kwartaal? Kwartaal { get; set; }

    public string? Radenbijeenkomst { get; set; }

    public List<BronvermeldingDto> Bronnen { get; set; } = [];

    public string? Toelichting { get; set; }
}

internal sealed class BronvermeldingDto
{
    public required string Bron { get; set; }

    // Absent when the source names no exact quarter; the citation then says what it does name.
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

    [JsonConverter(typeof(SterkteConverter))]
    public int? Sterkte { get; set; }
}

internal sealed class VerwijzingDto
{
    public required ElementSoort Soort { get; set; }

    public required string Id { get; set; }
}

internal sealed class ScenarioDto
{
    [JsonPropertyName("$schema")]
    public string? Schema { get; set; }

    [JsonConverter(typeof(ScenarioFormaatConverter))]
    public required string Formaat { get; set; }

    public List<ScenarioStapDto> Stappen { get; set; } = [];
}

internal sealed class ScenarioStapDto
{
    public required Verloop.StapSoort Soort { get; set; }

    public string? Actie { get; set; }

    public string? Gemeente { get; set; }

    public string? Radenbijeenkomst { get; set; }

    public int? Kwartalen { get; set; }

    public LocalDate? Datum { get; set; }
}
