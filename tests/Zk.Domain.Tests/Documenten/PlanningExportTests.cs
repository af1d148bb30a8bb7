using System.Text.Json;
using Zk.Domain.Bundled;
using Zk.Domain.Documenten.Export;
using Zk.Domain.Inplannen;

namespace Zk.Domain.Tests.Documenten;

/// <summary>
/// The schedule's JSON carries what the planner says of its own result: whether it is proven optimal, and per moment it
/// could not plan the minimal set of constraints that keep it out (issue 14), read back with System.Text.Json.
/// </summary>
public class PlanningExportTests
{
    [Theory]
    [InlineData(Taal.Nl)]
    [InlineData(Taal.En)]
    public void An_unplannable_moment_s_constraints_and_the_proof_are_in_the_JSON(Taal taal)
    {
        // The bundled plan on its calendar with one agenda item per meeting: moments are left over.
        var kalender = BundledPlans.ZuidKennemerlandKalender;
        kalender = kalender with { Radenbijeenkomsten = [.. kalender.Radenbijeenkomsten.Select(r => r with { Agendaruimte = 1 })] };
        var planning = Planner.Schedule(BundledPlans.ZuidKennemerland, kalender);
        Assert.NotEmpty(planning.Onplanbaar);

        using var json = JsonDocument.Parse(planning.ToJson(taal));
        Assert.Equal(planning.IsBewezenOptimaal, json.RootElement.GetProperty("bewezenOptimaal").GetBoolean());
        var onplanbaar = json.RootElement.GetProperty("onplanbaar").EnumerateArray().ToList();
        Assert.Equal(planning.Onplanbaar.Count, onplanbaar.Count);
        var soorten = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < onplanbaar.Count; i++)
        {
            var beperkingen = onplanbaar[i].GetProperty("beperkingen").EnumerateArray().ToList();
            var model = planning.Onplanbaar[i].Beperkingen;
            Assert.NotEmpty(beperkingen);
            Assert.Equal(model.Count, beperkingen.Count);
            for (var k = 0; k < model.Count; k++)
            {
                var soort = beperkingen[k].GetProperty("soort").GetString()!;
                soorten.Add(soort);
                Assert.Equal(model[k].Melding(taal), beperkingen[k].GetProperty("melding").GetString());
                Assert.Equal(model[k].Bijeenkomsten, beperkingen[k].GetProperty("bijeenkomsten").EnumerateArray().Select(b => b.GetString()!).ToArray());
                Assert.Equal(model[k].Datum is not null, beperkingen[k].TryGetProperty("datum", out _));
                Assert.Equal(model[k].Aantal is not null, beperkingen[k].TryGetProperty("aantal", out _));
            }
        }

        // Wire names, not the C# members' (lower case, Dutch).
        Assert.All(soorten, s => Assert.Contains(s, new[] { "periode", "deadline", "besluitvormingstermijn", "tussenruimte", "blokkade", "capaciteit", "volgorde" }));
    }
}
