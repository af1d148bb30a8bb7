using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using Zk.Domain.Inplannen;
using Zk.Domain.Regels;
using Zk.Domain.Tests.Generators;
using Zk.Domain.Tests.Partijen;
using Zk.Domain.Verloop;
using Zk.Domain.Werkplannen;

namespace Zk.Domain.Tests.Verloop;

/// <summary>
/// Each council's own meetings (issue 13): a council decides on a proposal of a joint meeting on date d at its first own
/// meeting in [d, d + window] on a day it is a member, otherwise at d + window; the round ends with the last council.
/// Specified on the merger plan (decision meetings on 1 June 2021, 1 December 2021 and 1 June 2022, a window of 42 days).
/// </summary>
public class RaadsvergaderingTests(ITestOutputHelper output)
{
    private const int Termijn = 42;

    private static readonly Planning Planning = Planner.Schedule(Fusieplan.Plan, Fusieplan.Kalender);

    private static readonly LocalDate[] Besluitbijeenkomsten = [new(2021, 6, 1), new(2021, 12, 1), new(2022, 6, 1)];

    private static Raadsvergadering Vergadering(string gemeente, int jaar, int maand, int dag) => new() { Gemeente = gemeente, Datum = new LocalDate(jaar, maand, dag) };

    private static Dictionary<string, LocalDate> Besluitdata(Runverslag verslag, string actie) =>
        verslag.Gebeurtenissen.OfType<RaadBesloten>().Where(b => b.Actie == actie && b.Ronde == 1).ToDictionary(b => b.Gemeente, b => b.Datum);

    [Fact]
    public void A_council_decides_at_its_own_meeting_in_the_window_and_otherwise_at_the_window_s_end()
    {
        Assert.Empty(Planning.Onplanbaar);
        var plan = Fusieplan.Plan with
        {
            Raadsvergaderingen =
            [
                // Alkmaar meets 10 days after the joint meeting of 1 June 2021, and before it (not used).
                Vergadering("alkmaar", 2021, 6, 11),
                Vergadering("alkmaar", 2021, 5, 25),

                // Langedijk meets only after the window (13 July 2021): not used.
                Vergadering("langedijk", 2021, 7, 20),

                // Dijk en Waard meets in the window of 1 December 2021, but before its first day as a member: not used.
                Vergadering("dijk-en-waard", 2021, 12, 15),
            ],
        };
        var verslag = PlanRun.Run(plan, Planning);

        var een = Besluitdata(verslag, "1");
        Assert.Equal(new LocalDate(2021, 6, 11), een["alkmaar"]);
        Assert.Equal(new LocalDate(2021, 7, 13), een["heerhugowaard"]);
        Assert.Equal(new LocalDate(2021, 7, 13), een["langedijk"]);

        // The round ends with the last council: adopted on the window's end.
        Assert.Equal(new LocalDate(2021, 7, 13), verslag.Gebeurtenissen.OfType<VoorstelVastgesteld>().Single(v => v.Actie == "1").Datum);

        var twee = Besluitdata(verslag, "2");
        Assert.Equal(new LocalDate(2022, 1, 12), twee["dijk-en-waard"]);
        Assert.Equal(new LocalDate(2022, 1, 12), twee["alkmaar"]);

        // The replay reads the dates from the events.
        foreach (var dag in new[] { new LocalDate(2021, 6, 11), new LocalDate(2021, 7, 12), new LocalDate(2021, 7, 13), plan.Looptijd.End })
        {
            Assert.Equal(PlanRun.Run(plan, Planning, null, dag).Eind, Voortgang.Replay(plan, verslag.Gebeurtenissen, dag));
        }
    }

    [Fact]
    public void When_every_council_meets_early_the_round_ends_with_the_last_of_them_and_a_scripted_date_still_wins()
    {
        var plan = Fusieplan.Plan with
        {
            Raadsvergaderingen = [Vergadering("alkmaar", 2021, 6, 8), Vergadering("heerhugowaard", 2021, 6, 22), Vergadering("langedijk", 2021, 6, 15)],
        };
        var verslag = PlanRun.Run(plan, Planning);
        Assert.Equal(new LocalDate(2021, 6, 22), verslag.Gebeurtenissen.OfType<VoorstelVastgesteld>().Single(v => v.Actie == "1").Datum);
        Assert.Equal(new LocalDate(2021, 6, 15), Besluitdata(verslag, "1")["langedijk"]);

        // Langedijk's scripted decision on 1 July 2021 wins over its own meeting; the round now ends then.
        var scenario = new Scenario { Stappen = [new ScenarioStap { Soort = StapSoort.Verwerpt, Actie = "1", Gemeente = "langedijk", Datum = new LocalDate(2021, 7, 1) }] };
        var gescript = PlanRun.Run(plan, Planning, scenario);
        Assert.Equal(new LocalDate(2021, 7, 1), Besluitdata(gescript, "1")["langedijk"]);
        Assert.Equal(new LocalDate(2021, 6, 8), Besluitdata(gescript, "1")["alkmaar"]);
        Assert.Equal(new LocalDate(2021, 7, 1), gescript.Gebeurtenissen.OfType<VoorstelNietVastgesteld>().First(v => v.Actie == "1").Datum);
    }

    [Fact]
    public void A_plan_without_council_meetings_decides_every_council_at_the_window_s_end()
    {
        var verslag = PlanRun.Run(Fusieplan.Plan, Planning);
        Assert.All(Besluitdata(verslag, "1").Values, d => Assert.Equal(new LocalDate(2021, 7, 13), d));
        Assert.Equal(new LocalDate(2021, 7, 13), Fusieplan.Plan.Besluitdatum("alkmaar", new LocalDate(2021, 6, 1), Termijn));
    }

    [Fact]
    public void ZK002_reports_a_council_meeting_of_a_party_that_is_no_member()
    {
        var plan = Fusieplan.Plan with { Raadsvergaderingen = [Vergadering("alkmaar", 2021, 6, 11), Vergadering("haarlem", 2021, 6, 11)] };
        var zk002 = Assert.Single(plan.Validate(), b => b.Code == Regelcatalogus.ZK002);
        Assert.Equal("raadsvergaderingen[1].gemeente", zk002.Path);
        Assert.Contains("haarlem", zk002.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Fusieplan.Plan.Validate(), b => b.Code == Regelcatalogus.ZK002);
    }

    // Random own meetings of the four parties, mostly near the decision meetings (some before them, some after the window).
    private static Gen<Raadsvergadering[]> Vergaderingen { get; } =
        (from gemeente in Gen.Elements(Fusieplan.Deelnemers.ToArray())
         from bijeenkomst in Gen.Elements(Besluitbijeenkomsten)
         from dagen in Gen.Choose(-10, Termijn + 12)
         select new Raadsvergadering { Gemeente = gemeente, Datum = bijeenkomst.PlusDays(dagen) }).ArrayOf().Select(a => a.Take(10).ToArray());

    [Fact]
    public void Generated_council_meetings_every_decision_is_the_first_own_meeting_in_the_window_or_the_window_s_end()
    {
        var gevallen = 300;
        var eigen = 0;
        var geoefend = Wet.Controleer(Vergaderingen, gevallen, 20261202, 20261203, vergaderingen =>
        {
            var plan = Fusieplan.Plan with { Raadsvergaderingen = [.. vergaderingen] };
            var verslag = PlanRun.Run(plan, Planning);
            var fouten = new List<string>();
            var gebruikt = false;
            foreach (var b in verslag.Gebeurtenissen.OfType<RaadBesloten>())
            {
                // The oracle: the joint meeting of the action's decision, then day by day through the window.
                var d = verslag.Gebeurtenissen.OfType<MomentBesproken>().Last(m => m.Actie == b.Actie && m.Fase == plan.Profiel.Besluitfase && m.Datum <= b.Datum).Datum;
                var verwacht = d.PlusDays(Termijn);
                for (var dag = d; dag < d.PlusDays(Termijn); dag = dag.PlusDays(1))
                {
                    if (vergaderingen.Any(v => v.Gemeente == b.Gemeente && v.Datum == dag) && Ledenorakel.LedenOp(plan, dag).Contains(b.Gemeente))
                    {
                        verwacht = dag;
                        break;
                    }
                }

                if (b.Datum != verwacht)
                {
                    fouten.Add($"{b.Gemeente} decided {b.Actie} on {b.Datum:uuuu-MM-dd}, expected {verwacht:uuuu-MM-dd}");
                }

                gebruikt |= b.Datum < d.PlusDays(Termijn);
            }

            // The round ends with its last council.
            foreach (var v in verslag.Gebeurtenissen.OfType<VoorstelVastgesteld>())
            {
                var laatste = verslag.Gebeurtenissen.OfType<RaadBesloten>().Where(b => b.Actie == v.Actie).Max(b => b.Datum);
                if (v.Datum != laatste)
                {
                    fouten.Add($"{v.Actie} adopted on {v.Datum:uuuu-MM-dd}, its last council decided on {laatste:uuuu-MM-dd}");
                }
            }

            if (Voortgang.Replay(plan, verslag.Gebeurtenissen, plan.Looptijd.End) != verslag.Eind)
            {
                fouten.Add("the replay differs");
            }

            eigen += gebruikt ? 1 : 0;
            return (gebruikt, fouten.Count == 0 ? null : string.Join("; ", fouten));
        });

        output.WriteLine($"{geoefend} of {gevallen} runs had a council decide at its own meeting.");
        Assert.True(geoefend >= gevallen / 2, $"only {geoefend} runs had a council decide at its own meeting");
        Assert.Equal(eigen, geoefend);
    }
}
