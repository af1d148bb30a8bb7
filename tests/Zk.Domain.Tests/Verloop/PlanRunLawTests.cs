using System.Collections.Concurrent;
using System.Globalization;
using NodaTime;
using Zk.Domain.Besturing;
using Zk.Domain.Bundled;
using Zk.Domain.Collections;
using Zk.Domain.Inplannen;
using Zk.Domain.Synthetisch;
using Zk.Domain.Tests.Generators;
using Zk.Domain.Verloop;
using Zk.Domain.Werkplannen;

namespace Zk.Domain.Tests.Verloop;

/// <summary>
/// The run's laws, from brief §6, on generated plans, calendars and scenarios and on the bundled plan with random
/// scenarios: the events are in date order; every meeting is held or cancelled, and a held one discusses exactly the
/// moments on its agenda; every council decides every proposal separately, as scripted, and a proposal is adopted iff
/// all adopt it unchanged; the state at a date is the replay of the events up to it; the same input, the same run.
/// </summary>
public class PlanRunLawTests(ITestOutputHelper output)
{
    private static Werkplan Zk => BundledPlans.ZuidKennemerland;

    private static readonly Planning ZkPlanning = Planner.Schedule(Zk, BundledPlans.ZuidKennemerlandKalender);

    // What the events break of the laws above (all but the replay), from the brief; the councils that decide are the
    // members on the decision's date (issue 13).
    internal static List<string> Schendingen(Werkplan plan, Planning planning, Scenario scenario, Governancebeleid beleid, Runverslag verslag, LocalDate einde)
    {
        var fouten = new List<string>();
        var gebeurtenissen = verslag.Gebeurtenissen;
        if (gebeurtenissen[0] is not RunGestart start || start.Toewijzingen != planning.Toewijzingen)
        {
            fouten.Add("the run does not start with its schedule");
            return fouten;
        }

        for (var k = 1; k < gebeurtenissen.Count; k++)
        {
            if (gebeurtenissen[k] is RunGestart || gebeurtenissen[k].Datum < gebeurtenissen[k - 1].Datum || gebeurtenissen[k].Datum > einde)
            {
                fouten.Add($"event {k} ({gebeurtenissen[k].GetType().Name}) is out of date order or after the run");
            }
        }

        // Every meeting of the period up to the end (and none before it) is held or cancelled, once, cancelled iff the scenario says so.
        var geannuleerd = scenario.Stappen.Where(s => s.Soort == StapSoort.Annuleert).Select(s => s.Radenbijeenkomst).ToHashSet();
        var gehouden = gebeurtenissen.OfType<BijeenkomstGehouden>().Select(g => (g.Radenbijeenkomst, g.Datum)).ToList();
        var afgelast = gebeurtenissen.OfType<BijeenkomstGeannuleerd>().Select(g => (g.Radenbijeenkomst, g.Datum)).ToList();
        foreach (var r in planning.Kalender.Radenbijeenkomsten.Where(r => r.Datum >= plan.Looptijd.Start && r.Datum <= einde))
        {
            var verwacht = geannuleerd.Contains(r.Id) ? afgelast : gehouden;
            var anders = geannuleerd.Contains(r.Id) ? gehouden : afgelast;
            if (verwacht.Count(x => x == (r.Id, r.Datum)) != 1 || anders.Any(x => x.Radenbijeenkomst == r.Id))
            {
                fouten.Add($"{r.Id} is not {(geannuleerd.Contains(r.Id) ? "cancelled" : "held")} exactly once");
            }
        }

        if (gehouden.Concat(afgelast).Any(x => x.Datum < plan.Looptijd.Start))
        {
            fouten.Add("a meeting before the period is part of the run");
        }

        // The schedule as the moves leave it; a held meeting discusses exactly its moments (a move never leaves a held meeting).
        // A new round after herafstemming puts the decision moment on a later meeting's agenda again.
        var stand = start.Toewijzingen.Select(t => (t.Actie, t.Moment, t.Fase, Bijeenkomst: (string?)t.Radenbijeenkomst)).ToList();
        foreach (var g in gebeurtenissen)
        {
            if (g is RondeGepland rg)
            {
                if (rg.Naar is not null)
                {
                    stand.Add((rg.Actie, rg.Moment, rg.Fase, rg.Naar));
                }

                continue;
            }

            if (g is not MomentVerschoven v)
            {
                continue;
            }

            var k = stand.FindIndex(x => x.Actie == v.Actie && x.Moment == v.Moment && x.Fase == v.Fase && x.Bijeenkomst == v.Van);
            if (k < 0 || gehouden.Any(g => g.Radenbijeenkomst == v.Van && g.Datum < v.Datum))
            {
                fouten.Add($"{v.Actie} {v.Fase} moved from {v.Van}, where it is not (any more)");
                continue;
            }

            stand[k] = stand[k] with { Bijeenkomst = v.Naar };
        }

        var besproken = gebeurtenissen.OfType<MomentBesproken>().ToList();
        foreach (var (id, datum) in gehouden)
        {
            var agenda = stand.Where(x => x.Bijeenkomst == id).Select(x => (x.Actie, x.Fase.Id)).Order().ToList();
            var daar = besproken.Where(b => b.Radenbijeenkomst == id).Select(b => (b.Actie, b.Fase.Id)).Order().ToList();
            if (!agenda.SequenceEqual(daar) || besproken.Any(b => b.Radenbijeenkomst == id && b.Datum != datum))
            {
                fouten.Add($"{id} discussed [{string.Join(", ", daar)}], its agenda is [{string.Join(", ", agenda)}]");
            }
        }

        if (besproken.Any(b => geannuleerd.Contains(b.Radenbijeenkomst)))
        {
            fouten.Add("a cancelled meeting held a discussion");
        }

        // Each decision discussed is the action's next round; it comes back, after the decision time, as one decision per
        // council that is a member on that date, as scripted for that round, followed by the round's outcome.
        ScenarioStap? Stap(string actie, string gemeente, int ronde) =>
            scenario.Stappen.LastOrDefault(s => s.Actie == actie && s.Gemeente == gemeente && (s.Ronde ?? 1) == ronde && s.Soort is StapSoort.Verwerpt or StapSoort.Amendeert);
        Raadsbesluit Gescript(string actie, string gemeente, int ronde) => Stap(actie, gemeente, ronde)?.Soort switch
        {
            StapSoort.Verwerpt => Raadsbesluit.Verworpen,
            StapSoort.Amendeert => Raadsbesluit.Geamendeerd,
            _ => Raadsbesluit.Aangenomen,
        };

        var uitkomsten = 0;
        var rondeVan = new Dictionary<string, int>();
        foreach (var b in besproken.Where(b => b.Fase == Fase.Besluitvorming))
        {
            var ronde = rondeVan[b.Actie] = rondeVan.GetValueOrDefault(b.Actie) + 1;
            var dag = b.Datum.PlusDays(beleid.BesluitvormingstermijnInDagen);
            if (dag > einde)
            {
                continue;
            }

            uitkomsten++;
            var leden = Ledenorakel.LedenOp(plan, dag);
            var k = leden.Count == 0
                ? Enumerable.Range(0, gebeurtenissen.Count).FirstOrDefault(j => gebeurtenissen[j] is VoorstelVastgesteld { Ronde: var rv } v && v.Actie == b.Actie && rv == ronde || gebeurtenissen[j] is VoorstelNietVastgesteld { Ronde: var rn } n && n.Actie == b.Actie && rn == ronde, -1)
                : Enumerable.Range(0, gebeurtenissen.Count).FirstOrDefault(j => gebeurtenissen[j] is RaadBesloten r && r.Datum == dag && r.Actie == b.Actie && r.Ronde == ronde, -1);
            if (k < 0)
            {
                fouten.Add($"no council decided on {b.Actie} on {dag:uuuu-MM-dd}");
                continue;
            }

            var raden = gebeurtenissen.Skip(k).Take(leden.Count).OfType<RaadBesloten>().ToList();
            if (!raden.Select(r => r.Gemeente).SequenceEqual(leden) || raden.Any(r => r.Actie != b.Actie || r.Datum != dag || r.Ronde != ronde || r.Besluit != Gescript(b.Actie, r.Gemeente, ronde)))
            {
                fouten.Add($"the councils' decisions on {b.Actie} are not one per member as scripted");
                continue;
            }

            var uitkomst = gebeurtenissen[k + raden.Count];
            var verwacht = Uitkomstmodel.Verwacht(raden.Select(r => (r.Besluit, Stap(b.Actie, r.Gemeente, ronde)?.Oordeel)).ToList());
            var klopt = uitkomst switch
            {
                VoorstelVastgesteld v => v.Actie == b.Actie && v.Ronde == ronde
                    && (verwacht == Besluituitkomst.Vastgesteld ? v.Afwijkingen.IsEmpty : verwacht == Besluituitkomst.VastgesteldMetAfwijkingen
                        && v.Afwijkingen.Select(a => a.Gemeente).SequenceEqual(raden.Where(r => r.Besluit == Raadsbesluit.Geamendeerd).Select(r => r.Gemeente))),
                VoorstelNietVastgesteld n => n.Uitkomst == verwacht && n.Actie == b.Actie && n.Ronde == ronde
                    && n.Verworpen.SequenceEqual(raden.Where(r => r.Besluit == Raadsbesluit.Verworpen).Select(r => r.Gemeente))
                    && n.Geamendeerd.SequenceEqual(raden.Where(r => r.Besluit == Raadsbesluit.Geamendeerd).Select(r => r.Gemeente)),
                _ => false,
            };
            if (!klopt)
            {
                fouten.Add($"the outcome for {b.Actie} on {dag:uuuu-MM-dd} does not follow from the councils' decisions");
            }
        }

        if (uitkomsten != gebeurtenissen.Count(g => g is VoorstelVastgesteld or VoorstelNietVastgesteld))
        {
            fouten.Add("an outcome without a decision discussed");
        }

        // A new round follows a round that ended in herafstemming, on its day, with the next number.
        foreach (var rg in gebeurtenissen.OfType<RondeGepland>())
        {
            if (!gebeurtenissen.Any(g => g is VoorstelNietVastgesteld { Uitkomst: Besluituitkomst.Herafstemming } n && n.Actie == rg.Actie && n.Datum == rg.Datum && n.Ronde + 1 == rg.Ronde))
            {
                fouten.Add($"a new round {rg.Ronde} of {rg.Actie} on {rg.Datum:uuuu-MM-dd} follows no herafstemming");
            }
        }

        // The final state says what the last outcome says.
        foreach (var a in verslag.Eind.Acties)
        {
            var laatste = gebeurtenissen.LastOrDefault(g => g is VoorstelVastgesteld v && v.Actie == a.Actie || g is VoorstelNietVastgesteld n && n.Actie == a.Actie);
            var stand_ = laatste switch
            {
                VoorstelVastgesteld v when !v.Afwijkingen.IsEmpty => Besluitstand.VastgesteldMetAfwijkingen,
                VoorstelVastgesteld => Besluitstand.Vastgesteld,
                VoorstelNietVastgesteld n when n.Verworpen.Count == Ledenorakel.LedenOp(plan, n.Datum).Count => Besluitstand.Verworpen,
                VoorstelNietVastgesteld => Besluitstand.DeelsAangenomen,
                _ => Besluitstand.Open,
            };
            if (a.Besluitstand != stand_ || (a.Status == ActieStatus.Vastgesteld) != (stand_ is Besluitstand.Vastgesteld or Besluitstand.VastgesteldMetAfwijkingen) || (a.Status == ActieStatus.Gestopt) != (stand_ == Besluitstand.Verworpen))
            {
                fouten.Add($"{a.Actie} is {a.Status}/{a.Besluitstand}, its last outcome says {stand_}");
            }
        }

        return fouten;
    }

    // The run stopped at a date has the state the full run's events replay to at that date, and the full run's events up to it.
    internal static string? Herspeelfout(Werkplan plan, Planning planning, Scenario scenario, Governancebeleid beleid, Runverslag heel)
    {
        foreach (var datum in new[] { plan.Looptijd.Start.PlusDays(-1), plan.Looptijd.Start.PlusDays(100), plan.Looptijd.Start.PlusDays(365), plan.Looptijd.Start.PlusDays(500), plan.Looptijd.End })
        {
            var gestopt = PlanRun.Run(plan, planning, scenario, datum, beleid);
            var totDan = heel.Gebeurtenissen.Take(1).Concat(heel.Gebeurtenissen.Skip(1).Where(g => g.Datum <= datum));
            if (!gestopt.Gebeurtenissen.SequenceEqual(totDan))
            {
                return $"the run stopped at {datum:uuuu-MM-dd} has other events than the full run up to then";
            }

            if (gestopt.Eind != Voortgang.Replay(plan, heel.Gebeurtenissen, datum) || gestopt.Eind != heel.At(plan, datum))
            {
                return $"the state at {datum:uuuu-MM-dd} is not the replay of the events up to then";
            }
        }

        return PlanRun.Run(plan, planning, scenario, beleid: beleid) == heel ? null : "the same input gave another run";
    }

    [Fact]
    public void Generated_runs_keep_the_laws_of_a_run()
    {
        var (gevallen, besloten, nietVastgesteld, geannuleerd) = (300, 0, 0, 0);
        var geoefend = Wet.Controleer(PlanningGenerator.Runs, gevallen, 20261202, 20261205, r =>
        {
            var i = r.Instantie;
            var verslag = PlanRun.Run(i.Plan, r.Planning, r.Scenario, beleid: i.Beleid);
            var fouten = Schendingen(i.Plan, r.Planning, r.Scenario, i.Beleid, verslag, i.Plan.Looptijd.End);
            if (Herspeelfout(i.Plan, r.Planning, r.Scenario, i.Beleid, verslag) is { } fout)
            {
                fouten.Add(fout);
            }

            besloten += verslag.Gebeurtenissen.Any(g => g is RaadBesloten) ? 1 : 0;
            nietVastgesteld += verslag.Gebeurtenissen.Any(g => g is VoorstelNietVastgesteld) ? 1 : 0;
            var annulering = verslag.Gebeurtenissen.OfType<BijeenkomstGeannuleerd>().Any(a => r.Planning.Toewijzingen.Any(t => t.Radenbijeenkomst == a.Radenbijeenkomst));
            geannuleerd += annulering ? 1 : 0;
            return (annulering || verslag.Gebeurtenissen.Any(g => g is MomentVerschoven), fouten.Count == 0 ? null : string.Join("; ", fouten));
        });

        output.WriteLine($"{geoefend} of {gevallen} runs moved moments; {geannuleerd} cancelled a meeting with an agenda, {besloten} had councils decide, {nietVastgesteld} a proposal not adopted.");
        Assert.True(geoefend >= gevallen / 2, $"only {geoefend} runs moved moments");
        Assert.True(geannuleerd >= gevallen / 5, $"only {geannuleerd} runs cancelled a meeting with an agenda");
        Assert.True(besloten >= gevallen / 3, $"only {besloten} runs had councils decide");
        Assert.True(nietVastgesteld >= gevallen / 10, $"only {nietVastgesteld} runs had a proposal not adopted");
    }

    [Fact]
    public void Random_scenarios_of_the_bundled_plan_keep_the_laws_of_a_run()
    {
        var (gevallen, nietVastgesteld, verschoven) = (150, 0, 0);
        for (var seed = 1; seed <= gevallen; seed++)
        {
            var scenario = Scenario.Random(Zk, ZkPlanning, seed);
            var verslag = PlanRun.Run(Zk, ZkPlanning, scenario);
            Assert.Empty(Schendingen(Zk, ZkPlanning, scenario, Governancebeleid.Standaard, verslag, Zk.Looptijd.End));
            Assert.Null(Herspeelfout(Zk, ZkPlanning, scenario, Governancebeleid.Standaard, verslag));
            Assert.Equal(verslag, PlanRun.Run(Zk, ZkPlanning, Scenario.Random(Zk, ZkPlanning, seed)));
            nietVastgesteld += verslag.Gebeurtenissen.Any(g => g is VoorstelNietVastgesteld) ? 1 : 0;
            verschoven += verslag.Gebeurtenissen.Any(g => g is MomentVerschoven) ? 1 : 0;
        }

        output.WriteLine($"{nietVastgesteld} of {gevallen} random scenarios had a proposal not adopted, {verschoven} moved moments.");
        Assert.True(nietVastgesteld >= gevallen / 4, $"only {nietVastgesteld} scenarios had a proposal not adopted");
        Assert.True(verschoven >= gevallen / 4, $"only {verschoven} scenarios moved moments");
    }

    private static readonly ConcurrentDictionary<string, (Werkplan Plan, Planning Planning)> Plannen = new();

    private static (Werkplan Plan, Planning Planning) Plan(string naam) => Plannen.GetOrAdd(naam, n =>
    {
        if (n == "zk")
        {
            return (Zk, ZkPlanning);
        }

        var delen = n.Split('-');
        var plan = SyntheticPlan.Generate(int.Parse(delen[0], CultureInfo.InvariantCulture), int.Parse(delen[1], CultureInfo.InvariantCulture));
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
    public void Runs_of_stressed_schedules_keep_the_laws_of_a_run_and_the_planners_constraints(string planNaam, string variant, string scenarioNaam)
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
            var verslag = PlanRun.Run(plan, planning, scenario);
            Assert.Empty(Schendingen(plan, planning, scenario, Governancebeleid.Standaard, verslag, plan.Looptijd.End));
            Assert.Null(Herspeelfout(plan, planning, scenario, Governancebeleid.Standaard, verslag));
            if (variant != "samen")
            {
                // "samen" puts two moments of an action in one meeting, which the planner never does.
                Assert.Empty(PlanRunPlaatsingTests.Schendingen(plan, planning.Kalender, Governancebeleid.Standaard, scenario, verslag));
            }
        }
    }

    [Fact]
    public void A_schedule_with_a_moment_of_an_action_outside_the_plan_or_a_moment_twice_still_runs()
    {
        var (plan, planning) = Plan("7-2");
        var vreemd = planning with { Toewijzingen = planning.Toewijzingen.Concat(planning.Toewijzingen.Take(2).Select((t, i) => t with { Actie = "vreemd", Moment = i })).ToValueArray() };
        var verslag = PlanRun.Run(plan, vreemd, Zwaar(plan, vreemd, 1));
        Assert.Contains(verslag.Gebeurtenissen, g => g is MomentBesproken { Actie: "vreemd" });
        Assert.DoesNotContain(verslag.Eind.Acties, a => a.Actie == "vreemd");

        var dubbel = planning with { Toewijzingen = planning.Toewijzingen.Add(planning.Toewijzingen[3]) };
        var tweemaal = PlanRun.Run(plan, dubbel);
        Assert.Equal(2, tweemaal.Gebeurtenissen.OfType<MomentBesproken>().Count(b => b.Actie == planning.Toewijzingen[3].Actie && b.Fase == planning.Toewijzingen[3].Fase));
    }

    [Fact]
    public void A_run_until_a_date_before_the_period_is_only_its_start()
    {
        var verslag = PlanRun.Run(Zk, ZkPlanning, tot: Zk.Looptijd.Start.PlusDays(-1));
        Assert.Equal([typeof(RunGestart)], verslag.Gebeurtenissen.Select(g => g.GetType()));
        Assert.All(verslag.Eind.Acties, a => Assert.Equal(Besluitstand.Open, a.Besluitstand));
    }

    [Fact]
    public void The_replay_needs_the_runs_start()
    {
        var verslag = PlanRun.Run(Zk, ZkPlanning);
        Assert.Throws<ArgumentException>(() => Voortgang.Replay(Zk, verslag.Gebeurtenissen.Skip(1)));
    }

    // Schedules that stress the run: full meetings, meetings on one date, two moments of an action in one meeting, blocked periods.
    private static Planning Variant(Werkplan plan, Planning p, string variant)
    {
        switch (variant)
        {
            case "vol":
                var tellen = p.Toewijzingen.GroupBy(t => t.Radenbijeenkomst).ToDictionary(g => g.Key, g => g.Count());
                return p with { Kalender = p.Kalender with { Radenbijeenkomsten = p.Kalender.Radenbijeenkomsten.Select((r, i) => i % 2 == 0 ? r with { Agendaruimte = tellen.GetValueOrDefault(r.Id) } : r).ToValueArray() } };
            case "dubbel":
                var extra = p.Kalender.Radenbijeenkomsten.Select(r => r with { Id = r.Id + "-bis", Agendaruimte = 2 })
                    .Concat(p.Kalender.Radenbijeenkomsten.Select(r => r with { Id = "0-" + r.Id, Agendaruimte = 1 }));
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
                return p with { Kalender = p.Kalender with { Blokkades = StandaardBlokkades.For(plan.Looptijd) } };
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
