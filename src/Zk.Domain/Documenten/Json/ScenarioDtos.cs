using System.Text.Json.Serialization;
using NodaTime;

namespace Zk.Domain.Documenten.Json;

// The scenario document's shape (ScenarioDocument, format zk-scenario/1), read by the source-generated serializer.
// The work plan document has no DTOs: its one description is WerkplanFormaat.

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
