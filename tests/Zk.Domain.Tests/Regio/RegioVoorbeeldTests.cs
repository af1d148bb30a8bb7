using System.Text.Json;
using NodaTime;
using Zk.Domain.Besturing;
using Zk.Domain.Documenten;
using Zk.Domain.Documenten.Export;
using Zk.Domain.Inplannen;
using Zk.Domain.Regels;
using Zk.Domain.Samenhang;
using Zk.Domain.Tests.Sample;
using Zk.Domain.Verloop;
using Zk.Domain.Werkplannen;

namespace Zk.Domain.Tests.Regio;

/// <summary>
/// A second region as a fixture: Regio Voorbeeld, a clearly synthetic cooperation of seven municipalities with five
/// main tasks, a Regiopodium every six weeks, its own stages (a startnotitie discussed in the Regiopodium, zienswijzen
/// by every council, the draft adopted by the regional board, then the decision by every council), and a member,
/// Kanaalzijde, that merges into Polderwaard on 1 January 2025. The document (werkplan-regio-voorbeeld.json) is
/// expressed in data only: no stage stand-ins, no Zuid-Kennemerland ids.
/// </summary>
public class RegioVoorbeeldTests
{
    private static readonly Lazy<Werkplan> Plan = new(() =>
        WerkplanDocument.LoadFile(Path.Combine(AppContext.BaseDirectory, "Regio", "werkplan-regio-voorbeeld.json")));

    private static Werkplan Voorbeeld => Plan.Value;

    private static Vergaderkalender EigenKalender => new() { Radenbijeenkomsten = Voorbeeld.Radenbijeenkomsten };

    [Fact]
    public void The_document_reads_with_its_own_profile_members_and_meetings()
    {
        var plan = Voorbeeld;
        Assert.Equal("regio-voorbeeld", plan.Profiel.Id);
        Assert.NotEqual(Bestuursprofiel.ZuidKennemerland, plan.Profiel);
        Assert.Equal(5, plan.Hoofdopgaven.Count);
        Assert.Equal(7, plan.Deelnemers.Count);
        Assert.Equal(new Fase("besluitvorming"), plan.Profiel.Besluitfase);
        Assert.Equal(FaseActor.ElkeRaad, plan.Profiel.Actor(new Fase("zienswijzen")));
        Assert.Equal(FaseActor.Regiobestuur, plan.Profiel.Actor(new Fase("ontwerp")));
        Assert.All(plan.Radenbijeenkomsten, r => Assert.Equal("Regiopodium", plan.Profiel.Soort(r)!.NaamNl));

        // Six weeks between two Regiopodia.
        var datums = plan.Radenbijeenkomsten.Select(r => r.Datum).ToList();
        Assert.All(datums.Zip(datums.Skip(1)), p => Assert.Equal(42, Period.Between(p.First, p.Second, PeriodUnits.Days).Days));

        // The round trip keeps every fact.
        Assert.Equal(plan, WerkplanDocument.Parse(WerkplanDocument.SaveToString(plan)));
    }

    [Fact]
    public void The_merged_member_is_a_member_until_its_last_day_and_its_successor_after()
    {
        var plan = Voorbeeld;
        Assert.Contains("kanaalzijde", plan.DeelnemersOp(new LocalDate(2024, 12, 31)));
        Assert.DoesNotContain("kanaalzijde", plan.DeelnemersOp(new LocalDate(2025, 1, 1)));
        Assert.Equal(6, plan.DeelnemersOp(new LocalDate(2025, 6, 1)).Count);
        Assert.Contains("polderwaard", plan.DeelnemersOp(new LocalDate(2025, 1, 1)));
    }

    [Theory]
    [InlineData(Taal.Nl, "de botsproef weegt ze samen")]
    [InlineData(Taal.En, "the botsproef weighs them together")]
    public void Validate_finds_no_error_and_one_botsproef_warning_in_either_language(Taal taal, string fragment)
    {
        var bevindingen = Voorbeeld.Validate(new ValidationOptions { Taal = taal, Kalender = EigenKalender });
        Assert.DoesNotContain(bevindingen, b => b.Severity == FindingSeverity.Error);
        var waarschuwing = Assert.Single(bevindingen);
        Assert.Equal((Regelcatalogus.ZK052, "vraagstukken[0]"), (waarschuwing.Code, waarschuwing.Path));
        Assert.Contains(fragment, waarschuwing.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_plan_schedules_on_its_own_Regiopodia_and_only_the_Regiopodium_s_own_stages_take_agenda_items()
    {
        var plan = Voorbeeld;
        var planning = Planner.Schedule(plan, EigenKalender);
        Assert.True(planning.IsVolledig, string.Join("; ", planning.Onplanbaar.Select(o => o.Melding(Taal.En))));
        Assert.All(planning.Toewijzingen, t => Assert.StartsWith("rp-", t.Radenbijeenkomst, StringComparison.Ordinal));

        // Every moment the plan fixes on a Regiopodium stays there: the plan's own schedule is valid.
        Assert.All(planning.Toewijzingen, t => Assert.Equal(ToewijzingStatus.Behouden, t.Status));

        // Only the Regiopodium's own stages (the startnotitie, the working session) take its agenda items; zienswijzen and
        // the decision (every council, in its own meeting) and the board's adoption are only dated by it.
        var capaciteit = plan.Profiel.Bijeenkomstsoorten[0].StandaardAgendaruimte!.Value;
        var metPlaats = 0;
        foreach (var r in plan.Radenbijeenkomsten)
        {
            var agenda = planning.Agenda(r.Id).ToList();
            var plaatsen = agenda.Count(t => plan.Profiel.IsAgendapunt(t.Fase));
            Assert.True(plaatsen <= capaciteit, $"{r.Id}: {plaatsen} agenda items");
            metPlaats += plaatsen;
        }

        Assert.Equal(planning.Toewijzingen.Count(t => t.Fase.Id is "startnotitie" or "werksessie"), metPlaats);
        Assert.Contains(planning.Toewijzingen, t => t.Fase.Id == "zienswijzen");
        Assert.Contains(planning.Toewijzingen, t => t.Fase.Id == "ontwerp");
    }

    [Fact]
    public void In_the_run_only_the_members_of_each_decision_s_date_decide_and_replay_rebuilds_the_state()
    {
        var plan = Voorbeeld;
        var planning = Planner.Schedule(plan, EigenKalender);
        var verslag = PlanRun.Run(plan, planning);
        var besluiten = verslag.Gebeurtenissen.OfType<RaadBesloten>().ToList();

        // Decisions before and after the merger: seven councils, then six.
        var perActie = besluiten.GroupBy(b => b.Actie).ToDictionary(g => g.Key, g => g.ToList());
        Assert.Equal(plan.Acties.Count, perActie.Count);
        Assert.All(besluiten, b => Assert.True(plan.IsDeelnemerOp(b.Gemeente, b.Datum), $"{b.Gemeente} decided {b.Actie} on {b.Datum}"));
        Assert.All(perActie.Values, lijst => Assert.Equal(plan.DeelnemersOp(lijst[0].Datum).Count, lijst.Count));
        Assert.Contains(perActie.Values, lijst => lijst.Count == 7);
        Assert.Contains(perActie.Values, lijst => lijst.Count == 6 && lijst.All(b => b.Gemeente != "kanaalzijde"));

        // Every action is adopted by the end, and the event list alone gives the same state on every meeting's date.
        Assert.All(verslag.Eind.Acties, a => Assert.Equal(ActieStatus.Vastgesteld, a.Status));
        foreach (var r in plan.Radenbijeenkomsten)
        {
            Assert.Equal(verslag.At(plan, r.Datum), Voortgang.Replay(plan, verslag.Gebeurtenissen, r.Datum));
        }
    }

    [Fact]
    public void Aldewijk_and_Beekdal_decide_at_their_own_council_meetings_in_the_decision_window()
    {
        var plan = Voorbeeld;
        Assert.Equal(6, plan.Raadsvergaderingen.Count);
        var verslag = PlanRun.Run(plan, Planner.Schedule(plan, EigenKalender));
        LocalDate Besluit(string actie, string gemeente) =>
            verslag.Gebeurtenissen.OfType<RaadBesloten>().Single(b => b.Actie == actie && b.Gemeente == gemeente).Datum;

        // W1 is put to the councils on 14 August 2024, M1 on 25 September 2024, EC1 on 29 January 2025, E1 on 23 April
        // 2025: each council decides at its first own meeting in the six weeks after, the others at their end.
        Assert.Equal(new LocalDate(2024, 8, 28), Besluit("W1", "aldewijk"));
        Assert.Equal(new LocalDate(2024, 9, 4), Besluit("W1", "beekdal"));
        Assert.Equal(new LocalDate(2024, 9, 25), Besluit("W1", "duinrand"));
        Assert.Equal(new LocalDate(2024, 10, 9), Besluit("M1", "aldewijk"));
        Assert.Equal(new LocalDate(2024, 11, 6), Besluit("M1", "beekdal"));
        Assert.Equal(new LocalDate(2025, 2, 12), Besluit("EC1", "aldewijk"));
        Assert.Equal(new LocalDate(2025, 5, 7), Besluit("E1", "beekdal"));
        Assert.Equal(new LocalDate(2025, 6, 4), Besluit("E1", "aldewijk"));

        // Beekdal's meeting of 10 September 2025 lies in no decision window; the rounds end with their last council.
        Assert.DoesNotContain(verslag.Gebeurtenissen.OfType<RaadBesloten>(), b => b.Datum == new LocalDate(2025, 9, 10));
        Assert.Equal(new LocalDate(2024, 9, 25), verslag.Gebeurtenissen.OfType<VoorstelVastgesteld>().Single(v => v.Actie == "W1").Datum);
    }

    [Fact]
    public void The_exports_name_the_region_s_meetings_and_parse_as_JSON()
    {
        var plan = Voorbeeld;
        var planning = Planner.Schedule(plan, EigenKalender);
        foreach (var taal in new[] { Taal.Nl, Taal.En })
        {
            using var schedule = JsonDocument.Parse(planning.ToJson(taal));
            var ids = schedule.RootElement.GetProperty("bijeenkomsten").EnumerateArray().Select(b => b.GetProperty("id").GetString()).ToList();
            Assert.Equal(plan.Radenbijeenkomsten.Select(r => r.Id), ids);
        }

        var analyse = SamenhangAnalyse.Of(plan, planning);
        using var samenhang = JsonDocument.Parse(analyse.ToJson());
        var botsproef = Assert.Single(samenhang.RootElement.GetProperty("botsproef").EnumerateArray());
        Assert.False(botsproef.GetProperty("samen").GetBoolean());
        Assert.Contains("subgraph h_energie", SamenhangExport.ToMermaid(plan), StringComparison.Ordinal);

        using var run = JsonDocument.Parse(PlanRun.Run(plan, planning).ToJson());
        Assert.Equal(plan.Acties.Count, run.RootElement.GetProperty("acties").GetArrayLength());
        Assert.DoesNotContain("radenbijeenkomst", planning.ToMermaidGantt(plan), StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("nl", "Regiopodium rp-2024-01-17", "raad Gemeente Polderwaard")]
    [InlineData("en", "Regiopodium rp-2024-01-17", "council of Gemeente Polderwaard")]
    public void The_sample_schedules_and_runs_the_document_on_its_own_Regiopodia_in_either_language(string taal, string bijeenkomst, string raad)
    {
        var pad = Path.Combine(AppContext.BaseDirectory, "Regio", "werkplan-regio-voorbeeld.json");
        var schedule = SampleCli.Run(["schedule", pad, "--lang", taal]);
        var run = SampleCli.Run(["run", pad, "--lang", taal]);
        Assert.Equal((0, 0), (schedule.Exit, run.Exit));
        Assert.Contains("rp-2024-01-17", schedule.Out, StringComparison.Ordinal);
        Assert.Contains(bijeenkomst, run.Out, StringComparison.Ordinal);
        Assert.Contains(raad, run.Out, StringComparison.Ordinal);
        foreach (var tekst in new[] { schedule.Out, run.Out })
        {
            Assert.DoesNotContain("radenbijeenkomst", tekst, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("joint council meeting", tekst, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("rb-", tekst, StringComparison.Ordinal);
        }

        // Kanaalzijde decides before its merger, never after.
        var kanaalzijde = run.Out.Split('\n').Where(r => r.Contains("Gemeente Kanaalzijde:", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(kanaalzijde);
        Assert.All(kanaalzijde, r => Assert.True(string.CompareOrdinal(r.Trim()[..10], "2024-12-31") <= 0, r));
    }

    private static Scenario Amendementen => ScenarioDocument.LoadFile(Path.Combine(AppContext.BaseDirectory, "Regio", "scenario-regio-voorbeeld.json"));

    [Fact]
    public void An_accepted_amendment_adopts_with_deviations_and_a_rejected_one_needs_a_second_round_that_adopts()
    {
        var plan = Voorbeeld;
        var verslag = PlanRun.Run(plan, Planner.Schedule(plan, EigenKalender), Amendementen);
        ActieVoortgang Actie(string id) => verslag.Eind.Acties.Single(a => a.Actie == id);

        // W1: Beekdal amends, the regional board accepts the divergence: adopted, with Beekdal's text as the deviation.
        var w1 = Assert.Single(Actie("W1").Rondes);
        Assert.Equal(Besluituitkomst.VastgesteldMetAfwijkingen, w1.Uitkomst.Uitkomst);
        Assert.Equal("beekdal", Assert.Single(w1.Uitkomst.Afwijkingen).Gemeente);
        Assert.Equal(ActieStatus.Vastgesteld, Actie("W1").Status);

        // E1: Zilverkust's amendment is not acceptable: herafstemming, a second round in a later Regiopodium, adopted.
        var e1 = Actie("E1").Rondes;
        Assert.Equal([(1, Besluituitkomst.Herafstemming), (2, Besluituitkomst.Vastgesteld)], e1.Select(r => (r.Ronde, r.Uitkomst.Uitkomst)));
        var nieuw = Assert.Single(verslag.Gebeurtenissen.OfType<RondeGepland>());
        Assert.Equal("E1", nieuw.Actie);
        Assert.Equal((2, plan.Profiel.Besluitfase), (nieuw.Ronde, nieuw.Fase));
        var tweede = plan.Radenbijeenkomsten.Single(r => r.Id == nieuw.Naar);
        Assert.True(tweede.Datum > e1[0].Datum && tweede.Datum < e1[1].Datum, $"round two at {tweede.Id}");
        Assert.Equal(ActieStatus.Vastgesteld, Actie("E1").Status);

        // Between the rounds E1 counts as delayed; the event list alone gives every state.
        Assert.Equal(ActieStatus.Vertraagd, verslag.At(plan, e1[0].Datum.PlusDays(1)).Acties.Single(a => a.Actie == "E1").Status);
        foreach (var r in plan.Radenbijeenkomsten)
        {
            Assert.Equal(verslag.At(plan, r.Datum), Voortgang.Replay(plan, verslag.Gebeurtenissen, r.Datum));
        }

        // The run as JSON lists both rounds of E1 and W1's deviation.
        using var json = JsonDocument.Parse(verslag.ToJson());
        var acties = json.RootElement.GetProperty("acties").EnumerateArray().ToDictionary(a => a.GetProperty("actie").GetString()!);
        Assert.Equal(2, acties["E1"].GetProperty("rondes").GetArrayLength());
        Assert.Equal("beekdal", acties["W1"].GetProperty("rondes")[0].GetProperty("afwijkingen")[0].GetProperty("gemeente").GetString());
    }

    [Fact]
    public void The_region_s_rule_profile_counts_main_tasks_and_leaves_out_Zuid_Kennemerland_s_criteria()
    {
        var plan = Voorbeeld;
        Assert.Equal(new Plancapaciteit { Aantal = 5, Telt = Capaciteitseenheid.Hoofdopgaven }, plan.Profiel.Plancapaciteit);

        // Five main tasks with actions against a capacity of four: ZK011, in main tasks.
        var vier = plan with { Profiel = plan.Profiel with { Plancapaciteit = new Plancapaciteit { Aantal = 4, Telt = Capaciteitseenheid.Hoofdopgaven } } };
        var zk011 = Assert.Single(vier.Validate(), b => b.Code == Regelcatalogus.ZK011);
        Assert.Contains("5 hoofdopgaven", zk011.Message, StringComparison.Ordinal);

        // A sixth action in a main task that has one already takes no more capacity.
        var zesde = plan with { Acties = plan.Acties.Add(plan.Acties[0] with { Id = "W2", Nummer = 6, Resultaten = [plan.Acties[0].Resultaten[0] with { Id = "W2-r1" }] }) };
        Assert.DoesNotContain(zesde.Validate(), b => b.Code == Regelcatalogus.ZK011);

        // Zuid-Kennemerland's own criteria do not run here: an action that is already running (ZK013), a claim on funds
        // (ZK014), no mix of terms (ZK012), a lead that is no member (ZK021).
        var anders = plan with
        {
            Acties =
            [
                .. plan.Acties.Select(a => a with
                {
                    AlLopend = true,
                    Termijn = Termijn.Lang,
                    Financiering = a.Financiering with { ClaimOpMiddelen = true },
                    Trekkerschap = a.Trekkerschap with { Bestuurlijk = ["provincie-voorbeeld"] },
                }),
            ],
        };
        var codes = anders.Validate().Select(b => b.Code).ToHashSet();
        Assert.DoesNotContain(Regelcatalogus.ZK012, codes);
        Assert.DoesNotContain(Regelcatalogus.ZK013, codes);
        Assert.DoesNotContain(Regelcatalogus.ZK014, codes);
        Assert.DoesNotContain(Regelcatalogus.ZK021, codes);
        Assert.Contains(Regelcatalogus.ZK013, anders.Validate(new ValidationOptions { Regels = [RegelInstelling.WithSeverity(Regelcatalogus.ZK013, FindingSeverity.Error)] }).Select(b => b.Code));

        // The profile keeps ZK022 as a warning: a project organisation without Zilverkust warns, it is no error.
        var zonder = plan with { Acties = [plan.Acties[0] with { Projectorganisatie = Projectorganisatie.From([.. plan.Deelnemers.Where(d => d != "zilverkust")]) }, .. plan.Acties.Skip(1)] };
        var zk022 = Assert.Single(zonder.Validate(), b => b.Code == Regelcatalogus.ZK022);
        Assert.Equal(FindingSeverity.Warning, zk022.Severity);
    }
}
