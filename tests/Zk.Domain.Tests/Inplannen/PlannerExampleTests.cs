using FsCheck.Fluent;
using NodaTime;
using Zk.Domain.Besturing;
using Zk.Domain.Bundled;
using Zk.Domain.Collections;
using Zk.Domain.Inplannen;
using Zk.Domain.Synthetisch;
using Zk.Domain.Tests.Generators;
using Zk.Domain.Tijd;
using Zk.Domain.Werkplannen;

namespace Zk.Domain.Tests.Inplannen;

/// <summary>The bundled plan's schedule, what-ifs, and each reason a moment cannot be planned.</summary>
public class PlannerExampleTests
{
    private static Werkplan Zk => BundledPlans.ZuidKennemerland;

    private static Vergaderkalender ZkKalender => BundledPlans.ZuidKennemerlandKalender;

    [Fact]
    public void The_default_calendar_has_one_meeting_per_quarter_outside_the_recess_and_the_elections()
    {
        Assert.Equal(
            [
                ("rb-2021-Q3", new LocalDate(2021, 9, 1)),   // 18 August falls in the summer recess: two weeks later
                ("rb-2021-Q4", new LocalDate(2021, 11, 17)),
                ("rb-2022-Q1", new LocalDate(2022, 2, 16)),  // before the weeks around the elections of 16 March 2022
                ("rb-2022-Q2", new LocalDate(2022, 5, 18)),
                ("rb-2022-Q3", new LocalDate(2022, 9, 7)),
                ("rb-2022-Q4", new LocalDate(2022, 11, 16)),
            ],
            ZkKalender.Radenbijeenkomsten.Select(r => (r.Id, r.Datum)));
        Assert.Contains(ZkKalender.Blokkades, b => b.Periode.Contains(new LocalDate(2022, 3, 16)));
    }

    [Fact]
    public void A_quarter_without_a_free_day_has_no_meeting()
    {
        var heelQ3 = new Blokkade { Periode = new DateInterval(new LocalDate(2024, 7, 1), new LocalDate(2024, 9, 30)), Reden = "verbouwing" };
        var kalender = new Vergaderpatroon { Blokkades = [heelQ3] }.Generate(new DateInterval(new LocalDate(2024, 1, 1), new LocalDate(2024, 12, 31)));
        Assert.Equal(["rb-2024-Q1", "rb-2024-Q2", "rb-2024-Q4"], kalender.Radenbijeenkomsten.Select(r => r.Id));
        Assert.All(kalender.Radenbijeenkomsten, r => Assert.Equal(IsoDayOfWeek.Wednesday, r.Datum.DayOfWeek));
    }

    [Fact]
    public void The_bundled_plan_keeps_the_seed_quarters_and_plans_the_N_t_b_moments_within_the_period()
    {
        var planning = Planner.Schedule(Zk, ZkKalender);
        Assert.True(planning.IsVolledig);
        Assert.Equal(15, planning.Toewijzingen.Count);
        Assert.All(planning.Toewijzingen.Where(t => Zk.Acties.Single(a => a.Id == t.Actie).Raadsmomenten[t.Moment].Kwartaal is not null),
            t => Assert.Equal(ToewijzingStatus.Behouden, t.Status));
        Assert.Equal(
            [("3.1", Fase.Informatie, "rb-2021-Q3"), ("3.2", Fase.Bespreking, "rb-2022-Q3"), ("4.2", Fase.Terugkoppeling, "rb-2021-Q4"), ("6.2", Fase.Besluitvorming, "rb-2022-Q4")],
            planning.Toewijzingen.Where(t => t.Status == ToewijzingStatus.Ingepland).Select(t => (t.Actie, t.Fase, t.Radenbijeenkomst)));
        Assert.All(planning.Toewijzingen, t => Assert.True(Zk.Looptijd.Contains(t.Datum)));
        Assert.Equal(3, planning.Speling.Single(s => s.Actie == "4.1").Dagen); // decision on 16 November, councils decide within six weeks
    }

    [Fact]
    public void What_if_the_last_meeting_is_cancelled()
    {
        var voor = Planner.Schedule(Zk, ZkKalender);
        var zonderQ4 = ZkKalender with { Radenbijeenkomsten = ZkKalender.Radenbijeenkomsten.RemoveAt(5) };
        var na = Planner.Schedule(Zk, zonderQ4);
        Assert.Equal(
            [
                new Verschuiving("4.1", 1, Fase.Besluitvorming, "rb-2022-Q4", null) { VanDatum = new LocalDate(2022, 11, 16) },
                new Verschuiving("6.2", 1, Fase.Besluitvorming, "rb-2022-Q4", null) { VanDatum = new LocalDate(2022, 11, 16) },
            ],
            na.Compare(voor));
        Assert.Empty(voor.Compare(voor));
        var economie = na.Onplanbaar.Single(o => o.Actie == "4.1");
        Assert.Equal(OnplanbaarReden.Deadline, economie.Reden);
        Assert.Contains("2022-11-19", economie.Melding(Taal.En), StringComparison.Ordinal); // 31 December minus six weeks
    }

    [Fact]
    public void What_if_an_action_slips_a_quarter()
    {
        var voor = Planner.Schedule(Zk, ZkKalender);
        var klimaat = Zk.Acties[6] with { Raadsmomenten = [Zk.Acties[6].Raadsmomenten[0] with { Kwartaal = Kwartaal.Parse("2022-Q2") }] };
        var na = Planner.Schedule(Zk with { Acties = Zk.Acties.SetItem(6, klimaat) }, ZkKalender);
        Assert.Equal(
            [new Verschuiving("6.1", 0, Fase.Bespreking, "rb-2022-Q1", "rb-2022-Q2") { VanDatum = new LocalDate(2022, 2, 16), NaarDatum = new LocalDate(2022, 5, 18) }],
            na.Compare(voor));
    }

    [Fact]
    public void A_fixed_moment_without_a_meeting_in_its_quarter_is_moved()
    {
        var zonderQ1 = ZkKalender with { Radenbijeenkomsten = ZkKalender.Radenbijeenkomsten.RemoveAt(2) };
        var planning = Planner.Schedule(Zk, zonderQ1);
        var klimaat = planning.Toewijzingen.Single(t => t.Actie == "6.1");
        Assert.Equal(ToewijzingStatus.Verplaatst, klimaat.Status);
    }

    [Fact]
    public void The_policy_adds_an_interim_discussion_before_a_decision_that_has_none()
    {
        var actie = Zk.Acties[8] with { Raadsmomenten = [new Raadsmoment { Fase = Fase.Besluitvorming }] };
        var planning = Planner.Schedule(Zk with { Acties = Zk.Acties.SetItem(8, actie) }, ZkKalender);
        var fietsen = planning.Toewijzingen.Where(t => t.Actie == "7.1").ToList();
        Assert.Equal([(Fase.Bespreking, ToewijzingStatus.Toegevoegd), (Fase.Besluitvorming, ToewijzingStatus.Ingepland)], fietsen.Select(t => (t.Fase, t.Status)));
        Assert.True(fietsen[0].Datum < fietsen[1].Datum);

        var zonderPlicht = Planner.Schedule(Zk with { Acties = Zk.Acties.SetItem(8, actie) }, ZkKalender, new Governancebeleid { TussentijdseBesprekingVerplicht = false });
        Assert.Single(zonderPlicht.Toewijzingen, t => t.Actie == "7.1");
    }

    [Fact]
    public void Both_sides_of_a_vraagstuk_decide_in_the_same_meeting_when_they_can()
    {
        // What if the Nationaal Park's second discussion were a decision not yet planned (the seed names none): the
        // planner puts it in the meeting of the economic profile's decision, so V1 is weighed together.
        var park = Zk.Acties[1] with { Raadsmomenten = Zk.Acties[1].Raadsmomenten.SetItem(1, new Raadsmoment { Fase = Fase.Besluitvorming }) };
        var planning = Planner.Schedule(Zk with { Acties = Zk.Acties.SetItem(1, park) }, ZkKalender);
        Assert.Equal("rb-2022-Q4", planning.Toewijzingen.Single(t => t.Actie == "3.2" && t.Fase == Fase.Besluitvorming).Radenbijeenkomst);
        Assert.Equal("rb-2022-Q4", planning.Toewijzingen.Single(t => t.Actie == "4.1" && t.Fase == Fase.Besluitvorming).Radenbijeenkomst);
    }

    [Fact]
    public void A_full_meeting_names_the_competing_actions()
    {
        var krap = ZkKalender with { Radenbijeenkomsten = ZkKalender.Radenbijeenkomsten.Select(r => r with { Agendaruimte = 1 }).ToValueArray() };
        var planning = Planner.Schedule(Zk, krap);
        var capaciteit = planning.Onplanbaar.Where(o => o.Reden == OnplanbaarReden.AgendaVol).ToList();
        Assert.NotEmpty(capaciteit);
        Assert.All(capaciteit, o => Assert.NotEmpty(o.Concurrenten));
        Assert.All(planning.Toewijzingen.GroupBy(t => t.Radenbijeenkomst), g => Assert.Single(g));
        Assert.Contains("vol met acties", capaciteit[0].Melding(Taal.Nl), StringComparison.Ordinal);
    }

    [Fact]
    public void A_message_names_ten_competitors_and_counts_the_rest()
    {
        // Meetings with a third of their room: windows full of other actions' moments.
        var plan = SyntheticPlan.Generate(1_000, seed: 1);
        var kalender = SyntheticPlan.Kalender(plan);
        var krap = kalender with { Radenbijeenkomsten = kalender.Radenbijeenkomsten.Select(r => r with { Agendaruimte = r.Agendaruimte / 3 }).ToValueArray() };
        var planning = Planner.Schedule(plan, krap);
        var vol = planning.Onplanbaar.First(o => o.Reden == OnplanbaarReden.AgendaVol && o.Concurrenten.Count > 10);

        var nl = vol.Melding(Taal.Nl);
        var genoemd = string.Join(", ", vol.Concurrenten.Take(10));
        Assert.Contains($"vol met acties {genoemd} en {vol.Concurrenten.Count - 10} andere;", nl, StringComparison.Ordinal);
        Assert.DoesNotContain(", " + vol.Concurrenten[10] + ",", nl, StringComparison.Ordinal);
        Assert.Contains($"full with actions {genoemd} and {vol.Concurrenten.Count - 10} more;", vol.Melding(Taal.En), StringComparison.Ordinal);
        Assert.True(nl.Length < 1_000, nl);
    }

    [Fact]
    public void A_meeting_in_a_blocked_period_is_not_used()
    {
        var plan = Zk with { Acties = [Zk.Acties[0]] };
        var kalender = new Vergaderkalender
        {
            Radenbijeenkomsten = [new Radenbijeenkomst { Id = "zomer", Datum = new LocalDate(2022, 8, 1) }],
            Blokkades = [StandaardBlokkades.Zomerreces(2022)],
        };
        var moment = Assert.Single(Planner.Schedule(plan, kalender).Onplanbaar);
        Assert.Equal(OnplanbaarReden.Blokkade, moment.Reden);
        Assert.Equal(["zomer"], moment.Bijeenkomsten);
    }

    [Fact]
    public void A_later_moment_cannot_follow_one_that_was_not_planned()
    {
        var plan = Zk with { Acties = [Zk.Acties[3]] }; // informatie, then terugkoppeling
        var kalender = new Vergaderkalender { Radenbijeenkomsten = [new Radenbijeenkomst { Id = "te-vroeg", Datum = new LocalDate(2021, 1, 1) }] };
        var planning = Planner.Schedule(plan, kalender);
        Assert.Equal([OnplanbaarReden.Deadline, OnplanbaarReden.Volgorde], planning.Onplanbaar.Select(o => o.Reden));
    }

    [Fact]
    public void A_large_plan_is_scheduled_without_the_exhaustive_search()
    {
        var plan = WerkplanGenerator.GeldigWerkplan.Sample(30, 1)[0];
        var groot = plan with { Acties = Enumerable.Range(0, 50).SelectMany(k => plan.Acties.Select(a => a with { Id = a.Id + "-" + k })).ToValueArray() };
        var kalender = new Vergaderpatroon { Agendaruimte = 3 }.Generate(groot.Looptijd);
        var planning = Planner.Schedule(groot, kalender);
        Assert.Equal(
            Planner.Probleem.Maak(groot, kalender, Governancebeleid.Standaard).Taken.Length,
            planning.Toewijzingen.Count + planning.Onplanbaar.Count);
        Assert.All(planning.Toewijzingen.GroupBy(t => t.Radenbijeenkomst), g => Assert.True(g.Count() <= 3));
    }
}
