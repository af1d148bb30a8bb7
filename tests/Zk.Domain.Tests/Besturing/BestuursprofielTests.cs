using Zk.Domain.Besturing;
using Zk.Domain.Documenten;
using Zk.Domain.Inplannen;
using Zk.Domain.Regels;
using Zk.Domain.Tijd;
using Zk.Domain.Verloop;
using Zk.Domain.Werkplannen;

namespace Zk.Domain.Tests.Besturing;

/// <summary>
/// Another region's governance expressed as data (issue 13): a startnotitie, a concept, a round of zienswijzen by every
/// council, adoption of the draft by the regional board, then the decision by every council; meetings called
/// Regiopodium that hold one agenda item. The plan loads, validates by its profile's ranks and interim flags, and
/// schedules without the every-council and board stages taking a Regiopodium's agenda item.
/// </summary>
public class BestuursprofielTests
{
    // The profile as the document states it; two actions, each with a concept and a decision not yet planned.
    private const string Document = """
        {
          "formaat": "zk-werkplan/2",
          "id": "west-2024",
          "titel": "Werkplan West 2024-2025",
          "regio": "West",
          "looptijd": { "begin": "2024-01-01", "einde": "2025-12-31" },
          "profiel": {
            "id": "west",
            "naam": "Regio West",
            "fasen": [
              { "id": "startnotitie", "naamNl": "startnotitie", "naamEn": "scope note", "afkorting": "S", "rang": 0, "actor": "bijeenkomst" },
              { "id": "concept", "naamNl": "concept", "naamEn": "draft", "afkorting": "C", "rang": 1, "tussentijds": true, "actor": "bijeenkomst" },
              { "id": "zienswijzen", "naamNl": "zienswijzen", "naamEn": "views of the councils", "afkorting": "Z", "rang": 2, "actor": "elke-raad" },
              { "id": "ab-vaststelling", "naamNl": "vaststelling door het algemeen bestuur", "naamEn": "adoption by the board", "afkorting": "AB", "rang": 3, "actor": "regiobestuur" },
              { "id": "besluitvorming", "naamNl": "besluitvorming", "naamEn": "decision", "afkorting": "BV", "rang": 4, "actor": "elke-raad" }
            ],
            "besluitfase": "besluitvorming",
            "vereisteFasen": ["concept", "zienswijzen", "ab-vaststelling"],
            "bijeenkomstsoorten": [
              { "id": "regiopodium", "naamNl": "Regiopodium", "naamEn": "Regional podium", "standaardCapaciteit": 1 },
              { "id": "werksessie", "naamNl": "werksessie", "naamEn": "working session" }
            ]
          },
          "deelnemers": ["a", "b", "c"],
          "partijen": [
            { "id": "a", "naam": "Aduin", "soort": "gemeente" },
            { "id": "b", "naam": "Bewijk", "soort": "gemeente" },
            { "id": "c", "naam": "Cemond", "soort": "gemeente" }
          ],
          "hoofdopgaven": [{ "id": "wonen", "naam": "Wonen" }],
          "acties": [
            {
              "id": "1", "nummer": 1, "titel": "Woningen", "hoofdopgave": "wonen", "termijn": "lang",
              "trekkerschap": { "bestuurlijk": ["a"], "ambtelijk": ["a"] },
              "projectorganisatie": "alle-deelnemers",
              "resultaten": [{ "id": "1-r1", "omschrijving": "Woonprogramma vastgesteld" }],
              "financiering": { "status": "bestaande-middelen" },
              "raadsmomenten": [{ "fase": "concept", "kwartaal": "n.t.b." }, { "fase": "besluitvorming", "kwartaal": "n.t.b." }]
            },
            {
              "id": "2", "nummer": 2, "titel": "Huisvesting", "hoofdopgave": "wonen", "termijn": "kort",
              "trekkerschap": { "bestuurlijk": ["b"], "ambtelijk": ["b"] },
              "projectorganisatie": "alle-deelnemers",
              "resultaten": [{ "id": "2-r1", "omschrijving": "Afspraken gemaakt" }],
              "financiering": { "status": "bestaande-middelen" },
              "raadsmomenten": [{ "fase": "concept", "kwartaal": "n.t.b." }, { "fase": "besluitvorming", "kwartaal": "n.t.b." }]
            }
          ],
          "radenbijeenkomsten": [
            { "id": "rp-1", "datum": "2024-02-01", "soort": "regiopodium" },
            { "id": "rp-2", "datum": "2024-05-02", "soort": "regiopodium" },
            { "id": "rp-3", "datum": "2024-09-05", "soort": "regiopodium" },
            { "id": "ws-1", "datum": "2024-10-10", "soort": "werksessie", "capaciteit": 0 },
            { "id": "rp-4", "datum": "2024-11-07", "soort": "regiopodium" },
            { "id": "rp-5", "datum": "2025-02-06", "soort": "regiopodium" },
            { "id": "rp-6", "datum": "2025-05-08", "soort": "regiopodium" },
            { "id": "rp-7", "datum": "2025-09-04", "soort": "regiopodium" }
          ]
        }
        """;

    private static readonly Werkplan West = WerkplanDocument.Parse(Document);

    private static Fase F(string id) => new(id);

    private static Werkplan MetMomenten(Werkplan plan, params (string Fase, string Kwartaal)[] momenten) =>
        plan with
        {
            Acties = plan.Acties.SetItem(0, plan.Acties[0] with
            {
                Raadsmomenten = [.. momenten.Select(m => new Raadsmoment { Fase = F(m.Fase), Kwartaal = Kwartaal.Parse(m.Kwartaal) })],
            }),
        };

    private static IEnumerable<string> Fouten(Werkplan plan) =>
        plan.Validate().Where(b => b.Severity == FindingSeverity.Error).Select(b => $"{b.Code} {b.Path}");

    [Fact]
    public void The_profile_loads_from_the_document_and_round_trips()
    {
        var profiel = West.Profiel;
        Assert.Equal("west", profiel.Id);
        Assert.Equal(["startnotitie", "concept", "zienswijzen", "ab-vaststelling", "besluitvorming"], profiel.Fasen.Select(f => f.Id));
        Assert.Equal(FaseActor.ElkeRaad, profiel.Actor(F("zienswijzen")));
        Assert.Equal(FaseActor.Regiobestuur, profiel.Actor(F("ab-vaststelling")));
        Assert.True(profiel.IsBesluit(F("besluitvorming")));
        Assert.False(profiel.IsAgendapunt(F("zienswijzen")));
        Assert.False(profiel.IsAgendapunt(F("ab-vaststelling")));
        Assert.True(profiel.IsAgendapunt(F("concept")));
        Assert.Equal("Regiopodium", profiel.BijeenkomstNaam("regiopodium", Taal.Nl));
        Assert.Equal("Regional podium", profiel.BijeenkomstNaam(null, Taal.En));
        Assert.Equal("views of the councils", profiel.FaseNaam(F("zienswijzen"), Taal.En));
        Assert.Equal(1, profiel.Bijeenkomstsoort("regiopodium")!.StandaardAgendaruimte);
        Assert.Equal("werksessie", West.Radenbijeenkomsten[3].Soort);

        Assert.Equal(West, WerkplanDocument.Parse(WerkplanDocument.SaveToString(West)));
        Assert.Contains("\"profiel\": {", WerkplanDocument.SaveToString(West), StringComparison.Ordinal);
    }

    [Fact]
    public void The_plan_validates_without_errors_by_its_own_profile_and_zuid_kennemerland_s_would_not_know_its_stages()
    {
        Assert.Empty(Fouten(West));
        var metZienswijzen = MetMomenten(West, ("concept", "2024-Q2"), ("zienswijzen", "2024-Q3"), ("besluitvorming", "2025-Q1"));
        Assert.Empty(Fouten(metZienswijzen));

        // Read by Zuid-Kennemerland's profile, zienswijzen is no stage at all (concept and besluitvorming are).
        // (Its Regiopodia are no kind of meeting there either: ZK002, left out here.)
        var bijZk = Fouten(metZienswijzen with { Profiel = Bestuursprofiel.ZuidKennemerland, Radenbijeenkomsten = [] }).ToList();
        Assert.Equal([$"{Regelcatalogus.ZK104} acties[0].raadsmomenten[1]"], bijZk);
    }

    [Fact]
    public void ZK040_orders_the_stages_by_the_profile_s_ranks()
    {
        var volgorde = MetMomenten(
            West,
            ("startnotitie", "2024-Q1"), ("concept", "2024-Q2"), ("zienswijzen", "2024-Q3"), ("ab-vaststelling", "2024-Q4"), ("besluitvorming", "2025-Q1"));
        Assert.Empty(Fouten(volgorde));

        // Zienswijzen (rank 2) before the concept (rank 1) it gives views on.
        var omgekeerd = MetMomenten(West, ("concept", "2024-Q3"), ("zienswijzen", "2024-Q2"), ("besluitvorming", "2025-Q1"));
        Assert.Contains($"{Regelcatalogus.ZK040} acties[0].raadsmomenten[1]", Fouten(omgekeerd));

        // The same moments by a profile that gives zienswijzen no rank: nothing out of order.
        var zonderRang = omgekeerd with
        {
            Profiel = West.Profiel with
            {
                Fasen = West.Profiel.Fasen.SetItem(2, West.Profiel.Fasen[2] with { Rang = null }),
            },
        };
        Assert.DoesNotContain(Fouten(zonderRang), f => f.StartsWith(Regelcatalogus.ZK040, StringComparison.Ordinal));
    }

    [Fact]
    public void ZK041_asks_for_an_interim_stage_as_the_profile_marks_them()
    {
        // A startnotitie is no interim discussion in this profile: the decision has none before it.
        var zonder = MetMomenten(West, ("startnotitie", "2024-Q1"), ("besluitvorming", "2024-Q3"));
        Assert.Contains($"{Regelcatalogus.ZK041} acties[0].raadsmomenten[1]", Fouten(zonder));

        // A profile that counts the startnotitie as interim: the same plan has its discussion.
        var tussentijds = zonder with { Profiel = West.Profiel with { Fasen = West.Profiel.Fasen.SetItem(0, West.Profiel.Fasen[0] with { IsTussentijds = true }) } };
        Assert.DoesNotContain(Fouten(tussentijds), f => f.StartsWith(Regelcatalogus.ZK041, StringComparison.Ordinal));

        // A profile that requires no interim stage: no ZK041 at all.
        var zonderEis = zonder with { Profiel = West.Profiel with { VereisteFasen = [F("ab-vaststelling")] } };
        Assert.DoesNotContain(Fouten(zonderEis), f => f.StartsWith(Regelcatalogus.ZK041, StringComparison.Ordinal));
    }

    [Fact]
    public void The_planner_adds_the_required_stages_and_only_the_joint_meeting_s_stages_take_its_agenda_item()
    {
        var kalender = new Vergaderkalender { Radenbijeenkomsten = West.Radenbijeenkomsten };
        var planning = Planner.Schedule(West, kalender);

        Assert.Empty(planning.Onplanbaar);
        Assert.Equal(8, planning.Toewijzingen.Count);
        foreach (var actie in new[] { "1", "2" })
        {
            var keten = planning.Toewijzingen.Where(t => t.Actie == actie).ToList();
            Assert.Equal(["concept", "zienswijzen", "ab-vaststelling", "besluitvorming"], keten.Select(t => t.Fase.Id));
            Assert.Equal([false, true, true, false], keten.Select(t => t.Status == ToewijzingStatus.Toegevoegd));
            Assert.True(keten.Zip(keten.Skip(1)).All(p => p.First.Datum < p.Second.Datum), "each stage in a later meeting");
        }

        // No meeting holds more items than its kind's capacity (one); the werksessie (capacity 0) holds none.
        var perBijeenkomst = planning.Toewijzingen.GroupBy(t => t.Radenbijeenkomst).ToList();
        Assert.All(perBijeenkomst, g => Assert.True(g.Count(t => West.Profiel.IsAgendapunt(t.Fase)) <= 1, g.Key));
        Assert.DoesNotContain(planning.Toewijzingen, t => t.Radenbijeenkomst == "ws-1" && West.Profiel.IsAgendapunt(t.Fase));
        Assert.Contains(perBijeenkomst, g => g.Count() > 1); // a meeting dates more moments than it has items for
        Assert.DoesNotContain(planning.ApplyTo(West).Validate(new ValidationOptions { Kalender = kalender }), b => b.Severity == FindingSeverity.Error);

        // The same plan where every stage is on the joint meeting's agenda: seven items do not hold eight moments.
        var allesGezamenlijk = West with
        {
            Profiel = West.Profiel with { Fasen = [.. West.Profiel.Fasen.Select(f => f with { Actor = FaseActor.Bijeenkomst })] },
        };
        Assert.NotEmpty(Planner.Schedule(allesGezamenlijk, kalender).Onplanbaar);
    }

    [Fact]
    public void A_stage_every_council_acts_on_leaves_them_the_decision_time_before_the_deadline()
    {
        // The deadline falls 20 days after the last Regiopodium: zienswijzen there would leave the councils too little time.
        var kalender = new Vergaderkalender { Radenbijeenkomsten = West.Radenbijeenkomsten };
        var beleid = new Governancebeleid { Deadlines = [new Deadline("1", new NodaTime.LocalDate(2024, 11, 27))] };
        var planning = Planner.Schedule(West, kalender, beleid);
        // Both stages every council acts on (zienswijzen, the decision) leave the councils their decision time; neither
        // takes an agenda item, so the decision may be dated by the working session that holds no items.
        var elkeRaad = planning.Toewijzingen.Where(t => t.Actie == "1" && West.Profiel.Actor(t.Fase) == FaseActor.ElkeRaad).ToList();
        Assert.Equal([F("zienswijzen"), F("besluitvorming")], elkeRaad.Select(t => t.Fase));
        Assert.All(elkeRaad, t => Assert.True(t.Datum.PlusDays(beleid.BesluitvormingstermijnInDagen) <= new NodaTime.LocalDate(2024, 11, 27), t.ToString()));
        Assert.DoesNotContain(planning.Onplanbaar, o => o.Actie == "1");
    }

    [Fact]
    public void The_run_takes_the_profile_s_decision_to_every_council()
    {
        var kalender = new Vergaderkalender { Radenbijeenkomsten = West.Radenbijeenkomsten };
        var planning = Planner.Schedule(West, kalender);
        var verslag = PlanRun.Run(West, planning);
        Assert.Equal(6, verslag.Gebeurtenissen.OfType<RaadBesloten>().Count());
        Assert.Equal(["1", "2"], verslag.Gebeurtenissen.OfType<VoorstelVastgesteld>().Select(v => v.Actie).Order(StringComparer.Ordinal));
        Assert.All(verslag.Eind.Acties, a => Assert.Equal(ActieStatus.Vastgesteld, a.Status));
    }

    [Fact]
    public void Messages_name_the_meeting_by_the_profile_s_kind_and_count_only_its_agenda_items()
    {
        // Both concepts at the first Regiopodium (its kind holds one item): ZK060 names the Regiopodium.
        Werkplan Op(string fase) => West with
        {
            Acties = [.. West.Acties.Select(a => a with { Raadsmomenten = [new Raadsmoment { Fase = F(fase), Kwartaal = Kwartaal.Parse("2024-Q1"), Radenbijeenkomst = "rp-1" }] })],
        };
        var vol = Op("concept").Validate(new ValidationOptions { Taal = Taal.Nl }).Single(b => b.Code == Regelcatalogus.ZK060);
        Assert.Equal("radenbijeenkomsten[0]", vol.Path);
        Assert.Contains("Regiopodium 'rp-1' heeft 2 agendapunten; de capaciteit is 1", vol.Message, StringComparison.Ordinal);

        // Two rounds of zienswijzen dated by the same Regiopodium take none of its items.
        Assert.DoesNotContain(Op("zienswijzen").Validate(), b => b.Code == Regelcatalogus.ZK060);

        // The planner's explanation names the profile's meeting and stage.
        var kalender = new Vergaderkalender { Radenbijeenkomsten = West.Radenbijeenkomsten };
        var beleid = new Governancebeleid { Deadlines = [new Deadline("1", new NodaTime.LocalDate(2024, 3, 1))] };
        var onplanbaar = Planner.Schedule(West, kalender, beleid).Onplanbaar.First(o => o.Actie == "1" && o.Reden == OnplanbaarReden.Deadline);
        Assert.Contains("geen Regiopodium meer", onplanbaar.Melding(Taal.Nl, West.Profiel), StringComparison.Ordinal);
        Assert.Contains("No Regional podium remains", onplanbaar.Melding(Taal.En, West.Profiel), StringComparison.Ordinal);
    }

    [Fact]
    public void The_profile_s_ids_are_unique_and_a_meeting_s_kind_is_one_of_them()
    {
        var dubbel = West with { Profiel = West.Profiel with { Fasen = West.Profiel.Fasen.Add(West.Profiel.Fasen[1]) } };
        Assert.Contains($"{Regelcatalogus.ZK001} profiel.fasen[5].id", Fouten(dubbel));

        var onbekend = West with { Radenbijeenkomsten = West.Radenbijeenkomsten.SetItem(0, West.Radenbijeenkomsten[0] with { Soort = "regiocongres" }) };
        Assert.Equal([$"{Regelcatalogus.ZK002} radenbijeenkomsten[0].soort"], Fouten(onbekend));
    }

    [Fact]
    public void The_sample_shows_the_profile_s_stages_meeting_kind_and_added_stages()
    {
        var pad = Sample.SampleCli.TempFile(Document);
        // The plan has its own meetings in its period: the sample schedules and runs on them (issue 13).
        var (exit, schema, _) = Sample.SampleCli.Run("schedule", pad);
        Assert.Equal(0, exit);
        Assert.Contains("zienswijzen     toegevoegd: vereist vóór het besluit", schema, StringComparison.Ordinal);
        Assert.Contains("2024-09-05  rp-3  (0/1)", schema, StringComparison.Ordinal); // only zienswijzen and the board's adoption: no item

        var (_, verloop, _) = Sample.SampleCli.Run("run", pad, "--lang", "en");
        Assert.Contains("Regional podium rp-1", verloop, StringComparison.Ordinal);
        Assert.Contains("working session ws-1", verloop, StringComparison.Ordinal);
        Assert.Contains("Z = views of the councils", verloop, StringComparison.Ordinal);
        Assert.Contains("adoption by the board", verloop, StringComparison.Ordinal);
    }
}
