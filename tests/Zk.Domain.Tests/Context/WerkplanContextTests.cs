using NodaTime;
using Zk.Domain.Besturing;
using Zk.Domain.Bundled;
using Zk.Domain.Context;
using Zk.Domain.Documenten;
using Zk.Domain.Inplannen;
using Zk.Domain.Regels;
using Zk.Domain.Samenhang;
using Zk.Domain.Verloop;
using Zk.Domain.Werkplannen;

namespace Zk.Domain.Tests.Context;

/// <summary>
/// Issue 16, point 3: one way to a calendar, given once. A <see cref="WerkplanContext"/> holds the plan's one calendar,
/// policy and options; validation, the schedule, the coherence analysis, the scenario check and the run all use it.
/// </summary>
public class WerkplanContextTests
{
    private static readonly Werkplan Zk = BundledPlans.ZuidKennemerland;

    private static Werkplan Regio => WerkplanDocument.LoadFile(Path.Combine(AppContext.BaseDirectory, "Regio", "werkplan-regio-voorbeeld.json"));

    // One meeting, on the plan's first day: every council moment in a later quarter has no meeting (ZK061).
    private static Vergaderkalender EenBijeenkomst(Werkplan plan) => new()
    {
        Radenbijeenkomsten = [new Radenbijeenkomst { Id = "enige", Datum = plan.Looptijd.Start }],
    };

    [Fact]
    public void The_calendar_source_is_stated_the_plans_own_meetings_the_default_pattern_or_given()
    {
        // The bundled plan records only meetings from before its period: it is scheduled on the default pattern.
        var zk = new WerkplanContext(Zk);
        Assert.Equal(Kalenderbron.Standaardpatroon, zk.Kalenderbron);
        Assert.Equal(StandaardKalender.Generate(Zk), zk.Kalender);

        // The region example has meetings of its own in its period.
        var regio = new WerkplanContext(Regio);
        Assert.Equal(Kalenderbron.EigenVergaderingen, regio.Kalenderbron);
        Assert.Equal(Regio.Radenbijeenkomsten, regio.Kalender.Radenbijeenkomsten);

        var gegeven = new WerkplanContext(Zk, EenBijeenkomst(Zk));
        Assert.Equal(Kalenderbron.Opgegeven, gegeven.Kalenderbron);
        Assert.Equal(EenBijeenkomst(Zk), gegeven.Kalender);
    }

    [Fact]
    public void Validation_always_runs_with_the_contexts_calendar_so_ZK061_is_never_skipped()
    {
        var kalender = EenBijeenkomst(Zk);
        var context = new WerkplanContext(Zk, kalender) { Opties = new ValidationOptions { Taal = Taal.En } };

        var bevindingen = context.Validate();
        Assert.Contains(bevindingen, b => b.Code == Regelcatalogus.ZK061);
        Assert.Equal(Zk.Validate(new ValidationOptions { Taal = Taal.En, Kalender = kalender }), bevindingen);

        // Without a calendar the plain call cannot check ZK061; the context can not forget it.
        Assert.DoesNotContain(Zk.Validate(), b => b.Code == Regelcatalogus.ZK061);

        // A calendar in the options is replaced by the context's.
        var andere = context with { Opties = new ValidationOptions { Kalender = StandaardKalender.Generate(Zk) } };
        Assert.Contains(andere.Validate(), b => b.Code == Regelcatalogus.ZK061);
        Assert.Equal(new WerkplanContext(Zk).Validate(), Zk.Validate(new ValidationOptions { Kalender = StandaardKalender.Generate(Zk) }));
    }

    [Fact]
    public void Schedule_analysis_check_and_run_use_the_one_calendar_and_policy()
    {
        var beleid = Governancebeleid.Standaard with { MinimaleTussenruimteInDagen = 30 };
        var context = new WerkplanContext(Regio) { Beleid = beleid };
        var planning = Planner.Schedule(Regio, context.Kalender, beleid);

        Assert.Equal(planning, context.Schedule());
        Assert.Same(context.Schedule(), context.Schedule()); // made once, then kept
        Assert.Equal(context.Kalender, context.Schedule().Kalender);
        Assert.Equal(SamenhangAnalyse.Of(Regio, planning).Botsproef, context.Analyze().Botsproef);

        var scenario = ScenarioDocument.LoadFile(Path.Combine(AppContext.BaseDirectory, "Regio", "scenario-regio-voorbeeld.json"));
        Assert.Equal(Scenariocontrole.Check(scenario, Regio, context.Kalender), context.Check(scenario));
        var tot = new LocalDate(2025, 6, 30);
        Assert.Equal(PlanRun.Run(Regio, planning, scenario, tot, beleid).Gebeurtenissen, context.Run(scenario, tot).Gebeurtenissen);
    }

    [Fact]
    public void A_copy_with_another_policy_makes_its_own_schedule()
    {
        var context = new WerkplanContext(Zk);
        var eerst = context.Schedule();
        var strenger = context with { Beleid = Governancebeleid.Standaard with { MinimaleTussenruimteInDagen = 200 } };

        Assert.Equal(Planner.Schedule(Zk, context.Kalender, strenger.Beleid), strenger.Schedule());
        Assert.NotEqual(eerst, strenger.Schedule()); // a 200-day gap moves moments: a kept schedule would be stale
        Assert.Same(eerst, context.Schedule());
        Assert.Equal(context.Kalenderbron, strenger.Kalenderbron);
    }

    [Fact]
    public void The_schedule_made_by_racing_threads_is_one_and_the_same()
    {
        var context = new WerkplanContext(Zk);
        var planningen = new Planning[8];
        Parallel.For(0, planningen.Length, i => planningen[i] = context.Schedule());
        Assert.All(planningen, p => Assert.Same(planningen[0], p));
    }

    [Fact]
    public void Null_arguments_are_refused_at_the_boundary()
    {
        Assert.Throws<ArgumentNullException>(() => new WerkplanContext(null!));
        Assert.Throws<ArgumentNullException>(() => new WerkplanContext(Zk, null!));
        Assert.Throws<ArgumentNullException>(() => new WerkplanContext(Zk) { Beleid = null! });
        Assert.Throws<ArgumentNullException>(() => new WerkplanContext(Zk) { Opties = null! });
    }
}
