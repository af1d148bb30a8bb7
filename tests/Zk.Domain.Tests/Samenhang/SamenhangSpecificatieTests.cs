using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using Zk.Domain.Besturing;
using Zk.Domain.Bundled;
using Zk.Domain.Collections;
using Zk.Domain.Documenten.Export;
using Zk.Domain.Inplannen;
using Zk.Domain.Regels;
using Zk.Domain.Tests.Regels;
using Zk.Domain.Samenhang;
using Zk.Domain.Tests.Generators;
using Zk.Domain.Tijd;
using Zk.Domain.Werkplannen;
using Zk.Domain.Wisselwerkingen;

namespace Zk.Domain.Tests.Samenhang;

/// <summary>
/// The coherence analysis against its specification (§7 of the domain brief): laws over generated plans, each run
/// with a fixed seed and a count of the cases that actually exercise it, and the small model
/// <see cref="SamenhangReferentie"/> written from the brief.
/// </summary>
public class SamenhangSpecificatieTests
{
    private const int Cases = 300;

    private static int Run<T>(Gen<T> gen, ulong seed, Func<T, int, (bool Holds, bool Exercised, string Label)> law) =>
        Gevallen.Check(gen, Cases, seed, x => law(x, 0));

    /// <summary>
    /// Generated plans whose decisions are partly assigned to meetings: three extra meetings, two in the period's first
    /// quarter on different days and one two quarters later, so decisions share a quarter without sharing a meeting,
    /// and decisions by quarter only in that first quarter.
    /// </summary>
    internal static Gen<Werkplan> MetBesluitBijeenkomsten { get; } =
        from plan in WerkplanGenerator.Werkplan
        from keuzes in Gen.Choose(0, 4).ArrayOf(plan.Acties.Count)
        select MetBijeenkomsten(plan, keuzes);

    // Choice 0 keeps the action; 1–3 put its decisions in meeting bx1–bx3 (adding one when it has none); 4 puts them in
    // the first quarter without a meeting.
    private static Werkplan MetBijeenkomsten(Werkplan plan, int[] keuzes)
    {
        var eerste = Kwartaal.FromDate(plan.Looptijd.Start);
        Radenbijeenkomst[] extra =
        [
            new() { Id = "bx1", Datum = eerste.EersteDag },
            new() { Id = "bx2", Datum = eerste.LaatsteDag },
            new() { Id = "bx3", Datum = (eerste + 2).EersteDag },
        ];
        Raadsmoment Besluit(int keuze) => keuze == 4
            ? new Raadsmoment { Fase = Fase.Besluitvorming, Kwartaal = eerste }
            : new Raadsmoment { Fase = Fase.Besluitvorming, Kwartaal = Kwartaal.FromDate(extra[keuze - 1].Datum), Radenbijeenkomst = extra[keuze - 1].Id };
        var acties = plan.Acties.Select((a, i) => keuzes[i] == 0 ? a : a with
        {
            Raadsmomenten = a.Raadsmomenten.Any(m => m.Fase == Fase.Besluitvorming)
                ? a.Raadsmomenten.Select(m => m.Fase != Fase.Besluitvorming ? m : Besluit(keuzes[i])).ToValueArray()
                : a.Raadsmomenten.Add(Besluit(keuzes[i])),
        });
        return plan with { Acties = acties.ToValueArray(), Radenbijeenkomsten = [.. plan.Radenbijeenkomsten, .. extra] };
    }

    private static bool HeeftHoofdopgaveEinde(Werkplan plan) =>
        plan.Koppelkansen.Concat<Wisselwerking>(plan.Vraagstukken).Any(l => l.Van.Soort == ElementSoort.Hoofdopgave || l.Naar.Soort == ElementSoort.Hoofdopgave);

    [Fact]
    public void The_analysis_is_the_small_model_of_the_brief()
    {
        var metHoofdopgave = Run(MetBesluitBijeenkomsten, 701, (plan, _) =>
        {
            var analyse = SamenhangAnalyse.Of(plan);
            var model = SamenhangReferentie.Of(plan);
            return (analyse == model, HeeftHoofdopgaveEinde(plan) && analyse.Matrix.Count > 0, $"analysis {analyse.ToJson()}\nmodel {model.ToJson()}");
        });
        Assert.True(metHoofdopgave >= Cases / 3, $"only {metHoofdopgave} cases had a main-task end and a matrix cell");
    }

    [Fact]
    public void A_link_between_main_tasks_applies_to_every_action_of_them()
    {
        var toepassingen = 0;
        Run(WerkplanGenerator.Werkplan, 702, (plan, _) =>
        {
            var analyse = SamenhangAnalyse.Of(plan);
            var fouten = new List<string>();
            foreach (var link in plan.Koppelkansen.Concat<Wisselwerking>(plan.Vraagstukken))
            {
                foreach (var eind in new[] { link.Van, link.Naar }.Where(e => e.Soort == ElementSoort.Hoofdopgave))
                {
                    for (var i = 0; i < plan.Acties.Count; i++)
                    {
                        if (plan.Acties[i].Hoofdopgave != eind.Id)
                        {
                            continue;
                        }

                        toepassingen++;
                        var lijst = link is Koppelkans ? analyse.PerActie[i].Koppelkansen : analyse.PerActie[i].Vraagstukken;
                        if (lijst.Count(id => id == link.Id) != 1)
                        {
                            fouten.Add($"{link.Id} not once on {plan.Acties[i].Id}");
                        }
                    }
                }
            }

            return (fouten.Count == 0, false, string.Join("; ", fouten));
        });
        Assert.True(toepassingen >= Cases, $"only {toepassingen} (link, action) pairs through a main task");
    }

    [Fact]
    public void Every_link_between_resolved_main_tasks_counts_in_exactly_one_cell()
    {
        var geraakt = Run(WerkplanGenerator.Werkplan, 703, (plan, _) =>
        {
            var analyse = SamenhangAnalyse.Of(plan);
            var kansen = plan.Koppelkansen.Count;
            var vraagstukken = plan.Vraagstukken.Count;
            var holds = analyse.Matrix.Sum(c => c.Koppelkansen) == kansen && analyse.Matrix.Sum(c => c.Vraagstukken) == vraagstukken
                && analyse.Matrix.Select(c => (c.Van, c.Naar)).Distinct().Count() == analyse.Matrix.Count
                && analyse.Matrix.All(c => c.Koppelkansen + c.Vraagstukken > 0);
            return (holds, kansen + vraagstukken > 0, string.Join(", ", analyse.Matrix));
        });
        Assert.True(geraakt >= Cases / 2, $"only {geraakt} plans had links");
    }

    [Fact]
    public void ZK052_and_the_botsproef_report_agree_on_every_vraagstuk()
    {
        var beide = 0;
        var gesplitst = Run(MetBesluitBijeenkomsten, 704, (plan, _) =>
        {
            var rapport = SamenhangAnalyse.Of(plan).Botsproef;
            var zk052 = plan.Validate().Where(b => b.Code == Regelcatalogus.ZK052).Select(b => b.Path).ToHashSet();
            var nietSamen = rapport.Select((r, i) => (r, i)).Where(x => x.r.Samen == false).Select(x => $"vraagstukken[{x.i}]").ToHashSet();
            if (nietSamen.Count > 0 && rapport.Any(r => r.Samen == true))
            {
                beide++;
            }

            return (zk052.SetEquals(nietSamen), nietSamen.Count > 0, $"ZK052 at {string.Join(",", zk052)}; report at {string.Join(",", nietSamen)}");
        });
        Assert.True(gesplitst >= Cases / 10, $"only {gesplitst} plans had a dilemma not weighed together");
        Assert.True(beide >= Cases / 20, $"only {beide} plans had both verdicts");
    }

    [Fact]
    public void The_report_with_a_schedule_judges_the_schedule_s_meetings()
    {
        var plan = BundledPlans.ZuidKennemerland;
        var planning = Planner.Schedule(plan, BundledPlans.ZuidKennemerlandKalender);
        Assert.Equal(SamenhangReferentie.Of(plan, planning), SamenhangAnalyse.Of(plan, planning));
        Assert.Contains(SamenhangAnalyse.Of(plan, planning).Botsproef, b => b.Samen is not null);
    }

    // Two actions of a vraagstuk with their decisions where the test says, in the bundled plan's first two actions of
    // landschap and economie (3.2 versus 4.1, vraagstuk V1).
    private static Werkplan TweeBesluiten(Raadsmoment a, Raadsmoment b, params Radenbijeenkomst[] bijeenkomsten)
    {
        var zk = BundledPlans.ZuidKennemerland;
        var i = zk.Acties.ToList().FindIndex(x => x.Id == "3.2");
        var j = zk.Acties.ToList().FindIndex(x => x.Id == "4.1");
        var bespreking = new Raadsmoment { Fase = Fase.Bespreking, Kwartaal = Kwartaal.Parse("2021-Q4") };
        var acties = zk.Acties
            .SetItem(i, zk.Acties[i] with { Raadsmomenten = [bespreking, a] })
            .SetItem(j, zk.Acties[j] with { Raadsmomenten = [bespreking, b] });
        return zk with { Acties = acties, Radenbijeenkomsten = [.. zk.Radenbijeenkomsten, .. bijeenkomsten] };
    }

    private static (bool? Samen, bool Zk052) Oordeel(Werkplan plan) =>
        (SamenhangAnalyse.Of(plan).Botsproef.Single(b => b.Vraagstuk == "V1").Samen,
         plan.Validate().Any(b => b.Code == Regelcatalogus.ZK052 && b.Path == "vraagstukken[0]"));

    [Fact]
    public void Two_decisions_in_one_quarter_but_different_meetings_are_not_weighed_together_by_ZK052_nor_the_report()
    {
        // The case of the issue: the quarter is the same, the meetings are not.
        var plan = TweeBesluiten(
            new Raadsmoment { Fase = Fase.Besluitvorming, Kwartaal = Kwartaal.Parse("2022-Q3"), Radenbijeenkomst = "rb-juli" },
            new Raadsmoment { Fase = Fase.Besluitvorming, Kwartaal = Kwartaal.Parse("2022-Q3"), Radenbijeenkomst = "rb-september" },
            new Radenbijeenkomst { Id = "rb-juli", Datum = new LocalDate(2022, 7, 6) },
            new Radenbijeenkomst { Id = "rb-september", Datum = new LocalDate(2022, 9, 21) });
        Assert.Equal((false, true), Oordeel(plan));
        Assert.DoesNotContain(plan.Validate(), b => b.Severity == FindingSeverity.Error);
    }

    [Fact]
    public void Two_decisions_in_the_same_meeting_or_by_quarter_only_in_one_quarter_are_weighed_together()
    {
        var rb = new Radenbijeenkomst { Id = "rb-sep", Datum = new LocalDate(2022, 9, 21) };
        var inRb = new Raadsmoment { Fase = Fase.Besluitvorming, Kwartaal = Kwartaal.Parse("2022-Q3"), Radenbijeenkomst = "rb-sep" };
        var inQ3 = new Raadsmoment { Fase = Fase.Besluitvorming, Kwartaal = Kwartaal.Parse("2022-Q3") };
        Assert.Equal((true, false), Oordeel(TweeBesluiten(inRb, inRb, rb)));
        Assert.Equal((true, false), Oordeel(TweeBesluiten(inQ3, inQ3)));
        Assert.Equal((true, false), Oordeel(TweeBesluiten(inRb, inQ3, rb))); // the quarter's meeting can still take the other
        Assert.Equal((false, true), Oordeel(TweeBesluiten(inRb, inQ3 with { Kwartaal = Kwartaal.Parse("2022-Q4") }, rb)));
        Assert.Equal((null, false), Oordeel(TweeBesluiten(inRb, inQ3 with { Kwartaal = null }, rb))); // N.t.b.: nothing to weigh
    }

    [Fact]
    public void The_last_decision_by_time_counts_not_the_last_in_the_list()
    {
        var q4 = new Raadsmoment { Fase = Fase.Besluitvorming, Kwartaal = Kwartaal.Parse("2022-Q4") };
        var q3 = q4 with { Kwartaal = Kwartaal.Parse("2022-Q3") };
        var zk = TweeBesluiten(q4, q4);
        var i = zk.Acties.ToList().FindIndex(x => x.Id == "3.2");

        // 3.2 decides in Q4 and, listed after it, in Q3: its decision is Q4's, with 4.1's.
        var plan = zk with { Acties = zk.Acties.SetItem(i, zk.Acties[i] with { Raadsmomenten = zk.Acties[i].Raadsmomenten.Add(q3) }) };
        Assert.Equal((true, false), Oordeel(plan));
    }
}
