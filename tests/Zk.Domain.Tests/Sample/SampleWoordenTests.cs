using System.Text.RegularExpressions;
using Zk.Domain.Besturing;
using Zk.Domain.Bundled;
using Zk.Domain.Documenten;
using Zk.Domain.Inplannen;
using Zk.Domain.Regels;
using Zk.Domain.Werkplannen;

namespace Zk.Domain.Tests.Sample;

/// <summary>The sample prints words from the word tables in the chosen language, never raw enum names.</summary>
public class SampleWoordenTests
{
    private static (int Exit, string Out, string Err) Run(params string[] args) => SampleCli.Run(args);

    private static string Save(Werkplan plan) => SampleCli.TempFile(WerkplanDocument.SaveToString(plan));

    // The bundled plan with a moment that cannot be planned (an evaluation after the period), so that the
    // explanation is printed too.
    private static Werkplan MetOnplanbaarMoment()
    {
        var plan = BundledPlans.ZuidKennemerland;
        var laat = plan.Acties[2] with { Raadsmomenten = plan.Acties[2].Raadsmomenten.Add(new Raadsmoment { Fase = Fase.Evaluatie }) };
        return plan with { Acties = plan.Acties.SetItem(2, laat) };
    }

    // The C# names of the well-known stages (Versie50, Besluitvorming, …): raw names no output may show.
    private static IEnumerable<string> FaseNamen() =>
        typeof(Fase).GetProperties(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static).Where(p => p.PropertyType == typeof(Fase)).Select(p => p.Name);

    private static IEnumerable<string> RawNames() =>
        FaseNamen().Concat(Enum.GetNames<ToewijzingStatus>()).Concat(Enum.GetNames<OnplanbaarReden>());

    [Fact]
    public void Schedule_in_English_prints_no_raw_enum_names()
    {
        var seen = 0;
        foreach (var plan in new[] { BundledPlans.ZuidKennemerland, MetOnplanbaarMoment() })
        {
            var (_, output, error) = Run("schedule", Save(plan), "--lang", "en");
            Assert.Empty(error);
            foreach (var name in RawNames())
            {
                // Whole words, case-sensitive: "Concept" is a raw name, "concept" the English word.
                Assert.DoesNotMatch(new Regex($@"\b{name}\b"), output);
            }

            Assert.Contains("80 % version", output, StringComparison.Ordinal);
            Assert.Contains("decision", output, StringComparison.Ordinal);
            seen += output.Split('\n').Count(l => l.StartsWith("    ", StringComparison.Ordinal));
        }

        Assert.Contains("evaluation of action '4.1'", Run("schedule", Save(MetOnplanbaarMoment()), "--lang", "en").Out, StringComparison.Ordinal);
        Assert.True(seen >= 20, $"only {seen} agenda lines"); // the check read real agendas
    }

    [Fact]
    public void Schedule_in_Dutch_prints_Dutch_stage_names()
    {
        var (_, output, _) = Run("schedule", Save(MetOnplanbaarMoment()));
        Assert.Contains("80%-versie", output, StringComparison.Ordinal);
        Assert.Contains("evaluatie van actie '4.1'", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Versie80", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Besluitvorming", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Dutch_validate_names_the_severity_in_Dutch()
    {
        var path = Save(BundledPlans.ZuidKennemerland);
        var dutch = Run("validate", path).Out.Split('\n').Where(l => Regex.IsMatch(l, @"^ZK\d{3} ")).ToList();
        Assert.Equal(BundledPlans.ZuidKennemerland.Validate().Count, dutch.Count);
        Assert.All(dutch, l => Assert.Matches(@"^ZK\d{3} waarschuwing ", l));
        var english = Run("validate", path, "--lang", "en").Out.Split('\n').Where(l => Regex.IsMatch(l, @"^ZK\d{3} ")).ToList();
        Assert.All(english, l => Assert.Matches(@"^ZK\d{3} warning ", l));
        Assert.DoesNotContain(" warning ", string.Join('\n', dutch), StringComparison.Ordinal);
    }

    [Fact]
    public void Dutch_rules_list_names_every_severity_in_Dutch_in_one_column()
    {
        var lines = Run("rules").Out.TrimEnd().Split('\n');
        Assert.Equal(Zk.Domain.Regels.Regelcatalogus.Regels.Count, lines.Length);
        Assert.All(lines, l => Assert.Matches(@"^ZK\d{3} (fout {9}|waarschuwing |info {9})\S", l));
        Assert.Contains(lines, l => l.Contains(" fout ", StringComparison.Ordinal));
    }

    [Fact]
    public void The_run_in_English_prints_English_statuses_and_stages()
    {
        var (_, output, _) = Run("run", "--lang", "en");
        Assert.Contains("on schedule", output, StringComparison.Ordinal);
        Assert.Contains("Scenario: to plan", output, StringComparison.Ordinal);
        Assert.DoesNotContain("op schema", output, StringComparison.Ordinal);
        foreach (var name in FaseNamen())
        {
            Assert.DoesNotMatch(new Regex($@"\b{name}\b"), output);
        }
    }
}
