using NodaTime;
using Zk.Domain.Besturing;
using Zk.Domain.Bundled;
using Zk.Domain.Inplannen;
using Zk.Domain.Werkplannen;

namespace Zk.Domain.Tests.Inplannen;

/// <summary>
/// The calendar a plan is scheduled on when none is given (issue 13): the plan's own meetings when it has them in its
/// period, else the generated calendar, whose meetings take their kind and id prefix from the plan's profile.
/// </summary>
public class StandaardKalenderTests
{
    private static Werkplan Zk => BundledPlans.ZuidKennemerland;

    private static readonly Bijeenkomstsoort Regiopodium = new() { Id = "regiopodium", NaamNl = "Regiopodium", NaamEn = "Regional podium" };

    // The bundled plan under another region's profile, whose only kind of meeting is the Regiopodium.
    private static Werkplan MetRegiopodium(Werkplan plan) =>
        plan with { Profiel = plan.Profiel with { Id = "west", Naam = "West", Bijeenkomstsoorten = [Regiopodium] } };

    [Fact]
    public void Zuid_Kennemerland_s_generated_meetings_keep_their_rb_ids_and_the_default_kind()
    {
        var kalender = StandaardKalender.Generate(Zk);
        Assert.Equal(["rb-2021-Q3", "rb-2021-Q4", "rb-2022-Q1", "rb-2022-Q2", "rb-2022-Q3", "rb-2022-Q4"], kalender.Radenbijeenkomsten.Select(r => r.Id));
        Assert.All(kalender.Radenbijeenkomsten, r => Assert.Null(r.Soort));

        // Exactly the calendar of the default pattern, as before the profile named the kind.
        Assert.Equal(new Vergaderpatroon { Blokkades = StandaardBlokkades.For(Zk.Looptijd) }.Generate(Zk.Looptijd), kalender);
        Assert.Equal("rb", StandaardKalender.Voorvoegsel(Bestuursprofiel.ZuidKennemerland.Bijeenkomstsoorten[0]));
    }

    [Fact]
    public void Another_profile_s_generated_meetings_take_the_prefix_and_name_of_its_first_kind()
    {
        var plan = MetRegiopodium(Zk);
        var kalender = StandaardKalender.Generate(plan);
        Assert.Equal(["regiopodium-2021-Q3", "regiopodium-2021-Q4", "regiopodium-2022-Q1", "regiopodium-2022-Q2", "regiopodium-2022-Q3", "regiopodium-2022-Q4"], kalender.Radenbijeenkomsten.Select(r => r.Id));
        Assert.Equal(StandaardKalender.Generate(Zk).Radenbijeenkomsten.Select(r => r.Datum), kalender.Radenbijeenkomsten.Select(r => r.Datum));
        Assert.All(kalender.Radenbijeenkomsten, r => Assert.Equal("Regiopodium", plan.Profiel.BijeenkomstNaam(r.Soort, Taal.Nl)));
    }

    [Fact]
    public void A_pattern_writes_its_prefix_and_kind_on_every_meeting_and_refuses_an_empty_prefix()
    {
        var periode = new DateInterval(new LocalDate(2024, 1, 1), new LocalDate(2024, 6, 30));
        var kalender = new Vergaderpatroon { Voorvoegsel = "ws", Soort = "werksessie", Agendaruimte = 2 }.Generate(periode);
        Assert.Equal(
            [("ws-2024-Q1", new LocalDate(2024, 2, 21), "werksessie", 2), ("ws-2024-Q2", new LocalDate(2024, 5, 15), "werksessie", 2)],
            kalender.Radenbijeenkomsten.Select(r => (r.Id, r.Datum, r.Soort!, r.Agendaruimte!.Value)));
        Assert.Throws<ArgumentException>(() => new Vergaderpatroon { Voorvoegsel = "" }.Generate(periode));
    }

    [Fact]
    public void A_plan_with_its_own_meetings_in_its_period_is_scheduled_on_them()
    {
        var eigen = new[]
        {
            new Radenbijeenkomst { Id = "rp-1", Datum = new LocalDate(2021, 10, 7), Soort = "regiopodium", Agendaruimte = 3 },
            new Radenbijeenkomst { Id = "rp-2", Datum = new LocalDate(2022, 8, 1), Soort = "regiopodium" },
        };
        var plan = MetRegiopodium(Zk) with { Radenbijeenkomsten = [.. Zk.Radenbijeenkomsten, .. eigen] };
        var kalender = StandaardKalender.For(plan);

        // All the plan's meetings as the plan has them, and no blocked periods: the plan says they are held
        // (rp-2 lies in the summer recess that the generated calendar skips).
        Assert.Equal(plan.Radenbijeenkomsten, kalender.Radenbijeenkomsten);
        Assert.True(kalender.Blokkades.IsEmpty);
        var planning = Planner.Schedule(plan, kalender);
        Assert.All(planning.Toewijzingen, t => Assert.Contains(t.Radenbijeenkomst, new[] { "rp-1", "rp-2" }));
        Assert.NotEmpty(planning.Toewijzingen);
    }

    [Fact]
    public void A_plan_without_meetings_in_its_period_is_scheduled_on_the_generated_calendar()
    {
        // The bundled plan names two meetings, both before its period (where the plan itself was discussed).
        Assert.Equal(2, Zk.Radenbijeenkomsten.Count);
        Assert.All(Zk.Radenbijeenkomsten, r => Assert.True(r.Datum < Zk.Looptijd.Start));
        Assert.Equal(StandaardKalender.Generate(Zk), StandaardKalender.For(Zk));
        Assert.Equal(BundledPlans.ZuidKennemerlandKalender, StandaardKalender.For(Zk));

        var zonder = Zk with { Radenbijeenkomsten = [] };
        Assert.Equal(StandaardKalender.Generate(zonder), StandaardKalender.For(zonder));

        // A meeting on the period's last day counts as within it.
        var laatste = Zk with { Radenbijeenkomsten = [new Radenbijeenkomst { Id = "x", Datum = Zk.Looptijd.End }] };
        Assert.Equal(laatste.Radenbijeenkomsten, StandaardKalender.For(laatste).Radenbijeenkomsten);
    }
}
