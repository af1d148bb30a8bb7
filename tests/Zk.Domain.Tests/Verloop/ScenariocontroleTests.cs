using System.Text;
using Zk.Domain.Bundled;
using Zk.Domain.Documenten;
using Zk.Domain.Inplannen;
using Zk.Domain.Regels;
using Zk.Domain.Sample;
using Zk.Domain.Tests.Sample;
using Zk.Domain.Verloop;

namespace Zk.Domain.Tests.Verloop;

/// <summary>
/// Scenario documents are checked as strictly as plans (issue 15 point 2): every step the run would ignore or that
/// another contradicts is a finding with its ZK2xx code at its path, and the console exits 1 before running.
/// </summary>
public class ScenariocontroleTests
{
    private static readonly global::Zk.Domain.Werkplannen.Werkplan Zk = BundledPlans.ZuidKennemerland;

    private static readonly global::Zk.Domain.Besturing.Vergaderkalender Kalender = Planner.Schedule(Zk, StandaardKalender.For(Zk)).Kalender;

    private static Scenario Lees(string stappen) =>
        ScenarioDocument.Load(Encoding.UTF8.GetBytes($$"""{ "formaat": "zk-scenario/1", "stappen": [ {{stappen}} ] }"""));

    private static (string Code, string Path)[] Codes(string stappen) =>
        [.. Lees(stappen).Check(Zk, Kalender, Taal.En).Select(b => (b.Code, b.Path))];

    public static TheoryData<string, string, string> Gevallen => new()
    {
        { """{ "soort": "verwerpt", "actie": "9.9", "gemeente": "zandvoort" }""", "ZK200", "stappen[0].actie" },
        { """{ "soort": "vertraagt", "actie": "nope", "kwartalen": 1 }""", "ZK200", "stappen[0].actie" },
        { """{ "soort": "verwerpt", "actie": "4.1", "gemeente": "amsterdam" }""", "ZK201", "stappen[0].gemeente" },
        { """{ "soort": "annuleert", "radenbijeenkomst": "rb-1999-Q1" }""", "ZK202", "stappen[0].radenbijeenkomst" },
        { """{ "soort": "verwerpt", "actie": "4.1" }""", "ZK203", "stappen[0].gemeente" },
        { """{ "soort": "annuleert" }""", "ZK203", "stappen[0].radenbijeenkomst" },
        { """{ "soort": "financiering" }""", "ZK203", "stappen[0].actie" },
        { """{ "soort": "verwerpt", "actie": "4.1", "gemeente": "zandvoort", "kwartalen": 2 }""", "ZK204", "stappen[0].kwartalen" },
        { """{ "soort": "vertraagt", "actie": "7.1", "kwartalen": -1 }""", "ZK205", "stappen[0].kwartalen" },
        { """{ "soort": "vertraagt", "actie": "7.1", "kwartalen": 100000 }""", "ZK205", "stappen[0].kwartalen" },
        { """{ "soort": "vertraagt", "actie": "7.1", "kwartalen": -2147483648 }""", "ZK205", "stappen[0].kwartalen" },
        { """{ "soort": "financiering", "actie": "6.2", "datum": "2019-01-01" }""", "ZK206", "stappen[0].datum" },
        { """{ "soort": "vertraagt", "actie": "7.1", "datum": "2030-01-01" }""", "ZK206", "stappen[0].datum" },
        { """{ "soort": "verwerpt", "actie": "4.1", "gemeente": "zandvoort", "ronde": 0 }""", "ZK207", "stappen[0].ronde" },
    };

    [Theory]
    [MemberData(nameof(Gevallen))]
    public void A_step_that_does_not_fit_the_plan_is_its_one_finding(string stap, string code, string pad)
    {
        Assert.Equal([(code, pad)], Codes(stap));
    }

    [Fact]
    public void Contradictory_steps_are_an_error_on_the_later_step()
    {
        var codes = Codes("""
            { "soort": "verwerpt", "actie": "4.1", "gemeente": "zandvoort" },
            { "soort": "amendeert", "actie": "4.1", "gemeente": "zandvoort", "samenvatting": "anders" }
            """);
        Assert.Equal([("ZK208", "stappen[1]")], codes);
    }

    [Fact]
    public void Two_slips_of_one_action_on_one_date_that_differ_contradict()
    {
        Assert.Equal([("ZK208", "stappen[1]")], Codes("""
            { "soort": "vertraagt", "actie": "7.1", "kwartalen": 1, "datum": "2022-01-01" },
            { "soort": "vertraagt", "actie": "7.1", "kwartalen": 2, "datum": "2022-01-01" }
            """));
    }

    [Fact]
    public void A_repeated_step_is_a_warning()
    {
        var bevinding = Assert.Single(Lees("""
            { "soort": "annuleert", "radenbijeenkomst": "rb-2022-Q2" },
            { "soort": "annuleert", "radenbijeenkomst": "rb-2022-Q2" }
            """).Check(Zk, Kalender));
        Assert.Equal(("ZK209", FindingSeverity.Warning, "stappen[1]"), (bevinding.Code, bevinding.Severity, bevinding.Path));
    }

    [Fact]
    public void Rounds_of_one_council_are_not_contradictory()
    {
        Assert.Empty(Codes("""
            { "soort": "verwerpt", "actie": "4.1", "gemeente": "zandvoort" },
            { "soort": "verwerpt", "actie": "4.1", "gemeente": "zandvoort", "ronde": 2 }
            """));
    }

    [Fact]
    public void The_readme_scenario_and_a_random_scenario_are_clean()
    {
        var planning = Planner.Schedule(Zk, StandaardKalender.For(Zk));
        for (var seed = 1; seed <= 50; seed++)
        {
            Assert.DoesNotContain(Scenario.Random(Zk, planning, seed).Check(Zk, planning.Kalender), b => b.Severity == FindingSeverity.Error);
        }

        Assert.Empty(Codes("""
            { "soort": "verwerpt", "actie": "4.1", "gemeente": "zandvoort" },
            { "soort": "amendeert", "actie": "6.2", "gemeente": "haarlem", "samenvatting": "…", "oordeel": "acceptabel" },
            { "soort": "verwerpt", "actie": "4.1", "gemeente": "zandvoort", "ronde": 2 },
            { "soort": "annuleert", "radenbijeenkomst": "rb-2022-Q2" },
            { "soort": "vertraagt", "actie": "7.1", "kwartalen": 1 },
            { "soort": "financiering", "actie": "6.2", "datum": "2022-04-01" }
            """));
    }

    [Fact]
    public void Every_code_has_a_rule_with_both_languages()
    {
        Assert.Equal(10, Scenariocontrole.Regels.Count);
        Assert.Equal(Scenariocontrole.Regels.Count, Scenariocontrole.Regels.Select(r => r.Code).Distinct().Count());
        Assert.All(Scenariocontrole.Regels, r => Assert.Matches("^ZK2[0-9][0-9]$", r.Code));
        Assert.All(Scenariocontrole.Regels, r => Assert.False(string.IsNullOrWhiteSpace(r.Omschrijving(Taal.En)) || string.IsNullOrWhiteSpace(r.Omschrijving(Taal.Nl))));
        Assert.DoesNotContain(Regelcatalogus.Regels, r => r.Code.StartsWith("ZK2", StringComparison.Ordinal));
    }

    [Fact]
    public void The_readme_lists_every_scenario_code_with_its_severity()
    {
        var readme = File.ReadAllLines(Repository.Pad("README.md"));
        foreach (var regel in Scenariocontrole.Regels)
        {
            var severity = regel.Severity == FindingSeverity.Error ? "error" : "warning";
            Assert.Single(readme, r => r.StartsWith($"| {regel.Code} | {severity} |", StringComparison.Ordinal));
        }

        Assert.Contains("256 MiB", Cli.UsageText, StringComparison.Ordinal);
        Assert.Contains("ZK200-ZK209", Cli.UsageText, StringComparison.Ordinal);
    }

    [Fact]
    public void TryLoad_returns_the_same_error_as_Load()
    {
        var bytes = Encoding.UTF8.GetBytes("""{ "formaat": "zk-scenario/1", "stappen": [ { "soort": "ontploft" } ] }""");
        Assert.False(ScenarioDocument.TryLoad(bytes, out var geen, out var fout, "s.json"));
        Assert.Null(geen);
        Assert.Equal("$.stappen[0].soort", fout.JsonPath);
        Assert.NotNull(fout.Line);
        var e = Assert.Throws<WerkplanDocumentException>(() => ScenarioDocument.Load(bytes, "s.json"));
        Assert.Equal(fout, e.Error);
        Assert.True(ScenarioDocument.TryLoad(Encoding.UTF8.GetBytes("""{ "formaat": "zk-scenario/1" }"""), out var leeg, out _));
        Assert.Empty(leeg.Stappen);
    }

    [Fact]
    public void The_console_exits_1_with_the_findings_and_runs_nothing()
    {
        var scenario = SampleCli.TempFile("""{ "formaat": "zk-scenario/1", "stappen": [ { "soort": "annuleert", "radenbijeenkomst": "bestaat-niet" } ] }""");
        var (exit, output, error) = SampleCli.Run("run", "--scenario", scenario);
        Assert.Equal(Cli.PlanErrors, exit);
        Assert.Empty(error);
        Assert.Contains("ZK202", output, StringComparison.Ordinal);
        Assert.DoesNotContain("2022-Q1", output, StringComparison.Ordinal);
        var markdown = SampleCli.Run("run", "--scenario", scenario, "--format", "markdown");
        Assert.Equal(Cli.PlanErrors, markdown.Exit);
        Assert.Contains("| ZK202 |", markdown.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unreadable_scenario_exits_2_with_one_line()
    {
        var scenario = SampleCli.TempFile("""{ "formaat": "zk-scenario/1", "stappen": [ { "soort": "verwerpt", "actie": 4 } ] }""");
        var (exit, output, error) = SampleCli.Run("run", "--scenario", scenario);
        Assert.Equal(Cli.Unreadable, exit);
        Assert.Empty(output);
        VijandigeInvoerTests.EenRegel(error);
        Assert.Contains("$.stappen[0].actie", error, StringComparison.Ordinal);
    }
}
