using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using NodaTime;
using Zk.Domain.Besturing;
using Zk.Domain.Bundled;
using Zk.Domain.Documenten;
using Zk.Domain.Inplannen;
using Zk.Domain.Regels;
using Zk.Domain.Samenhang;
using Zk.Domain.Verloop;
using Zk.Domain.Werkplannen;

namespace Zk.Domain.Tests.Api;

/// <summary>
/// The documented limits (issue 15 point 4): a document's longest string and list, the findings per rule code, and the
/// governance policy's values. Each is accepted at the limit and refused (or summarised) one beyond.
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
        Assert.Equal(65_536, WerkplanDocument.MaxStringLength);
        Assert.Equal(1_000_000, WerkplanDocument.MaxListLength);
        Assert.Equal(1_000, WerkplanValidation.MaxBevindingenPerCode);
        Assert.Equal(3_652_058, Governancebeleid.MaxDagen);
        Assert.Equal(Governancebeleid.MaxDagen, Period.DaysBetween(new LocalDate(1, 1, 1), new LocalDate(9999, 12, 31)));
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
