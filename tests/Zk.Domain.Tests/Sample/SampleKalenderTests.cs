using System.Text.RegularExpressions;
using NodaTime;
using Zk.Domain.Besturing;
using Zk.Domain.Bundled;
using Zk.Domain.Documenten;
using Zk.Domain.Inplannen;
using Zk.Domain.Regels;
using Zk.Domain.Sample;
using Zk.Domain.Werkplannen;

namespace Zk.Domain.Tests.Sample;

/// <summary>
/// Region-neutral output (issue 13): <c>schedule FILE</c> and <c>run FILE</c> use the plan's own meetings when it has
/// them, <c>--kalender FILE</c> takes a calendar document, and meeting names, ids and the closing heading come from the
/// plan, never from Zuid-Kennemerland.
/// </summary>
public class SampleKalenderTests
{
    private static (int Exit, string Out, string Err) Run(params string[] args) => SampleCli.Run(args);

    private static string Save(Werkplan plan) => SampleCli.TempFile(WerkplanDocument.SaveToString(plan));

    private static Werkplan Zk => BundledPlans.ZuidKennemerland;

    // A calendar of four meetings (k-2 without capacity) and the weeks around the elections of 2022 blocked.
    private const string Kalender = """
        {
          "formaat": "zk-kalender/1",
          "radenbijeenkomsten": [
            { "id": "k-1", "datum": "2021-10-06", "capaciteit": 8 },
            { "id": "k-2", "datum": "2022-03-09" },
            { "id": "k-3", "datum": "2022-06-01", "capaciteit": 8 },
            { "id": "k-4", "datum": "2022-10-05", "capaciteit": 8 }
          ],
          "blokkades": [
            { "periode": { "begin": "2022-03-02", "einde": "2022-03-30" }, "reden": "Gemeenteraadsverkiezingen 2022" }
          ]
        }
        """;

    // The bundled plan with meetings of its own in its period (besides the two before it).
    private static Werkplan MetEigenBijeenkomsten() => Zk with
    {
        Radenbijeenkomsten =
        [
            .. Zk.Radenbijeenkomsten,
            new Radenbijeenkomst { Id = "eigen-1", Datum = new LocalDate(2021, 9, 29), Agendaruimte = 9 },
            new Radenbijeenkomst { Id = "eigen-2", Datum = new LocalDate(2022, 4, 13), Agendaruimte = 9 },
            new Radenbijeenkomst { Id = "eigen-3", Datum = new LocalDate(2022, 9, 28), Agendaruimte = 9 },
        ],
    };

    private static IEnumerable<string> MeetingIds(string schedule) =>
        schedule.Split('\n').Select(l => Regex.Match(l, @"^\d{4}-\d{2}-\d{2}  (\S+)  \(")).Where(m => m.Success).Select(m => m.Groups[1].Value);

    [Fact]
    public void Schedule_FILE_uses_the_plan_s_own_meetings_when_it_has_them_in_its_period()
    {
        var (exit, output, error) = Run("schedule", Save(MetEigenBijeenkomsten()));
        Assert.Empty(error);
        Assert.Equal(["rb-2020-11-24", "rb-2021-05-19", "eigen-1", "eigen-2", "eigen-3"], MeetingIds(output));
        Assert.DoesNotContain("rb-2021-Q3", output, StringComparison.Ordinal);
        Assert.Contains(output.Split('\n'), l => l.StartsWith("2022-04-13  eigen-2  (", StringComparison.Ordinal) && !l.EndsWith("(0/9)", StringComparison.Ordinal));
        Assert.InRange(exit, 0, 1);

        // The bundled plan's own meetings lie before its period: it is scheduled on the generated calendar, as before.
        Assert.Equal(["rb-2021-Q3", "rb-2021-Q4", "rb-2022-Q1", "rb-2022-Q2", "rb-2022-Q3", "rb-2022-Q4"], MeetingIds(Run("schedule", Save(Zk)).Out));
    }

    [Fact]
    public void Run_FILE_holds_the_plan_s_own_meetings()
    {
        // The run validates on the calendar it runs on (issue 16: one calendar for every operation): the plan's own
        // three meetings leave its moments of 2021-Q4, 2022-Q1 and 2022-Q4 without a meeting (ZK061), so that plan is not run...
        var (zonderExit, zonder, _) = Run("run", Save(MetEigenBijeenkomsten()));
        Assert.Equal(1, zonderExit);
        Assert.Contains("ZK061", zonder, StringComparison.Ordinal);

        // ... and with a meeting of its own in those quarters too, it runs on its own meetings.
        var plan = MetEigenBijeenkomsten();
        plan = plan with
        {
            Radenbijeenkomsten =
            [
                .. plan.Radenbijeenkomsten,
                new Radenbijeenkomst { Id = "eigen-4", Datum = new LocalDate(2021, 11, 24), Agendaruimte = 9 },
                new Radenbijeenkomst { Id = "eigen-5", Datum = new LocalDate(2022, 2, 16), Agendaruimte = 9 },
                new Radenbijeenkomst { Id = "eigen-6", Datum = new LocalDate(2022, 11, 16), Agendaruimte = 9 },
            ],
        };
        var (exit, output, error) = Run("run", Save(plan));
        Assert.True(exit == 0, output);
        Assert.Empty(error);
        Assert.Contains("2021-09-29  radenbijeenkomst eigen-1", output, StringComparison.Ordinal);
        Assert.Contains("2022-09-28  radenbijeenkomst eigen-3", output, StringComparison.Ordinal);
        Assert.DoesNotContain("rb-2021-Q3", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Kalender_FILE_is_the_calendar_of_schedule_run_and_validate()
    {
        var plan = Save(Zk);
        var kalender = SampleCli.TempFile(Kalender);

        var (exit, schedule, error) = Run("schedule", plan, "--kalender", kalender);
        Assert.Empty(error);
        Assert.Equal(1, exit); // 6.2's decision finds no meeting before its deadline
        Assert.Equal(["k-1", "k-2", "k-3", "k-4"], MeetingIds(schedule));
        Assert.Contains("2022-03-09  k-2  (0/∞)", schedule, StringComparison.Ordinal); // blocked, and without a capacity

        var (runExit, run, runError) = Run("run", plan, "--kalender", kalender, "--lang", "en");
        Assert.Empty(runError);
        Assert.Equal(1, runExit); // the plan's own quarters have no meeting in this calendar (ZK061)
        Assert.Contains("ZK061", run, StringComparison.Ordinal);

        // A calendar with a meeting in every quarter (the plan's own two before its period, and one per quarter of
        // its own ids): the run goes through, meeting by meeting, on that calendar.
        var ruim = SampleCli.TempFile(System.Text.Encoding.UTF8.GetString(KalenderDocument.Save(new Vergaderkalender
        {
            Radenbijeenkomsten =
            [
                .. Zk.Radenbijeenkomsten,
                .. StandaardKalender.Generate(Zk).Radenbijeenkomsten.Select((r, i) => new Radenbijeenkomst { Id = "vk-" + (i + 1), Datum = r.Datum, Agendaruimte = 9 }),
            ],
        })));
        var (okExit, ok, okError) = Run("run", plan, "--kalender", ruim, "--lang", "en");
        Assert.Empty(okError);
        Assert.Equal(0, okExit);
        Assert.Contains("joint council meeting vk-1", ok, StringComparison.Ordinal);
        Assert.Contains("joint council meeting vk-6", ok, StringComparison.Ordinal);
        Assert.DoesNotContain("rb-2021-Q3", ok, StringComparison.Ordinal);

        // validate checks the moments against the calendar: ZK061 (no meeting in the quarter) and ZK062 (blocked).
        var (validateExit, findings, _) = Run("validate", plan, "--kalender", kalender, "--format", "json");
        Assert.Equal(1, validateExit);
        using var json = System.Text.Json.JsonDocument.Parse(findings);
        var codes = json.RootElement.EnumerateArray().Select(f => f.GetProperty("code").GetString()).ToList();
        Assert.Contains("ZK061", codes);
        Assert.Contains("ZK062", codes);
        Assert.DoesNotContain("ZK061", Run("validate", plan, "--format", "json").Out, StringComparison.Ordinal);
    }

    public static TheoryData<string> Commands => ["validate", "schedule", "run"];

    [Theory]
    [MemberData(nameof(Commands))]
    public void An_unreadable_calendar_exits_2_with_one_line_naming_file_path_and_line(string command)
    {
        var plan = Save(Zk);
        var kalender = SampleCli.TempFile("{\n  \"formaat\": \"zk-kalender/1\",\n  \"radenbijeenkomsten\": [ { \"id\": \"k-1\", \"datum\": \"2021-13-06\" } ]\n}\n");
        var (exit, output, error) = Run(command, plan, "--kalender", kalender);
        Assert.Equal(Cli.Unreadable, exit);
        Assert.Empty(output);
        var line = Assert.Single(error.TrimEnd().Split('\n'));
        Assert.Contains($"{kalender}: $.radenbijeenkomsten[0].datum (regel 3, ", line, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
        Assert.Contains($"{kalender}: $.radenbijeenkomsten[0].datum (line 3, ", Run(command, plan, "--kalender", kalender, "--lang", "en").Err, StringComparison.Ordinal);

        var missing = Path.Combine(Path.GetTempPath(), "zk-geen-kalender-" + Guid.NewGuid().ToString("N") + ".json");
        var (missingExit, missingOut, missingError) = Run(command, plan, "--kalender", missing);
        Assert.Equal(Cli.Unreadable, missingExit);
        Assert.Empty(missingOut);
        Assert.Contains(missing, Assert.Single(missingError.TrimEnd().Split('\n')), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("samenhang", "plan.json", "--kalender", "k.json")]
    [InlineData("overzicht", "--kalender", "k.json")]
    [InlineData("rules", "--kalender", "k.json")]
    [InlineData("schedule", "plan.json", "--kalender")]
    public void Kalender_belongs_to_validate_schedule_and_run(params string[] args)
    {
        var (exit, output, error) = Run(args);
        Assert.Equal(Cli.Usage, exit);
        Assert.Empty(output);
        Assert.Contains("Usage: zk-sample", error, StringComparison.Ordinal);
    }

    // ---- another region ----

    private static readonly Bijeenkomstsoort Regiopodium = new() { Id = "regiopodium", NaamNl = "Regiopodium", NaamEn = "Regional podium", StandaardAgendaruimte = 6 };

    // The bundled plan under another region's profile: its meetings are Regiopodia, its period ends in mid-2024.
    private static Werkplan West() => Zk with
    {
        Regio = "West",
        Profiel = Zk.Profiel with { Id = "west", Naam = "West", Bijeenkomstsoorten = [Regiopodium] },
        Looptijd = new DateInterval(Zk.Looptijd.Start, new LocalDate(2024, 6, 30)),
    };

    [Fact]
    public void Another_profile_s_schedule_and_run_print_its_meetings_never_a_radenbijeenkomst()
    {
        var plan = West();
        Assert.DoesNotContain(plan.Validate(), b => b.Severity == FindingSeverity.Error);
        var path = Save(plan);
        var gelezen = 0;
        foreach (var taal in new[] { "nl", "en" })
        {
            var (scheduleExit, schedule, scheduleError) = Run("schedule", path, "--lang", taal);
            Assert.Empty(scheduleError);
            Assert.InRange(scheduleExit, 0, 1);
            Assert.Contains("regiopodium-2021-Q3", schedule, StringComparison.Ordinal);
            Assert.All(MeetingIds(schedule), id => Assert.StartsWith("regiopodium-", id, StringComparison.Ordinal));

            foreach (var format in new[] { "text", "markdown" })
            {
                var (exit, run, error) = Run("run", path, "--lang", taal, "--format", format);
                Assert.Equal(0, exit);
                Assert.Empty(error);
                Assert.Contains(taal == "nl" ? "Regiopodium regiopodium-2022-Q1" : "Regional podium regiopodium-2022-Q1", run, StringComparison.Ordinal);
                foreach (var output in new[] { schedule, run })
                {
                    Assert.DoesNotContain("radenbijeenkomst", output, StringComparison.OrdinalIgnoreCase);
                    Assert.DoesNotContain("joint council meeting", output, StringComparison.OrdinalIgnoreCase);
                    Assert.DoesNotMatch(@"\brb-", output);
                }

                gelezen += run.Split('\n').Count(l => l.Contains("regiopodium-", StringComparison.Ordinal));
            }
        }

        Assert.True(gelezen >= 4 * 10, $"{gelezen} meeting lines read"); // the check read real meetings: ten quarters, four runs
    }

    [Fact]
    public void The_closing_heading_comes_from_the_period_s_end_in_every_output_of_the_run()
    {
        var path = Save(West());
        foreach (var (taal, kop) in new[] { ("nl", "Wat hebben we in 2024 bereikt?"), ("en", "What have we achieved by 2024?") })
        {
            var (_, text, _) = Run("run", path, "--lang", taal);
            Assert.Contains("\n" + kop + "\n", text, StringComparison.Ordinal);
            var (_, markdown, _) = Run("run", path, "--lang", taal, "--format", "markdown");
            Assert.Contains("\n## " + kop + "\n", markdown, StringComparison.Ordinal);
            var (_, overzicht, _) = Run("overzicht", path, "--lang", taal);
            Assert.Contains("\n" + kop + "\n", overzicht, StringComparison.Ordinal);
            foreach (var output in new[] { text, markdown, overzicht })
            {
                Assert.DoesNotContain("2023 bereikt", output, StringComparison.Ordinal);
                Assert.DoesNotContain("by 2023", output, StringComparison.Ordinal);
            }
        }

        // The bundled plan ends on 31 December 2022: its heading looks to 2023, the year after.
        Assert.Contains("Wat hebben we in 2023 bereikt?", Run("run", Save(Zk)).Out, StringComparison.Ordinal);
    }
}
