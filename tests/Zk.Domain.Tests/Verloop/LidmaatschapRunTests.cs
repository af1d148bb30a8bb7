using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using Zk.Domain.Inplannen;
using Zk.Domain.Partijen;
using Zk.Domain.Tests.Generators;
using Zk.Domain.Tests.Partijen;
using Zk.Domain.Verloop;
using Zk.Domain.Werkplannen;

namespace Zk.Domain.Tests.Verloop;

/// <summary>
/// The run with membership over time (issue 13, point 4): a council decides a proposal only when it is a member on the
/// decision's date, its successor from its own start; adopted means every member of that date adopted, rejected that
/// every member of that date rejected; a scripted decision of a council that is no member then is ignored; the replay
/// rebuilds the same state.
/// </summary>
public class LidmaatschapRunTests(ITestOutputHelper output)
{
    private static Werkplan Plan => Fusieplan.Plan;

    private static readonly Planning Planning = Planner.Schedule(Plan, Fusieplan.Kalender);

    private static List<RaadBesloten> Besluiten(Runverslag verslag, string actie) => [.. verslag.Gebeurtenissen.OfType<RaadBesloten>().Where(b => b.Actie == actie)];

    [Fact]
    public void The_councils_of_the_decision_s_date_decide_the_merging_ones_before_and_their_successor_after()
    {
        Assert.Empty(Planning.Onplanbaar);
        var verslag = PlanRun.Run(Plan, Planning);

        // Action 1: discussed 1 June 2021, decided 13 July 2021, before the merger.
        Assert.Equal(["alkmaar", "heerhugowaard", "langedijk"], Besluiten(verslag, "1").Select(b => b.Gemeente));
        Assert.All(Besluiten(verslag, "1"), b => Assert.Equal(new LocalDate(2021, 7, 13), b.Datum));

        // Action 2: discussed 1 December 2021, before the merger, but decided 12 January 2022, after it.
        Assert.Equal(["alkmaar", "dijk-en-waard"], Besluiten(verslag, "2").Select(b => b.Gemeente));
        Assert.All(Besluiten(verslag, "2"), b => Assert.Equal(new LocalDate(2022, 1, 12), b.Datum));

        Assert.Equal(["alkmaar", "dijk-en-waard"], Besluiten(verslag, "3").Select(b => b.Gemeente));
        Assert.Equal(["1", "2", "3"], verslag.Gebeurtenissen.OfType<VoorstelVastgesteld>().Select(v => v.Actie));
        Assert.All(verslag.Eind.Acties, a => Assert.Equal(ActieStatus.Vastgesteld, a.Status));
    }

    [Fact]
    public void A_council_that_is_no_member_on_the_decision_s_date_is_ignored_and_rejection_is_by_the_members_of_that_date()
    {
        var scenario = new Scenario
        {
            Stappen =
            [
                // Heerhugowaard no longer exists on 12 January 2022: its step has no effect.
                new ScenarioStap { Soort = StapSoort.Verwerpt, Actie = "2", Gemeente = "heerhugowaard" },

                // Dijk en Waard does not exist yet on 13 July 2021.
                new ScenarioStap { Soort = StapSoort.Amendeert, Actie = "1", Gemeente = "dijk-en-waard" },

                // Both members of July 2022 reject action 3: it stops, though Heerhugowaard and Langedijk never rejected it.
                new ScenarioStap { Soort = StapSoort.Verwerpt, Actie = "3", Gemeente = "alkmaar" },
                new ScenarioStap { Soort = StapSoort.Verwerpt, Actie = "3", Gemeente = "dijk-en-waard" },
            ],
        };
        var verslag = PlanRun.Run(Plan, Planning, scenario);
        Assert.All(Besluiten(verslag, "2"), b => Assert.Equal(Raadsbesluit.Aangenomen, b.Besluit));
        Assert.All(Besluiten(verslag, "1"), b => Assert.Equal(Raadsbesluit.Aangenomen, b.Besluit));
        Assert.Equal(["1", "2"], verslag.Gebeurtenissen.OfType<VoorstelVastgesteld>().Select(v => v.Actie));
        var drie = verslag.Eind.Acties.Single(a => a.Actie == "3");
        Assert.Equal((Besluitstand.Verworpen, ActieStatus.Gestopt), (drie.Besluitstand, drie.Status));
        Assert.Equal(["alkmaar", "dijk-en-waard"], verslag.Gebeurtenissen.OfType<VoorstelNietVastgesteld>().Single().Verworpen);

        // One member of two rejecting is a split, not a rejection: the first round ends in herafstemming.
        var een = PlanRun.Run(Plan, Planning, new Scenario { Stappen = [scenario.Stappen[2]] });
        Assert.Equal(Besluituitkomst.Herafstemming, een.Eind.Acties.Single(a => a.Actie == "3").Rondes[0].Uitkomst.Uitkomst);
        Assert.Equal(Besluituitkomst.Herafstemming, een.Gebeurtenissen.OfType<VoorstelNietVastgesteld>().First(v => v.Actie == "3").Uitkomst);

        foreach (var dag in new[] { new LocalDate(2021, 7, 13), new LocalDate(2022, 1, 11), new LocalDate(2022, 1, 12), Plan.Looptijd.End })
        {
            Assert.Equal(PlanRun.Run(Plan, Planning, scenario, dag).Eind, Voortgang.Replay(Plan, verslag.Gebeurtenissen, dag));
        }
    }

    // A run of a small instance whose plan has four members with random membership periods (or none), successors, and
    // scripted decisions of every member on every action.
    private static Gen<(Werkplan Plan, Planning Planning, Scenario Scenario, Governancebeleid Beleid)> Runs { get; } =
        from r in PlanningGenerator.Runs
        from perioden in (
            from heeft in Gen.Elements(false, true, true)
            from vanaf in Gen.Choose(-60, 800)
            from lengte in Gen.Choose(-5, 800)
            from open in Gen.Elements("geen", "begin", "einde")
            select heeft ? (open == "begin" ? (null, vanaf + lengte) : open == "einde" ? (vanaf, null) : ((int?)vanaf, (int?)(vanaf + lengte))) : ((int?, int?)?)null).ArrayOf(4)
        from opvolgers in Gen.Elements<string?>(null, "g", "g2", "g3", "g4").ArrayOf(4)
        from besluiten in Gen.Elements<StapSoort?>(null, null, StapSoort.Verwerpt, StapSoort.Amendeert).ArrayOf(4 * r.Instantie.Plan.Acties.Count)
        let leden = new[] { "g", "g2", "g3", "g4" }
        let start = PlanningGenerator.Looptijd.Start
        let plan = r.Instantie.Plan with
        {
            Deelnemers = leden,
            Partijen = [.. leden.Select(g => new Partij { Id = g, Naam = g, Soort = PartijSoort.Gemeente })],
            Lidmaatschappen = [.. leden.Select((g, k) => perioden[k] is { } p
                ? new Lidmaatschap { Partij = g, Vanaf = p.Item1 is { } v ? start.PlusDays(v) : null, TotEnMet = p.Item2 is { } t ? start.PlusDays(t) : null, Opvolger = opvolgers[k] }
                : null).OfType<Lidmaatschap>()],
        }
        let stappen = r.Scenario.Stappen.Where(s => s.Gemeente is null).Concat(
            r.Instantie.Plan.Acties.SelectMany((a, i) => leden.Select((g, k) => besluiten[(4 * i) + k] is { } soort ? new ScenarioStap { Soort = soort, Actie = a.Id, Gemeente = g } : null)).OfType<ScenarioStap>())
        select (plan, r.Planning, new Scenario { Stappen = [.. stappen] }, r.Instantie.Beleid);

    [Fact]
    public void Generated_runs_with_membership_periods_let_exactly_the_members_of_each_decision_s_date_decide()
    {
        var (gevallen, wisseling) = (300, 0);
        var geoefend = Wet.Controleer(Runs, gevallen, 20261213, 20261215, x =>
        {
            var verslag = PlanRun.Run(x.Plan, x.Planning, x.Scenario, beleid: x.Beleid);
            var fouten = PlanRunLawTests.Schendingen(x.Plan, x.Planning, x.Scenario, x.Beleid, verslag, x.Plan.Looptijd.End);

            // Nobody decides outside their membership.
            foreach (var b in verslag.Gebeurtenissen.OfType<RaadBesloten>())
            {
                if (!Ledenorakel.LedenOp(x.Plan, b.Datum).Contains(b.Gemeente))
                {
                    fouten.Add($"{b.Gemeente} decided on {b.Actie} on {b.Datum:uuuu-MM-dd}, outside its membership");
                }
            }

            if (PlanRunLawTests.Herspeelfout(x.Plan, x.Planning, x.Scenario, x.Beleid, verslag) is { } fout)
            {
                fouten.Add(fout);
            }

            // Exercised: a decision on a date when not every member of the plan is a member.
            var veranderd = verslag.Gebeurtenissen.OfType<VoorstelVastgesteld>().Select(g => g.Datum)
                .Concat(verslag.Gebeurtenissen.OfType<VoorstelNietVastgesteld>().Select(g => g.Datum))
                .Any(d => Ledenorakel.LedenOp(x.Plan, d).Count != x.Plan.Deelnemers.Count);
            wisseling += veranderd && verslag.Gebeurtenissen.OfType<RaadBesloten>().Any() ? 1 : 0;
            return (veranderd, fouten.Count == 0 ? null : string.Join("; ", fouten));
        });

        output.WriteLine($"{geoefend} of {gevallen} runs decided while membership had changed, {wisseling} of them with councils deciding.");
        Assert.True(geoefend >= gevallen / 4, $"only {geoefend} runs decided while membership had changed");
        Assert.True(wisseling >= gevallen / 5, $"only {wisseling} runs had councils decide while membership had changed");
    }
}
