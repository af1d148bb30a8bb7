using Zk.Domain.Bundled;
using Zk.Domain.Collections;
using Zk.Domain.Inplannen;
using Zk.Domain.Samenhang;
using Zk.Domain.Synthetisch;
using Zk.Domain.Werkplannen;

namespace Zk.Domain.Tests.Samenhang;

/// <summary>The analysis and its exports agree with the reference implementation (<see cref="SamenhangReferentie"/>).</summary>
public class SamenhangReferentieTests
{
    [Theory]
    [InlineData(1, 1)]
    [InlineData(7, 2)]
    [InlineData(40, 3)]
    [InlineData(300, 4)]
    public void A_synthetic_plan_gives_the_reference_analysis(int acties, int seed)
    {
        var plan = SyntheticPlan.Generate(acties, seed);
        var planning = Planner.Schedule(plan, SyntheticPlan.Kalender(plan));
        Gelijk(plan, planning);
    }

    [Fact]
    public void The_bundled_plan_gives_the_reference_analysis() =>
        Gelijk(BundledPlans.ZuidKennemerland, Planner.Schedule(BundledPlans.ZuidKennemerland, BundledPlans.ZuidKennemerlandKalender));

    [Fact]
    public void Odd_plans_give_the_reference_analysis()
    {
        var zk = BundledPlans.ZuidKennemerland;

        // A main task only actions name, a repeated action id and main task, links to what the plan does not have, and
        // an end whose kind is neither main task nor action.
        var acties = zk.Acties.Select((a, i) => i % 3 == 0 ? a with { Hoofdopgave = "los" } : a).Append(zk.Acties[1] with { Hoofdopgave = "wonen" }).ToValueArray();
        var links = zk.Koppelkansen
            .Append(new Koppelkans { Id = "K90", Titel = "Los", Van = Verwijzing.NaarHoofdopgave("los"), Naar = Verwijzing.NaarActie(zk.Acties[1].Id), Sterkte = 3 })
            .Append(new Koppelkans { Id = "K91", Titel = "Weg", Van = Verwijzing.NaarActie("weg"), Naar = Verwijzing.NaarHoofdopgave("nergens") })
            .Append(new Koppelkans { Id = "K92", Titel = "Vreemd", Van = new Verwijzing((ElementSoort)7, zk.Acties[2].Id), Naar = Verwijzing.NaarHoofdopgave("wonen") })
            .ToValueArray();
        var vraagstukken = zk.Vraagstukken
            .Append(new BestuurlijkVraagstuk { Id = "V90", Titel = "Los", Van = Verwijzing.NaarHoofdopgave("los"), Naar = Verwijzing.NaarActie("weg") })
            .Append(new BestuurlijkVraagstuk { Id = "V91", Titel = "Twee keer weg", Van = Verwijzing.NaarActie("weg"), Naar = Verwijzing.NaarActie("weg") })
            .Append(new BestuurlijkVraagstuk { Id = "V92", Titel = "Vreemd", Van = new Verwijzing((ElementSoort)7, "wonen"), Naar = Verwijzing.NaarActie(zk.Acties[0].Id) })
            .ToValueArray();
        var plan = zk with
        {
            Acties = acties,
            Hoofdopgaven = zk.Hoofdopgaven.Append(zk.Hoofdopgaven[0]).ToValueArray(),
            Koppelkansen = links,
            Vraagstukken = vraagstukken,
        };
        var planning = Planner.Schedule(zk, BundledPlans.ZuidKennemerlandKalender);
        var metVreemd = planning with { Toewijzingen = planning.Toewijzingen.Add(planning.Toewijzingen[^1] with { Actie = "weg" }) };
        Gelijk(plan, planning);
        Gelijk(plan, metVreemd);
        Assert.Contains(SamenhangAnalyse.Of(plan).PerActie, a => a.Koppelkansen.AsSpan().Contains("K90"));
    }

    private static void Gelijk(Werkplan plan, Planning planning)
    {
        Assert.Equal(SamenhangReferentie.Of(plan), SamenhangAnalyse.Of(plan));
        Assert.Equal(SamenhangReferentie.Of(plan, planning), SamenhangAnalyse.Of(plan, planning));
        Assert.Equal(SamenhangReferentie.Of(plan, planning).ToJson(), SamenhangAnalyse.Of(plan, planning).ToJson());
        Assert.Equal(SamenhangReferentie.ToMermaid(plan), SamenhangAnalyse.ToMermaid(plan));
        Assert.Equal(SamenhangReferentie.ToDot(plan), SamenhangAnalyse.ToDot(plan));
    }
}
