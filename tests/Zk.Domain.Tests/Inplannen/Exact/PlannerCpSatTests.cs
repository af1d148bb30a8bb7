using System.Globalization;
using NodaTime;
using Zk.Domain.Besturing;
using Zk.Domain.Collections;
using Zk.Domain.Inplannen;
using Zk.Domain.Tests.Generators;
using Zk.Domain.Tijd;

namespace Zk.Domain.Tests.Inplannen.Exact;

/// <summary>
/// The planner against the exact optimum CP-SAT proves for the same problem written from the brief
/// (<see cref="CpSatOrakel"/>), on generated instances of 5 to 200 actions (<see cref="ExacteInstanties"/>, fixed seeds).
/// CI runs <see cref="StandaardAantal"/> instances; <c>ZK_CPSAT=N</c> runs N (the output lists every instance where the
/// planner is below the optimum).
/// </summary>
public class PlannerCpSatTests(ITestOutputHelper output)
{
    /// <summary>How many generated instances CI compares (about two minutes on two shared cores).</summary>
    private const int StandaardAantal = 30;

    private static int Aantal => int.TryParse(Environment.GetEnvironmentVariable("ZK_CPSAT"), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : StandaardAantal;

    private static bool Beter((int Gepland, int Behouden) a, (int Gepland, int Behouden) b) =>
        a.Gepland > b.Gepland || (a.Gepland == b.Gepland && a.Behouden > b.Behouden);

    [Fact]
    public void On_generated_plans_the_planner_keeps_the_rules_never_claims_a_proof_it_lacks_and_meets_the_optimum()
    {
        var (momenten, onvolledig, gelijk, gelijkGepland, bewezen) = (0, 0, 0, 0, 0);
        var onder = new List<string>();
        var fouten = new List<string>();
        for (var seed = 1; seed <= Aantal; seed++)
        {
            var i = ExacteInstanties.Maak(seed);
            var optimum = CpSatOrakel.Los(i, 30);
            var planning = Planner.Schedule(i.Plan, i.Kalender, i.Beleid);
            var waarde = (planning.Toewijzingen.Count, planning.Toewijzingen.Count(t => t.Status == ToewijzingStatus.Behouden));
            var cpsat = (optimum.Gepland, optimum.Behouden);
            momenten += optimum.Momenten;
            onvolledig += optimum.Gepland < optimum.Momenten ? 1 : 0;
            bewezen += planning.IsBewezenOptimaal ? 1 : 0;
            fouten.AddRange(PlannerSpecificatie.Schendingen(i, planning).Select(f => $"seed {seed}: {f}"));
            if (optimum.Bewezen && Beter(waarde, cpsat))
            {
                fouten.Add($"seed {seed}: the planner's {waarde} beats CP-SAT's proven optimum {cpsat}");
            }

            if (planning.IsBewezenOptimaal && optimum.Bewezen && waarde != cpsat)
            {
                fouten.Add($"seed {seed}: the planner claims {waarde} is optimal, CP-SAT proves {cpsat}");
            }

            gelijk += !Beter(cpsat, waarde) ? 1 : 0; // at least as good: CP-SAT may run out of time below the optimum
            gelijkGepland += waarde.Item1 >= cpsat.Gepland ? 1 : 0;
            if (Beter(cpsat, waarde))
            {
                onder.Add($"seed {seed} ({i.Plan.Acties.Count} actions, {optimum.Momenten} moments): planner {waarde.Item1}/{waarde.Item2}, CP-SAT {cpsat.Gepland}/{cpsat.Behouden}{(optimum.Bewezen ? "" : " (not proven)")}");
            }
        }

        output.WriteLine($"{Aantal} instances, {momenten} moments, {onvolledig} without a complete schedule: the planner meets the optimum on {gelijk} "
            + $"(as many moments on {gelijkGepland}), and proves it on {bewezen}.");
        onder.ForEach(output.WriteLine);
        Assert.Empty(fouten);
        Assert.True(onvolledig >= Aantal / 2, $"only {onvolledig} of {Aantal} instances leave a moment unplanned: capacities are not tight");

        // The lexicographic optimum on every instance: as many moments as CP-SAT, and then as many kept fixed moments
        // (locally, ZK_CPSAT=100: all 100, two of them above what CP-SAT found but could not prove in 60 s).
        Assert.Equal(Aantal, gelijkGepland);
        Assert.True(gelijk == Aantal, $"the optimum on only {gelijk} of {Aantal}: {string.Join("; ", onder)}");
    }

    [Fact]
    public void On_small_instances_the_planner_meets_the_CP_SAT_optimum_and_proves_it()
    {
        // Up to 40 moments the planner's exact phase searches every schedule (within its node budget).
        var (aantal, onvolledig, bewezen) = (0, 0, 0);
        for (var seed = 1; seed <= 60; seed++)
        {
            var i = ExacteInstanties.Maak(1000 + seed, 5, 14);
            var optimum = CpSatOrakel.Los(i, 30);
            if (optimum.Momenten > 40)
            {
                continue;
            }

            aantal++;
            onvolledig += optimum.Gepland < optimum.Momenten ? 1 : 0;
            var planning = Planner.Schedule(i.Plan, i.Kalender, i.Beleid);
            Assert.True(optimum.Bewezen);
            Assert.True(
                (optimum.Gepland, optimum.Behouden) == (planning.Toewijzingen.Count, planning.Toewijzingen.Count(t => t.Status == ToewijzingStatus.Behouden)),
                $"seed {1000 + seed}: CP-SAT {optimum.Gepland}/{optimum.Behouden}, planner {planning.Toewijzingen.Count}/{planning.Toewijzingen.Count(t => t.Status == ToewijzingStatus.Behouden)}");
            bewezen += planning.IsBewezenOptimaal ? 1 : 0;
        }

        output.WriteLine($"{aantal} instances of at most 40 moments, {onvolledig} without a complete schedule; the planner proves {bewezen} optimal.");
        Assert.True(aantal >= 30 && onvolledig >= aantal / 3, $"{aantal} instances, {onvolledig} incomplete");
        Assert.True(bewezen >= aantal * 9 / 10, $"only {bewezen} of {aantal} proven");
    }

    /// <summary>
    /// Two instances the planner once left one and three kept moments below the optimum: on seed 28 the optimum is a
    /// trade between two chains (one gives up its last moment so that a fixed moment of the other is kept and a third
    /// chain plans one more), which only planning both chains again together finds; on seed 54 a fixed moment reaches its
    /// meeting through a path of three moves whose first try broke a chain's gap, so a second path must be tried.
    /// </summary>
    [Theory]
    [InlineData(28)]
    [InlineData(54)]
    public void Instances_that_need_a_trade_between_chains_or_a_second_path_meet_the_optimum(int seed)
    {
        var i = ExacteInstanties.Maak(seed);
        var optimum = CpSatOrakel.Los(i, 60);
        var planning = Planner.Schedule(i.Plan, i.Kalender, i.Beleid);
        Assert.True(optimum.Bewezen, $"CP-SAT did not prove seed {seed} in 60 s");
        Assert.Equal((optimum.Gepland, optimum.Behouden), (planning.Toewijzingen.Count, planning.Toewijzingen.Count(t => t.Status == ToewijzingStatus.Behouden)));
        Assert.Empty(PlannerSpecificatie.Schendingen(i, planning));
    }

    // 21 actions of an informative moment not yet planned, then a discussion fixed to a quarter.
    private static Instantie Keten(Kwartaal bespreking, int gap, params Radenbijeenkomst[] bijeenkomsten) => new(
        PlanningGenerator.Plan("keten", "Keten", Enumerable.Range(1, 21).Select(a => PlanningGenerator.Actie(a, $"a{a}", [
            new Raadsmoment { Fase = Fase.Informatie },
            new Raadsmoment { Fase = Fase.Bespreking, Kwartaal = bespreking },
        ])), []),
        new Vergaderkalender { Radenbijeenkomsten = bijeenkomsten.ToValueArray() },
        new Governancebeleid { MinimaleTussenruimteInDagen = gap });

    [Fact]
    public void Twenty_one_chains_on_two_meetings_without_a_limit_plan_all_42_moments()
    {
        var i = Keten(new Kwartaal(2024, 1), 0,
            new Radenbijeenkomst { Id = "jan", Datum = new LocalDate(2024, 1, 17) },
            new Radenbijeenkomst { Id = "mrt", Datum = new LocalDate(2024, 3, 13) });
        var planning = Planner.Schedule(i.Plan, i.Kalender, i.Beleid);
        Assert.Equal(42, planning.Toewijzingen.Count);
        Assert.Equal(21, planning.Toewijzingen.Count(t => t.Status == ToewijzingStatus.Behouden));
        Assert.True(planning.IsBewezenOptimaal);
        Assert.Equal((42, 21), (CpSatOrakel.Los(i).Gepland, CpSatOrakel.Los(i).Behouden));
    }

    [Fact]
    public void A_meeting_of_capacity_one_added_between_two_keeps_all_42_moments_planned()
    {
        var twee = Keten(new Kwartaal(2024, 2), 60,
            new Radenbijeenkomst { Id = "feb", Datum = new LocalDate(2024, 2, 20) },
            new Radenbijeenkomst { Id = "mei", Datum = new LocalDate(2024, 5, 15) });
        var drie = twee with { Kalender = twee.Kalender with { Radenbijeenkomsten = twee.Kalender.Radenbijeenkomsten.Add(new Radenbijeenkomst { Id = "apr", Datum = new LocalDate(2024, 4, 3), Agendaruimte = 1 }) } };
        Assert.Equal(42, Planner.Schedule(twee.Plan, twee.Kalender, twee.Beleid).Toewijzingen.Count);
        Assert.Equal(42, Planner.Schedule(drie.Plan, drie.Kalender, drie.Beleid).Toewijzingen.Count);
    }

    [Fact]
    public void Adding_a_meeting_or_capacity_never_lowers_the_number_planned_on_generated_plans()
    {
        var (gevallen, geoefend) = (0, 0);
        for (var seed = 1; seed <= 20; seed++)
        {
            var i = ExacteInstanties.Maak(2000 + seed, 5, 80);
            var voor = Planner.Schedule(i.Plan, i.Kalender, i.Beleid).Toewijzingen.Count;
            var r = new Random(seed);
            var eerste = i.Kalender.Radenbijeenkomsten[0];
            foreach (var meer in new[]
            {
                i.Kalender with { Radenbijeenkomsten = i.Kalender.Radenbijeenkomsten.SetItem(0, eerste with { Agendaruimte = eerste.Agendaruimte + 1 }) },
                i.Kalender with { Radenbijeenkomsten = i.Kalender.Radenbijeenkomsten.Add(new Radenbijeenkomst { Id = "extra", Datum = PlanningGenerator.Looptijd.Start.PlusDays(r.Next(0, 730)), Agendaruimte = 1 }) },
            })
            {
                gevallen++;
                var na = Planner.Schedule(i.Plan, meer, i.Beleid).Toewijzingen.Count;
                geoefend += na > voor ? 1 : 0;
                Assert.True(na >= voor, $"seed {2000 + seed}: {voor} planned before, {na} with more room");
            }
        }

        output.WriteLine($"{gevallen} calendars with more room, {geoefend} of which plan more.");
        Assert.True(geoefend >= gevallen / 4, $"only {geoefend} of {gevallen} plan more");
    }
}
