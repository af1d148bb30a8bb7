using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using NodaTime;
using Zk.Domain.Besturing;
using Zk.Domain.Bundled;
using Zk.Domain.Documenten;
using Zk.Domain.Inplannen;
using Zk.Domain.Regels;
using Zk.Domain.Sample;
using Zk.Domain.Samenhang;
using Zk.Domain.Synthetisch;
using Zk.Domain.Tests.Sample;
using Zk.Domain.Verloop;
using Zk.Domain.Werkplannen;

namespace Zk.Domain.Tests.Api;

/// <summary>
/// The documented limits (issue 15 point 4): a document's size, longest string and list, the findings per rule code (of
/// validation and of a scenario's checks), and the governance policy's values. Each is accepted at the limit and refused
/// (or summarised) one beyond.
/// </summary>
public class LimietenTests
{
    private static readonly Werkplan Plan = BundledPlans.ZuidKennemerland;
    private static readonly Vergaderkalender Kalender = new() { Radenbijeenkomsten = Plan.Radenbijeenkomsten };

    private static string Document(Action<JsonObject> wijzig)
    {
        var root = JsonNode.Parse(WerkplanDocument.SaveToString(Plan))!.AsObject();
        wijzig(root);
        return root.ToJsonString();
    }

    [Fact]
    public void The_limits_have_their_documented_values()
    {
        Assert.Equal(256L * 1024 * 1024, WerkplanDocument.MaxFileSize);
        Assert.Equal(65_536, WerkplanDocument.MaxStringLength);
        Assert.Equal(1_000_000, WerkplanDocument.MaxListLength);
        Assert.Equal(1_000, WerkplanValidation.MaxBevindingenPerCode);
        Assert.Equal(3_652_058, Governancebeleid.MaxDagen);
        Assert.Equal(Governancebeleid.MaxDagen, Period.DaysBetween(new LocalDate(1, 1, 1), new LocalDate(9999, 12, 31)));
    }

    [Fact]
    public void A_synthetic_plan_of_100000_actions_is_within_the_size_limit_and_loads()
    {
        // Issue 15 point 5: every console command handles a plan of 100,000 actions, so its document must be readable.
        // A stream stand-in for the file (no 219 MiB written to disk); the file's own read has the same limit (below).
        var bytes = WerkplanDocument.Save(SyntheticPlan.Generate(100_000, seed: 1));
        Assert.InRange(bytes.LongLength, WerkplanDocument.MaxFileSize * 3 / 4, WerkplanDocument.MaxFileSize * 9 / 10);
        using var stroom = new MemoryStream(bytes, writable: false);
        Assert.Equal(100_000, WerkplanDocument.Load(stroom, "100k.json").Acties.Count);
    }

    private static readonly Lazy<string> PlanBestand = new(() => SampleCli.TempFile(WerkplanDocument.SaveToString(Plan)));

    public static TheoryData<string> Documentsoorten => ["plan", "scenario", "kalender"];

    [Theory]
    [MemberData(nameof(Documentsoorten))]
    public void A_file_of_the_maximum_size_is_read_and_one_byte_more_is_refused_before_it_is_read(string soort)
    {
        // Sparse files: a document, then NUL bytes up to the size (nothing of it is written to disk). At the limit the
        // whole file is read and the reader refuses the first NUL after the document (a syntax error on its last line);
        // one byte more is the size refusal, naming the limit.
        var document = soort switch
        {
            "plan" => WerkplanDocument.SaveToString(Plan),
            "scenario" => """{ "formaat": "zk-scenario/1", "stappen": [] }""",
            _ => Encoding.UTF8.GetString(KalenderDocument.Save(Kalender)),
        };
        Func<string, object> lees = soort switch
        {
            "plan" => WerkplanDocument.LoadFile,
            "scenario" => ScenarioDocument.LoadFile,
            _ => KalenderDocument.LoadFile,
        };
        var regels = document.TrimEnd('\n').Split('\n').Length;
        foreach (var grootte in new[] { WerkplanDocument.MaxFileSize, WerkplanDocument.MaxFileSize + 1 })
        {
            var pad = SampleCli.TempFile(document);
            try
            {
                using (var stroom = File.OpenWrite(pad))
                {
                    stroom.SetLength(grootte);
                }

                var fout = Assert.Throws<WerkplanDocumentException>(() => lees(pad)).Error;
                Assert.Equal(pad, fout.Source);
                if (grootte == WerkplanDocument.MaxFileSize)
                {
                    Assert.DoesNotContain("MiB", fout.Message, StringComparison.Ordinal);
                    Assert.True(fout.Line >= regels, $"line {fout.Line} of {regels}: {fout.Message}");
                }
                else
                {
                    Assert.Equal("$", fout.JsonPath);
                    Assert.Null(fout.Line);
                    Assert.Contains("larger than 256 MiB", fout.Message, StringComparison.Ordinal);
                }

                // The console: exit 2 and one line either way.
                var (exit, stdout, stderr) = soort switch
                {
                    "plan" => SampleCli.Run("validate", pad, "--lang", "en"),
                    "scenario" => SampleCli.Run("run", "--scenario", pad, "--lang", "en"),
                    _ => SampleCli.Run("schedule", PlanBestand.Value, "--kalender", pad, "--lang", "en"),
                };
                Assert.Equal(Cli.Unreadable, exit);
                Assert.Empty(stdout);
                Assert.Single(stderr.TrimEnd('\n').Split('\n'));
                Assert.Equal(grootte > WerkplanDocument.MaxFileSize, stderr.Contains("256 MiB", StringComparison.Ordinal));
            }
            finally
            {
                File.Delete(pad);
            }
        }
    }

    [Theory]
    [InlineData("a")]
    [InlineData("é")]
    [InlineData("\\n")]
    public void A_string_of_the_maximum_length_loads_and_one_character_more_is_refused_naming_its_path(string teken)
    {
        // Counted in UTF-16 characters after unescaping, whatever the bytes: one byte, two bytes, or an escape.
        string Titel(int n) => string.Concat(Enumerable.Repeat(teken, n));
        var bijLimiet = Document(r => r["titel"] = "PLAATSHOUDER");
        bijLimiet = bijLimiet.Replace("\"PLAATSHOUDER\"", "\"" + Titel(WerkplanDocument.MaxStringLength) + "\"", StringComparison.Ordinal);
        Assert.Equal(WerkplanDocument.MaxStringLength, WerkplanDocument.Parse(bijLimiet).Titel.Length);

        var erboven = Document(r => r["titel"] = "PLAATSHOUDER").Replace("\"PLAATSHOUDER\"", "\"" + Titel(WerkplanDocument.MaxStringLength + 1) + "\"", StringComparison.Ordinal);
        Assert.False(WerkplanDocument.TryLoad(Encoding.UTF8.GetBytes(erboven), out _, out var fout, "lang.json"));
        Assert.Equal("$.titel", fout.JsonPath);
        Assert.True(fout.Line >= 1);
        Assert.Contains("65,537", fout.Message, StringComparison.Ordinal);
        Assert.True(fout.ToString().Length <= DocumentError.MaxLineLength);
    }

    [Fact]
    public void A_long_id_in_a_list_is_refused_naming_its_element()
    {
        var document = Document(r => r["deelnemers"]!.AsArray().Add(new string('x', WerkplanDocument.MaxStringLength + 1)));
        Assert.False(WerkplanDocument.TryLoad(Encoding.UTF8.GetBytes(document), out _, out var fout));
        Assert.Equal($"$.deelnemers[{Plan.Deelnemers.Count}]", fout.JsonPath);
    }

    [Fact]
    public void A_list_of_the_maximum_length_loads_one_element_more_is_refused_and_its_findings_are_capped()
    {
        // A million member ids that name no party: the document loads, and validation lists 1,000 ZK002 findings for
        // them plus one summary with the number of the rest (not a million findings).
        var bekend = Plan.Deelnemers.Count;
        string Met(int extra)
        {
            var tekst = new StringBuilder(Document(r => r["deelnemers"] = new JsonArray()));
            var ids = new StringBuilder();
            foreach (var d in Plan.Deelnemers)
            {
                ids.Append('"').Append(d).Append("\",");
            }

            for (var i = 0; i < extra; i++)
            {
                ids.Append("\"m").Append(i.ToString(CultureInfo.InvariantCulture)).Append("\",");
            }

            ids.Length--;
            return tekst.ToString().Replace("\"deelnemers\":[]", "\"deelnemers\":[" + ids + "]", StringComparison.Ordinal);
        }

        var plan = WerkplanDocument.Parse(Met(WerkplanDocument.MaxListLength - bekend));
        Assert.Equal(WerkplanDocument.MaxListLength, plan.Deelnemers.Count);

        Assert.False(WerkplanDocument.TryLoad(Encoding.UTF8.GetBytes(Met(WerkplanDocument.MaxListLength - bekend + 1)), out _, out var fout));
        Assert.Equal("$.deelnemers[1000000]", fout.JsonPath);
        Assert.Contains("1,000,000", fout.Message, StringComparison.Ordinal);

        var bevindingen = plan.Validate();
        var zk002 = bevindingen.Where(b => b.Code == "ZK002").ToList();
        Assert.Equal(WerkplanValidation.MaxBevindingenPerCode + 1, zk002.Count);
        var samenvatting = Assert.Single(zk002, b => b.Path.Length == 0);
        Assert.Equal(FindingSeverity.Error, samenvatting.Severity);
        Assert.Contains((WerkplanDocument.MaxListLength - bekend - WerkplanValidation.MaxBevindingenPerCode).ToString("N0", CultureInfo.InvariantCulture), samenvatting.Message, StringComparison.Ordinal);
        Assert.True(bevindingen.HasErrors());
        Assert.All(bevindingen.GroupBy(b => b.Code), g => Assert.True(g.Count() <= WerkplanValidation.MaxBevindingenPerCode + 1, g.Key));
    }

    public static TheoryData<int> Aantallen => [0, 1, 7, 999, 1_000, 1_001, 1_002, 2_500];

    [Theory]
    [MemberData(nameof(Aantallen))]
    public void Up_to_the_cap_every_finding_is_listed_beyond_it_the_first_thousand_and_one_summary(int onbekend)
    {
        // The oracle: each unknown member id is one ZK002 finding at its own path (rules.md); the cap keeps the first
        // thousand in the plan's order and counts the rest in one summary at the plan's path.
        var extra = Enumerable.Range(0, onbekend).Select(i => "onbekend-" + i.ToString(CultureInfo.InvariantCulture)).ToArray();
        var plan = Plan with { Deelnemers = [.. Plan.Deelnemers, .. extra] };
        var zk002 = plan.Validate(new ValidationOptions { Taal = Taal.En }).Where(b => b.Code == "ZK002").ToList();
        var verwacht = Enumerable.Range(Plan.Deelnemers.Count, Math.Min(onbekend, WerkplanValidation.MaxBevindingenPerCode))
            .Select(i => "deelnemers[" + i.ToString(CultureInfo.InvariantCulture) + "]").ToHashSet(StringComparer.Ordinal);
        Assert.Equal(verwacht, zk002.Where(b => b.Path.Length > 0).Select(b => b.Path).ToHashSet(StringComparer.Ordinal));
        var samenvattingen = zk002.Where(b => b.Path.Length == 0).ToList();
        if (onbekend <= WerkplanValidation.MaxBevindingenPerCode)
        {
            Assert.Empty(samenvattingen);
        }
        else
        {
            var s = Assert.Single(samenvattingen);
            Assert.Contains((onbekend - WerkplanValidation.MaxBevindingenPerCode).ToString("N0", CultureInfo.InvariantCulture) + " more findings of ZK002", s.Message, StringComparison.Ordinal);
            var nl = Assert.Single(plan.Validate(new ValidationOptions { Taal = Taal.Nl }), b => b.Code == "ZK002" && b.Path.Length == 0);
            Assert.StartsWith("Nog ", nl.Message, StringComparison.Ordinal);
        }
    }

    private static readonly ScenarioStap GoedeStap = new() { Soort = StapSoort.Verwerpt, Actie = "4.1", Gemeente = "zandvoort" };

    // Step kinds of a scenario on the bundled plan that each break exactly one check, with its code and the field named.
    private static readonly (string Code, string? Veld, Func<int, ScenarioStap> Stap)[] FouteStappen =
    [
        ("ZK200", "actie", i => new ScenarioStap { Soort = StapSoort.Verwerpt, Actie = "geen-actie-" + Getal(i), Gemeente = "zandvoort" }),
        ("ZK201", "gemeente", i => new ScenarioStap { Soort = StapSoort.Verwerpt, Actie = "4.1", Gemeente = "geen-gemeente-" + Getal(i) }),
        ("ZK202", "radenbijeenkomst", i => new ScenarioStap { Soort = StapSoort.Annuleert, Radenbijeenkomst = "geen-bijeenkomst-" + Getal(i) }),
        ("ZK209", null, _ => GoedeStap),
    ];

    public static TheoryData<int, int, int, int> Stapaantallen => new()
    {
        { 0, 0, 0, 0 },
        { 1, 0, 0, 7 },
        { 999, 1_000, 1_001, 0 },
        { 1_000, 1_001, 1_002, 2_500 },
        { 2_500, 3, 0, 1_000 },
    };

    [Theory]
    [MemberData(nameof(Stapaantallen))]
    public void A_scenario_lists_up_to_the_cap_of_findings_per_code_and_one_summary_of_the_rest(int zk200, int zk201, int zk202, int zk209)
    {
        // The oracle counts from the input: a valid step first, then the bad steps of each kind in a shuffled order; each
        // gives one finding of its code at its own path. The first thousand of each code (in step order) are listed, the
        // rest stand in one summary at the empty path.
        int[] aantallen = [zk200, zk201, zk202, zk209];
        var soorten = Enumerable.Range(0, FouteStappen.Length).SelectMany(k => Enumerable.Repeat(k, aantallen[k])).ToArray();
        new Random(aantallen.Sum()).Shuffle(soorten);
        var scenario = new Scenario { Stappen = [GoedeStap, .. soorten.Select((k, i) => FouteStappen[k].Stap(i))] };

        var bevindingen = scenario.Check(Plan, Kalender, Taal.En);
        var geoefend = 0;
        for (var k = 0; k < FouteStappen.Length; k++)
        {
            var (code, veld, _) = FouteStappen[k];
            var paden = soorten.Select((soort, i) => (soort, i)).Where(x => x.soort == k)
                .Select(x => "stappen[" + Getal(x.i + 1) + "]" + (veld is null ? string.Empty : "." + veld)).ToList();
            var vanCode = bevindingen.Where(b => b.Code == code).ToList();
            Assert.Equal(paden.Take(WerkplanValidation.MaxBevindingenPerCode), vanCode.Where(b => b.Path.Length > 0).Select(b => b.Path));
            var samenvattingen = vanCode.Where(b => b.Path.Length == 0).ToList();
            if (paden.Count <= WerkplanValidation.MaxBevindingenPerCode)
            {
                Assert.Empty(samenvattingen);
                continue;
            }

            geoefend++;
            var samenvatting = Assert.Single(samenvattingen);
            Assert.Equal(FouteStappen[k].Code == "ZK209" ? FindingSeverity.Warning : FindingSeverity.Error, samenvatting.Severity);
            Assert.Contains((paden.Count - WerkplanValidation.MaxBevindingenPerCode).ToString("N0", CultureInfo.InvariantCulture) + " more findings of " + code, samenvatting.Message, StringComparison.Ordinal);
        }

        // Nothing else is found, and the summaries (one per code over the cap) come after the listed findings.
        Assert.Equal(aantallen.Count(a => a > WerkplanValidation.MaxBevindingenPerCode), geoefend);
        Assert.Equal(aantallen.Sum(a => Math.Min(a, WerkplanValidation.MaxBevindingenPerCode)) + geoefend, bevindingen.Count);
        Assert.All(bevindingen.Take(bevindingen.Count - geoefend), b => Assert.NotEmpty(b.Path));
        Assert.All(bevindingen.Skip(bevindingen.Count - geoefend), b => Assert.Empty(b.Path));
    }

    [Fact]
    public void A_scenario_of_a_million_bad_steps_gives_a_thousand_findings_and_one_summary()
    {
        var scenario = new Scenario { Stappen = [.. Enumerable.Range(0, 1_000_000).Select(FouteStappen[0].Stap)] };
        var bevindingen = scenario.Check(Plan, Kalender, Taal.Nl);
        Assert.Equal(WerkplanValidation.MaxBevindingenPerCode + 1, bevindingen.Count);
        Assert.All(bevindingen, b => Assert.Equal("ZK200", b.Code));
        Assert.Equal("stappen[999].actie", bevindingen[WerkplanValidation.MaxBevindingenPerCode - 1].Path);
        Assert.Equal(string.Empty, bevindingen[^1].Path);
        Assert.StartsWith("Nog 999,000 bevindingen van ZK200", bevindingen[^1].Message, StringComparison.Ordinal);
    }

    private static string Getal(int n) => n.ToString(CultureInfo.InvariantCulture);

    [Theory]
    [InlineData(-1)]
    [InlineData(int.MinValue)]
    [InlineData(Governancebeleid.MaxDagen + 1)]
    [InlineData(int.MaxValue)]
    public void A_policy_refuses_a_number_of_days_outside_0_to_MaxDagen_where_it_is_set(int dagen)
    {
        Assert.Equal(nameof(Governancebeleid.MinimaleTussenruimteInDagen),
            Assert.Throws<ArgumentOutOfRangeException>(() => new Governancebeleid { MinimaleTussenruimteInDagen = dagen }).ParamName);
        Assert.Equal(nameof(Governancebeleid.BesluitvormingstermijnInDagen),
            Assert.Throws<ArgumentOutOfRangeException>(() => new Governancebeleid { BesluitvormingstermijnInDagen = dagen }).ParamName);
    }

    public static TheoryData<int, int> Randwaarden => new()
    {
        { 0, 0 },
        { Governancebeleid.MaxDagen, 42 },
        { 0, Governancebeleid.MaxDagen },
        { Governancebeleid.MaxDagen, Governancebeleid.MaxDagen },
        { 400, 400 },
    };

    [Theory]
    [MemberData(nameof(Randwaarden))]
    public void A_policy_at_the_limits_schedules_runs_and_analyses(int tussenruimte, int termijn)
    {
        var beleid = new Governancebeleid
        {
            MinimaleTussenruimteInDagen = tussenruimte,
            BesluitvormingstermijnInDagen = termijn,
            Deadlines = [new Deadline(Plan.Acties[0].Id, new LocalDate(1, 1, 1)), new Deadline(Plan.Acties[1].Id, new LocalDate(9999, 12, 31))],
        };
        var planning = Planner.Schedule(Plan, Kalender, beleid);
        Assert.True(planning.Toewijzingen.Count + planning.Onplanbaar.Count >= Plan.Acties.Sum(a => a.Raadsmomenten.Count));
        if (tussenruimte == Governancebeleid.MaxDagen)
        {
            // No two meetings lie that far apart: every action keeps at most one moment in a meeting.
            Assert.All(planning.Toewijzingen.GroupBy(t => t.Actie), g => Assert.Single(g, t => t.Radenbijeenkomst is not null));
        }

        var verslag = PlanRun.Run(Plan, planning, beleid: beleid);
        Assert.NotEmpty(verslag.Gebeurtenissen);
        Assert.Equal(Plan.Vraagstukken.Count, SamenhangAnalyse.Of(Plan, planning).Botsproef.Count);
    }

    [Fact]
    public void A_policy_refuses_a_null_deadline_one_without_an_action_and_one_outside_the_ISO_calendar()
    {
        var iso = new LocalDate(2022, 1, 1);
        Deadline?[][] fout =
        [
            [null],
            [new Deadline("1", iso), new Deadline(null!, iso)],
            [new Deadline("1", iso.WithCalendar(CalendarSystem.Julian))],
            [new Deadline("1", new LocalDate(0, 1, 1))],
        ];
        foreach (var deadlines in fout)
        {
            var e = Assert.Throws<ArgumentException>(() => new Governancebeleid { Deadlines = [.. deadlines!] });
            Assert.Equal(nameof(Governancebeleid.Deadlines), e.ParamName);
            Assert.Contains("Deadlines[" + (deadlines.Length - 1).ToString(CultureInfo.InvariantCulture) + "]", e.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Capacities_of_int_MaxValue_validate_schedule_and_run()
    {
        var plan = Plan with
        {
            Plancapaciteit = int.MaxValue,
            Radenbijeenkomsten = [.. Plan.Radenbijeenkomsten.Select(r => r with { Agendaruimte = int.MaxValue })],
        };
        var kalender = new Vergaderkalender { Radenbijeenkomsten = plan.Radenbijeenkomsten };
        // The same findings as with the plan's own capacities, but for the capacity rules, which have nothing to say.
        var opties = new ValidationOptions { Kalender = kalender, Plancapaciteit = int.MaxValue };
        var zonder = new[] { "ZK011", "ZK060" };
        Assert.Equal(
            Plan.Validate(opties with { Kalender = Kalender, Plancapaciteit = null }).Where(b => !zonder.Contains(b.Code)).Select(b => (b.Code, b.Path)),
            plan.Validate(opties).Select(b => (b.Code, b.Path)));
        var planning = Planner.Schedule(plan, kalender);
        Assert.True(planning.Toewijzingen.Count >= Planner.Schedule(Plan, Kalender).Toewijzingen.Count);
        Assert.NotEmpty(PlanRun.Run(plan, planning).Gebeurtenissen);
    }
}
