using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using NodaTime.Testing;
using Zk.Domain.Besturing;
using Zk.Domain.Bundled;
using Zk.Domain.Documenten;
using Zk.Domain.Inplannen;
using Zk.Domain.Verloop;
using Zk.Domain.Werkplannen;

namespace Zk.Domain.Tests.Verloop;

public class PlanRunTests
{
    private static Werkplan Zk => BundledPlans.ZuidKennemerland;

    private static readonly Planning ZkPlanning = Planner.Schedule(Zk, BundledPlans.ZuidKennemerlandKalender);

    private static ActieVoortgang Actie(Runverslag verslag, string id) => verslag.Eind.Acties.Single(a => a.Actie == id);

    [Fact]
    public void Everything_to_plan_adopts_every_decision_and_reaches_every_result()
    {
        var verslag = PlanRun.Run(Zk, ZkPlanning);
        Assert.IsType<RunGestart>(verslag.Gebeurtenissen[0]);
        Assert.Equal(6, verslag.Gebeurtenissen.OfType<BijeenkomstGehouden>().Count());
        Assert.Equal(["4.1", "6.2"], verslag.Gebeurtenissen.OfType<VoorstelVastgesteld>().Select(v => v.Actie));
        Assert.Equal(ActieStatus.Vastgesteld, Actie(verslag, "4.1").Status);
        Assert.Equal(ActieStatus.OpSchema, Actie(verslag, "7.1").Status);
        // Every result due by the end of the period is reached; the Woonakkoord's mid-term meeting (2023) lies after it.
        var einde = global::Zk.Domain.Tijd.Kwartaal.FromDate(Zk.Looptijd.End);
        Assert.Equal(Zk.Acties.Sum(a => a.Resultaten.Count(r => r.UiterlijkIn(Zk.Looptijd) <= einde)), verslag.Eind.Acties.Sum(a => a.ResultatenBereikt.Count));
        Assert.Empty(Actie(verslag, "5.1").ResultatenBereikt);
        Assert.Equal(["6.1-r1"], Actie(verslag, "6.1").ResultatenBereikt);
    }

    [Fact]
    public void Each_council_decides_separately_and_one_rejection_prevents_adoption()
    {
        var scenario = new Scenario { Stappen = [new ScenarioStap { Soort = StapSoort.Verwerpt, Actie = "4.1", Gemeente = "zandvoort" }] };
        var verslag = PlanRun.Run(Zk, ZkPlanning, scenario);
        var besluiten = verslag.Gebeurtenissen.OfType<RaadBesloten>().Where(b => b.Actie == "4.1").ToList();
        Assert.Equal(["bloemendaal", "haarlem", "heemstede", "zandvoort"], besluiten.Select(b => b.Gemeente));
        Assert.Equal(Raadsbesluit.Verworpen, besluiten[3].Besluit);
        var economie = Actie(verslag, "4.1");
        Assert.Equal(Besluitstand.DeelsAangenomen, economie.Besluitstand);
        Assert.Equal(ActieStatus.Vertraagd, economie.Status);
        Assert.Empty(economie.ResultatenBereikt);
    }

    [Fact]
    public void An_amendment_is_a_state_of_its_own_not_a_rejection()
    {
        var scenario = new Scenario { Stappen = [new ScenarioStap { Soort = StapSoort.Amendeert, Actie = "4.1", Gemeente = "bloemendaal" }] };
        var verslag = PlanRun.Run(Zk, ZkPlanning, scenario);
        var uitkomst = verslag.Gebeurtenissen.OfType<VoorstelNietVastgesteld>().Single();
        Assert.Equal(["bloemendaal"], uitkomst.Geamendeerd);
        Assert.Empty(uitkomst.Verworpen);
        Assert.Equal(Besluitstand.DeelsAangenomen, Actie(verslag, "4.1").Besluitstand);
    }

    [Fact]
    public void When_every_council_rejects_the_action_stops()
    {
        var scenario = new Scenario
        {
            Stappen = Zk.Deelnemers.Select(g => new ScenarioStap { Soort = StapSoort.Verwerpt, Actie = "6.2", Gemeente = g }).ToArray(),
        };
        Assert.Equal(ActieStatus.Gestopt, Actie(PlanRun.Run(Zk, ZkPlanning, scenario), "6.2").Status);
    }

    [Fact]
    public void A_cancelled_meeting_moves_its_agenda_to_the_next_one()
    {
        var scenario = new Scenario { Stappen = [new ScenarioStap { Soort = StapSoort.Annuleert, Radenbijeenkomst = "rb-2022-Q2" }] };
        var verslag = PlanRun.Run(Zk, ZkPlanning, scenario);
        Assert.Contains(verslag.Gebeurtenissen, g => g is BijeenkomstGeannuleerd { Radenbijeenkomst: "rb-2022-Q2" });
        var verschoven = verslag.Gebeurtenissen.OfType<MomentVerschoven>().ToList();
        Assert.Contains(verschoven, v => v.Fase == Fase.Versie80 && v is { Actie: "4.1", Van: "rb-2022-Q2", Naar: "rb-2022-Q3" });
        Assert.Contains(verschoven, v => v.Fase == Fase.Bespreking && v is { Actie: "3.2", Naar: "rb-2022-Q3" });
        Assert.Contains(verschoven, v => v.Fase == Fase.Bespreking && v is { Actie: "3.2", Van: "rb-2022-Q3", Naar: "rb-2022-Q4" }); // the table's second discussion moves along
        Assert.Equal(ActieStatus.Vertraagd, Actie(verslag, "5.1").Status);
    }

    [Fact]
    public void An_action_that_slips_past_the_period_falls_off_the_schedule()
    {
        var scenario = new Scenario { Stappen = [new ScenarioStap { Soort = StapSoort.Vertraagt, Actie = "4.1", Kwartalen = 1 }] };
        var verslag = PlanRun.Run(Zk, ZkPlanning, scenario);
        Assert.Contains(verslag.Gebeurtenissen, g => g is MomentVerschoven { Actie: "4.1", Naar: null } mv && mv.Fase == Fase.Besluitvorming);
        var economie = Actie(verslag, "4.1");
        Assert.Equal(ActieStatus.Vertraagd, economie.Status);
        Assert.Equal(Besluitstand.Open, economie.Besluitstand);
    }

    [Theory]
    [InlineData(int.MaxValue)]
    [InlineData(40_000)]
    public void A_slip_of_any_number_of_quarters_moves_the_action_off_the_schedule_without_overflow(int kwartalen)
    {
        // A scenario file may hold any whole number: the moments land past every meeting, as for one quarter past the end.
        var scenario = ScenarioDocument.Load(System.Text.Encoding.UTF8.GetBytes(
            $$"""{ "formaat": "zk-scenario/1", "stappen": [ { "soort": "vertraagt", "actie": "4.1", "kwartalen": {{kwartalen}} } ] }"""));
        var verslag = PlanRun.Run(Zk, ZkPlanning, scenario);
        Assert.Contains(verslag.Gebeurtenissen, g => g is MomentVerschoven { Actie: "4.1", Naar: null });
        Assert.Equal(ActieStatus.Vertraagd, Actie(verslag, "4.1").Status);
        Assert.Equal(verslag.Eind, Voortgang.Replay(Zk, verslag.Gebeurtenissen, verslag.Eind.Datum));
    }

    [Fact]
    public void Funding_found_lifts_the_risk()
    {
        var voorDeVondst = PlanRun.Run(Zk, ZkPlanning, tot: new LocalDate(2022, 6, 30));
        Assert.Equal(ActieStatus.Risico, Actie(voorDeVondst, "6.2").Status);
        var scenario = new Scenario { Stappen = [new ScenarioStap { Soort = StapSoort.Financiering, Actie = "6.2", Datum = new LocalDate(2022, 4, 1) }] };
        var metVondst = PlanRun.Run(Zk, ZkPlanning, scenario, new LocalDate(2022, 6, 30));
        Assert.Equal(ActieStatus.OpSchema, Actie(metVondst, "6.2").Status);
    }

    [Fact]
    public void The_run_reads_the_date_from_the_clock_it_is_given()
    {
        var klok = new FakeClock(Instant.FromUtc(2022, 3, 1, 12, 0));
        var verslag = PlanRun.Run(Zk, ZkPlanning, klok, DateTimeZoneProviders.Tzdb["Europe/Amsterdam"]);
        Assert.Equal(new LocalDate(2022, 3, 1), verslag.Eind.Datum);
        Assert.Equal(3, verslag.Gebeurtenissen.OfType<BijeenkomstGehouden>().Count());
        var volgend = Actie(verslag, "4.1").VolgendMoment!;
        Assert.Equal(("rb-2022-Q2", Fase.Versie80), (volgend.Radenbijeenkomst, volgend.Fase));
    }

    [Property(MaxTest = 200, Replay = "(5150,5151)")]
    public Property A_run_stopped_at_a_date_has_the_state_its_events_replay_to() =>
        Prop.ForAll(Arb.From(Gen.Choose(0, 100_000)), Arb.From(Gen.Choose(0, 549)), (seed, dag) =>
        {
            var scenario = Scenario.Random(Zk, ZkPlanning, seed);
            var datum = Zk.Looptijd.Start.PlusDays(dag);
            var heel = PlanRun.Run(Zk, ZkPlanning, scenario);
            var gestopt = PlanRun.Run(Zk, ZkPlanning, scenario, datum);
            return gestopt.Eind == heel.At(Zk, datum) && gestopt.Eind == Voortgang.Replay(Zk, gestopt.Gebeurtenissen, datum);
        });

    [Property(MaxTest = 200, Replay = "(6160,6161)")]
    public Property Unanimity_any_single_rejection_or_amendment_prevents_adoption() =>
        Prop.ForAll(Arb.From(Gen.Elements("3.2", "4.1", "6.2")), Arb.From(Gen.Elements(Zk.Deelnemers.ToArray())), Arb.From(Gen.Elements(StapSoort.Verwerpt, StapSoort.Amendeert)), (actie, gemeente, soort) =>
        {
            var scenario = new Scenario { Stappen = [new ScenarioStap { Soort = soort, Actie = actie, Gemeente = gemeente }] };
            var verslag = PlanRun.Run(Zk, ZkPlanning, scenario);
            return verslag.Gebeurtenissen.OfType<VoorstelVastgesteld>().All(v => v.Actie != actie)
                && verslag.Eind.Acties.Single(a => a.Actie == actie).Status != ActieStatus.Vastgesteld;
        });

    [Property(MaxTest = 100, Replay = "(7170,7171)")]
    public Property The_same_seed_gives_the_same_run() =>
        Prop.ForAll(Arb.From(Gen.Choose(0, 100_000)), seed =>
            PlanRun.Run(Zk, ZkPlanning, Scenario.Random(Zk, ZkPlanning, seed)) == PlanRun.Run(Zk, ZkPlanning, Scenario.Random(Zk, ZkPlanning, seed)));
}
