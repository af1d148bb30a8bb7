using FsCheck.Fluent;
using NodaTime;
using Zk.Domain.Besturing;
using Zk.Domain.Bundled;
using Zk.Domain.Collections;
using Zk.Domain.Inplannen;
using Zk.Domain.Regels;
using Zk.Domain.Tests.Generators;
using Zk.Domain.Tijd;
using Zk.Domain.Verloop;
using Zk.Domain.Werkplannen;
using Zk.Domain.Wisselwerkingen;

namespace Zk.Domain.Tests.Verloop;

/// <summary>
/// A moment the run moves (a slip, a cancelled meeting) keeps the constraints the planner keeps (brief §5, §6): in the
/// period, not past the action's deadline (a decision: with the councils' decision time), the minimum gap to the
/// chain's neighbours, in a meeting that is not cancelled or blocked, within its capacity; or it is reported off the
/// schedule with its reason. The check is written here from the brief, not with the library's placement rules.
/// </summary>
public class PlanRunPlaatsingTests(ITestOutputHelper output)
{
    private static Werkplan Zk => BundledPlans.ZuidKennemerland;

    // The constraints every moved moment of a run must keep, from the brief; the list of what is broken.
    internal static List<string> Schendingen(Werkplan plan, Vergaderkalender kalender, Governancebeleid beleid, Scenario scenario, Runverslag verslag)
    {
        var fouten = new List<string>();
        var gap = Math.Max(1, beleid.MinimaleTussenruimteInDagen);
        var geannuleerd = scenario.Stappen.Where(s => s.Soort == StapSoort.Annuleert).Select(s => s.Radenbijeenkomst).ToHashSet();
        var bijeenkomsten = kalender.Radenbijeenkomsten.GroupBy(r => r.Id).ToDictionary(g => g.Key, g => g.First());
        LocalDate Deadline(string actie) => beleid.Deadlines.Where(d => d.Actie == actie).Select(d => d.Datum).Append(plan.Looptijd.End).Min();

        // The schedule as it stands, in the schedule's order (each action's moments in chain order), with what moved.
        var start = (RunGestart)verslag.Gebeurtenissen[0];
        var stand = start.Toewijzingen.Select(t => (t.Actie, t.Moment, t.Fase, Bijeenkomst: (string?)t.Radenbijeenkomst, Datum: (LocalDate?)t.Datum, Verplaatst: false, Gepland: (LocalDate?)null)).ToList();
        // A new round after herafstemming is the decision moment again, placed by the same rules as a moved one, right
        // after the round before it in its action's chain.
        var verplaatsingen = verslag.Gebeurtenissen
            .Select(g => g switch
            {
                MomentVerschoven m => (m.Datum, m.Actie, m.Moment, m.Fase, m.Van, m.Naar, m.NaarDatum, m.Reden, false),
                RondeGepland r => (r.Datum, r.Actie, r.Moment, r.Fase, r.Van, r.Naar, r.NaarDatum, r.Reden, true),
                _ => ((LocalDate Datum, string Actie, int Moment, Fase Fase, string Van, string? Naar, LocalDate? NaarDatum, OnplanbaarReden? Reden, bool Nieuw)?)null,
            })
            .OfType<(LocalDate Datum, string Actie, int Moment, Fase Fase, string Van, string? Naar, LocalDate? NaarDatum, OnplanbaarReden? Reden, bool Nieuw)>();
        foreach (var v in verplaatsingen)
        {
            var k = stand.FindIndex(x => x.Actie == v.Actie && x.Moment == v.Moment && x.Fase == v.Fase && x.Bijeenkomst == v.Van);
            if (k < 0)
            {
                fouten.Add($"{v.Actie} {v.Fase} moved from {v.Van}, where it is not");
                continue;
            }

            if (v.Nieuw)
            {
                stand.Insert(k + 1, stand[k] with { Bijeenkomst = v.Naar, Datum = v.NaarDatum, Verplaatst = true, Gepland = v.Datum });
                k++;
            }
            else
            {
                stand[k] = stand[k] with { Bijeenkomst = v.Naar, Datum = v.NaarDatum, Verplaatst = true };
            }
            if (v.Naar is null)
            {
                if (v.Reden is null)
                {
                    fouten.Add($"{v.Actie} {v.Fase} fell off the schedule without a reason");
                }

                continue;
            }

            var r = bijeenkomsten[v.Naar];
            var dag = r.Datum;
            var laatste = v.Fase == Fase.Besluitvorming ? dag.PlusDays(beleid.BesluitvormingstermijnInDagen) : dag;
            if (v.NaarDatum != dag)
            {
                fouten.Add($"{v.Actie} {v.Fase} moved to {v.Naar} with the wrong date");
            }

            if (dag < plan.Looptijd.Start || dag > plan.Looptijd.End)
            {
                fouten.Add($"{v.Actie} {v.Fase} moved out of the period to {dag:uuuu-MM-dd}");
            }

            if (laatste > Deadline(v.Actie))
            {
                fouten.Add($"{v.Actie} {v.Fase} moved to {dag:uuuu-MM-dd}, past its deadline {Deadline(v.Actie):uuuu-MM-dd}");
            }

            if (dag < v.Datum)
            {
                fouten.Add($"{v.Actie} {v.Fase} moved back in time to {dag:uuuu-MM-dd}");
            }

            if (kalender.Blokkades.Any(b => b.Periode.Contains(dag)))
            {
                fouten.Add($"{v.Actie} {v.Fase} moved into blocked meeting {v.Naar}");
            }

            if (geannuleerd.Contains(v.Naar))
            {
                fouten.Add($"{v.Actie} {v.Fase} moved into cancelled meeting {v.Naar}");
            }
        }

        foreach (var groep in stand.Where(x => x.Bijeenkomst is not null).GroupBy(x => x.Bijeenkomst!))
        {
            if (groep.Any(x => x.Verplaatst) && groep.Count() > (bijeenkomsten[groep.Key].Agendaruimte ?? int.MaxValue))
            {
                fouten.Add($"{groep.Key} holds {groep.Count()} moments, over its capacity");
            }
        }

        foreach (var keten in stand.GroupBy(x => x.Actie))
        {
            var lijst = keten.ToList();
            for (var i = 1; i < lijst.Count; i++)
            {
                var (a, b) = (lijst[i - 1], lijst[i]);
                if (!a.Verplaatst && !b.Verplaatst)
                {
                    continue;
                }

                // A later moment discussed before a new round was planned (while the round before it was open) stays where it was.
                if (a.Gepland is { } gepland && b.Datum <= gepland)
                {
                    continue;
                }

                if (a.Datum is null && b.Datum is not null)
                {
                    fouten.Add($"{b.Actie} {b.Fase} stays on the schedule after {a.Fase} fell off");
                }

                if (a.Datum is { } van && b.Datum is { } tot && Period.Between(van, tot, PeriodUnits.Days).Days < gap)
                {
                    fouten.Add($"{b.Actie} {b.Fase} on {tot:uuuu-MM-dd} is less than {gap} days after {a.Fase} on {van:uuuu-MM-dd}");
                }
            }
        }

        return fouten;
    }

    public static TheoryData<string, int> Zuidkennemerland() => new()
    {
        { "standaard", 1 },
        { "standaard", 2 },
        { "deadline", 1 },
        { "tussenruimte", 1 },
    };

    // The sample's run: the bundled plan on its standard calendar; the standard policy, or one with a deadline for 4.2
    // or a minimum gap that the planner's schedule keeps.
    private static Governancebeleid Beleid(string naam) => naam switch
    {
        "deadline" => new Governancebeleid { Deadlines = [new Deadline("4.2", new LocalDate(2022, 3, 31))] },
        "tussenruimte" => new Governancebeleid { MinimaleTussenruimteInDagen = 120 },
        _ => Governancebeleid.Standaard,
    };

    [Theory]
    [MemberData(nameof(Zuidkennemerland))]
    public void A_slip_of_4_2_in_the_bundled_plan_keeps_the_deadline_and_the_gap_the_planner_kept(string beleidNaam, int kwartalen)
    {
        var kalender = StandaardKalender.Generate(Zk);
        var beleid = Beleid(beleidNaam);
        var planning = Planner.Schedule(Zk, kalender, beleid);
        Assert.Equal(2, planning.Toewijzingen.Count(t => t.Actie == "4.2"));
        var deadline = planning.Speling.Single(s => s.Actie == "4.2").Deadline;
        var scenario = new Scenario { Stappen = [new ScenarioStap { Soort = StapSoort.Vertraagt, Actie = "4.2", Kwartalen = kwartalen }] };

        var verslag = PlanRun.Run(Zk, planning, scenario, beleid: beleid);

        var verschoven = verslag.Gebeurtenissen.OfType<MomentVerschoven>().Where(v => v.Actie == "4.2").ToList();
        Assert.Equal(2, verschoven.Count);
        Assert.All(verschoven, v => Assert.True(v.NaarDatum is null || v.NaarDatum <= deadline, $"{v.Fase} moved to {v.NaarDatum}, past {deadline}"));
        Assert.Empty(Schendingen(Zk, kalender, beleid, scenario, verslag));
    }

    [Fact]
    public void A_moment_that_cannot_move_before_the_policy_deadline_falls_off_with_the_deadline_as_its_reason()
    {
        // 4.2 (information 2021-09-01, feedback 2021-11-17) must be done by 2022-03-31; two quarters later, the
        // information fits on 2022-02-16 (from 2022-01-01 on), the feedback has no meeting left before the deadline (from
        // 2022-04-01 on, 2022-05-18 is past it).
        var kalender = StandaardKalender.Generate(Zk);
        var beleid = Beleid("deadline");
        var planning = Planner.Schedule(Zk, kalender, beleid);
        var scenario = new Scenario { Stappen = [new ScenarioStap { Soort = StapSoort.Vertraagt, Actie = "4.2", Kwartalen = 2 }] };

        var verslag = PlanRun.Run(Zk, planning, scenario, beleid: beleid);

        var verschoven = verslag.Gebeurtenissen.OfType<MomentVerschoven>().Where(v => v.Actie == "4.2").ToList();
        Assert.Equal((Fase.Informatie, (LocalDate?)new LocalDate(2022, 2, 16), (OnplanbaarReden?)null), (verschoven[0].Fase, verschoven[0].NaarDatum, verschoven[0].Reden));
        Assert.Equal((Fase.Terugkoppeling, (string?)null, (OnplanbaarReden?)OnplanbaarReden.Deadline), (verschoven[1].Fase, verschoven[1].Naar, verschoven[1].Reden));
        Assert.Equal(ActieStatus.Vertraagd, verslag.Eind.Acties.Single(a => a.Actie == "4.2").Status);
    }

    [Fact]
    public void A_slip_keeps_the_minimum_gap_after_the_moment_before()
    {
        // The schedule puts 4.2's information on 2021-09-01 and its feedback on 2021-11-17. Run under a policy of 120 days
        // between moments, a quarter's slip puts the information on 2021-11-17 (the first meeting from 2021-10-01 on) and
        // the feedback not on 2022-02-16 (the first from 2022-01-01 on, 91 days later) but on 2022-05-18.
        var kalender = StandaardKalender.Generate(Zk);
        var planning = Planner.Schedule(Zk, kalender);
        Assert.Equal(
            [new LocalDate(2021, 9, 1), new LocalDate(2021, 11, 17)],
            planning.Toewijzingen.Where(t => t.Actie == "4.2").Select(t => t.Datum));
        var scenario = new Scenario { Stappen = [new ScenarioStap { Soort = StapSoort.Vertraagt, Actie = "4.2", Kwartalen = 1 }] };

        var verslag = PlanRun.Run(Zk, planning, scenario, beleid: Beleid("tussenruimte"));

        var naar = verslag.Gebeurtenissen.OfType<MomentVerschoven>().Where(v => v.Actie == "4.2").Select(v => v.NaarDatum).ToList();
        Assert.Equal([new LocalDate(2021, 11, 17), new LocalDate(2022, 5, 18)], naar);
    }

    [Fact]
    public void Every_moment_the_run_moves_keeps_the_planners_constraints()
    {
        var (gevallen, verplaatst, eraf) = (400, 0, 0);
        var geoefend = Wet.Controleer(PlanningGenerator.Runs, gevallen, 20261201, 20261203, r =>
        {
            var i = r.Instantie;
            var verslag = PlanRun.Run(i.Plan, r.Planning, r.Scenario, beleid: i.Beleid);
            var verschoven = verslag.Gebeurtenissen.OfType<MomentVerschoven>().ToList();
            eraf += verschoven.Any(v => v.Naar is null) ? 1 : 0;
            var fouten = Schendingen(i.Plan, i.Kalender, i.Beleid, r.Scenario, verslag);
            var naarEenBijeenkomst = verschoven.Any(v => v.Naar is not null);
            verplaatst += naarEenBijeenkomst ? 1 : 0;
            return (naarEenBijeenkomst, fouten.Count == 0 ? null : string.Join("; ", fouten));
        });

        output.WriteLine($"{geoefend} of {gevallen} runs moved a moment to another meeting; {eraf} had a moment fall off the schedule.");
        Assert.True(geoefend >= gevallen / 2, $"only {geoefend} of {gevallen} runs moved a moment");
        Assert.True(eraf >= gevallen / 10, $"only {eraf} of {gevallen} runs had a moment fall off");
    }

    // A plan in which two actions share an id (ZK001): a1 twice.
    private static Instantie MetDubbeleId()
    {
        Raadsmoment M(Fase fase, int kwartaal) => new() { Fase = fase, Kwartaal = new Kwartaal(2024, 1) + kwartaal };
        var acties = new[]
        {
            PlanningGenerator.Actie(1, "a1", [M(Fase.Bespreking, 0), M(Fase.Besluitvorming, 2)]),
            PlanningGenerator.Actie(2, "a1", [M(Fase.Bespreking, 1), M(Fase.Besluitvorming, 3)]),
            PlanningGenerator.Actie(3, "a3", [M(Fase.Informatie, 1)]),
        };
        var plan = PlanningGenerator.Plan("dubbel", "Dubbel", acties, [new BestuurlijkVraagstuk { Id = "V1", Titel = "a1 en a3", Van = Verwijzing.NaarActie("a1"), Naar = Verwijzing.NaarActie("a3") }]);
        var kalender = new Vergaderpatroon().Generate(plan.Looptijd);
        return new Instantie(plan, kalender, Governancebeleid.Standaard);
    }

    [Fact]
    public void Actions_sharing_an_id_give_a_finding_and_a_schedule_a_run_and_a_replay()
    {
        var i = MetDubbeleId();
        Assert.Contains(i.Plan.Validate(), b => b.Code == "ZK001");

        var planning = Planner.Schedule(i.Plan, i.Kalender, i.Beleid);
        Assert.Equal(5, planning.Toewijzingen.Count + planning.Onplanbaar.Count);
        Assert.Equal(4, planning.Toewijzingen.Count(t => t.Actie == "a1"));

        var eersteBijeenkomst = planning.Toewijzingen[0].Radenbijeenkomst;
        var scenario = new Scenario
        {
            Stappen =
            [
                new ScenarioStap { Soort = StapSoort.Annuleert, Radenbijeenkomst = eersteBijeenkomst },
                new ScenarioStap { Soort = StapSoort.Vertraagt, Actie = "a1", Kwartalen = 1, Datum = new LocalDate(2024, 6, 1) },
                new ScenarioStap { Soort = StapSoort.Verwerpt, Actie = "a1", Gemeente = "g" },
            ],
        };
        var verslag = PlanRun.Run(i.Plan, planning, scenario);
        Assert.Contains(verslag.Gebeurtenissen, g => g is BijeenkomstGeannuleerd);
        Assert.Contains(verslag.Gebeurtenissen, g => g is MomentVerschoven { Actie: "a1" });

        var voortgang = Voortgang.Replay(i.Plan, verslag.Gebeurtenissen);
        Assert.Equal(["a1", "a1", "a3"], voortgang.Acties.Select(a => a.Actie));
        Assert.Equal(voortgang.Acties[0].Status, voortgang.Acties[1].Status);
        Assert.Equal(verslag.Eind, Voortgang.Replay(i.Plan, verslag.Gebeurtenissen, verslag.Eind.Datum));
    }

    [Fact]
    public void Generated_plans_with_shared_ids_schedule_run_and_replay_without_an_exception()
    {
        var geoefend = Wet.Controleer(PlanningGenerator.Runs, 200, 4711, 4713, r =>
        {
            // The second action takes the first one's id.
            var i = r.Instantie;
            if (i.Plan.Acties.Count < 2)
            {
                return (false, null);
            }

            var plan = i.Plan with { Acties = i.Plan.Acties.SetItem(1, i.Plan.Acties[1] with { Id = i.Plan.Acties[0].Id }) };
            var planning = Planner.Schedule(plan, i.Kalender, i.Beleid);
            var scenario = r.Scenario with { Stappen = r.Scenario.Stappen.Select(s => s.Actie == "a2" ? s with { Actie = "a1" } : s).ToValueArray() };
            var verslag = PlanRun.Run(plan, planning, scenario, beleid: i.Beleid);
            var terug = Voortgang.Replay(plan, verslag.Gebeurtenissen, verslag.Eind.Datum);
            return (true, terug == verslag.Eind ? null : "the replay differs from the run's state");
        });

        output.WriteLine($"{geoefend} of 200 plans had a shared id.");
        Assert.True(geoefend >= 100, $"only {geoefend} plans had a shared id");
    }
}
