using System.Collections.Concurrent;
using NodaTime;
using Zk.Domain.Bundled;
using Zk.Domain.Collections;
using Zk.Domain.Inplannen;
using Zk.Domain.Synthetisch;
using Zk.Domain.Verloop;
using Zk.Domain.Werkplannen;

namespace Zk.Domain.Tests.Verloop;

/// <summary>The run and its replay agree with the reference implementation (<see cref="PlanRunReferentie"/>), event for event.</summary>
public class PlanRunReferentieTests
{
    private static readonly ConcurrentDictionary<string, (Werkplan Plan, Planning Planning)> Plannen = new();

    private static (Werkplan Plan, Planning Planning) Plan(string naam) => Plannen.GetOrAdd(naam, n =>
    {
        if (n == "zk")
        {
            return (BundledPlans.ZuidKennemerland, Planner.Schedule(BundledPlans.ZuidKennemerland, BundledPlans.ZuidKennemerlandKalender));
        }

        var delen = n.Split('-');
        var plan = SyntheticPlan.Generate(int.Parse(delen[0]), int.Parse(delen[1]));
        return (plan, Planner.Schedule(plan, SyntheticPlan.Kalender(plan)));
    });

    public static TheoryData<string, string, string> Gevallen()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var plan in new[] { "zk", "1-1", "7-2", "40-3" })
        {
            foreach (var variant in new[] { "basis", "vol", "dubbel", "samen", "blokkades" })
            {
                foreach (var scenario in new[] { "volgens", "random", "zwaar" })
                {
                    data.Add(plan, variant, scenario);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Gevallen))]
    public void A_run_gives_the_events_and_the_state_of_the_reference_run(string planNaam, string variant, string scenarioNaam)
    {
        var (plan, basis) = Plan(planNaam);
        var planning = Variant(plan, basis, variant);
        for (var seed = 1; seed <= 3; seed++)
        {
            var scenario = scenarioNaam switch
            {
                "volgens" => Scenario.Volgens,
                "random" => Scenario.Random(plan, planning, seed),
                _ => Zwaar(plan, planning, seed),
            };
            foreach (var tot in new LocalDate?[] { null, plan.Looptijd.Start.PlusDays(-1), plan.Looptijd.Start.PlusDays(200 * seed), plan.Looptijd.End.PlusDays(30) })
            {
                var referentie = PlanRunReferentie.Run(plan, planning, scenario, tot);
                var verslag = PlanRun.Run(plan, planning, scenario, tot);
                Assert.Equal(referentie.Gebeurtenissen, verslag.Gebeurtenissen);
                Assert.Equal(referentie.Eind, verslag.Eind);
            }

            // The state at any date, from the events given in any form, even out of order.
            var heel = PlanRun.Run(plan, planning, scenario);
            var terug = heel.Gebeurtenissen.Take(1).Concat(heel.Gebeurtenissen.Skip(1).Reverse()).ToList();
            for (var dag = -10; dag < plan.Looptijd.Length + 40; dag += 97)
            {
                var datum = plan.Looptijd.Start.PlusDays(dag);
                Assert.Equal(PlanRunReferentie.Replay(plan, heel.Gebeurtenissen, datum), heel.Op(plan, datum));
                Assert.Equal(PlanRunReferentie.Replay(plan, terug, datum), Voortgang.Replay(plan, terug.Where(_ => true), datum));
            }

            Assert.Equal(PlanRunReferentie.Replay(plan, terug), Voortgang.Replay(plan, terug));
        }
    }

    [Fact]
    public void A_moment_of_an_action_outside_the_plan_fails_as_the_reference_does()
    {
        var (plan, planning) = Plan("7-2");
        var vreemd = planning with { Toewijzingen = planning.Toewijzingen.Concat(planning.Toewijzingen.Take(2).Select((t, i) => t with { Actie = "vreemd", Moment = i })).ToValueArray() };
        var scenario = Zwaar(plan, vreemd, 1);
        var referentie = Record.Exception(() => PlanRunReferentie.Run(plan, vreemd, scenario));
        var uitzondering = Record.Exception(() => PlanRun.Run(plan, vreemd, scenario));
        Assert.Equal(referentie?.GetType(), uitzondering?.GetType());
        Assert.Equal(referentie?.Message, uitzondering?.Message);
    }

    [Fact]
    public void A_moment_planned_twice_fails_as_the_reference_does()
    {
        var (plan, planning) = Plan("7-2");
        var dubbel = planning with { Toewijzingen = planning.Toewijzingen.Add(planning.Toewijzingen[3]) };
        var referentie = Assert.ThrowsAny<ArgumentException>(() => PlanRunReferentie.Run(plan, dubbel));
        var uitzondering = Assert.ThrowsAny<ArgumentException>(() => PlanRun.Run(plan, dubbel));
        Assert.Equal(referentie.Message, uitzondering.Message);
    }

    // Schedules that stress the run: full meetings, meetings on one date, two moments of an action in one meeting, blocked periods.
    private static Planning Variant(Werkplan plan, Planning p, string variant)
    {
        switch (variant)
        {
            case "vol":
                var tellen = p.Toewijzingen.GroupBy(t => t.Radenbijeenkomst).ToDictionary(g => g.Key, g => g.Count());
                return p with { Kalender = p.Kalender with { Radenbijeenkomsten = p.Kalender.Radenbijeenkomsten.Select((r, i) => i % 2 == 0 ? r with { Capaciteit = tellen.GetValueOrDefault(r.Id) } : r).ToValueArray() } };
            case "dubbel":
                var extra = p.Kalender.Radenbijeenkomsten.Select(r => r with { Id = r.Id + "-bis", Capaciteit = 2 })
                    .Concat(p.Kalender.Radenbijeenkomsten.Select(r => r with { Id = "0-" + r.Id, Capaciteit = 1 }));
                return p with { Kalender = p.Kalender with { Radenbijeenkomsten = p.Kalender.Radenbijeenkomsten.Concat(extra).ToValueArray() } };
            case "samen":
                var lijst = p.Toewijzingen.ToList();
                foreach (var groep in lijst.Select((t, i) => (t, i)).GroupBy(x => x.t.Actie).Where((g, n) => g.Count() >= 2 && n % 2 == 0))
                {
                    var (eerste, _) = groep.First();
                    var (tweede, i) = groep.ElementAt(1);
                    lijst[i] = tweede with { Radenbijeenkomst = eerste.Radenbijeenkomst, Datum = eerste.Datum };
                }

                return p with { Toewijzingen = lijst.ToValueArray() };
            case "blokkades":
                return p with { Kalender = p.Kalender with { Blokkades = StandaardBlokkades.Voor(plan.Looptijd) } };
            default:
                return p;
        }
    }

    // Many cancellations, slips from any date by zero to three quarters, unanimous and split decisions, and steps about
    // actions and meetings the plan does not have.
    private static Scenario Zwaar(Werkplan plan, Planning planning, int seed)
    {
        var random = new Random(seed);
        var stappen = new List<ScenarioStap>();
        foreach (var r in planning.Kalender.Radenbijeenkomsten.Where(_ => random.NextDouble() < 0.25))
        {
            stappen.Add(new ScenarioStap { Soort = StapSoort.Annuleert, Radenbijeenkomst = r.Id });
        }

        foreach (var a in plan.Acties)
        {
            if (random.NextDouble() < 0.3)
            {
                var datum = random.Next(3) == 0 ? (LocalDate?)null : plan.Looptijd.Start.PlusDays(random.Next(-30, plan.Looptijd.Length + 30));
                stappen.Add(new ScenarioStap { Soort = StapSoort.Vertraagt, Actie = a.Id, Kwartalen = random.Next(4) == 0 ? null : random.Next(0, 4), Datum = datum });
            }

            if (random.NextDouble() < 0.2)
            {
                stappen.Add(new ScenarioStap { Soort = StapSoort.Financiering, Actie = a.Id, Datum = plan.Looptijd.Start.PlusDays(random.Next(-30, plan.Looptijd.Length + 30)) });
            }

            var kans = random.NextDouble();
            if (kans < 0.1)
            {
                stappen.AddRange(plan.Deelnemers.Select(g => new ScenarioStap { Soort = StapSoort.Verwerpt, Actie = a.Id, Gemeente = g }));
            }
            else if (kans < 0.3)
            {
                var gemeente = plan.Deelnemers[random.Next(plan.Deelnemers.Count)];
                stappen.Add(new ScenarioStap { Soort = StapSoort.Verwerpt, Actie = a.Id, Gemeente = gemeente });
                stappen.Add(new ScenarioStap { Soort = random.Next(2) == 0 ? StapSoort.Amendeert : StapSoort.Verwerpt, Actie = a.Id, Gemeente = gemeente });
            }
        }

        stappen.Add(new ScenarioStap { Soort = StapSoort.Vertraagt, Actie = "onbekend" });
        stappen.Add(new ScenarioStap { Soort = StapSoort.Annuleert, Radenbijeenkomst = "onbekend" });
        stappen.Add(new ScenarioStap { Soort = StapSoort.Verwerpt, Actie = plan.Acties[0].Id, Gemeente = null });
        return new Scenario { Stappen = stappen.OrderBy(_ => random.Next()).ToValueArray() };
    }
}
