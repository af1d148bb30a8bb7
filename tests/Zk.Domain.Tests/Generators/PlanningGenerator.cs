using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using Zk.Domain.Besturing;
using Zk.Domain.Collections;
using Zk.Domain.Inplannen;
using Zk.Domain.Partijen;
using Zk.Domain.Samenhang;
using Zk.Domain.Tijd;
using Zk.Domain.Werkplannen;

namespace Zk.Domain.Tests.Generators;

/// <summary>A small scheduling instance: up to six actions and six meetings, with fixed moments, blocks, gaps and deadlines.</summary>
public sealed record Instantie(Werkplan Plan, Vergaderkalender Kalender, Governancebeleid Beleid)
{
    public override string ToString() =>
        $"{Plan.Acties.Count} actions [{string.Join("; ", Plan.Acties.Select(a => a.Id + ":" + string.Join(",", a.Raadsmomenten.Select(m => m.Fase + "@" + (m.Kwartaal?.ToString() ?? "ntb")))))}], " +
        $"meetings [{string.Join(", ", Kalender.Radenbijeenkomsten.Select(r => $"{r.Id}@{r.Datum:uuuu-MM-dd}/{r.Capaciteit}"))}], " +
        $"blocks [{string.Join(", ", Kalender.Blokkades.Select(b => b.Periode.ToString()))}], gap {Beleid.MinimaleTussenruimteInDagen}, window {Beleid.BesluitvormingstermijnInDagen}, " +
        $"deadlines [{string.Join(", ", Beleid.Deadlines.Select(d => $"{d.Actie}@{d.Datum:uuuu-MM-dd}"))}]";
}

internal static class PlanningGenerator
{
    /// <summary>The period of every generated plan.</summary>
    internal static readonly DateInterval Looptijd = new(new LocalDate(2024, 1, 1), new LocalDate(2025, 12, 31));

    /// <summary>A day from <paramref name="vanaf"/> to <paramref name="tot"/> days after the period's start.</summary>
    internal static Gen<LocalDate> Dag(int vanaf = -30, int tot = 760) => Gen.Choose(vanaf, tot).Select(d => Looptijd.Start.PlusDays(d));

    /// <summary>An action of main task "h" led by member "g".</summary>
    internal static Actie Actie(int nummer, string id, ValueArray<Raadsmoment> raadsmomenten) => new()
    {
        Id = id,
        Nummer = nummer,
        Titel = $"Actie {nummer}",
        Hoofdopgave = "h",
        Termijn = Termijn.Kort,
        Trekkerschap = new Trekkerschap { Bestuurlijk = ["g"] },
        Financiering = Financiering.Bestaand,
        Raadsmomenten = raadsmomenten,
    };

    /// <summary>A plan of one member ("g") and one main task ("h") around the actions.</summary>
    internal static Werkplan Plan(string id, string titel, IEnumerable<Actie> acties, ValueArray<BestuurlijkVraagstuk> vraagstukken) => new()
    {
        Id = id,
        Titel = titel,
        Regio = "Test",
        Looptijd = Looptijd,
        Deelnemers = ["g"],
        Partijen = [new Partij { Id = "g", Naam = "G", Soort = PartijSoort.Gemeente }],
        Hoofdopgaven = [new Hoofdopgave { Id = "h", Naam = "H" }],
        Acties = acties.ToValueArray(),
        Vraagstukken = vraagstukken,
    };

    private static readonly Fase[][] Paden =
    [
        [Fase.Informatie], [Fase.Bespreking, Fase.Besluitvorming], [Fase.Besluitvorming], [Fase.Versie50, Fase.Versie80, Fase.Besluitvorming],
        [Fase.Informatie, Fase.Terugkoppeling], [Fase.Bespreking], [Fase.Concept, Fase.Besluitvorming, Fase.Evaluatie],
    ];

    private static Gen<Actie> ActieGen(int i) =>
        from pad in Gen.Elements(Paden)
        from vast in Gen.Elements(false, false, true).ArrayOf(pad.Length)
        from kwartalen in Gen.Choose(0, 7).ArrayOf(pad.Length)
        select Actie(i, $"a{i}", pad.Select((fase, k) => new Raadsmoment { Fase = fase, Kwartaal = vast[k] ? new Kwartaal(2024, 1) + kwartalen[k] : null }).ToValueArray());

    public static Gen<Instantie> Klein { get; } =
        from aantalActies in Gen.Choose(1, 6)
        from acties in Gen.CollectToSequence(Enumerable.Range(1, aantalActies), ActieGen)
        from aantalBijeenkomsten in Gen.Choose(1, 6)
        from bijeenkomsten in Gen.CollectToSequence(Enumerable.Range(1, aantalBijeenkomsten), i =>
            from dag in Dag()
            from capaciteit in Gen.Elements<int?>(1, 1, 2, 3, null)
            select new Radenbijeenkomst { Id = $"rb{i}", Datum = dag, Capaciteit = capaciteit })
        from blokkades in (
            from start in Dag()
            from lengte in Gen.Choose(0, 60)
            select new Blokkade { Periode = new DateInterval(start, start.PlusDays(lengte)), Reden = "blok" }).ArrayOf().Select(b => b.Take(2).ToArray())
        from gap in Gen.Elements(0, 0, 30, 90)
        from termijn in Gen.Elements(0, 42, 120)
        from deadlines in (
            from actie in Gen.Choose(1, aantalActies)
            from dag in Dag(60, 760)
            select new Deadline($"a{actie}", dag)).ArrayOf().Select(d => d.Take(2).ToArray())
        from vraagstuk in Gen.Elements(true, false)
        let plan = Plan("klein", "Klein", acties, vraagstuk && aantalActies > 1
            ? [new BestuurlijkVraagstuk { Id = "V1", Titel = "a1 versus a2", Van = Verwijzing.NaarActie("a1"), Naar = Verwijzing.NaarActie("a2") }]
            : [])
        select new Instantie(
            plan,
            new Vergaderkalender { Radenbijeenkomsten = bijeenkomsten.ToValueArray(), Blokkades = blokkades.ToValueArray() },
            new Governancebeleid { MinimaleTussenruimteInDagen = gap, BesluitvormingstermijnInDagen = termijn, Deadlines = deadlines.ToValueArray() });

    public static Arbitrary<Instantie> Arbitrary() => Arb.From(Klein);
}
