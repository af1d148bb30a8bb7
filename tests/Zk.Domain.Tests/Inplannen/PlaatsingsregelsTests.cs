using FsCheck.Fluent;
using NodaTime;
using Zk.Domain.Besturing;
using Zk.Domain.Inplannen;
using Zk.Domain.Tests.Generators;

namespace Zk.Domain.Tests.Inplannen;

/// <summary>The placement rules the planner and the run share: which constraint rules a meeting out, one example each, and the window agreeing with them.</summary>
public class PlaatsingsregelsTests(ITestOutputHelper output)
{
    private static readonly DateInterval Looptijd = new(new LocalDate(2024, 1, 15), new LocalDate(2025, 12, 31));

    private static readonly Vergaderkalender Kalender = new()
    {
        Radenbijeenkomsten =
        [
            new Radenbijeenkomst { Id = "voor", Datum = new LocalDate(2024, 1, 10) },
            new Radenbijeenkomst { Id = "reces", Datum = new LocalDate(2024, 3, 1) },
            new Radenbijeenkomst { Id = "klein", Datum = new LocalDate(2024, 4, 15), Agendaruimte = 1 },
            new Radenbijeenkomst { Id = "juni", Datum = new LocalDate(2024, 6, 20) },
            new Radenbijeenkomst { Id = "september", Datum = new LocalDate(2024, 9, 1) },
            new Radenbijeenkomst { Id = "december", Datum = new LocalDate(2024, 12, 20) },
        ],
        Blokkades = [new Blokkade { Periode = new DateInterval(new LocalDate(2024, 2, 20), new LocalDate(2024, 3, 10)), Reden = "reces" }],
    };

    // a1 must be done by 2024-09-30; the councils take 42 days; moments 90 days apart.
    private static readonly Governancebeleid Beleid = new()
    {
        MinimaleTussenruimteInDagen = 90,
        Deadlines = [new Deadline("a1", new LocalDate(2024, 9, 30)), new Deadline("a2", new LocalDate(2027, 1, 1))],
    };

    private static readonly Plaatsingsregels Regels = Plaatsingsregels.Maak(Looptijd, Kalender, Beleid, Bestuursprofiel.ZuidKennemerland);

    private static int M(string id) => Array.FindIndex(Regels.Bijeenkomsten, r => r.Id == id);

    private static Uitsluiting Waarom(string id, Fase? fase = null, string? vorige = null, string? volgende = null, int bezet = 0, string? geannuleerd = null) =>
        Regels.Waarom(
            M(id),
            fase ?? Fase.Bespreking,
            Regels.ActieDeadline("a1"),
            Looptijd.Start,
            vorige is null ? -1 : M(vorige),
            volgende is null ? -1 : M(volgende),
            bezet,
            geannuleerd is null ? null : [.. Regels.Bijeenkomsten.Select(r => r.Id == geannuleerd)]);

    [Fact]
    public void Each_constraint_rules_a_meeting_out_with_its_own_name()
    {
        Assert.Equal(Uitsluiting.Periode, Waarom("voor"));
        Assert.Equal(Uitsluiting.Blokkade, Waarom("reces"));
        Assert.Equal(Uitsluiting.Capaciteit, Waarom("klein", bezet: 1));
        Assert.Equal(Uitsluiting.Geen, Waarom("klein"));
        Assert.Equal(Uitsluiting.Deadline, Waarom("december"));
        Assert.Equal(Uitsluiting.Geen, Waarom("september"));
        Assert.Equal(Uitsluiting.Besluitvormingstermijn, Waarom("september", Fase.Besluitvorming));
        Assert.Equal(Uitsluiting.Geen, Waarom("juni", Fase.Besluitvorming));
        Assert.Equal(Uitsluiting.TussenruimteVorige, Waarom("juni", vorige: "klein"));
        Assert.Equal(Uitsluiting.TussenruimteVolgende, Waarom("klein", volgende: "juni"));
        Assert.Equal(Uitsluiting.Geen, Waarom("september", vorige: "klein"));
        Assert.Equal(Uitsluiting.Geannuleerd, Waarom("juni", geannuleerd: "juni"));
    }

    [Fact]
    public void An_actions_deadline_is_the_policys_earliest_and_never_after_the_period()
    {
        Assert.Equal(new LocalDate(2024, 9, 30), Regels.ActieDeadline("a1"));
        Assert.Equal(Looptijd.End, Regels.ActieDeadline("a2"));
        Assert.Equal(Looptijd.End, Regels.ActieDeadline("zonder"));
        Assert.Equal(new LocalDate(2024, 8, 19), Regels.MomentDeadline(Regels.ActieDeadline("a1"), Fase.Besluitvorming));
    }

    [Fact]
    public void A_meeting_is_in_the_window_and_usable_exactly_when_no_constraint_rules_it_out()
    {
        var gevallen = 300;
        var (ja, nee) = (0, 0);
        var gen =
            from i in PlanningGenerator.Instanties(4, 10)
            from fase in Gen.Elements(Fase.Bespreking, Fase.Besluitvorming)
            from vorige in Gen.Elements(-1, -1, 0, 1, 2, 3)
            from volgende in Gen.Elements(-1, -1, -1, 6, 7, 8, 9)
            from bezet in Gen.Elements(0, 0, 1, 2)
            select (i, fase, vorige, volgende, bezet);
        var geoefend = Wet.Controleer(gen, gevallen, 99991, 99993, x =>
        {
            var regels = Plaatsingsregels.Maak(x.i.Plan.Looptijd, x.i.Kalender, x.i.Beleid, x.i.Plan.Profiel);
            var aantal = regels.Bijeenkomsten.Length;
            var (vorige, volgende) = (x.vorige < aantal ? x.vorige : -1, x.volgende < aantal ? x.volgende : -1);
            var deadline = regels.ActieDeadline("a1");
            var (van, tot) = regels.Venster(regels.Start, regels.Na(regels.MomentDeadline(deadline, x.fase)), vorige, volgende);
            var bezet = Enumerable.Repeat(x.bezet, aantal).ToArray();
            var beide = (Ja: false, Nee: false);
            for (var m = 0; m < aantal; m++)
            {
                var inVenster = m >= van && m < tot && regels.Beschikbaar(m, bezet);
                var geen = regels.Waarom(m, x.fase, deadline, x.i.Plan.Looptijd.Start, vorige, volgende, x.bezet, null) == Uitsluiting.Geen;
                if (inVenster != geen)
                {
                    return (true, $"meeting {m}: in the window {inVenster}, no constraint {geen}");
                }

                beide = (beide.Ja || geen, beide.Nee || !geen);
            }

            ja += beide.Ja ? 1 : 0;
            nee += beide.Nee ? 1 : 0;
            return (beide.Ja && beide.Nee, null);
        });

        output.WriteLine($"{geoefend} of {gevallen} cases had meetings on both sides ({ja} with a usable one, {nee} with one ruled out).");
        Assert.True(geoefend >= gevallen / 2, $"only {geoefend} cases had meetings on both sides");
    }
}
