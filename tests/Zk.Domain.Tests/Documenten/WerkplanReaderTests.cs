using System.Text;
using System.Text.Json.Nodes;
using NodaTime;
using Zk.Domain.Besturing;
using Zk.Domain.Bundled;
using Zk.Domain.Documenten;
using Zk.Domain.Documenten.Json;
using Zk.Domain.Partijen;
using Zk.Domain.Synthetisch;
using Zk.Domain.Tijd;
using Zk.Domain.Werkplannen;
using Zk.Domain.Wisselwerkingen;

namespace Zk.Domain.Tests.Documenten;

/// <summary>
/// The one reader against the writer: every field the writer writes is read back, in any order, with escapes;
/// what the format allows is read and what it refuses is refused.
/// </summary>
public class WerkplanReaderTests
{
    private static (bool Ok, Werkplan? Plan, DocumentError? Error) Read(byte[] bytes)
    {
        var ok = WerkplanDocument.TryLoad(bytes, out var plan, out var error);
        Assert.Equal(ok, plan is not null);
        Assert.Equal(ok, error is null);
        return (ok, plan, error);
    }

    private static byte[] Utf8(string json) => Encoding.UTF8.GetBytes(json);

    [Fact]
    public void The_bundled_document_is_read()
    {
        using var stream = BundledPlans.OpenZuidKennemerlandDocument();
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        var read = Read(buffer.ToArray());
        Assert.True(read.Ok, read.Error?.ToString());
        Assert.Equal(BundledPlans.ZuidKennemerland, read.Plan);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Synthetic_plans_are_read_as_saved(int seed)
    {
        var plan = SyntheticPlan.Generate(200, seed);
        var read = Read(WerkplanDocument.Save(plan));
        Assert.True(read.Ok, read.Error?.ToString());
        Assert.Equal(plan, read.Plan);
    }

    [Fact]
    public void The_valid_example_with_only_required_fields_is_read()
    {
        var read = Read(Utf8(Examples.Valid));
        Assert.True(read.Ok, read.Error?.ToString());
        var plan = read.Plan!;
        Assert.Equal(["a", "b", "c"], plan.Deelnemers);
        Assert.True(plan.Acties[1].Projectorganisatie.IsAlleDeelnemers);
        Assert.Equal(["a", "b", "c"], plan.Acties[0].Projectorganisatie.Partijen);
        Assert.Null(plan.Agenda);
        Assert.False(plan.Acties[0].AlLopend);
        Assert.Equal(new Kwartaal(2025, 4), plan.Acties[1].Resultaten[0].Gereed);
        Assert.Equal(2, plan.Koppelkansen[0].Sterkte);
    }

    // Every field of the format with a value that differs from its default, so that a field read into the
    // wrong place or not read at all shows.
    private static Werkplan FullPlan()
    {
        var trekkerschap = new Trekkerschap
        {
            Bestuurlijk = ["a", "b"], Ambtelijk = ["c"], Regie = "prov", Partners = ["prov", "rijk"], Toelichting = "duo",
        };
        return new Werkplan
        {
            Id = "vol",
            Titel = "Volledig",
            Regio = "Overal",
            Agenda = "Agenda",
            Looptijd = new DateInterval(new LocalDate(2024, 2, 29), new LocalDate(2026, 12, 31)),
            Convenant = new Convenant { Naam = "Convenant", Ondertekend = new LocalDate(2023, 12, 1), Toelichting = "getekend" },
            Profiel = Bestuursprofiel.ZuidKennemerland with
            {
                Id = "regio",
                Naam = "Regio",
                Bijeenkomstsoorten =
                [
                    .. Bestuursprofiel.ZuidKennemerland.Bijeenkomstsoorten,
                    new Bijeenkomstsoort { Id = "regiopodium", NaamNl = "Regiopodium", NaamEn = "Regional podium", StandaardAgendaruimte = 4 },
                ],
                Regels =
                [
                    new Profielregel { Code = "ZK013", Stand = Regelstand.Error },
                    new Profielregel { Code = "ZK012", Stand = Regelstand.Info },
                    new Profielregel { Code = "ZK043", Stand = Regelstand.Uit },
                    new Profielregel { Code = "ZK052", Stand = Regelstand.Warning },
                ],
                Plancapaciteit = new Plancapaciteit { Aantal = 3, Telt = Capaciteitseenheid.Hoofdopgaven },
            },
            Plancapaciteit = 12,
            Deelnemers = ["a", "b", "c"],
            Lidmaatschappen =
            [
                new Lidmaatschap { Partij = "b", TotEnMet = new LocalDate(2025, 6, 30), Opvolger = "c" },
                new Lidmaatschap { Partij = "c", Vanaf = new LocalDate(2025, 7, 1) },
            ],
            Raadsvergaderingen = [new Raadsvergadering { Gemeente = "a", Datum = new LocalDate(2025, 10, 16) }],
            Partijen =
            [
                new Partij { Id = "a", Naam = "A", Soort = PartijSoort.Gemeente, Tooi = "https://identifier.overheid.nl/tooi/id/gemeente/gm0001" },
                new Partij { Id = "prov", Naam = "Provincie", Soort = PartijSoort.Provincie },
                new Partij { Id = "rijk", Naam = "Rijk", Soort = PartijSoort.Rijk },
                new Partij { Id = "ws", Naam = "Waterschap", Soort = PartijSoort.Waterschap },
                new Partij { Id = "org", Naam = "Org", Soort = PartijSoort.Organisatie },
                new Partij { Id = "reg", Naam = "Regio", Soort = PartijSoort.Regio },
            ],
            Uitgangspunten = [new Uitgangspunt { Id = "u1", Titel = "Urgentie", Toelichting = "eerst" }],
            Hoofdopgaven = [new Hoofdopgave { Id = "h1", Naam = "Wonen", Titel = "Meer wonen", Hoofdstuk = 4 }],
            Acties =
            [
                new Actie
                {
                    Id = "1.1",
                    Nummer = 7,
                    Titel = "Actie",
                    Hoofdopgave = "h1",
                    Aanleiding = "Waarom",
                    Inhoud = "Wat",
                    Termijn = Termijn.Lang,
                    TermijnAfleiding = "lang: scherpe keuzes",
                    AlLopend = true,
                    Trekkerschap = trekkerschap,
                    Projectorganisatie = new[] { "b", "a" },
                    Deelacties =
                    [
                        new Deelactie { Id = "1.1-a", Titel = "Deel", Omschrijving = "deel a", Trekkerschap = trekkerschap with { Regie = null }, Betrokkenen = ["org"] },
                        new Deelactie { Id = "1.1-b", Titel = "Deel b" },
                    ],
                    Resultaten =
                    [
                        new Resultaat { Id = "1.1-r1", Omschrijving = "Klaar", Deelactie = "1.1-a", Gereed = new Kwartaal(2025, 3) },
                        new Resultaat { Id = "1.1-r2", Omschrijving = "Later", GereedJaar = 2027, Kader = "Woonakkoord" },
                    ],
                    Doelen =
                    [
                        new Doel
                        {
                            Id = "1.1-d1", Omschrijving = "Woningen", Waarde = -1234.5600m, Eenheid = "woningen", Minimaal = true,
                            VanafJaar = 2021, TotEnMetJaar = 2030, Kader = "Woonakkoord",
                        },
                    ],
                    Financiering = new Financiering
                    {
                        Status = FinancieringsStatus.NogTeVinden, Financiers = ["rijk"], ClaimOpMiddelen = true, Toelichting = "subsidie",
                    },
                    Raadsmomenten =
                    [
                        new Raadsmoment
                        {
                            Fase = Fase.Versie80,
                            Kwartaal = new Kwartaal(2025, 4),
                            Radenbijeenkomst = "rb1",
                            Bronnen = [new Bronvermelding { Bron = "H8 tabel", Kwartaal = new Kwartaal(2025, 2), Citaat = "Q2" }],
                            Toelichting = "tussenversie",
                            Afgeleid = new Afleiding { Soort = AfleidingSoort.Kwartaal, Reden = "medio" },
                        },
                        new Raadsmoment { Fase = Fase.Evaluatie },
                    ],
                    Voorwaarden =
                    [
                        new Voorwaarde
                        {
                            Soort = VoorwaardeSoort.UitersteDatum, Omschrijving = "subsidie", Uiterlijk = new LocalDate(2026, 12, 31),
                            Bron = new Bronvermelding { Bron = "§1.1", Citaat = "t/m 2026" },
                        },
                    ],
                },
                new Actie
                {
                    Id = "1.2",
                    Nummer = 8,
                    Titel = "Tweede",
                    Hoofdopgave = "h1",
                    Termijn = Termijn.Kort,
                    Trekkerschap = new Trekkerschap(),
                    Projectorganisatie = Projectorganisatie.AlleDeelnemers,
                    Financiering = Financiering.Bestaand,
                },
            ],
            Koppelkansen =
            [
                new Koppelkans
                {
                    Id = "K1", Titel = "Samen", Omschrijving = "versterkt", Van = Verwijzing.NaarActie("1.1"), Naar = Verwijzing.NaarHoofdopgave("h1"), Sterkte = 3,
                },
            ],
            Vraagstukken =
            [
                new BestuurlijkVraagstuk
                {
                    Id = "V1", Titel = "Botsing", Omschrijving = "kiezen", Van = Verwijzing.NaarHoofdopgave("h1"), Naar = Verwijzing.NaarActie("1.2"), Sterkte = -3,
                },
            ],
            Radenbijeenkomsten = [new Radenbijeenkomst { Id = "rb1", Datum = new LocalDate(2025, 10, 2), Soort = "regiopodium", Agendaruimte = 5, Toelichting = "Regiopodium" }],
            Totstandkoming = [new Raadsmoment { Fase = Fase.Besluitvorming, Kwartaal = new Kwartaal(2024, 1), Toelichting = "vastgesteld" }],
            Voorbehouden = [new Voorbehoud { Betreft = VoorbehoudBetreft.Planning, Bron = "H8", Citaat = "indicatie", Toelichting = "geen afspraak" }],
            Akkoorden =
            [
                new Akkoord
                {
                    Id = "wa", Naam = "Woonakkoord", VanafJaar = 2021, TotEnMetJaar = 2025, Acties = ["1.1"],
                    Vaststellingen = [new Vaststelling { Onderdeel = "Uitvoeringsagenda", Orgaan = Bestuursorgaan.College, Gemeenten = ["a"], Bron = new Bronvermelding { Bron = "§5" } }],
                    Afspraken = [new Afspraak { Omschrijving = "jaarlijks", Orgaan = Bestuursorgaan.Portefeuillehoudersoverleg, Gemeenten = ["a"], Jaar = 2023, Bron = new Bronvermelding { Bron = "§5" } }],
                },
            ],
            OverigeProjecten = [new OverigProject { Id = "p1", Titel = "SBAB", Hoofdopgave = "h1", Omschrijving = "info", Bron = "§7.2", Toelichting = "los" }],
        };
    }

    [Fact]
    public void Every_field_of_the_format_is_read()
    {
        var plan = FullPlan();
        var read = Read(WerkplanDocument.Save(plan));
        Assert.True(read.Ok, read.Error?.ToString());
        Assert.Equal(plan, read.Plan);
    }

    [Fact]
    public void Every_field_of_the_description_is_written_for_the_full_plan()
    {
        // A field the writer leaves out (or the reader drops) would make FullPlan lose a value; this pins that the
        // plan indeed sets every field of every element the description has.
        var json = JsonNode.Parse(WerkplanDocument.Save(FullPlan()))!;
        var seen = new HashSet<(string Element, string Veld)>();
        void Walk(JsonNode? node, Element element)
        {
            if (node is not JsonObject o)
            {
                return;
            }

            foreach (var veld in element.AlleVelden)
            {
                if (o[veld.Naam] is { } value)
                {
                    seen.Add((element.Naam, veld.Naam));
                    foreach (var inner in veld.Elementen)
                    {
                        if (value is JsonArray items)
                        {
                            foreach (var item in items)
                            {
                                Walk(item, inner);
                            }
                        }
                        else
                        {
                            Walk(value, inner);
                        }
                    }
                }
            }
        }

        Walk(json, WerkplanFormaat.Werkplan);
        var all = WerkplanSchema.Reachable(WerkplanFormaat.Werkplan)
            .SelectMany(e => e.AlleVelden.Select(v => (e.Naam, v.Naam)))
            .Where(f => f != ("werkplan", "$schema"))
            .ToHashSet();
        Assert.Empty(all.Except(seen));
    }

    // Every object with its fields in reverse order.
    private static JsonNode? Reversed(JsonNode? node) => node switch
    {
        JsonObject o => new JsonObject(o.Reverse().Select(p => KeyValuePair.Create(p.Key, Reversed(p.Value)))),
        JsonArray a => new JsonArray([.. a.Select(Reversed)]),
        _ => node?.DeepClone(),
    };

    [Fact]
    public void Fields_in_any_order_are_read()
    {
        var plan = FullPlan();
        var bytes = Utf8(Reversed(JsonNode.Parse(WerkplanDocument.Save(plan)))!.ToJsonString());

        var read = Read(bytes);
        Assert.True(read.Ok, read.Error?.ToString());
        Assert.Equal(plan, read.Plan);
    }

    [Fact]
    public void A_byte_order_mark_is_skipped()
    {
        var plan = FullPlan();
        byte[] bytes = [.. WerkplanDocument.Utf8Bom, .. WerkplanDocument.Save(plan)];
        Assert.Equal(plan, WerkplanDocument.Load(bytes));

        // One mark only: a second is not JSON.
        byte[] twice = [.. WerkplanDocument.Utf8Bom, .. bytes];
        Assert.False(Read(twice).Ok);
    }

    private static string Replace(string json, string from, string to)
    {
        Assert.Contains(from, json, StringComparison.Ordinal);
        return json.Replace(from, to, StringComparison.Ordinal);
    }

    [Fact]
    public void Escaped_text_is_decoded()
    {
        var json = Replace(Examples.Valid, "\"titel\": \"Woningen\"", "\"titel\": \"Wo\\u00e9ningen \\\"\\\\ \\ud83d\\udeb2\"");
        json = Replace(json, "\"deelnemers\": [\"a\", \"b\", \"c\"]", "\"deelnemers\": [\"\\u0061\", \"b\", \"c\"]");
        var read = Read(Utf8(json));

        Assert.True(read.Ok, read.Error?.ToString());
        Assert.Equal("Woéningen \"\\ 🚲", read.Plan!.Acties[0].Titel);
        Assert.Equal<IEnumerable<string>>(["a", "b", "c"], read.Plan.Deelnemers);
    }

    public static TheoryData<string, string> EscapedNames => new()
    {
        { "\"titel\": \"Werkplan West 2024-2025\"", "\"\\u0074itel\": \"Werkplan West 2024-2025\"" },
        { "\"termijn\": \"kort\"", "\"termijn\": \"\\u006bort\"" },
        { "\"begin\": \"2024-01-01\"", "\"begin\": \"\\u0032024-01-01\"" },
        { "\"kwartaal\": \"2024-Q2\"", "\"kwartaal\": \"2024-\\u00512\"" },
        { "\"kwartaal\": \"n.t.b.\"", "\"kwartaal\": \"n.t.b\\u002e\"" },
        { "\"formaat\": \"zk-werkplan/1\"", "\"formaat\": \"zk-werkplan\\/1\"" },
        { "\"projectorganisatie\": \"alle-deelnemers\"", "\"projectorganisatie\": \"alle\\u002ddeelnemers\"" },
    };

    [Theory]
    [MemberData(nameof(EscapedNames))]
    public void Escaped_names_and_values_load_as_their_plain_form(string from, string to)
    {
        var bytes = Utf8(Replace(Examples.Valid, from, to));

        Assert.True(WerkplanDocument.TryLoad(bytes, out var plan, out var error), error?.ToString());
        Assert.Equal(WerkplanDocument.Parse(Examples.Valid), plan);
    }

    public static TheoryData<string, string, bool> Variants => new()
    {
        // What the format allows.
        { "\"regio\": \"West\",", "\"regio\": \"West\", \"agenda\": null,", true },
        { "\"regio\": \"West\",", "\"regio\": \"West\", \"$schema\": null,", true },
        { "\"regio\": \"West\",", "\"regio\": \"West\", \"capaciteit\": null, \"convenant\": null,", true },
        { "\"sterkte\": 2", "\"sterkte\": null", true },
        { "\"gereed\": \"2025-Q4\"", "\"gereed\": null", true },
        { "\"regio\": \"West\",", "\"regio\": \"West\", \"$schema\": \"https://example.org/schema\",", true },
        { "\"nummer\": 2,", "\"nummer\": -0,", true },
        { "\"nummer\": 2,", "\"nummer\": 2147483647,", true },
        { "\"sterkte\": 2", "\"sterkte\": -3", true },
        { "\"einde\": \"2025-12-31\"", "\"einde\": \"2024-01-01\"", true },
        { "\"begin\": \"2024-01-01\"", "\"begin\": \"2024-02-29\"", true },
        { "\"begin\": \"2024-01-01\"", "\"begin\": \"0001-01-01\"", true },
        { "\"einde\": \"2025-12-31\"", "\"einde\": \"9999-12-31\"", true },
        { "\"kwartaal\": \"2024-Q2\"", "\"kwartaal\": \"0001-Q1\"", true },
        { "\"gereed\": \"2025-Q4\"", "\"gereed\": \"9999-Q4\"", true },
        { "\"sterkte\": 2", "\"sterkte\": 3", true },
        { "\"sterkte\": 2", "\"sterkte\": 0", true },
        { "\"projectorganisatie\": [\"a\", \"b\", \"c\"]", "\"projectorganisatie\": []", true },
        { "\"deelnemers\": [\"a\", \"b\", \"c\"]", "\"deelnemers\": []", true },

        // What the format refuses.
        { "\"regio\": \"West\",", "\"regio\": \"West\", \"uitgangspunten\": null,", false },
        { "\"termijn\": \"kort\",", "\"termijn\": \"kort\", \"alLopend\": null,", false },
        { "\"projectorganisatie\": \"alle-deelnemers\"", "\"projectorganisatie\": null", false },
        { "\"termijn\": \"kort\"", "\"termijn\": \"kort \"", false },
        { "\"status\": \"nog-te-vinden\"", "\"status\": 2", false },
        { "\"nummer\": 2,", "\"nummer\": 2147483648,", false },
        { "\"nummer\": 2,", "\"nummer\": 2.0,", false },
        { "\"nummer\": 2,", "\"nummer\": 2e0,", false },
        { "\"sterkte\": 2", "\"sterkte\": -4", false },
        { "\"sterkte\": 2", "\"sterkte\": 2.0", false },
        { "\"begin\": \"2024-01-01\"", "\"begin\": \"2023-02-29\"", false },
        { "\"begin\": \"2024-01-01\"", "\"begin\": \"2024-1-01\"", false },
        { "\"begin\": \"2024-01-01\"", "\"begin\": \"2024-01-01 \"", false },
        { "\"begin\": \"2024-01-01\"", "\"begin\": \"2024/01/01\"", false },
        { "\"begin\": \"2024-01-01\"", "\"begin\": \"2024-13-01\"", false },
        { "\"kwartaal\": \"2024-Q2\"", "\"kwartaal\": \"0000-Q2\"", false },
        { "\"kwartaal\": \"2024-Q2\"", "\"kwartaal\": \"2024-q2\"", false },
        { "\"kwartaal\": \"2024-Q2\"", "\"kwartaal\": \"2024-Q0\"", false },
        { "\"kwartaal\": \"2024-Q2\"", "\"kwartaal\": \"N.T.B.\"", false },
        { "\"gereed\": \"2025-Q4\"", "\"gereed\": \"n.t.b.\"", false },
        { "\"status\": \"bestaande-middelen\"", "\"status\": \"bestaandeMiddelen\"", false },
        { "\"soort\": \"actie\"", "\"soort\": \"acties\"", false },
        { "\"fase\": \"versie50\"", "\"fase\": \"versie-50\"", false },
        { "\"formaat\": \"zk-werkplan/1\"", "\"formaat\": \"zk-werkplan/1 \"", false },
        { "\"formaat\": \"zk-werkplan/1\",", "", false },
        { "\"looptijd\": { \"begin\": \"2024-01-01\",", "\"looptijd\": {", false },
        { "\"financiering\": { \"status\": \"nog-te-vinden\" }", "\"financiering\": { }", false },
        { "{ \"fase\": \"versie50\", \"kwartaal\": \"2024-Q2\" }", "{ \"kwartaal\": \"2024-Q2\" }", false },
        { "\"van\": { \"soort\": \"actie\", \"id\": \"1\" }", "\"van\": { \"soort\": \"actie\" }", false },
        { "\"alle-deelnemers\"", "[\"a\", 1]", false },
        { "\"trekkerschap\": { \"bestuurlijk\": [\"a\"], \"ambtelijk\": [\"a\"] }", "\"trekkerschap\": { \"bestuurlijk\": [\"a\"], \"ambtelijk\": [\"a\"], \"regie\": 1 }", false },
        { "\"trekkerschap\": { \"bestuurlijk\": [\"a\"], \"ambtelijk\": [\"a\"] }", "\"trekkerschap\": { \"bestuurlijk\": [\"a\"], \"ambtelijk\": [\"a\"], \"bestuurlijk\": [] }", false },
        { "\"id\": \"west-2024\",", "\"id\": \"west-2024\", \"ID\": \"x\",", false },
    };

    [Theory]
    [MemberData(nameof(Variants))]
    public void Variants_of_the_valid_example_are_read_or_refused(string from, string to, bool reads)
    {
        var read = Read(Utf8(Replace(Examples.Valid, from, to)));
        Assert.True(reads == read.Ok, read.Error?.ToString() ?? "read");
    }

    [Fact]
    public void Invalid_UTF8_in_an_id_or_a_text_is_refused_at_its_token()
    {
        var valid = Utf8(Examples.Valid);
        foreach (var marker in new[] { "\"Aduin\"", "\"gemeente\"", "\"west-2024\"", "\"a\", \"b\"" })
        {
            var at = Examples.Valid.IndexOf(marker, StringComparison.Ordinal) + 1;
            var bytes = (byte[])valid.Clone();
            bytes[at] = 0xFF;

            var read = Read(bytes);
            Assert.False(read.Ok, marker);
            Assert.Equal(Examples.Valid.AsSpan(0, at).Count('\n') + 1, read.Error!.Line);
        }
    }

    [Fact]
    public void Equal_ids_are_one_instance_and_distinct_ids_stay_distinct()
    {
        var plan = SyntheticPlan.Generate(50, 7);
        var read = Read(WerkplanDocument.Save(plan)).Plan!;

        Assert.Equal(plan, read);
        Assert.Same(read.Deelnemers[0], read.Partijen[0].Id);
        Assert.Same(read.Hoofdopgaven[0].Id, read.Acties[0].Hoofdopgave);
    }
}
