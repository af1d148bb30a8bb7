using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using Zk.Domain.Besturing;
using Zk.Domain.Bundled;
using Zk.Domain.Collections;
using Zk.Domain.Documenten;
using Zk.Domain.Inplannen;
using Zk.Domain.Regels;
using Zk.Domain.Tests.Documenten;
using Zk.Domain.Tests.Generators;
using Zk.Domain.Tijd;
using Zk.Domain.Verloop;
using Zk.Domain.Werkplannen;
using Zk.Domain.Wisselwerkingen;

namespace Zk.Domain.Tests.Regels;

/// <summary>The seed's cases, the warning and info rules by example, and the validator's general properties.</summary>
public class RuleExampleTests
{
    private static readonly Werkplan West = WerkplanDocument.Parse(Examples.Valid);

    private static Werkplan Bundled => BundledPlans.ZuidKennemerland;

    private static IEnumerable<(string Code, string Path)> Codes(Werkplan plan, ValidationOptions? options = null) =>
        plan.Validate(options).Select(b => (b.Code, b.Path));

    [Fact]
    public void The_bundled_plan_has_no_errors_and_the_warnings_the_seed_implies()
    {
        var bevindingen = Bundled.Validate();
        Assert.False(bevindingen.HasErrors());
        Assert.Equal(
            [
                ("ZK043", "acties[0].raadsmomenten[0]"), // NNN: N.t.b.
                ("ZK043", "acties[1].raadsmomenten[1]"), // Nationaal Park: the table's second X, its column lost
                ("ZK043", "acties[3].raadsmomenten[1]"), // triple helix: feedback "in de loop van 2022"
                ("ZK103", "acties[4].deelacties[0].trekkerschap"), // 5.1 item 1: no lead named
                ("ZK103", "acties[5].deelacties[0].trekkerschap"), // Pact van Uitstroom, Plan van Aanpak: no lead named
                ("ZK103", "acties[5].deelacties[1].trekkerschap"), // Pact van Uitstroom, Servicepunt: no lead named
                ("ZK043", "acties[7].raadsmomenten[1]"), // stresstest: the derived decision, not yet planned
                ("ZK044", "acties[7].raadsmomenten[1]"), // stresstest: the derived decision, funding still to be found
            ],
            bevindingen.Select(b => (b.Code, b.Path)));
        Assert.All(bevindingen, b => Assert.Equal(FindingSeverity.Warning, b.Severity));
    }

    [Fact]
    public void Messages_are_Dutch_by_default_and_English_on_request()
    {
        var nl = Bundled.Validate();
        var en = Bundled.Validate(new ValidationOptions { Taal = Taal.En });
        Assert.Equal("Het raadsmoment informatie van actie '3.1' is nog niet gepland (N.t.b.).", nl[0].Message);
        Assert.Equal("The council moment information of action '3.1' is not yet planned (N.t.b.).", en[0].Message);
        Assert.Equal(nl.Select(b => (b.Code, b.Path, b.Severity)), en.Select(b => (b.Code, b.Path, b.Severity)));
    }

    [Fact]
    public void The_small_example_of_another_region_validates_by_its_own_terms()
    {
        // Three members, two main tasks, no capacity stated (9 by default).
        Assert.False(West.Validate().HasErrors());
    }

    [Fact]
    public void ZK003_a_period_of_one_day_does_not_end_after_it_starts()
    {
        var dag = new LocalDate(2024, 1, 1);
        var plan = West with { Looptijd = new DateInterval(dag, dag) };
        Assert.Contains(("ZK003", "looptijd"), Codes(plan));
    }

    [Fact]
    public void ZK011_capacity_comes_from_the_options_then_the_plan_then_nine()
    {
        Assert.Contains(("ZK011", "acties"), Codes(Bundled with { Plancapaciteit = 8 }));
        Assert.DoesNotContain(Codes(Bundled with { Plancapaciteit = 8 }, new ValidationOptions { Plancapaciteit = 12 }), f => f.Code == "ZK011");
        Assert.DoesNotContain(Codes(Bundled with { Plancapaciteit = null }), f => f.Code == "ZK011");
    }

    [Fact]
    public void ZK012_a_plan_of_only_short_term_actions_does_not_mix()
    {
        var plan = Bundled with { Acties = Bundled.Acties.Select(a => a with { Termijn = Termijn.Kort }).ToValueArray() };
        Assert.Contains(("ZK012", "acties"), Codes(plan));
        Assert.DoesNotContain(Codes(Bundled), f => f.Code == "ZK012");
    }

    [Fact]
    public void ZK020_and_ZK103_an_action_led_per_sub_action_needs_one_lead_and_names_the_sub_actions_without()
    {
        // 5.1 is led per agreement; its item 1 names no lead (ZK103, a warning), the action has leads (no ZK020).
        var woningen = Bundled.Acties[4];
        Assert.DoesNotContain(Codes(Bundled), f => f.Code == "ZK020");
        Assert.Contains(("ZK103", "acties[4].deelacties[0].trekkerschap"), Codes(Bundled));

        // One more agreement without its lead: one more ZK103, still no ZK020.
        var zonderEen = woningen with { Deelacties = woningen.Deelacties.SetItem(3, woningen.Deelacties[3] with { Trekkerschap = null }) };
        var codes = Codes(Bundled with { Acties = Bundled.Acties.SetItem(4, zonderEen) }).ToList();
        Assert.Contains(("ZK103", "acties[4].deelacties[3].trekkerschap"), codes);
        Assert.DoesNotContain(codes, f => f.Code == "ZK020");

        // No lead on any agreement: ZK020 on the action, and no ZK103 (the action as a whole has nobody).
        var niemand = woningen with { Deelacties = [.. woningen.Deelacties.Select(d => d with { Trekkerschap = null })] };
        codes = Codes(Bundled with { Acties = Bundled.Acties.SetItem(4, niemand) }).ToList();
        Assert.Contains(("ZK020", "acties[4].trekkerschap.bestuurlijk"), codes);
        Assert.DoesNotContain(codes, f => f.Code == "ZK103" && f.Path.StartsWith("acties[4]", StringComparison.Ordinal));
    }

    [Fact]
    public void ZK002_and_ZK001_cover_the_agreements_other_projects_and_a_sub_actions_other_parties()
    {
        var triple = Bundled.Acties[3];
        var onbekend = triple with { Deelacties = triple.Deelacties.SetItem(0, triple.Deelacties[0] with { Betrokkenen = ["wsp", "niemand"] }) };
        var akkoord = Bundled.Akkoorden[0];
        var plan = Bundled with
        {
            Acties = Bundled.Acties.SetItem(3, onbekend),
            Akkoorden = [akkoord with { Acties = ["5.1", "9.9"] }, akkoord with { Vaststellingen = [akkoord.Vaststellingen[2] with { Gemeenten = ["nergens"] }] }],
            OverigeProjecten = Bundled.OverigeProjecten.SetItem(0, Bundled.OverigeProjecten[0] with { Hoofdopgave = "ruimte" }).Add(Bundled.OverigeProjecten[1]),
        };
        var codes = Codes(plan).ToList();
        Assert.Contains(("ZK002", "acties[3].deelacties[0].betrokkenen[1]"), codes);
        Assert.Contains(("ZK002", "akkoorden[0].acties[1]"), codes);
        Assert.Contains(("ZK002", "akkoorden[1].vaststellingen[0].gemeenten[0]"), codes);
        Assert.Contains(("ZK002", "overigeProjecten[0].hoofdopgave"), codes);
        Assert.Contains(("ZK001", "akkoorden[1].id"), codes);
        Assert.Contains(("ZK001", "overigeProjecten[5].id"), codes);
    }

    [Fact]
    public void ZK031_a_result_in_a_year_after_the_period_is_the_plans_own_unless_it_names_its_framework()
    {
        var woningen = Bundled.Acties[4];
        Assert.Equal(2023, woningen.Resultaten[0].GereedJaar); // the Woonakkoord's mid-term meeting, with its kader
        Assert.DoesNotContain(Codes(Bundled), f => f.Code == "ZK031");
        var eigen = woningen with { Resultaten = [woningen.Resultaten[0] with { Kader = null }] };
        Assert.Contains(("ZK031", "acties[4].resultaten[0].gereedJaar"), Codes(Bundled with { Acties = Bundled.Acties.SetItem(4, eigen) }));

        // Any year a document or a host gives is a finding, never an exception.
        foreach (var jaar in new[] { int.MaxValue, 10_000, 0, int.MinValue })
        {
            var vreemd = woningen with { Resultaten = [woningen.Resultaten[0] with { Kader = null, GereedJaar = jaar }] };
            var plan = Bundled with { Acties = Bundled.Acties.SetItem(4, vreemd) };
            Assert.Equal(jaar > 2022, Codes(plan).Contains(("ZK031", "acties[4].resultaten[0].gereedJaar")));
            Assert.NotNull(PlanRun.Run(plan, Planner.Schedule(plan, StandaardKalender.Generate(plan))));
        }
    }

    [Theory]
    [InlineData(FinancieringsStatus.NogTeVinden, true)]
    [InlineData(FinancieringsStatus.DeelsGeregeld, true)]
    [InlineData(FinancieringsStatus.Verwacht, true)]
    [InlineData(FinancieringsStatus.Geregeld, false)]
    [InlineData(FinancieringsStatus.BestaandeMiddelen, false)]
    public void ZK044_a_decision_needs_funding_that_is_worked_out(FinancieringsStatus status, bool waarschuwing)
    {
        var economie = Bundled.Acties[2]; // 4.1 decides at the end of 2022
        var plan = Bundled with { Acties = Bundled.Acties.SetItem(2, economie with { Financiering = economie.Financiering with { Status = status } }) };
        Assert.Equal(waarschuwing, Codes(plan).Contains(("ZK044", "acties[2].raadsmomenten[1]")));
    }

    [Fact]
    public void ZK021_an_external_party_may_hold_the_regie_but_not_the_political_lead()
    {
        Assert.Equal("provincie-noord-holland", Bundled.Acties[0].Trekkerschap.Regie);
        var nnn = Bundled.Acties[0] with { Trekkerschap = Bundled.Acties[0].Trekkerschap with { Bestuurlijk = ["provincie-noord-holland"] } };
        Assert.Contains(("ZK021", "acties[0].trekkerschap.bestuurlijk[0]"), Codes(Bundled with { Acties = Bundled.Acties.SetItem(0, nnn) }));
    }

    [Fact]
    public void ZK021_and_ZK022_follow_the_members_given_in_the_options()
    {
        var zonderZandvoort = new ValidationOptions { Deelnemers = ["bloemendaal", "haarlem", "heemstede"] };
        var codes = Codes(Bundled, zonderZandvoort).ToList();
        Assert.Contains(("ZK021", "acties[4].deelacties[3].trekkerschap.bestuurlijk[1]"), codes); // middensegment: Bloemendaal & Zandvoort
        Assert.DoesNotContain(codes, f => f.Code == "ZK022"); // Zandvoort may stay in the project organisations
    }

    [Fact]
    public void ZK022_holds_for_a_project_organisation_of_all_members_whoever_they_are()
    {
        var alle = Bundled with { Acties = [.. Bundled.Acties.Select(a => a with { Projectorganisatie = Projectorganisatie.AlleDeelnemers })] };
        Assert.DoesNotContain(alle.Validate(), b => b.Code is "ZK022" or "ZK002");
        var meer = new ValidationOptions { Deelnemers = [.. Bundled.Deelnemers, "velsen"] };
        Assert.Contains(("ZK022", "acties[0].projectorganisatie"), Codes(Bundled, meer));
        Assert.DoesNotContain(Codes(alle, meer), f => f.Code == "ZK022");

        var zonderHaarlem = Bundled.Acties[0] with { Projectorganisatie = Bundled.Acties[0].Projectorganisatie.Partijen.RemoveAt(1) };
        Assert.Equal([("ZK022", "acties[0].projectorganisatie")], Codes(Bundled with { Acties = Bundled.Acties.SetItem(0, zonderHaarlem) }).Where(f => f.Code == "ZK022"));
    }

    [Fact]
    public void ZK031_a_target_of_a_framework_may_run_past_the_period()
    {
        Assert.Equal(2030, Bundled.Acties[4].Doelen[0].TotEnMetJaar); // 11,650 homes 2020-2030, Woonakkoord
        var eigenDoel = Bundled.Acties[4] with { Doelen = Bundled.Acties[4].Doelen.SetItem(0, Bundled.Acties[4].Doelen[0] with { Kader = null }) };
        Assert.Contains(("ZK031", "acties[4].doelen[0].totEnMetJaar"), Codes(Bundled with { Acties = Bundled.Acties.SetItem(4, eigenDoel) }));
    }

    [Fact]
    public void ZK040_uses_the_meeting_dates_within_a_quarter()
    {
        var vroeg = new Radenbijeenkomst { Id = "vroeg", Datum = new LocalDate(2024, 4, 10) };
        var laat = new Radenbijeenkomst { Id = "laat", Datum = new LocalDate(2024, 6, 20) };
        var q2 = Kwartaal.Parse("2024-Q2");
        var actie = West.Acties[0] with
        {
            Raadsmomenten =
            [
                new Raadsmoment { Fase = Fase.Versie50, Kwartaal = q2, Radenbijeenkomst = "vroeg" },
                new Raadsmoment { Fase = Fase.Besluitvorming, Kwartaal = q2, Radenbijeenkomst = "laat" },
            ],
        };
        var inOrde = West with { Acties = West.Acties.SetItem(0, actie), Radenbijeenkomsten = [vroeg, laat] };
        Assert.DoesNotContain(Codes(inOrde), f => f.Code is "ZK040" or "ZK041");

        var omgekeerd = inOrde with { Radenbijeenkomsten = [vroeg with { Id = "laat" }, laat with { Id = "vroeg" }] };
        var codes = Codes(omgekeerd).ToList();
        Assert.Contains(("ZK040", "acties[0].raadsmomenten[1]"), codes);
        Assert.Contains(("ZK041", "acties[0].raadsmomenten[1]"), codes);
    }

    [Fact]
    public void ZK043_an_action_without_any_council_moment()
    {
        Assert.Contains(("ZK043", "acties[1].raadsmomenten"), Codes(West));
    }

    [Fact]
    public void ZK044_a_planned_decision_without_funding()
    {
        var groen = West.Acties[1] with { Raadsmomenten = [new Raadsmoment { Fase = Fase.Versie50, Kwartaal = Kwartaal.Parse("2024-Q3") }, new Raadsmoment { Fase = Fase.Besluitvorming, Kwartaal = Kwartaal.Parse("2025-Q1") }] };
        Assert.Contains(("ZK044", "acties[1].raadsmomenten[1]"), Codes(West with { Acties = West.Acties.SetItem(1, groen) }));
    }

    [Fact]
    public void ZK051_the_same_pair_in_either_direction()
    {
        var k = West.Koppelkansen[0];
        var omgekeerd = k with { Id = "K2", Van = k.Naar, Naar = k.Van };
        Assert.Contains(("ZK051", "koppelkansen[1]"), Codes(West with { Koppelkansen = West.Koppelkansen.Add(omgekeerd) }));
        // A koppelkans and a vraagstuk on the same pair is no repetition (the seed has one: bereikbaarheid and duurzaamheid).
        Assert.DoesNotContain(Codes(Bundled), f => f.Code == "ZK051");

        // Ends that do not resolve (ZK002) are still compared, by their references; the message names the pair in order.
        var los = k with { Id = "K3", Van = Verwijzing.NaarActie("9"), Naar = k.Naar };
        var nogmaals = los with { Id = "K4", Van = los.Naar, Naar = los.Van };
        var bevindingen = (West with { Koppelkansen = [k, los, nogmaals] }).Validate(new ValidationOptions { Taal = Taal.En });
        Assert.Equal(["koppelkansen[1].van", "koppelkansen[2].naar"], bevindingen.Where(b => b.Code == "ZK002").Select(b => b.Path));
        var herhaling = Assert.Single(bevindingen, b => b.Code == "ZK051");
        Assert.Equal("koppelkansen[2]", herhaling.Path);
        Assert.Contains("K3", herhaling.Message, StringComparison.Ordinal);
        Assert.Contains("(hoofdopgave:groen, actie:9)", herhaling.Message, StringComparison.Ordinal); // main tasks sort before actions
    }

    [Fact]
    public void ZK052_the_botsproef_is_met_when_both_decide_in_the_same_meeting()
    {
        var park = Bundled.Acties[1];
        var inQ4 = park with { Raadsmomenten = park.Raadsmomenten.SetItem(1, park.Raadsmomenten[1] with { Kwartaal = Kwartaal.Parse("2022-Q4") }) };
        Assert.DoesNotContain(Codes(Bundled with { Acties = Bundled.Acties.SetItem(1, inQ4) }), f => f.Code == "ZK052");
    }

    [Fact]
    public void ZK060_ZK061_ZK062_with_a_calendar_around_the_elections_of_2022()
    {
        var verkiezingen = new Blokkade { Periode = new DateInterval(new LocalDate(2022, 3, 1), new LocalDate(2022, 3, 31)), Reden = "Gemeenteraadsverkiezingen 16 maart 2022" };
        var kalender = new Vergaderkalender
        {
            Radenbijeenkomsten =
            [
                new Radenbijeenkomst { Id = "q3-2021", Datum = new LocalDate(2021, 9, 22), Agendaruimte = 4 },
                new Radenbijeenkomst { Id = "q1-2022", Datum = new LocalDate(2022, 3, 9), Agendaruimte = 4 },
                new Radenbijeenkomst { Id = "q2-2022", Datum = new LocalDate(2022, 6, 15), Agendaruimte = 4 },
                new Radenbijeenkomst { Id = "q3-2022", Datum = new LocalDate(2022, 9, 14), Agendaruimte = 4 },
                new Radenbijeenkomst { Id = "q4-2022", Datum = new LocalDate(2022, 11, 30), Agendaruimte = 1 },
            ],
            Blokkades = [verkiezingen],
        };
        var codes = Codes(Bundled, new ValidationOptions { Kalender = kalender }).ToList();
        Assert.DoesNotContain(codes, f => f.Code == "ZK061");
        Assert.Contains(("ZK062", "acties[4].raadsmomenten[0]"), codes); // Woonakkoord: informing around the elections
        Assert.Contains(("ZK062", "acties[6].raadsmomenten[0]"), codes); // 6.1 in 2022-Q1

        var zonderQ2 = kalender with { Radenbijeenkomsten = kalender.Radenbijeenkomsten.RemoveAt(2) };
        Assert.Contains(("ZK061", "acties[1].raadsmomenten[0]"), Codes(Bundled, new ValidationOptions { Kalender = zonderQ2 }));

        var toegewezen = Bundled.Acties[2] with { Raadsmomenten = Bundled.Acties[2].Raadsmomenten.Select(m => m with { Radenbijeenkomst = m.Kwartaal == Kwartaal.Parse("2022-Q4") ? "q4-2022" : null }).ToValueArray() };
        var park = Bundled.Acties[1] with { Raadsmomenten = Bundled.Acties[1].Raadsmomenten.SetItem(1, Bundled.Acties[1].Raadsmomenten[1] with { Kwartaal = Kwartaal.Parse("2022-Q4"), Radenbijeenkomst = "q4-2022" }) };
        var vol = Bundled with { Acties = Bundled.Acties.SetItem(1, park).SetItem(2, toegewezen) };
        Assert.Contains(("ZK060", "kalender.radenbijeenkomsten[4]"), Codes(vol, new ValidationOptions { Kalender = kalender }));
    }

    [Fact]
    public void ZK060_a_negative_capacity_is_exceeded_by_an_empty_meeting_and_never_throws()
    {
        // A document may give any whole number: a meeting with no agenda item and capacity -1 is reported, not a crash.
        var leeg = new Radenbijeenkomst { Id = "leeg", Datum = new LocalDate(2021, 10, 6), Agendaruimte = -1 };
        var plan = Bundled with { Radenbijeenkomsten = Bundled.Radenbijeenkomsten.Add(leeg) };
        var melding = Assert.Single(plan.Validate(), b => b.Code == "ZK060");
        Assert.Equal($"radenbijeenkomsten[{Bundled.Radenbijeenkomsten.Count}]", melding.Path);
        Assert.Contains("'leeg' heeft 0 agendapunten; de capaciteit is -1", melding.Message, StringComparison.Ordinal);
        Assert.Contains(("ZK060", "kalender.radenbijeenkomsten[0]"), Codes(Bundled, new ValidationOptions { Kalender = new Vergaderkalender { Radenbijeenkomsten = [leeg] } }));
    }

    [Fact]
    public void ZK100_strengths_have_the_sign_of_their_kind()
    {
        var plan = West with { Koppelkansen = West.Koppelkansen.SetItem(0, West.Koppelkansen[0] with { Sterkte = -2 }) };
        Assert.Contains(("ZK100", "koppelkansen[0].sterkte"), Codes(plan));
        Assert.DoesNotContain(Codes(West), f => f.Code == "ZK100");
    }

    [Fact]
    public void ZK101_a_moment_in_another_quarter_than_its_meeting()
    {
        var botsproef = Bundled.Totstandkoming[2];
        Assert.Equal("rb-2021-05-19", botsproef.Radenbijeenkomst);
        var verschoven = Bundled with { Totstandkoming = Bundled.Totstandkoming.SetItem(2, botsproef with { Kwartaal = Kwartaal.Parse("2021-Q3") }) };
        Assert.Contains(("ZK101", "totstandkoming[2]"), Codes(verschoven));
    }

    [Fact]
    public void ZK102_a_source_naming_another_quarter_is_reported_as_information()
    {
        var fietsen = Bundled.Acties[8];
        var anders = fietsen with { Raadsmomenten = [fietsen.Raadsmomenten[0] with { Kwartaal = Kwartaal.Parse("2022-Q4") }] };
        var bevinding = Assert.Single((Bundled with { Acties = Bundled.Acties.SetItem(8, anders) }).Validate(), b => b.Code == "ZK102");
        Assert.Equal(("acties[8].raadsmomenten[0].bronnen[1]", FindingSeverity.Info), (bevinding.Path, bevinding.Severity));
    }

    [Fact]
    public void ZK002_plan_level_references_members_link_ends_and_the_history_s_meetings()
    {
        Assert.Contains(("ZK002", "deelnemers[3]"), Codes(West with { Deelnemers = West.Deelnemers.Add("onbekend") }));
        var v = new BestuurlijkVraagstuk { Id = "V1", Titel = "x", Van = Verwijzing.NaarActie("1"), Naar = Verwijzing.NaarHoofdopgave("onbekend") };
        Assert.Contains(("ZK002", "vraagstukken[0].naar"), Codes(West with { Vraagstukken = [v] }));
        var historie = new Raadsmoment { Fase = Fase.Concept, Kwartaal = Kwartaal.Parse("2024-Q1"), Radenbijeenkomst = "onbekend" };
        Assert.Contains(("ZK002", "totstandkoming[0].radenbijeenkomst"), Codes(West with { Totstandkoming = [historie] }));
    }

    [Fact]
    public void ZK002_and_ZK101_for_an_action_s_meeting()
    {
        var onbekend = West.Acties[0] with { Raadsmomenten = West.Acties[0].Raadsmomenten.SetItem(0, West.Acties[0].Raadsmomenten[0] with { Radenbijeenkomst = "onbekend" }) };
        Assert.Contains(("ZK002", "acties[0].raadsmomenten[0].radenbijeenkomst"), Codes(West with { Acties = West.Acties.SetItem(0, onbekend) }));

        var juni = new Radenbijeenkomst { Id = "juni", Datum = new LocalDate(2024, 6, 12) };
        var andereKwartaal = West.Acties[0] with { Raadsmomenten = West.Acties[0].Raadsmomenten.SetItem(0, West.Acties[0].Raadsmomenten[0] with { Kwartaal = Kwartaal.Parse("2024-Q3"), Radenbijeenkomst = "juni" }) };
        Assert.Contains(("ZK101", "acties[0].raadsmomenten[0]"), Codes(West with { Acties = West.Acties.SetItem(0, andereKwartaal), Radenbijeenkomsten = [juni] }));
    }

    [Fact]
    public void ZK050_ZK051_ZK100_for_vraagstukken_too()
    {
        var zelf = new BestuurlijkVraagstuk { Id = "V1", Titel = "x", Van = Verwijzing.NaarActie("1"), Naar = Verwijzing.NaarActie("1") };
        Assert.Contains(("ZK050", "vraagstukken[0]"), Codes(West with { Vraagstukken = [zelf] }));

        var a = new BestuurlijkVraagstuk { Id = "V1", Titel = "x", Van = Verwijzing.NaarActie("1"), Naar = Verwijzing.NaarActie("2"), Sterkte = 1 };
        var b = a with { Id = "V2", Van = a.Naar, Naar = a.Van, Sterkte = null };
        var codes = Codes(West with { Vraagstukken = [a, b] }).ToList();
        Assert.Contains(("ZK051", "vraagstukken[1]"), codes);
        Assert.Contains(("ZK100", "vraagstukken[0].sterkte"), codes);
    }

    [Fact]
    public void ZK102_for_the_plan_s_own_history()
    {
        var historie = new Raadsmoment { Fase = Fase.Concept, Kwartaal = Kwartaal.Parse("2024-Q1"), Bronnen = [new Bronvermelding { Bron = "notulen", Kwartaal = Kwartaal.Parse("2023-Q4") }] };
        Assert.Contains(("ZK102", "totstandkoming[0].bronnen[0]"), Codes(West with { Totstandkoming = [historie] }));
    }

    [Property(MaxTest = 300, Replay = "(777,779)")]
    public Property Validation_is_total_and_deterministic_for_any_loadable_plan() =>
        Prop.ForAll(WerkplanGenerator.Arbitrary(), plan =>
        {
            var eerste = plan.Validate();
            var tweede = WerkplanDocument.Load(WerkplanDocument.Save(plan)).Validate();
            return eerste == tweede;
        });

    [Property(MaxTest = 100, Replay = "(31337,31339)")]
    public Property Validation_does_not_depend_on_the_culture() =>
        Prop.ForAll(WerkplanGenerator.Arbitrary(), plan =>
        {
            var opties = new ValidationOptions { Taal = Taal.En };
            var invariant = RoundTripTests.WithCulture(CultureInfo.InvariantCulture, () => plan.Validate(opties));
            return new[] { "nl-NL", "en-US", "tr-TR" }.All(c =>
                RoundTripTests.WithCulture(CultureInfo.GetCultureInfo(c), () => plan.Validate(opties)) == invariant
                && RoundTripTests.WithCulture(CultureInfo.GetCultureInfo(c), () => plan.Validate()) == plan.Validate());
        });

    [Fact]
    public void Validating_an_action_on_its_own_gives_relative_paths()
    {
        var actie = Bundled.Acties[0] with { AlLopend = true, Resultaten = [] };
        var codes = actie.Validate(Bundled).Select(b => (b.Code, b.Path)).ToList();
        Assert.Contains(("ZK013", "alLopend"), codes);
        Assert.Contains(("ZK030", "resultaten"), codes);
    }
}
