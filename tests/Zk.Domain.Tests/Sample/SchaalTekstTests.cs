using Zk.Domain.Documenten;
using Zk.Domain.Inplannen;
using Zk.Domain.Samenhang;
using Zk.Domain.Synthetisch;

namespace Zk.Domain.Tests.Sample;

/// <summary>
/// The console's text of <c>samenhang</c> and <c>overzicht</c> on large plans (issue 15 point 5: they were cubic and
/// quadratic; the speed is measured in the benchmarks, docs/performance.md): what they print is still complete.
/// </summary>
public class SchaalTekstTests
{
    private static readonly Zk.Domain.Werkplannen.Werkplan Groot = SyntheticPlan.Generate(1_000, 3);

    [Fact]
    public void Samenhang_text_beyond_30_main_tasks_lists_every_non_empty_cell_once()
    {
        Assert.True(Groot.Hoofdopgaven.Count > 30);
        var pad = SampleCli.TempFile(WerkplanDocument.SaveToString(Groot));
        var (exit, uit, _) = SampleCli.Run("samenhang", pad);
        Assert.Equal(0, exit);

        // The oracle: the analysis's cells, each as "name × name: +k −v", in the matrix's order, between the heading and the per-action part.
        var namen = Groot.Hoofdopgaven.ToDictionary(h => h.Id, h => h.Naam, StringComparer.Ordinal);
        var analyse = SamenhangAnalyse.Of(Groot, Planner.Schedule(Groot, StandaardKalender.For(Groot)));
        var regels = uit.Split('\n');
        var cellen = regels.Skip(1).TakeWhile(r => r.Length > 0).ToList();
        Assert.Equal(analyse.Matrix.Select(c => $"  {namen[c.Van]} × {namen[c.Naar]}: +{c.Koppelkansen} −{c.Vraagstukken}"), cellen);
        Assert.All(cellen, r => Assert.True(r.Length < 80, r));
    }

    [Fact]
    public void Overzicht_text_lists_every_action_once_under_its_main_task()
    {
        var pad = SampleCli.TempFile(WerkplanDocument.SaveToString(Groot));
        var (exit, uit, _) = SampleCli.Run("overzicht", pad);
        Assert.Equal(0, exit);

        // The oracle: walk the text; an unindented line names a main task, "  aN titel" an action under it.
        var opgaveVanNaam = Groot.Hoofdopgaven.ToDictionary(h => h.Naam, h => h.Id, StringComparer.Ordinal);
        var gezien = new Dictionary<string, string>(StringComparer.Ordinal);
        string? huidige = null;
        foreach (var regel in uit.Split('\n').TakeWhile(r => !r.Contains("Planning", StringComparison.OrdinalIgnoreCase)))
        {
            if (opgaveVanNaam.TryGetValue(regel, out var opgave))
            {
                huidige = opgave;
            }
            else if (huidige is not null && regel.StartsWith("  a", StringComparison.Ordinal) && regel.Split(' ', StringSplitOptions.RemoveEmptyEntries) is [var id, "Actie", ..])
            {
                Assert.True(gezien.TryAdd(id, huidige), id);
            }
        }

        Assert.Equal(Groot.Acties.ToDictionary(a => a.Id, a => a.Hoofdopgave, StringComparer.Ordinal), gezien);
    }
}
