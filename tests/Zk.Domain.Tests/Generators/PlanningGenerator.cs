using FsCheck;
using FsCheck.Fluent;
using Microsoft.FSharp.Core;
using NodaTime;
using Zk.Domain.Besturing;
using Zk.Domain.Collections;
using Zk.Domain.Inplannen;
using Zk.Domain.Partijen;
using Zk.Domain.Tijd;
using Zk.Domain.Verloop;
using Zk.Domain.Werkplannen;
using Zk.Domain.Wisselwerkingen;

namespace Zk.Domain.Tests.Generators;

/// <summary>A small scheduling instance: up to six actions and six meetings, with fixed moments, blocks, gaps and deadlines.</summary>
public sealed record Instantie(Werkplan Plan, Vergaderkalender Kalender, Governancebeleid Beleid)
{
    public override string ToString() =>
        $"{Plan.Acties.Count} actions [{string.Join("; ", Plan.Acties.Select(a => a.Id + ":" + string.Join(",", a.Raadsmomenten.Select(m => m.Fase + "@" + (m.Kwartaal?.ToString() ?? "ntb")))))}], " +
        $"meetings [{string.Join(", ", Kalender.Radenbijeenkomsten.Select(r => $"{r.Id}@{r.Datum:uuuu-MM-dd}/{r.Agendaruimte}"))}], " +
        $"blocks [{string.Join(", ", Kalender.Blokkades.Select(b => b.Periode.ToString()))}], gap {Beleid.MinimaleTussenruimteInDagen}, window {Beleid.BesluitvormingstermijnInDagen}, " +
        $"deadlines [{string.Join(", ", Beleid.Deadlines.Select(d => $"{d.Actie}@{d.Datum:uuuu-MM-dd}"))}]";
}

/// <summary>A small instance, its schedule and a scenario to run it with.</summary>
public sealed record Runinstantie(Instantie Instantie, Planning Planning, Scenario Scenario)
{
    public override string ToString() =>
        $"{Instantie}; scenario [{string.Join(", ", Scenario.Stappen.Select(s => $"{s.Soort} {s.Actie ?? s.Radenbijeenkomst} {s.Kwartalen} {s.Datum:uuuu-MM-dd}"))}]";
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

    public static Gen<Instantie> Klein { get; } = Instanties(1, 6);

    /// <summary>Instances like <see cref="Klein"/> with <paramref name="minBijeenkomsten"/> to <paramref name="maxBijeenkomsten"/> meetings.</summary>
    internal static Gen<Instantie> Instanties(int minBijeenkomsten, int maxBijeenkomsten) =>
        from aantalActies in Gen.Choose(1, 6)
        from acties in Gen.CollectToSequence(Enumerable.Range(1, aantalActies), ActieGen)
        from aantalBijeenkomsten in Gen.Choose(minBijeenkomsten, maxBijeenkomsten)
        from bijeenkomsten in Gen.CollectToSequence(Enumerable.Range(1, aantalBijeenkomsten), i =>
            from dag in Dag()
            from capaciteit in Gen.Elements<int?>(1, 1, 2, 3, null)
            select new Radenbijeenkomst { Id = $"rb{i}", Datum = dag, Agendaruimte = capaciteit })
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

    /// <summary>
    /// A run of a small instance (4 to 10 meetings): its schedule and a scenario that cancels meetings (each a chance in
    /// four), lets actions slip (each a chance in two, from the start or a day in the period, by 0 to 3 quarters) and lets
    /// the member council reject or amend decisions.
    /// </summary>
    public static Gen<Runinstantie> Runs { get; } =
        from i in Instanties(4, 10)
        let planning = Planner.Schedule(i.Plan, i.Kalender, i.Beleid)
        from annuleringen in Gen.Elements(false, false, false, true).ArrayOf(i.Kalender.Radenbijeenkomsten.Count)
        from vertragingen in (
            from vertraagt in Gen.Elements(false, true)
            from vanaf in Gen.Elements(false, true)
            from dag in Gen.Choose(0, 730)
            from kwartalen in Gen.Choose(0, 3)
            select (vertraagt, vanaf, dag, kwartalen)).ArrayOf(i.Plan.Acties.Count)
        from besluiten in Gen.Elements<StapSoort?>(null, null, null, StapSoort.Verwerpt, StapSoort.Amendeert).ArrayOf(i.Plan.Acties.Count)
        let stappen = i.Kalender.Radenbijeenkomsten.Where((_, k) => annuleringen[k]).Select(r => new ScenarioStap { Soort = StapSoort.Annuleert, Radenbijeenkomst = r.Id })
            .Concat(i.Plan.Acties.Select((a, k) => (a.Id, Vertraging: vertragingen[k], Besluit: besluiten[k])).SelectMany(x => new[]
            {
                x.Vertraging.vertraagt
                    ? new ScenarioStap
                    {
                        Soort = StapSoort.Vertraagt,
                        Actie = x.Id,
                        Kwartalen = x.Vertraging.kwartalen,
                        Datum = x.Vertraging.vanaf ? Looptijd.Start.PlusDays(x.Vertraging.dag) : null,
                    }
                    : null,
                x.Besluit is { } soort ? new ScenarioStap { Soort = soort, Actie = x.Id, Gemeente = "g" } : null,
            }).OfType<ScenarioStap>())
        select new Runinstantie(i, planning, new Scenario { Stappen = stappen.ToValueArray() });
}

/// <summary>
/// A law over generated cases, checked with a fixed replay seed, that also counts the cases that exercise it (a law
/// that holds because nothing it speaks of happened proves nothing): the caller asserts the count is substantial.
/// </summary>
internal static class Wet
{
    /// <summary>Checks <paramref name="wet"/> on <paramref name="gevallen"/> cases (it gives whether the case exercised the law, and what broke, or null) and returns how many exercised it.</summary>
    public static int Controleer<T>(Gen<T> gen, int gevallen, ulong seed, ulong gamma, Func<T, (bool Geoefend, string? Fout)> wet)
    {
        var geoefend = 0;
        var config = Config.QuickThrowOnFailure
            .WithMaxTest(gevallen)
            .WithQuietOnSuccess(true)
            .WithReplay(FSharpOption<Replay>.Some(new Replay(new Rnd(seed, gamma), FSharpOption<int>.None)));
        Check.One(config, Prop.ForAll(Arb.From(gen), x =>
        {
            var (geoefendGeval, fout) = wet(x);
            geoefend += geoefendGeval ? 1 : 0;
            return (fout is null).Label(fout ?? "");
        }));
        return geoefend;
    }
}
