using System.Text;
using ClosedXML.Excel;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Zk.Domain.Bundled;
using Zk.Domain.Collections;
using Zk.Domain.Documenten;
using Zk.Domain.Excel;
using Zk.Domain.Inplannen;
using Zk.Domain.Regels;
using Zk.Domain.Synthetisch;
using Zk.Domain.Verloop;
using Zk.Domain.Werkplannen;

namespace Zk.Domain.Tests.Excel;

public class WerkboekTests
{
    // Texts a workbook could mangle: ST_Xstring escapes, a carriage return, control characters, spaces at the ends, a
    // leading '=' (a formula to a careless writer), digits (a number), non-BMP characters, and one longer than a cell holds.
    private static readonly string[] Lastig =
    [
        "_x0041_ is not A", "regel 1\r\nregel 2\rregel 3", "nul\u0000een\u0001esc\u001B", "  spaties  ", "=SUM(A1:A2)", "3.10", "0042",
        "emoji \U0001F600 en \u202E bidi", "_x005F_x0041_", "tab\tzo", new string('x', 40_000) + "einde",
    ];

    private static Werkplan Lastiger(Werkplan plan, int[] keuzes)
    {
        var acties = plan.Acties.Select((a, i) => keuzes[i % keuzes.Length] is var k && k < Lastig.Length ? a with { Titel = Lastig[k] + a.Titel } : a).ToValueArray();
        return plan with { Acties = acties };
    }

    private static WerkboekImport Terug(byte[] xlsx, Werkplan? basis = null, Taal taal = Taal.Nl) => Werkboek.Import(new MemoryStream(xlsx), basis, taal);

    // The generated cases: a synthetic plan of 1 to 25 actions, a seed, and per action a choice of a hostile title (or none).
    private static readonly Gen<(int N, int Seed, int[] Keuzes)> Gevallen =
        Gen.Choose(1, 25).SelectMany(n => Gen.Choose(0, 10_000).SelectMany(s => Gen.Choose(0, 2 * Lastig.Length).ArrayOf().Select(k => (n, s, k))));

    [Fact]
    public void Export_then_import_gives_the_same_plan_over_generated_plans()
    {
        var gevallen = Gevallen.Sample(80, new Rnd(20261201UL, 20261203UL), 20);
        var lastig = 0;
        foreach (var (n, seed, keuzes) in gevallen)
        {
            var plan = SyntheticPlan.Generate(n, seed);
            if (keuzes.Length > 0)
            {
                plan = Lastiger(plan, keuzes);
            }

            // A case exercises the escapes when some title begins with one of the hostile texts.
            lastig += plan.Acties.Any(a => Lastig.Any(l => a.Titel.StartsWith(l, StringComparison.Ordinal))) ? 1 : 0;
            var taal = seed % 2 == 0 ? Taal.Nl : Taal.En;
            var terug = Terug(Werkboek.Save(plan, new WerkboekOpties { Taal = taal }), taal: taal);
            Assert.True(terug.IsGelukt && terug.Bevindingen.IsEmpty, string.Join("; ", terug.Bevindingen));
            Assert.True(plan == terug.Plan, Verschil(plan, terug.Plan));
        }

        Assert.Equal(80, gevallen.Length);
        Assert.True(lastig >= 40, $"only {lastig} of 80 cases had a hostile title");
    }

    [Property(MaxTest = 40, Replay = "(77,1001)")]
    public Property The_sheet_is_read_not_the_base_every_editable_cell_is_parsed() =>
        Prop.ForAll(Gen.Choose(1, 20).SelectMany(n => Gen.Choose(0, 10_000).Select(s => (n, s))).ToArbitrary(), t =>
        {
            // With another plan as the base (every editable value changed), only reading the cells can give the exported plan back.
            var plan = SyntheticPlan.Generate(t.n, t.s);
            var anders = plan with
            {
                Acties = plan.Acties.Select(a => a with
                {
                    Nummer = a.Nummer + 1000,
                    Titel = "oud " + a.Titel,
                    Hoofdopgave = "oud-" + a.Hoofdopgave,
                    Termijn = a.Termijn == Termijn.Kort ? Termijn.Lang : Termijn.Kort,
                    Trekkerschap = a.Trekkerschap with { Bestuurlijk = ["x", "y"], Ambtelijk = [] },
                }).Reverse().ToValueArray(),
            };
            var terug = Terug(Werkboek.Save(plan), anders);
            var verwacht = anders with { Acties = plan.Acties };
            return (terug.Plan == verwacht && plan.Acties.Count >= 1).Label(string.Join("; ", terug.Bevindingen));
        });

    [Fact]
    public void An_edited_cell_changes_exactly_that_value()
    {
        var plan = BundledPlans.ZuidKennemerland;
        var xlsx = Bewerk(Werkboek.Save(plan), blad =>
        {
            blad.Cell(3, 3).SetValue("Nieuwe titel");
            blad.Cell(3, 5).SetValue("lang");
            blad.Cell(4, 6).SetValue("haarlem ,  zandvoort");
            blad.Cell(4, 2).SetValue(42);
        });
        var terug = Terug(xlsx);
        Assert.True(terug.IsGelukt, string.Join("; ", terug.Bevindingen));
        var a = plan.Acties;
        var verwacht = plan with
        {
            Acties = a.Select((x, i) => i switch
            {
                1 => x with { Titel = "Nieuwe titel", Termijn = Termijn.Lang },
                2 => x with { Nummer = 42, Trekkerschap = x.Trekkerschap with { Bestuurlijk = ["haarlem", "zandvoort"] } },
                _ => x,
            }).ToValueArray(),
        };
        Assert.Equal(verwacht, terug.Plan);
    }

    [Fact]
    public void Rows_in_another_order_reorder_the_actions()
    {
        var plan = SyntheticPlan.Generate(3, 5);
        var xlsx = Bewerk(Werkboek.Save(plan), blad =>
        {
            // Swap rows 2 and 4 value by value (the sheet is protected against inserting rows, not against typing).
            for (var k = 1; k <= 7; k++)
            {
                var (x, y) = (blad.Cell(2, k).Value, blad.Cell(4, k).Value);
                blad.Cell(2, k).Value = y;
                blad.Cell(4, k).Value = x;
            }
        });
        var terug = Terug(xlsx);
        Assert.True(terug.IsGelukt, string.Join("; ", terug.Bevindingen));
        Assert.Equal(["a3", "a2", "a1"], terug.Plan.Acties.Select(x => x.Id));
    }

    public static TheoryData<string, string, string> Fouten() => new()
    {
        // what is done to the actions sheet, the code, the path.
        { "formule", "ZK304", "Acties!C2" },
        { "getal-als-titel", "ZK305", "Acties!C2" },
        { "termijn", "ZK305", "Acties!E2" },
        { "nummer-tekst", "ZK305", "Acties!B2" },
        { "lege-lijst-id", "ZK305", "Acties!F2" },
        { "onbekend", "ZK306", "Acties!A2" },
        { "dubbel", "ZK308", "Acties!A3" },
        { "berekend", "ZK309", "Acties!I2" },
        { "buiten", "ZK310", "Acties!L7" },
        { "lege-titel", "ZK311", "Acties!C2" },
        { "kop", "ZK303", "Acties!D1" },
    };

    [Theory]
    [MemberData(nameof(Fouten))]
    public void Every_unreadable_cell_is_reported_with_its_sheet_cell_and_code(string wat, string code, string pad)
    {
        var plan = SyntheticPlan.Generate(3, 11);
        var xlsx = Bewerk(Werkboek.Save(plan), blad =>
        {
            switch (wat)
            {
                case "formule": blad.Cell(2, 3).FormulaA1 = "UPPER(\"x\")"; break;
                case "getal-als-titel": blad.Cell(2, 3).Value = 2030; break;
                case "termijn": blad.Cell(2, 5).SetValue("middel"); break;
                case "nummer-tekst": blad.Cell(2, 2).SetValue("twee"); break;
                case "lege-lijst-id": blad.Cell(2, 6).SetValue("gemeente-1,,gemeente-2"); break;
                case "onbekend": blad.Cell(2, 1).SetValue("a99"); break;
                case "dubbel": blad.Cell(3, 1).SetValue("a1"); break;
                case "berekend": blad.Cell(2, 9).SetValue("2024-Q4 (besluitvorming)"); break;
                case "buiten": blad.Cell(7, 12).SetValue("een notitie"); break;
                case "lege-titel": blad.Cell(2, 3).Clear(); break;
                case "kop": blad.Cell(1, 4).SetValue("opgave"); break;
            }
        });

        var nl = Terug(xlsx);
        var en = Terug(xlsx, taal: Taal.En);
        Assert.Null(nl.Plan);
        Assert.Contains(nl.Bevindingen, b => b.Code == code && b.Path == pad && b.Severity == FindingSeverity.Error);
        var b = Assert.Single(en.Bevindingen, b => b.Code == code && b.Path == pad);
        Assert.NotEqual(nl.Bevindingen.First(x => x.Code == code && x.Path == pad).Message, b.Message);
        Assert.Contains(pad[(pad.IndexOf('!') + 1)..], b.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_row_a_missing_sheet_a_broken_plan_sheet_and_a_non_workbook_are_findings()
    {
        var plan = SyntheticPlan.Generate(3, 2);
        var xlsx = Werkboek.Save(plan);

        var zonderRij = Terug(Bewerk(xlsx, blad => blad.Row(3).Clear()));
        Assert.Contains(zonderRij.Bevindingen, b => b.Code == "ZK307" && b.Path == "Acties" && b.Message.Contains("'a2'", StringComparison.Ordinal));

        var zonderBlad = Terug(Bewerk(xlsx, _ => { }, verwijder: "Acties"));
        Assert.Equal("ZK301", Assert.Single(zonderBlad.Bevindingen).Code);

        var kapotPlan = Terug(Bewerk(xlsx, _ => { }, Bladnaam: "zk-werkplan", bewerk: b => b.Cell(2, 1).SetValue("{ kapot")));
        Assert.Equal(("ZK302", "zk-werkplan!A2"), (Assert.Single(kapotPlan.Bevindingen).Code, kapotPlan.Bevindingen[0].Path));

        // With a base of its own the hidden plan is not needed.
        Assert.Equal(plan, Terug(Bewerk(xlsx, _ => { }, verwijder: "zk-werkplan"), plan).Plan);

        var geen = Terug(Encoding.UTF8.GetBytes("dit is geen werkmap"));
        Assert.Equal("ZK300", Assert.Single(geen.Bevindingen).Code);
    }

    [Fact]
    public void A_second_reader_sees_the_actions_the_planning_table_and_the_findings()
    {
        var plan = BundledPlans.ZuidKennemerland;
        var lezer = OpenXmlLezer.Lees(Werkboek.Save(plan));
        Assert.Equal(["Acties", "zk-berekend", "Planningstabel", "Bevindingen", "zk-werkplan"], lezer.Bladen.Keys);
        Assert.Equal("veryHidden", lezer.Bladen["zk-werkplan"].Zichtbaarheid);
        Assert.Equal("veryHidden", lezer.Bladen["zk-berekend"].Zichtbaarheid);
        Assert.True(lezer.Bladen["Planningstabel"].Beschermd);

        var acties = lezer.Bladen["Acties"];
        Assert.Equal("hoofdopgave", acties.Tekst("D1"));
        for (var i = 0; i < plan.Acties.Count; i++)
        {
            var a = plan.Acties[i];
            Assert.Equal(a.Id, acties.Tekst(OpenXmlLezer.A1(i + 2, 1)));
            Assert.Equal(a.Nummer.ToString(System.Globalization.CultureInfo.InvariantCulture), acties.Tekst(OpenXmlLezer.A1(i + 2, 2)));
            Assert.Equal(a.Titel, acties.Tekst(OpenXmlLezer.A1(i + 2, 3)));
            Assert.Equal(a.Hoofdopgave, acties.Tekst(OpenXmlLezer.A1(i + 2, 4)));
        }

        // The planning table against an oracle from the plan's moments: the quarter columns from the period, the cells the
        // abbreviations of the moments in that quarter.
        var tabel = lezer.Bladen["Planningstabel"];
        var kwartalen = new List<string>();
        for (var k = Zk.Domain.Tijd.Kwartaal.FromDate(plan.Looptijd.Start); k <= Zk.Domain.Tijd.Kwartaal.FromDate(plan.Looptijd.End); k = k.Next())
        {
            kwartalen.Add(k.ToString());
        }

        for (var c = 0; c < kwartalen.Count; c++)
        {
            Assert.Equal(kwartalen[c], tabel.Tekst(OpenXmlLezer.A1(1, 3 + c)));
        }

        var gevuld = 0;
        for (var i = 0; i < plan.Acties.Count; i++)
        {
            for (var c = 0; c < kwartalen.Count; c++)
            {
                var afkortingen = plan.Acties[i].Raadsmomenten.Where(m => m.Kwartaal?.ToString() == kwartalen[c]).Select(m => plan.Profiel.Afkorting(m.Fase)).Order(StringComparer.Ordinal).ToList();
                var cel = tabel.Tekst(OpenXmlLezer.A1(i + 2, 3 + c));
                Assert.Equal(afkortingen, cel is null ? [] : cel.Split(' ').Order(StringComparer.Ordinal).ToList());
                gevuld += afkortingen.Count > 0 ? 1 : 0;
            }
        }

        Assert.True(gevuld >= 10, $"only {gevuld} filled cells");

        var bevindingen = lezer.Bladen["Bevindingen"];
        var gevonden = plan.Validate();
        Assert.Equal(gevonden.Count, bevindingen.Cellen.Keys.Count(k => k.StartsWith('A')) - 1);
        Assert.Equal(gevonden[0].Code, bevindingen.Tekst("A2"));
        Assert.Equal(gevonden[^1].Message, bevindingen.Tekst(OpenXmlLezer.A1(gevonden.Count + 1, 4)));
    }

    [Fact]
    public void The_adoption_matrix_shows_each_councils_decision_and_the_rounds_outcome()
    {
        var plan = BundledPlans.ZuidKennemerland;
        var planning = Planner.Schedule(plan, StandaardKalender.For(plan));
        // Two actions the councils decide on in the plain run: one rejected by a council, one amended by another.
        var beslist = PlanRun.Run(plan, planning).Gebeurtenissen.OfType<RaadBesloten>().Select(b => b.Actie).Distinct().ToList();
        Assert.True(beslist.Count >= 2);
        var scenario = ScenarioDocument.Load(Encoding.UTF8.GetBytes($$"""
            { "formaat": "zk-scenario/1",
              "stappen": [ { "soort": "verwerpt", "actie": "{{beslist[0]}}", "gemeente": "zandvoort" },
                           { "soort": "amendeert", "actie": "{{beslist[1]}}", "gemeente": "haarlem", "samenvatting": "meer groen", "oordeel": "acceptabel" } ] }
            """));
        var verslag = PlanRun.Run(plan, planning, scenario);
        var xlsx = Werkboek.Save(plan, new WerkboekOpties { Taal = Taal.En, Verslag = verslag, Planning = planning });
        var blad = OpenXmlLezer.Lees(xlsx).Bladen["Adoption"];

        // The oracle: the run's own events, round by round per action.
        var besluiten = verslag.Gebeurtenissen.OfType<RaadBesloten>().ToList();
        var rondes = besluiten.Select(b => (b.Actie, b.Ronde)).Distinct().OrderBy(r => plan.Acties.ToList().FindIndex(a => a.Id == r.Actie)).ThenBy(r => r.Ronde).ToList();
        Assert.True(rondes.Count >= 2);
        var namen = plan.Deelnemers.Select(d => plan.Partijen.First(p => p.Id == d).Naam).ToList();
        for (var r = 0; r < namen.Count; r++)
        {
            Assert.Equal(namen[r], blad.Tekst(OpenXmlLezer.A1(1, 4 + r)));
        }

        var verworpen = 0;
        var geamendeerd = 0;
        for (var i = 0; i < rondes.Count; i++)
        {
            Assert.Equal(rondes[i].Actie, blad.Tekst(OpenXmlLezer.A1(i + 2, 1)));
            for (var r = 0; r < plan.Deelnemers.Count; r++)
            {
                var besluit = besluiten.LastOrDefault(b => b.Actie == rondes[i].Actie && b.Ronde == rondes[i].Ronde && b.Gemeente == plan.Deelnemers[r]);
                var cel = blad.Tekst(OpenXmlLezer.A1(i + 2, 4 + r));
                var verwacht = besluit?.Besluit switch
                {
                    null => null,
                    Raadsbesluit.Aangenomen => "adopted",
                    Raadsbesluit.Verworpen => "rejected",
                    _ => "adopted with an amendment: meer groen",
                };
                Assert.Equal(verwacht, cel);
                verworpen += besluit?.Besluit == Raadsbesluit.Verworpen ? 1 : 0;
                geamendeerd += besluit?.Besluit == Raadsbesluit.Geamendeerd ? 1 : 0;
            }

            var uitkomst = verslag.Gebeurtenissen.Select(g => g switch
            {
                VoorstelVastgesteld v when v.Actie == rondes[i].Actie && v.Ronde == rondes[i].Ronde => Woorden.Naam(v.Uitkomst, Taal.En),
                VoorstelNietVastgesteld n when n.Actie == rondes[i].Actie && n.Ronde == rondes[i].Ronde => Woorden.Naam(n.Uitkomst, Taal.En),
                _ => null,
            }).LastOrDefault(u => u is not null) ?? "open";
            Assert.Equal(uitkomst, blad.Tekst(OpenXmlLezer.A1(i + 2, 4 + plan.Deelnemers.Count)));
        }

        Assert.True(verworpen >= 1 && geamendeerd >= 1);

        // The computed columns come from the run's end; the import still gives the plan.
        var acties = OpenXmlLezer.Lees(xlsx).Bladen["Actions"];
        Assert.Equal(Woorden.Naam(verslag.Eind.Acties[0].Status, Taal.En), acties.Tekst("J2"));
        Assert.Equal(plan, Terug(xlsx).Plan);
    }

    [Fact]
    public void The_import_codes_are_their_own_and_worded_in_both_languages()
    {
        var codes = Importregels.Regels.Select(r => r.Code).ToList();
        Assert.Equal(codes.Count, codes.Distinct().Count());
        Assert.All(codes, c => Assert.Matches("^ZK3[0-9]{2}$", c));
        Assert.Empty(codes.Intersect(Regelcatalogus.Regels.Select(r => r.Code)));
        Assert.Empty(codes.Intersect(Scenariocontrole.Regels.Select(r => r.Code)));
        foreach (var r in Importregels.Regels)
        {
            Assert.NotEqual(r.OmschrijvingNl, r.OmschrijvingEn);
            Assert.NotEqual(r.MeldingNl, r.MeldingEn);
            Assert.Equal(Plaatshouders(r.MeldingNl), Plaatshouders(r.MeldingEn));
        }
    }

    // The first action that differs, and how (escaped, shortened): a plan's own ToString is far too long for a message.
    private static string Verschil(Werkplan plan, Werkplan terug)
    {
        if (plan.Acties.Count != terug.Acties.Count)
        {
            return $"{plan.Acties.Count} actions, {terug.Acties.Count} back";
        }

        for (var i = 0; i < plan.Acties.Count; i++)
        {
            var (a, b) = (plan.Acties[i], terug.Acties[i]);
            if (a != b)
            {
                return $"{a.Id}: '{Weergave.Shorten(a.Titel, 80)}' / '{Weergave.Shorten(b.Titel, 80)}', {a.Termijn}/{b.Termijn}, {a.Nummer}/{b.Nummer}, {a.Hoofdopgave}/{b.Hoofdopgave}, [{string.Join(",", a.Trekkerschap.Bestuurlijk)}]/[{string.Join(",", b.Trekkerschap.Bestuurlijk)}], [{string.Join(",", a.Trekkerschap.Ambtelijk)}]/[{string.Join(",", b.Trekkerschap.Ambtelijk)}], same rest: {(a with { Titel = b.Titel, Termijn = b.Termijn, Nummer = b.Nummer, Hoofdopgave = b.Hoofdopgave, Trekkerschap = b.Trekkerschap }) == b}";
            }
        }

        return "the actions are equal; something else differs";
    }

    private static List<string> Plaatshouders(string s) =>
        System.Text.RegularExpressions.Regex.Matches(s, "\\{([a-z]+)\\}").Select(m => m.Groups[1].Value).Order(StringComparer.Ordinal).ToList();

    // The workbook with the actions sheet (or another) changed through ClosedXML, as a user's spreadsheet would.
    private static byte[] Bewerk(byte[] xlsx, Action<IXLWorksheet> actie, string? verwijder = null, string Bladnaam = "Acties", Action<IXLWorksheet>? bewerk = null)
    {
        using var boek = new XLWorkbook(new MemoryStream(xlsx));
        if (boek.Worksheets.TryGetWorksheet("Acties", out var acties))
        {
            acties.Unprotect();
            actie(acties);
        }

        if (bewerk is not null && boek.Worksheets.TryGetWorksheet(Bladnaam, out var ander))
        {
            bewerk(ander);
        }

        if (verwijder is not null)
        {
            boek.Worksheet(verwijder).Delete();
        }

        using var uit = new MemoryStream();
        boek.SaveAs(uit);
        return uit.ToArray();
    }
}
