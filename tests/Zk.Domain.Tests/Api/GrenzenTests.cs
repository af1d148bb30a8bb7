using NodaTime;
using Zk.Domain.Besturing;
using Zk.Domain.Bundled;
using Zk.Domain.Documenten;
using Zk.Domain.Inplannen;
using Zk.Domain.Regels;
using Zk.Domain.Samenhang;
using Zk.Domain.Synthetisch;
using Zk.Domain.Tijd;
using Zk.Domain.Verloop;
using Zk.Domain.Werkplannen;

namespace Zk.Domain.Tests.Api;

/// <summary>
/// The public API's boundary (issue 15 point 4): misuse gives the documented <see cref="ArgumentException"/> family,
/// an inconsistent plan gives findings; no other exception, no hang, no silent shift of a date.
/// </summary>
public class GrenzenTests
{
    private static readonly Werkplan Plan = BundledPlans.ZuidKennemerland;
    private static readonly Vergaderkalender Kalender = new() { Radenbijeenkomsten = Plan.Radenbijeenkomsten };

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(int.MinValue)]
    [InlineData(SyntheticPlan.MaxActies + 1)]
    [InlineData(int.MaxValue)]
    public void SyntheticPlan_refuses_a_count_outside_1_to_MaxActies_at_once(int acties)
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => SyntheticPlan.Generate(acties, 1));
        Assert.Equal("acties", e.ParamName);
    }

    [Fact]
    public void SyntheticPlan_generates_at_the_lower_bound()
    {
        Assert.Single(SyntheticPlan.Generate(1, 1).Acties);
        Assert.Equal(1_000_000, SyntheticPlan.MaxActies);
    }

    public static TheoryData<string> NonIsoDates => ["julian", "year-0", "year-minus-9998"];

    private static LocalDate NonIso(string kind, LocalDate iso) => kind switch
    {
        "julian" => iso.WithCalendar(CalendarSystem.Julian),
        "year-0" => new LocalDate(0, iso.Month, iso.Day),
        _ => new LocalDate(-9998, iso.Month, iso.Day),
    };

    [Theory]
    [MemberData(nameof(NonIsoDates))]
    public void A_calendar_meeting_with_a_non_ISO_date_is_refused_by_Schedule_naming_its_path(string kind)
    {
        var eerste = Kalender.Radenbijeenkomsten[0];
        var kalender = Kalender with { Radenbijeenkomsten = Kalender.Radenbijeenkomsten.SetItem(0, eerste with { Datum = NonIso(kind, eerste.Datum) }) };
        var e = Assert.Throws<ArgumentException>(() => Planner.Schedule(Plan, kalender));
        Assert.Equal("kalender", e.ParamName);
        Assert.Contains("radenbijeenkomsten[0].datum", e.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => KalenderDocument.Save(kalender));
    }

    [Theory]
    [MemberData(nameof(NonIsoDates))]
    public void A_plan_with_a_non_ISO_date_is_refused_by_every_operation_and_by_Save(string kind)
    {
        var looptijd = new DateInterval(NonIso(kind, Plan.Looptijd.Start), NonIso(kind, Plan.Looptijd.End));
        var plan = Plan with { Looptijd = looptijd };
        var planning = Planner.Schedule(Plan, Kalender);
        foreach (var operation in new Action[]
        {
            () => plan.Validate(),
            () => Planner.Schedule(plan, Kalender),
            () => PlanRun.Run(plan, planning),
            () => SamenhangAnalyse.Of(plan),
            () => WerkplanDocument.Save(plan),
        })
        {
            var e = Assert.Throws<ArgumentException>(operation);
            Assert.Contains("looptijd", e.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_meeting_date_in_the_Julian_calendar_is_refused_and_its_explicit_conversion_is_kept_exactly()
    {
        var eerste = Plan.Radenbijeenkomsten[0];
        var julian = new LocalDate(2022, 3, 1, CalendarSystem.Julian);
        var plan = Plan with { Radenbijeenkomsten = Plan.Radenbijeenkomsten.SetItem(0, eerste with { Datum = julian }) };
        Assert.Contains("radenbijeenkomsten[0].datum", Assert.Throws<ArgumentException>(() => plan.Validate()).Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => WerkplanDocument.Save(plan));

        // Converted by the caller: the same day, which is 14 March in the ISO calendar, written and read as that.
        var iso = julian.WithCalendar(CalendarSystem.Iso);
        Assert.Equal(new LocalDate(2022, 3, 14), iso);
        var converted = Plan with { Radenbijeenkomsten = Plan.Radenbijeenkomsten.SetItem(0, eerste with { Datum = iso }) };
        Assert.Equal(iso, WerkplanDocument.Load(WerkplanDocument.Save(converted)).Radenbijeenkomsten[0].Datum);
        Assert.Contains("\"2022-03-14\"", WerkplanDocument.SaveToString(converted), StringComparison.Ordinal);
    }

    [Fact]
    public void Run_refuses_a_last_day_outside_the_ISO_calendar()
    {
        var planning = Planner.Schedule(Plan, Kalender);
        Assert.Equal("tot", Assert.Throws<ArgumentException>(() => PlanRun.Run(Plan, planning, tot: new LocalDate(2022, 1, 1, CalendarSystem.Julian))).ParamName);
        Assert.Equal("tot", Assert.Throws<ArgumentException>(() => PlanRun.Run(Plan, planning, tot: new LocalDate(0, 6, 30))).ParamName);
        Assert.NotNull(PlanRun.Run(Plan, planning, tot: Plan.Looptijd.Start));
    }

    // Documented: no exception; the planner schedules on both meetings (told apart by position), the plan's ZK001 reports it.
    [Fact]
    public void Validate_refuses_non_ISO_dates_in_its_options()
    {
        var julian = new LocalDate(2022, 3, 1, CalendarSystem.Julian);
        var kalender = Kalender with { Radenbijeenkomsten = Kalender.Radenbijeenkomsten.Add(Kalender.Radenbijeenkomsten[0] with { Id = "j", Datum = julian }) };
        Assert.Equal("options", Assert.Throws<ArgumentException>(() => Plan.Validate(new ValidationOptions { Kalender = kalender })).ParamName);
        var blokkade = new Blokkade { Periode = new DateInterval(julian, julian.PlusDays(10)), Reden = "r" };
        Assert.Equal("options", Assert.Throws<ArgumentException>(() => Plan.Validate(new ValidationOptions { Blokkades = [blokkade] })).ParamName);
    }

    [Fact]
    public void Run_refuses_a_scenario_step_dated_outside_the_ISO_calendar()
    {
        var planning = Planner.Schedule(Plan, Kalender);
        var scenario = Scenario.Random(Plan, planning, 3);
        Assert.NotEmpty(scenario.Stappen);
        var julian = scenario with { Stappen = [.. scenario.Stappen.Select(s => s with { Datum = new LocalDate(2022, 3, 1, CalendarSystem.Julian) })] };
        var e = Assert.Throws<ArgumentException>(() => PlanRun.Run(Plan, planning, julian));
        Assert.Equal("scenario", e.ParamName);
        Assert.Contains("stappen[0].datum", e.Message, StringComparison.Ordinal);
        Assert.NotNull(PlanRun.Run(Plan, planning, scenario));
    }

    [Fact]
    public void A_calendar_with_duplicate_meeting_ids_is_scheduled_without_an_exception()
    {
        var eerste = Kalender.Radenbijeenkomsten[0];
        var dubbel = eerste with { Datum = eerste.Datum.PlusDays(3) };
        var kalender = Kalender with { Radenbijeenkomsten = Kalender.Radenbijeenkomsten.Add(dubbel) };
        Assert.NotNull(Planner.Schedule(Plan, kalender));
        var plan = Plan with { Radenbijeenkomsten = Plan.Radenbijeenkomsten.Add(dubbel) };
        Assert.NotNull(Planner.Schedule(plan, StandaardKalender.For(plan)));
    }

    [Fact]
    public void A_plan_with_duplicate_meeting_ids_is_a_finding_and_runs()
    {
        var eerste = Plan.Radenbijeenkomsten[0];
        var plan = Plan with { Radenbijeenkomsten = Plan.Radenbijeenkomsten.Add(eerste with { Datum = eerste.Datum.PlusDays(3) }) };
        Assert.Contains(plan.Validate(), b => b.Code == Regelcatalogus.ZK001 && b.Path.StartsWith("radenbijeenkomsten", StringComparison.Ordinal));
        Assert.NotNull(PlanRun.Run(plan, Planner.Schedule(Plan, Kalender)));
    }

    [Fact]
    public void Default_Fase_in_a_council_moment_is_a_finding_not_an_exception_and_round_trips()
    {
        var actie = Plan.Acties[0];
        var plan = Plan with { Acties = Plan.Acties.SetItem(0, actie with { Raadsmomenten = actie.Raadsmomenten.Add(new Raadsmoment { Fase = default }) }) };
        Assert.Equal(string.Empty, default(Fase).Id);
        Assert.Contains(plan.Validate(), b => b.Severity == FindingSeverity.Error && b.Path.StartsWith("acties[0].raadsmomenten", StringComparison.Ordinal));
        Assert.NotNull(Planner.Schedule(plan, Kalender));
        Assert.Equal(plan, WerkplanDocument.Load(WerkplanDocument.Save(plan)));
    }

    [Fact]
    public void Default_Kwartaal_is_the_first_quarter_and_works_everywhere()
    {
        Assert.Equal(Kwartaal.MinValue, default);
        Assert.Equal("0001-Q1", default(Kwartaal).ToString());
        Assert.Equal(new LocalDate(1, 1, 1), default(Kwartaal).EersteDag);
        var actie = Plan.Acties[0];
        var plan = Plan with { Acties = Plan.Acties.SetItem(0, actie with { Raadsmomenten = [new Raadsmoment { Fase = Fase.Besluitvorming, Kwartaal = default(Kwartaal) }] }) };
        Assert.NotEmpty(plan.Validate());
        Assert.Equal(plan, WerkplanDocument.Load(WerkplanDocument.Save(plan)));
    }

    [Fact]
    public void Default_Verwijzing_is_a_missing_member_finding_and_an_ArgumentException_for_the_operations()
    {
        var plan = Plan with { Koppelkansen = Plan.Koppelkansen.SetItem(0, Plan.Koppelkansen[0] with { Van = default }) };
        Assert.Contains(plan.Validate(), b => b.Code == Regelcatalogus.ZK004);
        Assert.Throws<ArgumentException>(() => Planner.Schedule(plan, Kalender));
        Assert.Throws<ArgumentException>(() => WerkplanDocument.Save(plan));
    }
}
