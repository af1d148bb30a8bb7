using System.Text.Json;
using NodaTime;
using Zk.Domain.Besturing;
using Zk.Domain.Bundled;
using Zk.Domain.Documenten;
using Zk.Domain.Tijd;
using Zk.Domain.Werkplannen;

namespace Zk.Domain.Tests.Sample;

/// <summary>
/// The console's <c>schedule FILE --alternatieven ACTIE[:FASE]</c> and <c>diff OLD NEW</c> (issue 14 points 3 and 4), and
/// the calendar a command used, stated in its output (point 5). Exit codes as the usage says: alternatives 0 (some
/// meeting), 1 (none), 64 (no such action, stage or moment: one line, then the usage); diff 0 equal, 1 different, 2 a
/// file it cannot read.
/// </summary>
public class SampleWijzigingenTests
{
    private static (int Exit, string Out, string Err) Run(params string[] args) => SampleCli.Run(args);

    private static string Save(Werkplan plan) => SampleCli.TempFile(WerkplanDocument.SaveToString(plan));

    private static Werkplan Zk => BundledPlans.ZuidKennemerland;

    // 4.1's 80 % version moved from 2022-Q2 to 2022-Q3.
    private static Werkplan Later()
    {
        var actie = Zk.Acties.First(a => a.Id == "4.1");
        var index = actie.Raadsmomenten.ToList().FindIndex(m => m.Fase == Fase.Versie80);
        var later = actie with { Raadsmomenten = actie.Raadsmomenten.SetItem(index, actie.Raadsmomenten[index] with { Kwartaal = Kwartaal.Parse("2022-Q3") }) };
        return Zk with { Acties = Zk.Acties.SetItem(Zk.Acties.ToList().IndexOf(actie), later) };
    }

    [Fact]
    public void Schedule_states_the_calendar_it_used()
    {
        var bestand = Save(Zk);
        var (exit, tekst, _) = Run("schedule", bestand);
        Assert.Equal(0, exit);
        Assert.StartsWith("Kalender: standaardpatroon, één radenbijeenkomst per kwartaal", tekst, StringComparison.Ordinal);

        var eigen = Zk with { Radenbijeenkomsten = [.. Zk.Radenbijeenkomsten, new Radenbijeenkomst { Id = "eigen-1", Datum = new LocalDate(2022, 4, 13), Agendaruimte = 9 }] };
        Assert.StartsWith($"Calendar: the plan's own meetings ({eigen.Radenbijeenkomsten.Count})", Run("schedule", Save(eigen), "--lang", "en").Out, StringComparison.Ordinal);

        using var json = JsonDocument.Parse(Run("schedule", bestand, "--format", "json").Out);
        Assert.Equal("standaard", json.RootElement.GetProperty("kalender").GetProperty("bron").GetString());
        Assert.StartsWith("gantt\n%% Kalender: ", Run("schedule", bestand, "--format", "mermaid").Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_and_validate_state_the_calendar_they_used()
    {
        Assert.Contains("\nKalender: standaardpatroon", Run("run", Save(Zk)).Out, StringComparison.Ordinal);
        var kalender = SampleCli.TempFile("""{ "formaat": "zk-kalender/1", "radenbijeenkomsten": [ { "id": "k-1", "datum": "2021-10-06", "capaciteit": 8 } ] }""");
        Assert.StartsWith($"Kalender: {kalender} (1)", Run("validate", Save(Zk), "--kalender", kalender).Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Schedule_with_alternatieven_lists_the_meetings_cheapest_first_in_every_format()
    {
        var bestand = Save(Zk);
        var (exit, tekst, fout) = Run("schedule", bestand, "--alternatieven", "4.1");
        Assert.Equal((0, ""), (exit, fout));
        var regels = tekst.Split('\n');
        Assert.StartsWith("Kalender: ", regels[0], StringComparison.Ordinal);
        Assert.Equal("Alternatieven voor besluitvorming van actie 4.1 (nu: rb-2022-Q4)", regels[1]);
        Assert.Contains("rb-2022-Q4  (huidig)", regels[3], StringComparison.Ordinal);

        var (exitEn, engels, _) = Run("schedule", bestand, "--alternatieven", "4.1:versie80", "--lang", "en");
        Assert.Equal(0, exitEn);
        Assert.Contains("Alternatives for the 80 % version of action 4.1", engels, StringComparison.Ordinal);

        var (exitJson, json, _) = Run("schedule", bestand, "--alternatieven", "4.1", "--format", "json");
        Assert.Equal(0, exitJson);
        using var document = JsonDocument.Parse(json);
        Assert.Equal("besluitvorming", document.RootElement.GetProperty("fase").GetString());
        Assert.True(document.RootElement.GetProperty("opties")[0].GetProperty("huidig").GetBoolean());

        var (exitMd, markdown, _) = Run("schedule", bestand, "--alternatieven", "4.1", "--format", "markdown");
        Assert.Equal(0, exitMd);
        Assert.Contains("## Alternatieven voor besluitvorming van actie 4.1", markdown, StringComparison.Ordinal);
        Assert.Contains("| 1 | 2022-11-16 rb-2022-Q4 | huidig |", markdown, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("9.9", "the plan has no action '9.9'")]
    [InlineData("4.1:evaluatie", "action '4.1' has no moment of stage 'evaluatie'")]
    [InlineData("4.1:bestaatniet", "the plan's profile has no stage 'bestaatniet'")]
    [InlineData("4.1:", "--alternatieven needs ACTIE or ACTIE:FASE")]
    public void Schedule_with_alternatieven_of_a_moment_the_plan_lacks_is_a_usage_error(string moment, string melding)
    {
        var (exit, uit, fout) = Run("schedule", Save(Zk), "--alternatieven", moment);
        Assert.Equal((64, ""), (exit, uit));
        Assert.StartsWith("zk-sample: " + melding, fout, StringComparison.Ordinal);
        Assert.Contains("Usage:", fout, StringComparison.Ordinal);
    }

    [Fact]
    public void Alternatieven_belongs_to_schedule_and_writes_no_mermaid()
    {
        Assert.Equal(64, Run("validate", Save(Zk), "--alternatieven", "4.1").Exit);
        Assert.Equal(64, Run("schedule", Save(Zk), "--alternatieven", "4.1", "--format", "mermaid").Exit);
        Assert.Equal(64, Run("schedule", Save(Zk), "--format", "markdown").Exit);
    }

    [Fact]
    public void Diff_of_a_plan_with_itself_is_exit_0_and_says_so()
    {
        var bestand = Save(Zk);
        var (exit, tekst, fout) = Run("diff", bestand, bestand);
        Assert.Equal((0, ""), (exit, fout));
        Assert.Contains("Geen verschillen.", tekst, StringComparison.Ordinal);
        var (exitJson, json, _) = Run("diff", bestand, bestand, "--format", "json");
        Assert.Equal(0, exitJson);
        using var document = JsonDocument.Parse(json);
        Assert.True(document.RootElement.GetProperty("gelijk").GetBoolean());
    }

    [Fact]
    public void Diff_of_two_versions_is_exit_1_with_the_differences_in_every_format()
    {
        var (oud, nieuw) = (Save(Zk), Save(Later()));
        var (exit, tekst, fout) = Run("diff", oud, nieuw, "--lang", "en");
        Assert.Equal((1, ""), (exit, fout));
        Assert.Contains("Actions:\n    4.1 changed: raadsmomenten", tekst, StringComparison.Ordinal);
        Assert.Contains("Schedule:\n    4.1 80 % version: rb-2022-Q2 → rb-2022-Q3", tekst, StringComparison.Ordinal);

        var (exitJson, json, _) = Run("diff", oud, nieuw, "--format", "json");
        Assert.Equal(1, exitJson);
        using var document = JsonDocument.Parse(json);
        Assert.False(document.RootElement.GetProperty("gelijk").GetBoolean());
        Assert.Equal("4.1", document.RootElement.GetProperty("acties")[0].GetProperty("actie").GetString());

        var (exitMd, markdown, _) = Run("diff", oud, nieuw, "--format", "markdown");
        Assert.Equal(1, exitMd);
        Assert.Contains("### Acties\n\n- 4.1 gewijzigd: raadsmomenten", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Diff_follows_the_console_contract_for_files_and_arguments()
    {
        var bestand = Save(Zk);
        var (exit, uit, fout) = Run("diff", bestand, "/nonexistent/plan.json");
        Assert.Equal((2, ""), (exit, uit));
        Assert.Single(fout.TrimEnd('\n').Split('\n'));
        Assert.Equal(64, Run("diff", bestand).Exit);
        Assert.Equal(64, Run("diff", bestand, bestand, "--format", "dot").Exit);
        Assert.Equal(64, Run("diff", bestand, bestand, "--kalender", bestand).Exit);
    }
}
