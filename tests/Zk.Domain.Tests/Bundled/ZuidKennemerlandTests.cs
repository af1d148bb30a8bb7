using NodaTime;
using Zk.Domain.Besturing;
using Zk.Domain.Bundled;
using Zk.Domain.Documenten;
using Zk.Domain.Regels;
using Zk.Domain.Tijd;
using Zk.Domain.Werkplannen;
using Zk.Domain.Wisselwerkingen;

namespace Zk.Domain.Tests.Bundled;

/// <summary>The bundled plan says what the seed says: one test per group of facts.</summary>
public class ZuidKennemerlandTests
{
    private static readonly Werkplan Plan = BundledPlans.ZuidKennemerland;

    private static Actie Actie(string id) => Plan.Acties.AsSpan().ToArray().Single(a => a.Id == id);

    private static Kwartaal Q(string text) => Kwartaal.Parse(text);

    [Fact]
    public void The_embedded_document_is_in_canonical_form()
    {
        using var stream = BundledPlans.OpenZuidKennemerlandDocument();
        using var reader = new StreamReader(stream);
        var embedded = reader.ReadToEnd();
        Assert.Equal(WerkplanDocument.SaveToString(Plan) + "\n", embedded);
    }

    [Fact]
    public void Plan_period_region_and_members()
    {
        Assert.Equal("Werkplan regionale samenwerking Zuid-Kennemerland 2021-2023", Plan.Titel);
        Assert.Equal("Zuid-Kennemer Agenda", Plan.Agenda);
        Assert.Equal(new DateInterval(new LocalDate(2021, 7, 1), new LocalDate(2022, 12, 31)), Plan.Looptijd);
        Assert.Equal(new LocalDate(2023, 1, 1), Plan.Looptijd.End.PlusDays(1)); // "looptijd tot 1 januari 2023"
        Assert.Equal(["bloemendaal", "haarlem", "heemstede", "zandvoort"], Plan.Deelnemers);
        Assert.Equal(9, Plan.Plancapaciteit);
    }

    [Fact]
    public void Five_main_tasks_with_their_chapters()
    {
        Assert.Equal(
            [("landschap", "Landschap", 3), ("economie-en-werk", "Economie en werk", 4), ("wonen", "Wonen", 5),
             ("energie-en-klimaat", "Energie en klimaat", 6), ("bereikbaarheid", "Bereikbaarheid", 7)],
            Plan.Hoofdopgaven.Select(h => (h.Id, h.Naam, h.Hoofdstuk!.Value)));
    }

    [Fact]
    public void Nine_actions_numbered_as_in_chapter_2_under_their_main_tasks()
    {
        Assert.Equal(
            [("3.1", 1, "landschap"), ("3.2", 2, "landschap"), ("4.1", 3, "economie-en-werk"), ("4.2", 4, "economie-en-werk"),
             ("5.1", 5, "wonen"), ("5.2", 6, "wonen"), ("6.1", 7, "energie-en-klimaat"), ("6.2", 8, "energie-en-klimaat"),
             ("7.1", 9, "bereikbaarheid")],
            Plan.Acties.Select(a => (a.Id, a.Nummer, a.Hoofdopgave)));
        Assert.Equal("Stresstest klimaatadaptatie binnenduinrand", Actie("6.2").Titel);
        Assert.Equal("Aanpak regionaal fietspadennetwerk", Actie("7.1").Titel);
        Assert.All(Plan.Acties, a => Assert.False(a.AlLopend));
    }

    [Fact]
    public void An_external_party_holds_the_regie_where_the_seed_says_so()
    {
        var nnn = Actie("3.1").Trekkerschap;
        Assert.Equal("provincie-noord-holland", nnn.Regie);
        Assert.Equal(["heemstede"], nnn.Bestuurlijk);
        Assert.True(nnn.IsCoordinerend);

        var park = Actie("3.2").Trekkerschap;
        Assert.Equal("nationaal-park-zuid-kennemerland", park.Regie);
        Assert.Equal(["bloemendaal"], park.Bestuurlijk);
    }

    [Fact]
    public void Political_and_civil_service_leads_differ_for_the_stresstest()
    {
        var stresstest = Actie("6.2").Trekkerschap;
        Assert.Equal(["bloemendaal"], stresstest.Bestuurlijk);
        Assert.Equal(["haarlem"], stresstest.Ambtelijk);
        Assert.Contains("provincie-noord-holland", stresstest.Partners);
    }

    [Fact]
    public void Single_leads_and_partners()
    {
        Assert.Equal(["haarlem"], Actie("4.1").Trekkerschap.Bestuurlijk);
        Assert.Equal(["haarlem"], Actie("4.2").Trekkerschap.Bestuurlijk);
        Assert.Equal(["zandvoort"], Actie("4.2").Trekkerschap.Partners); // "Haarlem i.s.m. Zandvoort"
        Assert.Equal(["bloemendaal"], Actie("6.1").Trekkerschap.Bestuurlijk);
        Assert.Equal(["haarlem"], Actie("7.1").Trekkerschap.Bestuurlijk);
        Assert.Null(Actie("4.1").Trekkerschap.Regie);
    }

    [Fact]
    public void The_housing_actions_are_led_per_agreement_in_duo_schap()
    {
        var woningen = Actie("5.1");
        Assert.True(woningen.Trekkerschap.Bestuurlijk.IsEmpty);
        var afspraken = woningen.Deelacties.Skip(1).ToList(); // item 2's agreements a–g each name a lead
        Assert.Equal(["5.1-a", "5.1-b", "5.1-c", "5.1-d", "5.1-e", "5.1-f", "5.1-g"], afspraken.Select(d => d.Id));
        Assert.All(afspraken, d => Assert.False(d.Trekkerschap!.Bestuurlijk.IsEmpty));
        var middensegment = afspraken[2].Trekkerschap!;
        Assert.Equal(["bloemendaal", "zandvoort"], middensegment.Bestuurlijk);
        Assert.True(middensegment.IsDuoschap);
        Assert.Equal(["ijmond"], afspraken[0].Trekkerschap!.Partners);
        Assert.Contains("provincie-noord-holland", afspraken[6].Trekkerschap!.Partners);

        var doelgroepen = Actie("5.2");
        Assert.Equal(["bloemendaal", "haarlem"], doelgroepen.Deelacties[2].Trekkerschap!.Bestuurlijk);
        Assert.Equal(["bloemendaal"], doelgroepen.Deelacties[3].Trekkerschap!.Bestuurlijk);
    }

    [Fact]
    public void The_economic_profile_has_two_action_lines()
    {
        Assert.Equal(["4.1-1", "4.1-2"], Actie("4.1").Deelacties.Select(d => d.Id));
        Assert.Equal(["4.1-1", "4.1-2"], Actie("4.1").Resultaten.Select(r => r.Deelactie));
    }

    [Fact]
    public void Every_action_has_all_four_members_in_its_project_organisation() =>
        Assert.All(Plan.Acties, a => Assert.Equal(Plan.Deelnemers, a.Projectorganisatie.Partijen));

    [Fact]
    public void Results_of_2023_per_action()
    {
        Assert.Equal(
            [("3.1", 3), ("3.2", 2), ("4.1", 2), ("4.2", 3), ("5.1", 1), ("5.2", 1), ("6.1", 1), ("6.2", 2), ("7.1", 2)],
            Plan.Acties.Select(a => (a.Id, a.Resultaten.Count)));
        Assert.Contains("Kennemer doorfietsroute (Heemstede-Haarlem-Velsen)", Actie("7.1").Resultaten[0].Omschrijving, StringComparison.Ordinal);
        Assert.Equal(Q("2021-Q4"), Actie("6.1").Resultaten[0].Gereed); // quick scan "eind 2021"
        Assert.Equal(Q("2022-Q4"), Actie("4.1").Resultaten[0].Gereed); // besluitvorming "eind 2022"
    }

    [Fact]
    public void Quantitative_targets()
    {
        var natuur = Actie("3.1").Doelen.Single();
        Assert.Equal((253m, "ha"), (natuur.Waarde, natuur.Eenheid));

        var doelen = Actie("5.1").Doelen;
        Assert.Equal((11_650m, "woningen", true, 2020, 2030), (doelen[0].Waarde, doelen[0].Eenheid, doelen[0].Minimaal, doelen[0].VanafJaar!.Value, doelen[0].TotEnMetJaar!.Value));
        Assert.Equal((30m, "%"), (doelen[1].Waarde, doelen[1].Eenheid));
        Assert.Equal((20m, "%", 2025), (doelen[2].Waarde, doelen[2].Eenheid, doelen[2].VanafJaar!.Value));
        Assert.All(Plan.Acties.SelectMany(a => a.Doelen), d => Assert.NotNull(d.Kader));
    }

    [Fact]
    public void Funding_the_stresstest_is_still_to_be_found_and_no_action_claims_funds()
    {
        Assert.Equal(FinancieringsStatus.NogTeVinden, Actie("6.2").Financiering.Status);
        Assert.Equal(["provincie-noord-holland"], Actie("3.1").Financiering.Financiers);
        Assert.All(Plan.Acties, a => Assert.False(a.Financiering.ClaimOpMiddelen));
    }

    [Fact]
    public void Council_moments_of_the_chapter_8_table()
    {
        (string, Fase, Kwartaal?)[] expected =
        [
            ("3.1", Fase.Informatie, null),
            ("3.2", Fase.Bespreking, Q("2022-Q2")), ("3.2", Fase.Bespreking, null),
            ("4.1", Fase.Versie80, Q("2022-Q2")), ("4.1", Fase.Besluitvorming, Q("2022-Q4")),
            ("4.2", Fase.Informatie, Q("2021-Q3")), ("4.2", Fase.Terugkoppeling, null),
            ("5.1", Fase.Informatie, Q("2022-Q1")), ("5.1", Fase.Terugkoppeling, Q("2022-Q2")),
            ("5.2", Fase.Informatie, Q("2022-Q1")), ("5.2", Fase.Terugkoppeling, Q("2022-Q2")),
            ("6.1", Fase.Bespreking, Q("2022-Q1")),
            ("6.2", Fase.Bespreking, Q("2022-Q3")), ("6.2", Fase.Besluitvorming, null),
            ("7.1", Fase.Bespreking, Q("2022-Q3")),
        ];
        Assert.Equal(expected, Plan.Acties.SelectMany(a => a.Raadsmomenten.Select(m => (a.Id, m.Fase, m.Kwartaal))));
    }

    [Theory]
    [InlineData("6.1", "2022-Q1", "Klimaatdoelstellingen: N.t.b.", "1e kwartaal 2022")]
    [InlineData("7.1", "2022-Q3", "Bereikbaarheid: N.t.b.", "Derde kwartaal van 2022.")]
    public void Where_the_section_text_is_more_specific_than_the_table_both_are_kept(string actie, string kwartaal, string tabel, string tekst)
    {
        var moment = Actie(actie).Raadsmomenten.Single();
        Assert.Equal(Q(kwartaal), moment.Kwartaal);
        var bronnen = moment.Bronnen;
        Assert.Equal(("H8 tabel", null, tabel), (bronnen[0].Bron, bronnen[0].Kwartaal, bronnen[0].Citaat));
        Assert.Equal(("§" + actie, Q(kwartaal), tekst), (bronnen[1].Bron, bronnen[1].Kwartaal, bronnen[1].Citaat));
    }

    [Fact]
    public void Every_planned_moment_of_an_action_cites_its_source() =>
        Assert.All(Plan.Acties.SelectMany(a => a.Raadsmomenten), m => Assert.False(m.Bronnen.IsEmpty));

    [Fact]
    public void Eight_koppelkansen_at_the_level_the_seed_gives_them()
    {
        Assert.Equal(
            [
                ("K1", "actie:3.1", "hoofdopgave:wonen"),
                ("K2", "hoofdopgave:energie-en-klimaat", "hoofdopgave:wonen"),
                ("K3", "hoofdopgave:bereikbaarheid", "hoofdopgave:energie-en-klimaat"),
                ("K4", "hoofdopgave:landschap", "actie:7.1"),
                ("K5", "hoofdopgave:bereikbaarheid", "actie:4.1"),
                ("K6", "hoofdopgave:energie-en-klimaat", "actie:4.1"),
                ("K7", "actie:3.2", "hoofdopgave:economie-en-werk"),
                ("K8", "actie:3.2", "actie:6.2"),
            ],
            Plan.Koppelkansen.Select(k => (k.Id, k.Van.ToString(), k.Naar.ToString())));
        Assert.Equal("Duurzaamheid en wonen", Plan.Koppelkansen[1].Titel);
        Assert.All(Plan.Koppelkansen, k => Assert.Null(k.Sterkte)); // the seed gives no strengths
    }

    [Fact]
    public void Seven_bestuurlijke_vraagstukken_at_the_level_the_seed_gives_them()
    {
        Assert.Equal(
            [
                ("V1", "actie:3.2", "actie:4.1"),
                ("V2", "actie:4.1", "actie:5.1"),
                ("V3", "hoofdopgave:economie-en-werk", "hoofdopgave:energie-en-klimaat"),
                ("V4", "actie:6.2", "hoofdopgave:wonen"),
                ("V5", "hoofdopgave:bereikbaarheid", "hoofdopgave:energie-en-klimaat"),
                ("V6", "actie:3.1", "hoofdopgave:wonen"),
                ("V7", "actie:5.1", "hoofdopgave:bereikbaarheid"),
            ],
            Plan.Vraagstukken.Select(v => (v.Id, v.Van.ToString(), v.Naar.ToString())));
        Assert.Equal("Vergroting nationaal park versus economisch profiel", Plan.Vraagstukken[0].Titel);
    }

    [Fact]
    public void Governance_history_brainstorm_50_percent_botsproef_concept_vaststelling()
    {
        Assert.Equal(new LocalDate(2021, 7, 9), Plan.Convenant!.Ondertekend);
        Assert.Equal("Bestuursconvenant regionale samenwerking Zuid-Kennemerland", Plan.Convenant.Naam);
        Assert.Equal(
            [Fase.Verkenning, Fase.Versie50, Fase.Bespreking, Fase.Concept, Fase.Besluitvorming],
            Plan.Totstandkoming.Select(m => m.Fase));
        var botsproef = Plan.Totstandkoming[2];
        Assert.Equal("rb-2021-05-19", botsproef.Radenbijeenkomst);
        Assert.Equal(new LocalDate(2021, 5, 19), Plan.Radenbijeenkomsten.Single(r => r.Id == "rb-2021-05-19").Datum);
        Assert.Equal(Q("2021-Q3"), Plan.Totstandkoming[3].Kwartaal);
        Assert.Equal(Q("2021-Q4"), Plan.Totstandkoming[4].Kwartaal);
    }

    [Fact]
    public void Eight_selection_criteria()
    {
        Assert.Equal(
            ["urgentie", "spreiding", "mix-termijnen", "capaciteit", "niets-lopends", "geen-claims", "convenant", "portefeuillehoudersoverleg"],
            Plan.Uitgangspunten.Select(u => u.Id));
    }

    [Fact]
    public void Short_and_long_term_actions_are_mixed()
    {
        Assert.Contains(Plan.Acties, a => a.Termijn == Termijn.Kort);
        Assert.Contains(Plan.Acties, a => a.Termijn == Termijn.Lang);
    }

    [Fact]
    public void Every_reference_resolves()
    {
        var partijen = Plan.Partijen.Select(p => p.Id).ToHashSet();
        var hoofdopgaven = Plan.Hoofdopgaven.Select(h => h.Id).ToHashSet();
        var acties = Plan.Acties.Select(a => a.Id).ToHashSet();
        var trekkerschappen = Plan.Acties.Select(a => a.Trekkerschap)
            .Concat(Plan.Acties.SelectMany(a => a.Deelacties).Select(d => d.Trekkerschap).OfType<Zk.Domain.Partijen.Trekkerschap>());
        Assert.All(trekkerschappen, t =>
            Assert.All(t.Bestuurlijk.Concat(t.Ambtelijk).Concat(t.Partners).Append(t.Regie ?? "haarlem"), id => Assert.Contains(id, partijen)));
        Assert.All(Plan.Acties, a => Assert.Contains(a.Hoofdopgave, hoofdopgaven));
        Assert.All(Plan.Deelnemers, id => Assert.Contains(id, partijen));
        Assert.All(
            Plan.Koppelkansen.Cast<Wisselwerking>().Concat(Plan.Vraagstukken).SelectMany(w => new[] { w.Van, w.Naar }),
            v => Assert.Contains(v.Id, v.Soort == ElementSoort.Actie ? acties : hoofdopgaven));
    }

    [Fact]
    public void The_chapter_8_table_names_no_quarter_in_the_text_version()
    {
        // The text form of the seed lost the table's columns: a table source quotes its row and names no quarter.
        var tabel = Plan.Acties.SelectMany(a => a.Raadsmomenten).Concat(Plan.Totstandkoming)
            .SelectMany(m => m.Bronnen).Where(b => b.Bron == "H8 tabel").ToList();
        Assert.Equal(15, tabel.Count); // every X and N.t.b. of the table, the Woonakkoord row for both 5.1 and 5.2
        Assert.All(tabel, b => Assert.Null(b.Kwartaal));
        // Phrases without a quarter ("medio 2022", "eind 2022", "in de loop van 2022") name none either.
        var secties = Plan.Acties.SelectMany(a => a.Raadsmomenten).SelectMany(m => m.Bronnen).Where(b => b.Bron.StartsWith('§')).ToList();
        Assert.All(secties.Where(b => b.Citaat!.Contains("medio", StringComparison.OrdinalIgnoreCase) || b.Citaat.Contains("eind 2022", StringComparison.Ordinal)),
            b => Assert.Null(b.Kwartaal));
        // Only the sections that name a quarter or a month carry one: 4.2 (september 2021), 6.1, 6.2, 7.1.
        Assert.Equal(
            [("§4.2", Q("2021-Q3")), ("§6.1", Q("2022-Q1")), ("§6.2", Q("2022-Q3")), ("§7.1", Q("2022-Q3"))],
            secties.Where(b => b.Kwartaal is not null).Select(b => (b.Bron, b.Kwartaal!.Value)));
    }

    [Fact]
    public void The_Nationaal_Park_has_two_discussions_and_no_council_decision()
    {
        // §3.2: one discussion "medio 2022"; the table has two X's; the result is that a standpunt "kan worden bepaald".
        var park = Actie("3.2");
        Assert.Equal([Fase.Bespreking, Fase.Bespreking], park.Raadsmomenten.Select(m => m.Fase));
        Assert.DoesNotContain(park.Raadsmomenten, m => m.Fase == Fase.Besluitvorming);
        Assert.Equal("Nationaal park Z-K: X X (tweede X)", park.Raadsmomenten[1].Bronnen.Single().Citaat);
        Assert.Contains("standpunt", park.Resultaten[1].Omschrijving, StringComparison.Ordinal);
    }

    [Fact]
    public void The_botsproef_description_and_Natura_2000_are_faithful_to_chapter_8()
    {
        var k3 = Plan.Koppelkansen[2];
        Assert.Contains("mobiliteitstransitie", k3.Omschrijving, StringComparison.Ordinal); // the approach passes the botsproef best,
        Assert.Contains("zoals met het regionale fietspadennetwerk", k3.Omschrijving, StringComparison.Ordinal); // the network is its example
        var k4 = Plan.Koppelkansen[3];
        Assert.Contains("wenselijk", k4.Omschrijving, StringComparison.Ordinal);       // crossing nature is wanted,
        Assert.Contains("stuit op", k4.Omschrijving, StringComparison.Ordinal);        // but runs into Natura 2000
        Assert.Contains("Natura 2000", k4.Omschrijving, StringComparison.Ordinal);
        Assert.Contains("beide acties van economie", Plan.Vraagstukken[2].Omschrijving, StringComparison.Ordinal); // V3
    }

    [Fact]
    public void The_waterketen_partnership_of_the_stresstest_includes_Velsen()
    {
        var t = Actie("6.2").Trekkerschap;
        Assert.Equal(["provincie-noord-holland", "pwn", "waternet", "rijnland", "velsen"], t.Partners);
        Assert.Contains("Velsen", t.Toelichting, StringComparison.Ordinal);
    }

    [Fact]
    public void Quarters_read_from_phrases_or_the_table_are_marked_derived()
    {
        var afgeleid = Plan.Acties.SelectMany(a => a.Raadsmomenten.Select(m => (a.Id, m)))
            .Where(x => x.m.Afgeleid is not null).Select(x => (x.Id, x.m.Fase, x.m.Afgeleid!.Soort)).ToList();
        Assert.Equal(
            [
                ("3.2", Fase.Bespreking, AfleidingSoort.Kwartaal),     // "medio 2022"
                ("4.1", Fase.Versie80, AfleidingSoort.Kwartaal),       // "medio 2022"
                ("4.1", Fase.Besluitvorming, AfleidingSoort.Kwartaal), // "eind 2022"
                ("5.1", Fase.Informatie, AfleidingSoort.Kwartaal),     // "rondom de gemeenteraadsverkiezingen in 2022"
                ("5.1", Fase.Terugkoppeling, AfleidingSoort.Kwartaal), // "medio 2022"
                ("5.2", Fase.Informatie, AfleidingSoort.Kwartaal),
                ("5.2", Fase.Terugkoppeling, AfleidingSoort.Kwartaal),
                ("6.2", Fase.Besluitvorming, AfleidingSoort.Moment),   // inferred: implementation needs a funded decision
            ],
            afgeleid);
        // Stated quarters: a source names the quarter or a month in it.
        Assert.True(Actie("4.2").Raadsmomenten[0].IsKwartaalVermeld); // september 2021
        Assert.True(Actie("6.1").Raadsmomenten[0].IsKwartaalVermeld); // 1e kwartaal 2022
        Assert.All(Plan.Acties.SelectMany(a => a.Raadsmomenten).Where(m => m.IsKwartaalVermeld),
            m => Assert.Contains(m.Bronnen, b => b.Kwartaal == m.Kwartaal));
        Assert.All(Plan.Acties.SelectMany(a => a.Raadsmomenten).Where(m => m.Kwartaal is not null && m.Afgeleid is not null),
            m => Assert.DoesNotContain(m.Bronnen, b => b.Kwartaal == m.Kwartaal));
        Assert.Equal([AfleidingSoort.Kwartaal, AfleidingSoort.Kwartaal], Plan.Totstandkoming.Skip(3).Select(m => m.Afgeleid!.Soort)); // concept, vaststelling
    }

    [Fact]
    public void The_plan_records_its_own_caveats()
    {
        Assert.Equal([VoorbehoudBetreft.Planning, VoorbehoudBetreft.Samenhang], Plan.Voorbehouden.Select(v => v.Betreft));
        Assert.Contains("vooralsnog niet meer dan een indicatie", Plan.Voorbehouden[0].Citaat, StringComparison.Ordinal);
        Assert.Contains("mogelijke toekomstige samenhangen", Plan.Voorbehouden[1].Citaat, StringComparison.Ordinal);
    }

    [Fact]
    public void Item_1_of_5_1_and_the_Pact_van_Uitstroom_are_sub_actions_without_a_named_lead()
    {
        var woningen = Actie("5.1").Deelacties;
        Assert.Equal(["5.1-1", "5.1-a", "5.1-b", "5.1-c", "5.1-d", "5.1-e", "5.1-f", "5.1-g"], woningen.Select(d => d.Id));
        Assert.Null(woningen[0].Trekkerschap);
        Assert.Contains("11.650", woningen[0].Omschrijving, StringComparison.Ordinal);
        Assert.Contains("nieuwe locaties", woningen[0].Omschrijving, StringComparison.Ordinal);
        var doelgroepen = Actie("5.2").Deelacties;
        Assert.Equal(["5.2-pact-plan-van-aanpak", "5.2-pact-servicepunt", "5.2-1", "5.2-2"], doelgroepen.Select(d => d.Id));
        Assert.All(doelgroepen.Take(2), d => Assert.Null(d.Trekkerschap));
        Assert.Contains("Servicepunt", doelgroepen[1].Titel, StringComparison.Ordinal);
    }

    [Fact]
    public void The_partners_the_triple_helix_section_names_take_part_in_its_sub_actions()
    {
        var deelacties = Actie("4.2").Deelacties;
        Assert.Equal(["wsp", "techport", "vbz"], deelacties[0].Betrokkenen);
        Assert.Equal(
            ["hogeschool-van-amsterdam", "hogeschool-windesheim", "hogeschool-voor-de-kunsten", "bouwlab-haarlem", "nova-college", "hogeschool-inholland"],
            deelacties[1].Betrokkenen);
        var partijen = Plan.Partijen.Select(p => p.Id).ToHashSet();
        Assert.All(deelacties.SelectMany(d => d.Betrokkenen), id => Assert.Contains(id, partijen));
        Assert.Equal(["zandvoort"], Actie("4.2").Trekkerschap.Partners); // they lead nothing: still "Haarlem i.s.m. Zandvoort"
    }

    [Fact]
    public void The_other_projects_of_7_2_are_information_not_actions()
    {
        Assert.Equal(["sbab", "bereikbare-steden", "corridorstudie-hov", "samenwerkingsagenda-bereikbaarheid", "gr-bereikbaarheid"],
            Plan.OverigeProjecten.Select(p => p.Id));
        Assert.All(Plan.OverigeProjecten, p => Assert.Equal("bereikbaarheid", p.Hoofdopgave));
        Assert.All(Plan.OverigeProjecten.Take(4), p => Assert.Contains("los van dit werkplan", p.Toelichting, StringComparison.Ordinal));
        Assert.Equal(9, Plan.Acties.Count); // not counted against the capacity of nine
        Assert.DoesNotContain(Plan.Validate(), b => b.Code == "ZK011");
    }

    [Fact]
    public void The_Woonakkoord_has_its_own_governance()
    {
        var akkoord = Plan.Akkoorden.Single();
        Assert.Equal(("Woonakkoord Zuid-Kennemerland/IJmond 2021-2025", 2021, 2025), (akkoord.Naam, akkoord.VanafJaar!.Value, akkoord.TotEnMetJaar!.Value));
        Assert.Equal(["5.1", "5.2"], akkoord.Acties);
        Assert.Equal(
            [("Bestuursakkoord", Bestuursorgaan.Gemeenteraad, ""), ("Uitvoeringsagenda", Bestuursorgaan.College, ""), ("Uitvoeringsagenda", Bestuursorgaan.Gemeenteraad, "heemstede")],
            akkoord.Vaststellingen.Select(v => (v.Onderdeel, v.Orgaan, string.Join(",", v.Gemeenten))));
        Assert.Equal(Q("2021-Q1"), akkoord.Vaststellingen[1].Bron.Kwartaal); // "begin februari 2021"
        Assert.Equal("§5 voetnoot 1", akkoord.Vaststellingen[2].Bron.Bron);
        Assert.Equal(Bestuursorgaan.Portefeuillehoudersoverleg, akkoord.Afspraken[0].Orgaan); // yearly review
        Assert.Equal((Bestuursorgaan.Raadscommissie, "heemstede", "§5 voetnoot 2"),
            (akkoord.Afspraken[1].Orgaan!.Value, akkoord.Afspraken[1].Gemeenten.Single(), akkoord.Afspraken[1].Bron.Bron));
        Assert.Equal(2023, akkoord.Afspraken[2].Jaar); // the mid-term meeting
    }

    [Fact]
    public void Deadlines_and_pending_conditions_the_seed_names()
    {
        var impuls = Actie("6.2").Voorwaarden.Single();
        Assert.Equal((VoorwaardeSoort.UitersteDatum, new LocalDate(2023, 12, 31)), (impuls.Soort, impuls.Uiterlijk!.Value));
        Assert.Contains("Impulsregeling", impuls.Omschrijving, StringComparison.Ordinal);
        Assert.Contains("ROB", Actie("6.1").Voorwaarden.Single().Omschrijving, StringComparison.Ordinal);
        Assert.Contains("nog wordt opgesteld", Actie("4.1").Voorwaarden.Single().Omschrijving, StringComparison.Ordinal);
        Assert.Contains("projectopzet", Actie("3.2").Voorwaarden.Single().Omschrijving, StringComparison.Ordinal);
        Assert.All(Plan.Acties.SelectMany(a => a.Voorwaarden).Where(v => v.Soort == VoorwaardeSoort.Afhankelijkheid), v => Assert.Null(v.Uiterlijk));
    }

    [Fact]
    public void The_Woonakkoord_mid_term_meeting_lies_after_the_period()
    {
        foreach (var id in new[] { "5.1", "5.2" })
        {
            var resultaat = Actie(id).Resultaten.Single();
            Assert.Equal((2023, "Woonakkoord Zuid-Kennemerland/IJmond 2021-2025"), (resultaat.GereedJaar!.Value, resultaat.Kader));
            Assert.Equal(Q("2023-Q4"), resultaat.UiterlijkIn(Plan.Looptijd));
            Assert.True(resultaat.UiterlijkIn(Plan.Looptijd) > Kwartaal.FromDate(Plan.Looptijd.End));
        }

        // Every other result is due by the end of the period, as the heading says.
        Assert.All(Plan.Acties.Where(a => a.Id is not ("5.1" or "5.2")).SelectMany(a => a.Resultaten),
            r => Assert.True(r.UiterlijkIn(Plan.Looptijd) <= Kwartaal.FromDate(Plan.Looptijd.End)));
    }

    [Fact]
    public void The_term_of_every_action_is_derived_with_the_chapter_2_criterion()
    {
        Assert.All(Plan.Acties, a => Assert.StartsWith(a.Termijn == Termijn.Kort ? "Kort volgens H2" : "Lang volgens H2", a.TermijnAfleiding, StringComparison.Ordinal));
        Assert.Equal(
            [("3.1", Termijn.Lang), ("3.2", Termijn.Lang), ("4.1", Termijn.Lang), ("4.2", Termijn.Kort), ("5.1", Termijn.Lang),
             ("5.2", Termijn.Kort), ("6.1", Termijn.Kort), ("6.2", Termijn.Lang), ("7.1", Termijn.Lang)],
            Plan.Acties.Select(a => (a.Id, a.Termijn)));
    }

    [Fact]
    public void Funding_statuses_say_no_more_than_the_seed()
    {
        Assert.Equal(
            [("3.1", FinancieringsStatus.Geregeld), ("3.2", FinancieringsStatus.DeelsGeregeld), ("4.1", FinancieringsStatus.BestaandeMiddelen),
             ("4.2", FinancieringsStatus.DeelsGeregeld), ("5.1", FinancieringsStatus.BestaandeMiddelen), ("5.2", FinancieringsStatus.BestaandeMiddelen),
             ("6.1", FinancieringsStatus.Verwacht), ("6.2", FinancieringsStatus.NogTeVinden), ("7.1", FinancieringsStatus.NogTeVinden)],
            Plan.Acties.Select(a => (a.Id, a.Financiering.Status)));
        Assert.Contains("projectopzet", Actie("3.2").Financiering.Toelichting, StringComparison.Ordinal);
        Assert.Equal(["rijk"], Actie("6.1").Financiering.Financiers);
        Assert.False(FinancieringsStatus.DeelsGeregeld.IsUitgewerkt());
        Assert.True(FinancieringsStatus.Geregeld.IsUitgewerkt());
    }

    [Fact]
    public void The_plan_is_loaded_once_and_shared() => Assert.Same(BundledPlans.ZuidKennemerland, BundledPlans.ZuidKennemerland);
}
