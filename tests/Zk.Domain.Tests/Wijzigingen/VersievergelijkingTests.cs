using FsCheck;
using FsCheck.Fluent;
using Zk.Domain.Besturing;
using Zk.Domain.Bundled;
using Zk.Domain.Collections;
using Zk.Domain.Documenten.Export;
using Zk.Domain.Inplannen;
using Zk.Domain.Tests.Generators;
using Zk.Domain.Tijd;
using Zk.Domain.Verloop;
using Zk.Domain.Werkplannen;
using Zk.Domain.Wijzigingen;

namespace Zk.Domain.Tests.Wijzigingen;

/// <summary>
/// Comparing two versions of a plan (issue 14 point 4): a plan compared with itself differs nowhere; a plan with some
/// actions mutated, added or removed differs in exactly those actions and, for a changed one, exactly the mutated fields.
/// </summary>
public class VersievergelijkingTests(ITestOutputHelper output)
{
    private static Werkplan Zk => BundledPlans.ZuidKennemerland;

    // A mutation of one field of an action: its name in the plan document, and the change (always a different value).
    private static readonly (string Veld, Func<Actie, Actie> Wijzig)[] Mutaties =
    [
        ("titel", a => a with { Titel = a.Titel + " (herzien)" }),
        ("inhoud", a => a with { Inhoud = a.Inhoud is null ? "nieuwe inhoud" : null }),
        ("termijn", a => a with { Termijn = a.Termijn == Termijn.Kort ? Termijn.Lang : Termijn.Kort }),
        ("alLopend", a => a with { AlLopend = !a.AlLopend }),
        ("nummer", a => a with { Nummer = a.Nummer + 1000 }),
        ("raadsmomenten", a => a with { Raadsmomenten = a.Raadsmomenten.Add(new Raadsmoment { Fase = Fase.Evaluatie }) }),
        ("resultaten", a => a with { Resultaten = a.Resultaten.Add(new Resultaat { Id = "extra", Omschrijving = "een resultaat meer" }) }),
    ];

    [Fact]
    public void The_bundled_plan_compared_with_itself_differs_nowhere()
    {
        var vergelijking = Versievergelijking.Compare(Zk, Zk);
        Assert.True(vergelijking.IsLeeg);
        Assert.Contains("\"gelijk\": true", vergelijking.ToJson(), StringComparison.Ordinal);
    }

    [Fact]
    public void Moving_an_interim_version_a_quarter_later_shows_in_the_plan_and_the_schedule()
    {
        // 4.1's 80 % version from 2022-Q2 to 2022-Q3: the action's council moments differ, and the schedule moves it.
        var actie = Zk.Acties.First(a => a.Id == "4.1");
        var index = actie.Raadsmomenten.ToList().FindIndex(m => m.Fase == Fase.Versie80);
        var later = actie with { Raadsmomenten = actie.Raadsmomenten.SetItem(index, actie.Raadsmomenten[index] with { Kwartaal = Kwartaal.Parse("2022-Q3") }) };
        var nieuw = Zk with { Acties = Zk.Acties.SetItem(Zk.Acties.ToList().IndexOf(actie), later) };

        var vergelijking = Versievergelijking.Compare(Zk, nieuw);

        Assert.Equal([new Actiewijziging("4.1", ActiewijzigingSoort.Gewijzigd, ["raadsmomenten"])], vergelijking.Acties);
        Assert.Empty(vergelijking.Planvelden);
        var verschoven = Assert.Single(vergelijking.Verschuivingen, v => v.Actie == "4.1" && v.Fase == Fase.Versie80);
        Assert.Equal("rb-2022-Q3", verschoven.Naar);
        Assert.False(vergelijking.IsLeeg);
        var json = vergelijking.ToJson();
        Assert.Contains("\"soort\": \"gewijzigd\"", json, StringComparison.Ordinal);
        Assert.Contains("\"naar\": \"rb-2022-Q3\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Findings_that_came_and_went_are_known_by_code_and_path()
    {
        var a = new Domain.Regels.Bevinding("ZK043", Domain.Regels.FindingSeverity.Warning, "acties[0].raadsmomenten[0]", "oud");
        var b = a with { Message = "nieuwe tekst" };
        var c = new Domain.Regels.Bevinding("ZK052", Domain.Regels.FindingSeverity.Warning, "vraagstukken[0]", "botsproef");
        Assert.Empty(Versievergelijking.CompareFindings([a], [b]));
        Assert.Equal([new Bevindingwijziging(a, false), new Bevindingwijziging(c, true)], Versievergelijking.CompareFindings([a, a], [b, c]));
    }

    [Fact]
    public void A_plan_compared_with_itself_differs_nowhere_at_any_level()
    {
        var gevallen = 40;
        var geoefend = Wet.Controleer(WerkplanGenerator.GeldigWerkplan, gevallen, 20261202, 20261209, plan =>
        {
            var vergelijking = Versievergelijking.Compare(plan, plan with { });
            return (plan.Acties.Count > 0, vergelijking.IsLeeg ? null : vergelijking.ToJson());
        });

        output.WriteLine($"{geoefend} of {gevallen} plans had actions.");
        Assert.True(geoefend >= gevallen / 2, $"only {geoefend} of {gevallen} plans had actions");
    }

    [Fact]
    public void A_mutated_plan_differs_in_exactly_the_actions_and_fields_that_were_mutated()
    {
        var (gevallen, meerdere, toegevoegd, verwijderd) = (300, 0, 0, 0);
        var geoefend = Wet.Controleer(Paren, gevallen, 20261202, 20261211, paar =>
        {
            var (voor, na, verwacht) = paar;
            var gemeld = Versievergelijking.CompareActions(voor, na)
                .Select(w => $"{w.Actie}:{w.Soort}:{string.Join(",", w.Velden.Order(StringComparer.Ordinal))}")
                .Order(StringComparer.Ordinal).ToList();
            meerdere += verwacht.Count(v => v.Contains(":Gewijzigd:", StringComparison.Ordinal)) > 1 ? 1 : 0;
            toegevoegd += verwacht.Any(v => v.Contains(":Toegevoegd:", StringComparison.Ordinal)) ? 1 : 0;
            verwijderd += verwacht.Any(v => v.Contains(":Verwijderd:", StringComparison.Ordinal)) ? 1 : 0;
            var fout = gemeld.SequenceEqual(verwacht) ? null : $"reported [{string.Join("; ", gemeld)}], mutated [{string.Join("; ", verwacht)}]";
            return (verwacht.Count > 0, fout);
        });

        output.WriteLine($"{geoefend} of {gevallen} pairs differed; {meerdere} changed several actions, {toegevoegd} added one, {verwijderd} removed one.");
        Assert.True(geoefend >= gevallen * 3 / 4, $"only {geoefend} of {gevallen} pairs differed");
        Assert.True(meerdere >= gevallen / 10, $"only {meerdere} pairs changed several actions");
        Assert.True(toegevoegd >= gevallen / 10 && verwijderd >= gevallen / 10, $"only {toegevoegd} added and {verwijderd} removed");
    }

    // A valid plan, the plan with some of its actions mutated (one to three fields each), maybe one added and one removed,
    // and what a comparison should report: "id:Soort:fields" sorted.
    private static Gen<(Werkplan Voor, Werkplan Na, List<string> Verwacht)> Paren { get; } =
        from plan in WerkplanGenerator.GeldigWerkplan
        from keuzes in (
            from gewijzigd in Gen.Elements(false, true)
            from velden in Gen.Choose(0, Mutaties.Length - 1).ArrayOf(3)
            from aantal in Gen.Choose(1, 3)
            select (gewijzigd, velden.Take(aantal).Distinct().ToArray())).ArrayOf(plan.Acties.Count)
        from voegToe in Gen.Elements(false, false, true)
        from verwijder in Gen.Elements(false, false, true)
        select Muteer(plan, keuzes, voegToe, verwijder);

    private static (Werkplan, Werkplan, List<string>) Muteer(Werkplan plan, (bool Gewijzigd, int[] Velden)[] keuzes, bool voegToe, bool verwijder)
    {
        // Only plans whose action ids are distinct: a repeated id is matched by its place among those (tested apart).
        if (plan.Acties.Select(a => a.Id).Distinct().Count() != plan.Acties.Count)
        {
            return (plan, plan, []);
        }

        var verwacht = new List<string>();
        var acties = new List<Actie>();
        for (var k = 0; k < plan.Acties.Count; k++)
        {
            var actie = plan.Acties[k];
            if (verwijder && k == plan.Acties.Count - 1)
            {
                verwacht.Add($"{actie.Id}:Verwijderd:");
                continue;
            }

            if (keuzes[k].Gewijzigd)
            {
                foreach (var v in keuzes[k].Velden)
                {
                    actie = Mutaties[v].Wijzig(actie);
                }

                verwacht.Add($"{actie.Id}:Gewijzigd:{string.Join(",", keuzes[k].Velden.Select(v => Mutaties[v].Veld).Order(StringComparer.Ordinal))}");
            }

            acties.Add(actie);
        }

        if (voegToe && plan.Acties.Count > 0)
        {
            var nieuw = plan.Acties[0] with { Id = "nieuw-" + string.Join("", plan.Acties.Select(a => a.Id)).Length };
            acties.Add(nieuw);
            verwacht.Add($"{nieuw.Id}:Toegevoegd:");
        }

        return (plan, plan with { Acties = acties.ToValueArray() }, [.. verwacht.Order(StringComparer.Ordinal)]);
    }

    [Fact]
    public void A_repeated_action_id_is_matched_by_its_place_among_those()
    {
        var eerste = Zk.Acties[0];
        var tweede = eerste with { Titel = "tweede" };
        var voor = Zk with { Acties = [eerste, tweede] };
        var na = Zk with { Acties = [eerste, tweede with { Titel = "anders" }] };
        Assert.Equal([new Actiewijziging(eerste.Id, ActiewijzigingSoort.Gewijzigd, ["titel"])], Versievergelijking.CompareActions(voor, na));
    }

    [Fact]
    public void Runs_that_differ_show_the_status_and_the_decisions()
    {
        var planning = Planner.Schedule(Zk, StandaardKalender.For(Zk));
        var volgens = PlanRun.Run(Zk, planning);
        var verworpen = PlanRun.Run(Zk, planning, new Scenario { Stappen = [new ScenarioStap { Soort = StapSoort.Verwerpt, Actie = "4.1", Gemeente = "zandvoort" }] });

        var statussen = Versievergelijking.CompareStatuses(volgens, verworpen, out var besluiten);

        Assert.Contains(statussen, s => s.Actie == "4.1" && s.Voor == ActieStatus.Vastgesteld);
        Assert.Contains(besluiten, b => b.Actie == "4.1" && b.Gemeente == "zandvoort" && b.Ronde == 1 && b.Voor == Raadsbesluit.Aangenomen && b.Na == Raadsbesluit.Verworpen);
        Assert.Empty(Versievergelijking.CompareStatuses(volgens, volgens, out var geen));
        Assert.Empty(geen);
    }
}
