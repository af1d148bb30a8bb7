using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using Zk.Domain.Besturing;
using Zk.Domain.Collections;
using Zk.Domain.Inplannen;
using Zk.Domain.Synthetisch;
using Zk.Domain.Tests.Generators;
using Zk.Domain.Tijd;
using Zk.Domain.Wisselwerkingen;

namespace Zk.Domain.Tests.Inplannen;

/// <summary>
/// The planner against its specification (<see cref="PlannerSpecificatie"/>, from brief §5 and the planner's
/// documentation) on instances larger than the exhaustive search takes (up to 60 actions, some sharing an id, and 30
/// meetings) and on a synthetic plan of a thousand actions: every moment planned within its rules with the right status,
/// or explained with the reason, deadline, meetings and competitors that hold.
/// </summary>
public class PlannerReferenceTests(ITestOutputHelper output)
{
    [Fact]
    public void The_planner_keeps_its_specification_on_medium_instances()
    {
        var (gevallen, redenen) = (300, new Dictionary<OnplanbaarReden, int>());
        var geoefend = Wet.Controleer(Middel, gevallen, 20250101, 20250103, i =>
        {
            var planning = Planner.Schedule(i.Plan, i.Kalender, i.Beleid);
            foreach (var reden in planning.Onplanbaar.Select(o => o.Reden).Distinct())
            {
                redenen[reden] = redenen.GetValueOrDefault(reden) + 1;
            }

            var fouten = PlannerSpecificatie.Schendingen(i, planning);
            return (!planning.IsVolledig, fouten.Count == 0 ? null : string.Join("; ", fouten));
        });

        output.WriteLine($"{geoefend} of {gevallen} instances have an unplannable moment; by reason: {string.Join(", ", redenen.OrderBy(r => r.Key).Select(r => $"{r.Key} {r.Value}"))}.");
        Assert.True(geoefend >= gevallen / 2, $"only {geoefend} of {gevallen} instances have an unplannable moment to explain");
        Assert.All(Enum.GetValues<OnplanbaarReden>(), reden => Assert.True(redenen.GetValueOrDefault(reden) >= gevallen / 20, $"only {redenen.GetValueOrDefault(reden)} instances explain by {reden}"));
    }

    [Fact]
    public void A_synthetic_plan_of_a_thousand_actions_keeps_the_specification()
    {
        var plan = SyntheticPlan.Generate(1000, 7);
        var kalender = SyntheticPlan.Kalender(plan);
        var krap = kalender with
        {
            Radenbijeenkomsten = kalender.Radenbijeenkomsten.Select((r, k) => r with { Agendaruimte = k % 5 == 0 ? null : r.Agendaruimte / 3 }).ToValueArray(),
            Blokkades = StandaardBlokkades.For(plan.Looptijd),
        };
        var krapper = krap with { Radenbijeenkomsten = kalender.Radenbijeenkomsten.Select(r => r with { Agendaruimte = r.Agendaruimte / 4 }).ToValueArray() };
        foreach (var (k, beleid) in new[] { (kalender, Governancebeleid.Standaard), (krap, new Governancebeleid { MinimaleTussenruimteInDagen = 30 }), (krapper, new Governancebeleid { MinimaleTussenruimteInDagen = 30 }) })
        {
            var planning = Planner.Schedule(plan, k, beleid);
            Assert.Equal(k == krapper, !planning.IsVolledig);
            Assert.Empty(PlannerSpecificatie.Schendingen(new Instantie(plan, k, beleid), planning));
        }
    }

    private static readonly Fase[][] Paden =
    [
        [Fase.Informatie], [Fase.Bespreking, Fase.Besluitvorming], [Fase.Besluitvorming], [Fase.Versie50, Fase.Versie80, Fase.Besluitvorming],
        [Fase.Informatie, Fase.Terugkoppeling], [Fase.Concept, Fase.Besluitvorming, Fase.Evaluatie], [Fase.Besluitvorming, Fase.Bespreking, Fase.Besluitvorming],
    ];

    // A moment is open (N.t.b.), fixed to a quarter, or fixed to a meeting (one that may not exist).
    private static Gen<Raadsmoment> MomentGen(Fase fase, int bijeenkomsten) =>
        from soort in Gen.Elements(0, 0, 1, 1, 2)
        from kwartaal in Gen.Choose(-1, 8)
        from bijeenkomst in Gen.Choose(1, bijeenkomsten + 1)
        select soort switch
        {
            0 => new Raadsmoment { Fase = fase },
            1 => new Raadsmoment { Fase = fase, Kwartaal = new Kwartaal(2024, 1) + kwartaal },
            _ => new Raadsmoment { Fase = fase, Kwartaal = new Kwartaal(2024, 1) + kwartaal, Radenbijeenkomst = $"rb{bijeenkomst}" },
        };

    // Up to 60 actions (some sharing an id) and 30 meetings, with vraagstukken between actions, blocks, gaps and deadlines.
    private static Gen<Instantie> Middel { get; } =
        from aantalActies in Gen.Choose(5, 60)
        from aantalBijeenkomsten in Gen.Choose(1, 30)
        from acties in Gen.CollectToSequence(Enumerable.Range(1, aantalActies), i =>
            from pad in Gen.Elements(Paden)
            from momenten in Gen.CollectToSequence(pad, fase => MomentGen(fase, aantalBijeenkomsten))
            from dubbel in Gen.Elements(false, false, false, false, false, false, false, false, false, true)
            select PlanningGenerator.Actie(i, dubbel && i > 1 ? $"a{i - 1}" : $"a{i}", momenten.ToValueArray()))
        from bijeenkomsten in Gen.CollectToSequence(Enumerable.Range(1, aantalBijeenkomsten), i =>
            from dag in PlanningGenerator.Dag(-40, 770)
            from capaciteit in Gen.Elements<int?>(0, 1, 1, 2, 3, 5, null)
            select new Radenbijeenkomst { Id = $"rb{i}", Datum = dag, Agendaruimte = capaciteit })
        from blokkades in (
            from start in PlanningGenerator.Dag(-30, 760)
            from lengte in Gen.Choose(0, 90)
            select new Blokkade { Periode = new DateInterval(start, start.PlusDays(lengte)), Reden = "blok" }).ArrayOf().Select(b => b.Take(3).ToArray())
        from vraagstukken in (
            from van in Gen.Choose(0, aantalActies + 1)
            from naar in Gen.Choose(1, aantalActies)
            select (van, naar)).ArrayOf().Select(v => v.Take(aantalActies).ToArray())
        from gap in Gen.Elements(0, 0, 30, 90)
        from termijn in Gen.Elements(0, 42, 120)
        from tussentijds in Gen.Elements(true, true, false)
        from deadlines in (
            from actie in Gen.Choose(1, aantalActies)
            from dag in PlanningGenerator.Dag(60, 760)
            select new Deadline($"a{actie}", dag)).ArrayOf().Select(d => d.Take(5).ToArray())
        let plan = PlanningGenerator.Plan("middel", "Middel", acties, vraagstukken.Select((v, k) => new BestuurlijkVraagstuk
        {
            Id = $"V{k}",
            Titel = "Vraagstuk",
            Van = v.van == 0 ? Verwijzing.NaarHoofdopgave("h") : Verwijzing.NaarActie($"a{v.van}"),
            Naar = Verwijzing.NaarActie($"a{v.naar}"),
        }).ToValueArray())
        select new Instantie(
            plan,
            new Vergaderkalender { Radenbijeenkomsten = bijeenkomsten.ToValueArray(), Blokkades = blokkades.ToValueArray() },
            new Governancebeleid { MinimaleTussenruimteInDagen = gap, BesluitvormingstermijnInDagen = termijn, TussentijdseBesprekingVerplicht = tussentijds, Deadlines = deadlines.ToValueArray() });
}
