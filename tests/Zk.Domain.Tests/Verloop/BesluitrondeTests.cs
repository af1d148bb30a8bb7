using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using Zk.Domain.Besturing;
using Zk.Domain.Bundled;
using Zk.Domain.Collections;
using Zk.Domain.Documenten;
using Zk.Domain.Documenten.Export;
using Zk.Domain.Inplannen;
using Zk.Domain.Tests.Generators;
using Zk.Domain.Verloop;
using Zk.Domain.Werkplannen;

namespace Zk.Domain.Tests.Verloop;

/// <summary>
/// The outcome of a decision round, written from the brief (issue 13) as a small model: every council adopted unchanged →
/// vastgesteld; every council rejected → verworpen; none rejected and every amendment accepted by the regional board →
/// vastgesteld met afwijkingen; anything else (a rejection beside an adoption, an amendment not accepted or not yet
/// weighed) → niet vastgesteld, herafstemming. No council deciding counts as unanimous.
/// </summary>
internal static class Uitkomstmodel
{
    public static Besluituitkomst Verwacht(IReadOnlyList<(Raadsbesluit Besluit, Oordeel? Oordeel)> raden)
    {
        if (raden.All(r => r.Besluit == Raadsbesluit.Aangenomen))
        {
            return Besluituitkomst.Vastgesteld;
        }

        if (raden.All(r => r.Besluit == Raadsbesluit.Verworpen))
        {
            return Besluituitkomst.Verworpen;
        }

        var geenVerworpen = raden.All(r => r.Besluit != Raadsbesluit.Verworpen);
        var amendementenAanvaard = raden.Where(r => r.Besluit == Raadsbesluit.Geamendeerd).All(r => r.Oordeel == Oordeel.Acceptabel);
        return geenVerworpen && amendementenAanvaard ? Besluituitkomst.VastgesteldMetAfwijkingen : Besluituitkomst.Herafstemming;
    }
}

public class BesluitrondeTests(ITestOutputHelper output)
{
    private static Werkplan Zk => BundledPlans.ZuidKennemerland;

    private static readonly Planning ZkPlanning = Planner.Schedule(Zk, BundledPlans.ZuidKennemerlandKalender);

    // The bundled schedule with 4.1's decision one meeting earlier (rb-2022-Q3), so that a second round fits in rb-2022-Q4
    // before the period ends (the standard schedule decides in the period's last meeting).
    private static readonly Planning Vroeger = ZkPlanning with
    {
        Toewijzingen = ZkPlanning.Toewijzingen.Select(t => t.Actie == "4.1" && t.Fase == Fase.Besluitvorming
            ? t with { Radenbijeenkomst = "rb-2022-Q3", Datum = ZkPlanning.Kalender.Radenbijeenkomsten.Single(r => r.Id == "rb-2022-Q3").Datum }
            : t).ToValueArray(),
    };

    private static ActieVoortgang Actie(Runverslag verslag, string id) => verslag.Eind.Acties.Single(a => a.Actie == id);

    private static readonly Raadsbesluit[] Besluiten = [Raadsbesluit.Aangenomen, Raadsbesluit.Verworpen, Raadsbesluit.Geamendeerd];

    private static readonly Oordeel?[] Oordelen = [null, Oordeel.Open, Oordeel.Acceptabel, Oordeel.NietAcceptabel];

    // Decisions of zero to seven councils in a round; a shape first, so that every outcome is drawn often: all adopt, all
    // reject, adopt or amend with accepted amendments, or anything.
    private static Gen<(Raadsbesluit Besluit, Oordeel? Oordeel)[]> Rondes { get; } =
        from vorm in Gen.Choose(0, 3)
        from aantal in Gen.Choose(0, 7)
        from keuzes in Gen.Choose(0, 11).ArrayOf(aantal)
        select keuzes.Select(k => vorm switch
        {
            0 => (Raadsbesluit.Aangenomen, (Oordeel?)null),
            1 => (Raadsbesluit.Verworpen, (Oordeel?)null),
            2 => (k % 2 == 0 ? Raadsbesluit.Aangenomen : Raadsbesluit.Geamendeerd, (Oordeel?)Oordeel.Acceptabel),
            _ => (Besluiten[k % 3], Oordelen[k / 3]),
        }).ToArray();

    [Fact]
    public void Each_round_has_exactly_the_outcome_the_councils_decisions_give()
    {
        var gevallen = 2000;
        var perUitkomst = Enum.GetValues<Besluituitkomst>().ToDictionary(u => u, _ => 0);
        var geoefend = Wet.Controleer(Rondes, gevallen, 20261220, 20261221, raden =>
        {
            var gemeenten = raden.Select((_, i) => $"g{i}").ToArray();
            var besluiten = raden.Select((r, i) => new RaadBesloten
            {
                Datum = new LocalDate(2022, 12, 28),
                Actie = "a",
                Gemeente = gemeenten[i],
                Besluit = r.Besluit,
                Amendement = r.Besluit == Raadsbesluit.Geamendeerd && r.Oordeel is { } oordeel ? new Amendement { Samenvatting = $"wijziging {i}", Oordeel = oordeel } : null,
            }).ToArray();
            var uitkomst = Rondeuitkomst.From(besluiten);
            var verwacht = Uitkomstmodel.Verwacht(raden);
            perUitkomst[uitkomst.Uitkomst]++;

            var fouten = new List<string>();
            if (uitkomst.Uitkomst != verwacht)
            {
                fouten.Add($"{uitkomst.Uitkomst}, the brief says {verwacht}");
            }

            // The divergences are exactly the amending councils', in order, with their amendment, only when adopted with them.
            var afwijkingen = verwacht == Besluituitkomst.VastgesteldMetAfwijkingen
                ? besluiten.Where(b => b.Besluit == Raadsbesluit.Geamendeerd).Select(b => (b.Gemeente, b.Amendement)).ToList()
                : [];
            if (!uitkomst.Afwijkingen.Select(a => (a.Gemeente, (Amendement?)a.Amendement)).SequenceEqual(afwijkingen))
            {
                fouten.Add("the divergences are not the amending councils' accepted amendments");
            }

            if (uitkomst.IsVastgesteld != verwacht is Besluituitkomst.Vastgesteld or Besluituitkomst.VastgesteldMetAfwijkingen)
            {
                fouten.Add("adopted or not, against the outcome");
            }

            return (raden.Length > 0, fouten.Count == 0 ? null : string.Join("; ", fouten));
        });

        output.WriteLine($"{geoefend} of {gevallen} rounds had councils deciding; per outcome: {string.Join(", ", perUitkomst.Select(p => $"{p.Key} {p.Value}"))}.");
        Assert.True(geoefend >= gevallen * 3 / 4, $"only {geoefend} rounds had councils deciding");
        Assert.All(perUitkomst, p => Assert.True(p.Value >= gevallen / 10, $"only {p.Value} rounds ended {p.Key}"));
    }

    [Fact]
    public void An_amendment_the_regional_board_accepts_adopts_with_divergences_and_counts_as_adopted()
    {
        var scenario = new Scenario
        {
            Stappen = [new ScenarioStap { Soort = StapSoort.Amendeert, Actie = "4.1", Gemeente = "bloemendaal", Samenvatting = "ook de kustzone", Oordeel = Oordeel.Acceptabel }],
        };
        var verslag = PlanRun.Run(Zk, ZkPlanning, scenario);
        var vastgesteld = verslag.Gebeurtenissen.OfType<VoorstelVastgesteld>().Single(v => v.Actie == "4.1");
        Assert.Equal(Besluituitkomst.VastgesteldMetAfwijkingen, vastgesteld.Uitkomst);
        var afwijking = Assert.Single(vastgesteld.Afwijkingen);
        Assert.Equal(("bloemendaal", "ook de kustzone", Oordeel.Acceptabel), (afwijking.Gemeente, afwijking.Amendement.Samenvatting, afwijking.Amendement.Oordeel));

        var economie = Actie(verslag, "4.1");
        Assert.Equal((ActieStatus.Vastgesteld, Besluitstand.VastgesteldMetAfwijkingen), (economie.Status, economie.Besluitstand));
        Assert.Equal(Actie(PlanRun.Run(Zk, ZkPlanning), "4.1").ResultatenBereikt, economie.ResultatenBereikt);
        var ronde = Assert.Single(economie.Rondes);
        Assert.Equal((1, Besluituitkomst.VastgesteldMetAfwijkingen), (ronde.Ronde, ronde.Uitkomst.Uitkomst));
        Assert.DoesNotContain(verslag.Gebeurtenissen, g => g is RondeGepland);
        Assert.Equal(verslag.Eind, Voortgang.Replay(Zk, verslag.Gebeurtenissen, Zk.Looptijd.End));
    }

    [Theory]
    [InlineData(null)]
    [InlineData(Oordeel.Open)]
    [InlineData(Oordeel.NietAcceptabel)]
    public void An_amendment_not_accepted_needs_herafstemming(Oordeel? oordeel)
    {
        var scenario = new Scenario { Stappen = [new ScenarioStap { Soort = StapSoort.Amendeert, Actie = "4.1", Gemeente = "haarlem", Oordeel = oordeel }] };
        var economie = Actie(PlanRun.Run(Zk, ZkPlanning, scenario), "4.1");
        Assert.Equal((ActieStatus.Vertraagd, Besluitstand.DeelsAangenomen), (economie.Status, economie.Besluitstand));
        Assert.Equal(Besluituitkomst.Herafstemming, Assert.Single(economie.Rondes).Uitkomst.Uitkomst);
    }

    [Fact]
    public void After_herafstemming_a_second_round_in_a_later_meeting_can_end_adopted()
    {
        // Zandvoort rejects the first round; the step names round 1, so it does not apply to round 2.
        var scenario = new Scenario { Stappen = [new ScenarioStap { Soort = StapSoort.Verwerpt, Actie = "4.1", Gemeente = "zandvoort", Ronde = 1 }] };
        var verslag = PlanRun.Run(Zk, Vroeger, scenario);

        var nieuw = verslag.Gebeurtenissen.OfType<RondeGepland>().Single();
        Assert.Equal(("4.1", 2, "rb-2022-Q3", "rb-2022-Q4"), (nieuw.Actie, nieuw.Ronde, nieuw.Van, nieuw.Naar));
        Assert.Equal(Fase.Besluitvorming, nieuw.Fase);
        var eerste = verslag.Gebeurtenissen.OfType<VoorstelNietVastgesteld>().Single();
        Assert.Equal((1, Besluituitkomst.Herafstemming, nieuw.Datum), (eerste.Ronde, eerste.Uitkomst, eerste.Datum));
        Assert.Equal(2, verslag.Gebeurtenissen.OfType<MomentBesproken>().Count(m => m.Actie == "4.1" && m.Fase == Fase.Besluitvorming));
        Assert.All(verslag.Gebeurtenissen.OfType<RaadBesloten>().Where(r => r.Actie == "4.1" && r.Ronde == 2), r => Assert.Equal(Raadsbesluit.Aangenomen, r.Besluit));
        Assert.Equal(2, verslag.Gebeurtenissen.OfType<VoorstelVastgesteld>().Single(v => v.Actie == "4.1").Ronde);

        var economie = Actie(verslag, "4.1");
        Assert.Equal((ActieStatus.Vastgesteld, Besluitstand.Vastgesteld), (economie.Status, economie.Besluitstand));
        Assert.Equal([(1, Besluituitkomst.Herafstemming), (2, Besluituitkomst.Vastgesteld)], economie.Rondes.Select(r => (r.Ronde, r.Uitkomst.Uitkomst)));

        // Between the rounds the action counts as delayed, with the new round as its next moment.
        var tussen = verslag.At(Zk, eerste.Datum.PlusDays(1)).Acties.Single(a => a.Actie == "4.1");
        Assert.Equal((ActieStatus.Vertraagd, Besluitstand.DeelsAangenomen), (tussen.Status, tussen.Besluitstand));
        Assert.Equal("rb-2022-Q4", tussen.VolgendMoment?.Radenbijeenkomst);
        Assert.Empty(PlanRunLawTests.Schendingen(Zk, Vroeger, scenario, Governancebeleid.Standaard, verslag, Zk.Looptijd.End));
        Assert.Null(PlanRunLawTests.Herspeelfout(Zk, Vroeger, scenario, Governancebeleid.Standaard, verslag));
    }

    [Fact]
    public void A_step_for_round_two_scripts_the_second_round()
    {
        var scenario = new Scenario
        {
            Stappen =
            [
                new ScenarioStap { Soort = StapSoort.Verwerpt, Actie = "4.1", Gemeente = "zandvoort" },
                .. Zk.Deelnemers.Select(g => new ScenarioStap { Soort = StapSoort.Verwerpt, Actie = "4.1", Gemeente = g, Ronde = 2 }),
            ],
        };
        var economie = Actie(PlanRun.Run(Zk, Vroeger, scenario), "4.1");
        Assert.Equal((ActieStatus.Gestopt, Besluitstand.Verworpen), (economie.Status, economie.Besluitstand));
        Assert.Equal([Besluituitkomst.Herafstemming, Besluituitkomst.Verworpen], economie.Rondes.Select(r => r.Uitkomst.Uitkomst));
    }

    [Fact]
    public void A_council_decides_on_its_own_date_and_the_round_ends_with_the_last()
    {
        var eigen = new LocalDate(2022, 11, 30);
        var scenario = new Scenario
        {
            Stappen = [new ScenarioStap { Soort = StapSoort.Amendeert, Actie = "4.1", Gemeente = "heemstede", Datum = eigen, Oordeel = Oordeel.Acceptabel }],
        };
        var verslag = PlanRun.Run(Zk, ZkPlanning, scenario);
        var raden = verslag.Gebeurtenissen.OfType<RaadBesloten>().Where(r => r.Actie == "4.1").ToList();
        Assert.Equal(eigen, raden.Single(r => r.Gemeente == "heemstede").Datum);
        Assert.All(raden.Where(r => r.Gemeente != "heemstede"), r => Assert.Equal(new LocalDate(2022, 12, 28), r.Datum));
        Assert.Equal(new LocalDate(2022, 12, 28), verslag.Gebeurtenissen.OfType<VoorstelVastgesteld>().Single(v => v.Actie == "4.1").Datum);
        Assert.Equal(Besluitstand.VastgesteldMetAfwijkingen, Actie(verslag, "4.1").Besluitstand);
        Assert.Null(PlanRunLawTests.Herspeelfout(Zk, ZkPlanning, scenario, Governancebeleid.Standaard, verslag));
    }

    [Fact]
    public void A_scenario_document_names_the_round_and_the_amendments_summary_and_verdict()
    {
        var scenario = ScenarioDocument.Load("""
            { "formaat": "zk-scenario/1", "stappen": [
              { "soort": "verwerpt", "actie": "4.1", "gemeente": "zandvoort", "ronde": 2 },
              { "soort": "amendeert", "actie": "4.1", "gemeente": "haarlem", "samenvatting": "ook de kustzone", "oordeel": "acceptabel", "datum": "2022-12-01" },
              { "soort": "amendeert", "actie": "6.2", "gemeente": "haarlem", "oordeel": "niet-acceptabel" } ] }
            """u8);
        Assert.Equal(
            [
                new ScenarioStap { Soort = StapSoort.Verwerpt, Actie = "4.1", Gemeente = "zandvoort", Ronde = 2 },
                new ScenarioStap { Soort = StapSoort.Amendeert, Actie = "4.1", Gemeente = "haarlem", Samenvatting = "ook de kustzone", Oordeel = Oordeel.Acceptabel, Datum = new LocalDate(2022, 12, 1) },
                new ScenarioStap { Soort = StapSoort.Amendeert, Actie = "6.2", Gemeente = "haarlem", Oordeel = Oordeel.NietAcceptabel },
            ],
            scenario.Stappen);

        // A document without the new fields means what it always did: round 1, an amendment not yet weighed.
        var oud = ScenarioDocument.Load("""{ "formaat": "zk-scenario/1", "stappen": [ { "soort": "amendeert", "actie": "4.1", "gemeente": "haarlem" } ] }"""u8);
        Assert.Equal([new ScenarioStap { Soort = StapSoort.Amendeert, Actie = "4.1", Gemeente = "haarlem" }], oud.Stappen);
        Assert.Throws<WerkplanDocumentException>(() => ScenarioDocument.Load("""{ "formaat": "zk-scenario/1", "stappen": [ { "soort": "amendeert", "oordeel": "misschien" } ] }"""u8));
    }

    [Fact]
    public void The_run_as_JSON_shows_the_outcome_per_round_and_the_divergences_per_council()
    {
        var scenario = new Scenario
        {
            Stappen =
            [
                new ScenarioStap { Soort = StapSoort.Verwerpt, Actie = "4.1", Gemeente = "zandvoort" },
                new ScenarioStap { Soort = StapSoort.Amendeert, Actie = "4.1", Gemeente = "haarlem", Ronde = 2, Samenvatting = "ook de kustzone", Oordeel = Oordeel.Acceptabel },
            ],
        };
        using var json = System.Text.Json.JsonDocument.Parse(PlanRun.Run(Zk, Vroeger, scenario).ToJson());
        var economie = json.RootElement.GetProperty("acties").EnumerateArray().Single(a => a.GetProperty("actie").GetString() == "4.1");
        Assert.Equal("vastgesteld-met-afwijkingen", economie.GetProperty("besluitstand").GetString());
        var rondes = economie.GetProperty("rondes").EnumerateArray().ToList();
        Assert.Equal([(1, "herafstemming"), (2, "vastgesteld-met-afwijkingen")], rondes.Select(r => (r.GetProperty("ronde").GetInt32(), r.GetProperty("uitkomst").GetString())));
        var afwijking = Assert.Single(rondes[1].GetProperty("afwijkingen").EnumerateArray());
        Assert.Equal(("haarlem", "ook de kustzone", "acceptabel"), (afwijking.GetProperty("gemeente").GetString(), afwijking.GetProperty("samenvatting").GetString(), afwijking.GetProperty("oordeel").GetString()));
        var gebeurtenissen = json.RootElement.GetProperty("gebeurtenissen").EnumerateArray().ToList();
        var nieuw = gebeurtenissen.Single(g => g.GetProperty("soort").GetString() == "RondeGepland");
        Assert.Equal((2, "rb-2022-Q4"), (nieuw.GetProperty("ronde").GetInt32(), nieuw.GetProperty("naar").GetString()));
        Assert.Contains(gebeurtenissen, g => g.GetProperty("soort").GetString() == "RaadBesloten" && g.GetProperty("besluit").GetString() == "geamendeerd"
            && g.GetProperty("amendement").GetProperty("oordeel").GetString() == "acceptabel");
    }

    // Scenarios of the bundled plan (the earlier schedule, so that second rounds fit) with steps for rounds 1 and 2,
    // verdicts on amendments and councils' own dates.
    private static Scenario Rondescenario(int seed)
    {
        var random = new Random(seed);
        var stappen = Scenario.Random(Zk, Vroeger, seed).Stappen.Where(s => s.Soort != StapSoort.Vertraagt).ToList();
        foreach (var actie in new[] { "4.1", "6.2" })
        {
            foreach (var gemeente in Zk.Deelnemers)
            {
                for (var ronde = 1; ronde <= 2; ronde++)
                {
                    var kans = random.NextDouble();
                    if (kans < 0.35)
                    {
                        var datum = random.Next(3) == 0 ? new LocalDate(2022, 9, 1).PlusDays(random.Next(0, 120)) : (LocalDate?)null;
                        stappen.Add(new ScenarioStap
                        {
                            Soort = kans < 0.1 ? StapSoort.Verwerpt : StapSoort.Amendeert,
                            Actie = actie,
                            Gemeente = gemeente,
                            Ronde = ronde == 1 && random.Next(2) == 0 ? null : ronde,
                            Oordeel = random.Next(4) switch { 0 => null, 1 => Oordeel.NietAcceptabel, _ => Oordeel.Acceptabel },
                            Samenvatting = random.Next(2) == 0 ? null : $"wijziging {seed}",
                            Datum = datum,
                        });
                    }
                }
            }
        }

        return new Scenario { Stappen = [.. stappen] };
    }

    [Fact]
    public void The_replay_of_a_runs_events_rebuilds_every_round_outcome_and_divergence_at_every_date_sampled()
    {
        var (gevallen, tweedeRonde, afwijkingen, eigenDatum) = (120, 0, 0, 0);
        for (var seed = 1; seed <= gevallen; seed++)
        {
            var scenario = Rondescenario(seed);
            var verslag = PlanRun.Run(Zk, Vroeger, scenario);
            Assert.Null(PlanRunLawTests.Herspeelfout(Zk, Vroeger, scenario, Governancebeleid.Standaard, verslag));
            for (var dag = Zk.Looptijd.Start; dag <= Zk.Looptijd.End.PlusDays(7); dag = dag.PlusDays(9))
            {
                Assert.Equal(PlanRun.Run(Zk, Vroeger, scenario, dag).Eind, Voortgang.Replay(Zk, verslag.Gebeurtenissen, dag));
            }

            // Every ended round in the state is the one function's outcome of that round's decisions in the events.
            foreach (var a in verslag.Eind.Acties)
            {
                foreach (var r in a.Rondes)
                {
                    var raden = verslag.Gebeurtenissen.OfType<RaadBesloten>().Where(b => b.Actie == a.Actie && b.Ronde == r.Ronde).ToArray();
                    Assert.Equal(Uitkomstmodel.Verwacht(raden.Select(b => (b.Besluit, b.Amendement?.Oordeel)).ToList()), r.Uitkomst.Uitkomst);
                }
            }

            tweedeRonde += verslag.Eind.Acties.Any(a => a.Rondes.Any(r => r.Ronde == 2)) ? 1 : 0;
            afwijkingen += verslag.Eind.Acties.Any(a => a.Rondes.Any(r => r.Uitkomst.Uitkomst == Besluituitkomst.VastgesteldMetAfwijkingen)) ? 1 : 0;
            eigenDatum += verslag.Gebeurtenissen.OfType<RaadBesloten>().GroupBy(b => (b.Actie, b.Ronde)).Any(g => g.Select(b => b.Datum).Distinct().Count() > 1) ? 1 : 0;
        }

        output.WriteLine($"{tweedeRonde} of {gevallen} runs had a second round, {afwijkingen} an adoption with divergences, {eigenDatum} councils on their own dates.");
        Assert.True(tweedeRonde >= gevallen / 4, $"only {tweedeRonde} runs had a second round");
        Assert.True(afwijkingen >= gevallen / 10, $"only {afwijkingen} runs adopted with divergences");
        Assert.True(eigenDatum >= gevallen / 4, $"only {eigenDatum} runs had councils decide on their own dates");
    }
}
