using System.Diagnostics;
using Zk.Domain.Bundled;
using Zk.Domain.Documenten;
using Zk.Domain.Sample;
using Zk.Domain.Tests.Documenten;

namespace Zk.Domain.Tests.Sample;

/// <summary>The sample console's contract (brief §8), tested from outside: output streams and exit codes.</summary>
public class SampleTests
{
    private static (int Exit, string Out, string Err) Run(params string[] args) => SampleCli.Run(args);

    private static string TempFile(string content) => SampleCli.TempFile(content);

    [Fact]
    public void Example_prints_the_bundled_document()
    {
        var (exit, output, error) = Run("example");
        Assert.Equal(0, exit);
        Assert.Empty(error);
        Assert.Equal(BundledPlans.ZuidKennemerland, WerkplanDocument.Parse(output));
        Assert.True(SchemaTests.SchemaAccepts(output, out var why), why);
    }

    [Fact]
    public void Every_command_takes_format_text_and_json()
    {
        var plan = SampleCli.TempFile(WerkplanDocument.SaveToString(BundledPlans.ZuidKennemerland));
        string[][] commands = [["example"], ["generate", "--acties", "3"], ["run"], ["overzicht"], ["validate", plan], ["schedule", plan], ["samenhang", plan], ["rules"]];
        foreach (var command in commands)
        {
            Assert.Equal(0, Run([.. command, "--format", "text"]).Exit);
            var (exit, json, _) = Run([.. command, "--format", "json"]);
            Assert.Equal(0, exit);
            using var document = System.Text.Json.JsonDocument.Parse(json);
        }

        Assert.Equal(Cli.Usage, Run("example", "--format", "dot").Exit);
    }

    [Fact]
    public void Without_arguments_it_shows_the_bundled_plan()
    {
        var (exit, output, error) = Run();
        Assert.Equal(0, exit);
        Assert.Empty(error);
        Assert.StartsWith("Werkplan regionale samenwerking Zuid-Kennemerland 2021-2023", output, StringComparison.Ordinal);
        Assert.Contains("2021-Q3", output, StringComparison.Ordinal);
        Assert.Contains("Wat hebben we in 2023 bereikt?", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_reads_a_plan_from_a_file()
    {
        var path = TempFile(Examples.Valid);
        var (exit, output, _) = Run("run", path);
        Assert.Equal(0, exit);
        Assert.StartsWith("Werkplan West 2024-2025", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("frobnicate")]
    [InlineData("run", "--until")]
    [InlineData("run", "--format", "pdf")]
    [InlineData("run", "--lang", "de")]
    [InlineData("run", "--verbose")]
    [InlineData("run", "a.json", "b.json")]
    [InlineData("example", "extra.json")]
    public void Wrong_arguments_exit_64_with_usage(params string[] args)
    {
        var (exit, output, error) = Run(args);
        Assert.Equal(64, exit);
        Assert.Empty(output);
        Assert.Contains("Usage: zk-sample", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_file_exits_2_with_one_line_naming_it()
    {
        var path = Path.Combine(Path.GetTempPath(), "zk-nowhere-" + Guid.NewGuid().ToString("N") + ".json");
        var (exit, output, error) = Run("run", path);
        Assert.Equal(2, exit);
        Assert.Empty(output);
        Assert.Single(error.TrimEnd().Split('\n'));
        Assert.Contains(path, error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("not JSON at all")]
    [InlineData("unknown field")]
    [InlineData("wrong format version")]
    [InlineData("duplicate key")]
    public void An_unreadable_document_exits_2_naming_file_path_and_line(string name)
    {
        var broken = Examples.Get(name);
        var path = TempFile(broken.Json);
        var (exit, output, error) = Run("run", path);
        Assert.Equal(2, exit);
        Assert.Empty(output);
        var line = Assert.Single(error.TrimEnd().Split('\n'));
        Assert.Contains($"{path}: {broken.Path} (regel ", line, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
        var english = Assert.Single(Run("run", path, "--lang", "en").Err.TrimEnd().Split('\n'));
        Assert.Contains($"{path}: {broken.Path} (line ", english, StringComparison.Ordinal);
    }

    [Fact]
    public void The_built_executable_runs_the_bundled_plan_without_arguments()
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "zk-sample.dll"));
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEnd();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.Equal(0, process.ExitCode);
        Assert.Empty(error);
        Assert.StartsWith("Werkplan regionale samenwerking Zuid-Kennemerland 2021-2023", output, StringComparison.Ordinal);
        Assert.Contains("── 2022-Q4 ──", output, StringComparison.Ordinal);
    }

    [Fact]
    public void The_built_executable_keeps_the_contract()
    {
        var sample = Path.Combine(AppContext.BaseDirectory, "zk-sample.dll");
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        info.ArgumentList.Add(sample);
        info.ArgumentList.Add("example");
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEnd();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.Equal(0, process.ExitCode);
        Assert.Empty(error);
        Assert.Equal(BundledPlans.ZuidKennemerland, WerkplanDocument.Parse(output));
    }
}

public class SampleValidateTests
{
    private static (int Exit, string Out, string Err) Run(params string[] args) => SampleCli.Run(args);

    private static string Bundled() => SampleCli.TempFile(WerkplanDocument.SaveToString(BundledPlans.ZuidKennemerland));

    [Fact]
    public void Validate_the_bundled_plan_exits_0_with_its_warnings()
    {
        var (exit, output, error) = Run("validate", Bundled());
        Assert.Equal(0, exit);
        Assert.Empty(error);
        Assert.Contains("ZK043 waarschuwing acties[1].raadsmomenten[1]", output, StringComparison.Ordinal);
        Assert.EndsWith("0 fout(en), 8 waarschuwing(en), 0 info" + Environment.NewLine, output, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_json_prints_one_array_of_findings()
    {
        var (exit, output, _) = Run("validate", Bundled(), "--format", "json", "--lang", "en");
        Assert.Equal(0, exit);
        using var document = System.Text.Json.JsonDocument.Parse(output);
        var findings = document.RootElement.EnumerateArray().ToList();
        Assert.Equal(8, findings.Count);
        Assert.All(findings, f =>
        {
            Assert.Equal(["code", "severity", "path", "message"], f.EnumerateObject().Select(p => p.Name));
            Assert.Equal("warning", f.GetProperty("severity").GetString());
        });
        Assert.Equal("The council moment information of action '3.1' is not yet planned (N.t.b.).", findings[0].GetProperty("message").GetString());
    }

    [Fact]
    public void Validate_exits_1_when_the_plan_has_errors()
    {
        var path = Path.Combine(Path.GetTempPath(), "zk-errors-" + Guid.NewGuid().ToString("N") + ".json");
        var plan = BundledPlans.ZuidKennemerland with { Plancapaciteit = 5 };
        File.WriteAllBytes(path, WerkplanDocument.Save(plan));
        var (exit, output, _) = Run("validate", path, "--format", "json");
        Assert.Equal(1, exit);
        Assert.Contains("\"code\": \"ZK011\"", output, StringComparison.Ordinal);
        Assert.Contains("\"severity\": \"error\"", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_an_unreadable_file_exits_2_and_prints_nothing_on_stdout()
    {
        var path = Path.Combine(Path.GetTempPath(), "zk-broken-" + Guid.NewGuid().ToString("N") + ".json");
        File.WriteAllText(path, "{ \"formaat\": \"zk-werkplan/9\" }");
        var (exit, output, error) = Run("validate", path, "--format", "json");
        Assert.Equal(2, exit);
        Assert.Empty(output);
        Assert.Contains($"{path}: $.formaat (regel 1, kolom 14)", error, StringComparison.Ordinal);
        Assert.Contains($"{path}: $.formaat (line 1, column 14)", Run("validate", path, "--lang", "en").Err, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("validate")]
    [InlineData("validate", "a.json", "b.json")]
    [InlineData("validate", "a.json", "--format", "dot")]
    public void Validate_with_wrong_arguments_exits_64(params string[] args) => Assert.Equal(64, Run(args).Exit);

    [Fact]
    public void Rules_lists_the_catalogue()
    {
        var (exit, output, _) = Run("rules", "--lang", "en");
        Assert.Equal(0, exit);
        Assert.Equal(Zk.Domain.Regels.Regelcatalogus.Regels.Count, output.TrimEnd().Split('\n').Length);
        Assert.StartsWith("ZK001 error   Every id is unique within its kind.", output, StringComparison.Ordinal);
    }
}

public class SampleScheduleTests
{
    private static (int Exit, string Out, string Err) Run(params string[] args) => SampleCli.Run(args);

    private static string Save(Zk.Domain.Werkplannen.Werkplan plan) => SampleCli.TempFile(WerkplanDocument.SaveToString(plan));

    [Fact]
    public void Schedule_the_bundled_plan_exits_0()
    {
        var (exit, output, error) = Run("schedule", Save(BundledPlans.ZuidKennemerland));
        Assert.Equal(0, exit);
        Assert.Empty(error);
        Assert.Contains("2022-11-16  rb-2022-Q4  (2/6)", output, StringComparison.Ordinal);
        Assert.Contains("Alle raadsmomenten zijn ingepland.", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Schedule_exits_1_when_something_is_unplannable()
    {
        var plan = BundledPlans.ZuidKennemerland;
        var laat = plan.Acties[2] with { Raadsmomenten = plan.Acties[2].Raadsmomenten.Add(new Zk.Domain.Besturing.Raadsmoment { Fase = Zk.Domain.Besturing.Fase.Evaluatie }) };
        var (exit, output, _) = Run("schedule", Save(plan with { Acties = plan.Acties.SetItem(2, laat) }), "--lang", "en");
        Assert.Equal(1, exit);
        Assert.Contains("Cannot be planned:", output, StringComparison.Ordinal);
        Assert.Contains("evaluation of action '4.1'", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Schedule_as_json_and_as_a_mermaid_gantt_chart()
    {
        var path = Save(BundledPlans.ZuidKennemerland);
        var (exit, json, _) = Run("schedule", path, "--format", "json");
        Assert.Equal(0, exit);
        using (var document = System.Text.Json.JsonDocument.Parse(json))
        {
            Assert.Equal(6, document.RootElement.GetProperty("bijeenkomsten").GetArrayLength());
        }

        var (exitMermaid, gantt, _) = Run("schedule", path, "--format", "mermaid");
        Assert.Equal(0, exitMermaid);
        Assert.StartsWith("gantt", gantt, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("schedule")]
    [InlineData("schedule", "a.json", "--format", "dot")]
    public void Schedule_with_wrong_arguments_exits_64(params string[] args) => Assert.Equal(64, Run(args).Exit);
}

public class SampleRunTests
{
    private static (int Exit, string Out, string Err) Run(params string[] args) => SampleCli.Run(args);

    private static string Temp(string content) => SampleCli.TempFile(content);

    [Fact]
    public void The_default_run_matches_its_snapshot()
    {
        // To update after an intended change: dotnet run --project samples/Zk.Domain.Sample > tests/Zk.Domain.Tests/Sample/Snapshots/default-run.nl.txt
        var (exit, output, error) = Run();
        Assert.Equal(0, exit);
        Assert.Empty(error);
        var snapshot = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Sample", "Snapshots", "default-run.nl.txt"));
        Assert.Equal(snapshot.ReplaceLineEndings("\n"), output.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void The_default_run_shows_meetings_decisions_status_table_and_results()
    {
        var (_, output, _) = Run("run", "--lang", "en");
        Assert.Contains("── 2021-Q3 ──", output, StringComparison.Ordinal);
        Assert.Contains("joint council meeting rb-2022-Q4", output, StringComparison.Ordinal);
        Assert.Contains("council of Zandvoort: adopted", output, StringComparison.Ordinal);
        Assert.Contains("4.1   ADOPTED by every council", output, StringComparison.Ordinal);
        Assert.Contains("Planned council moments", output, StringComparison.Ordinal);
        Assert.Contains("What have we achieved by 2023?", output, StringComparison.Ordinal);
        Assert.Contains("ZK044", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Colour_only_when_the_caller_says_stdout_is_a_terminal()
    {
        using var terminal = new StringWriter();
        Assert.Equal(0, Cli.Run(["run"], terminal, TextWriter.Null, kleur: true));
        Assert.Contains("\u001b[32mop schema", terminal.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain('\u001b', Run("run").Out);
        using var markdown = new StringWriter();
        Cli.Run(["run", "--format", "markdown"], markdown, TextWriter.Null, kleur: true);
        Assert.DoesNotContain('\u001b', markdown.ToString());
    }

    [Fact]
    public void Until_stops_the_run_at_a_date()
    {
        var (exit, output, _) = Run("run", "--until", "2022-03-01");
        Assert.Equal(0, exit);
        Assert.Contains("── 2022-Q1 ──", output, StringComparison.Ordinal);
        Assert.DoesNotContain("── 2022-Q2 ──", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_scenario_file_scripts_a_rejection()
    {
        var scenario = Temp("""{ "formaat": "zk-scenario/1", "stappen": [ { "soort": "verwerpt", "actie": "4.1", "gemeente": "heemstede" } ] }""");
        var (exit, output, _) = Run("run", "--scenario", scenario, "--format", "json");
        Assert.Equal(0, exit);
        using var json = System.Text.Json.JsonDocument.Parse(output);
        var economie = json.RootElement.GetProperty("acties").EnumerateArray().Single(a => a.GetProperty("actie").GetString() == "4.1");
        Assert.Equal(("vertraagd", "deels-aangenomen"), (economie.GetProperty("status").GetString(), economie.GetProperty("besluitstand").GetString()));
    }

    [Fact]
    public void The_same_seed_gives_the_same_report()
    {
        Assert.Equal(Run("run", "--seed", "42").Out, Run("run", "--seed", "42").Out);
        Assert.NotEqual(Run("run", "--seed", "42").Out, Run("run", "--seed", "43").Out);
    }

    [Fact]
    public void The_markdown_report_is_a_document_a_griffie_can_send()
    {
        var (exit, output, _) = Run("run", "--format", "markdown");
        Assert.Equal(0, exit);
        Assert.StartsWith("# Werkplan regionale samenwerking Zuid-Kennemerland 2021-2023", output, StringComparison.Ordinal);
        Assert.Contains("| actie | status | volgend moment |", output, StringComparison.Ordinal);
        Assert.Contains("## Wat hebben we in 2023 bereikt?", output, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unreadable_scenario_exits_2_naming_the_file_and_path()
    {
        var scenario = Temp("""{ "formaat": "zk-scenario/1", "stappen": [ { "soort": "staakt" } ] }""");
        var (exit, output, error) = Run("run", "--scenario", scenario);
        Assert.Equal(2, exit);
        Assert.Empty(output);
        Assert.Contains($"{scenario}: $.stappen[0].soort (regel 1, kolom ", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_plan_with_errors_exits_1()
    {
        var plan = Temp(System.Text.Encoding.UTF8.GetString(WerkplanDocument.Save(BundledPlans.ZuidKennemerland with { Plancapaciteit = 3 })));
        var (exit, output, _) = Run("run", plan);
        Assert.Equal(1, exit);
        Assert.Contains("ZK011", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("run", "--until", "1 januari")]
    [InlineData("run", "--seed", "veel")]
    [InlineData("run", "--seed", "1", "--scenario", "s.json")]
    [InlineData("validate", "a.json", "--seed", "1")]
    [InlineData("run", "--format", "dot")]
    public void Wrong_run_arguments_exit_64(params string[] args) => Assert.Equal(64, Run(args).Exit);

    [Fact]
    public void Samenhang_prints_the_matrix_links_and_botsproef_in_every_format()
    {
        var path = Temp(System.Text.Encoding.UTF8.GetString(WerkplanDocument.Save(BundledPlans.ZuidKennemerland)));
        var (exit, text, _) = Run("samenhang", path);
        Assert.Equal(0, exit);
        Assert.Contains("V1  n.v.t.", text, StringComparison.Ordinal);
        Assert.Contains("V3  samen", text, StringComparison.Ordinal);
        Assert.StartsWith("flowchart LR", Run("samenhang", path, "--format", "mermaid").Out, StringComparison.Ordinal);
        Assert.StartsWith("graph samenhang {", Run("samenhang", path, "--format", "dot").Out, StringComparison.Ordinal);
        using var json = System.Text.Json.JsonDocument.Parse(Run("samenhang", path, "--format", "json").Out);
        Assert.Equal(9, json.RootElement.GetProperty("perActie").GetArrayLength());
    }
}

/// <summary>Runs the sample's commands in process and writes temporary input files.</summary>
internal static class SampleCli
{
    public static (int Exit, string Out, string Err) Run(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exit = Cli.Run(args, stdout, stderr);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    public static string TempFile(string content)
    {
        var path = Path.Combine(Path.GetTempPath(), "zk-sample-" + Guid.NewGuid().ToString("N") + ".json");
        File.WriteAllText(path, content);
        return path;
    }
}
