using System.Globalization;
using System.Text;
using ClosedXML.Excel;
using NodaTime.Text;
using Zk.Domain.Collections;
using Zk.Domain.Documenten;
using Zk.Domain.Regels;
using Zk.Domain.Verloop;
using Zk.Domain.Werkplannen;

namespace Zk.Domain.Excel;

/// <summary>
/// A plan as an Excel workbook (xlsx), and the actions sheet read back into the plan.
/// </summary>
/// <remarks>
/// <para>The workbook has, in the language of <see cref="WerkboekOpties.Taal"/>: the actions sheet (<c>Acties</c>: id,
/// number, title, main task, term, political and civil-service lead, and the computed stage, next moment and status), the
/// planning table (<c>Planningstabel</c>: actions × quarters with the stages' abbreviations, as chapter 8 of the
/// Zuid-Kennemerland plan; <see cref="Planningstabel"/>), the findings (<c>Bevindingen</c>) and, after a run, the adoption
/// matrix (<c>Besluitvorming</c>: per action and decision round each council's decision, adopted, adopted with an amendment
/// or rejected, and the round's outcome, <see cref="Rondeuitkomst"/>). Two very hidden sheets keep the plan's whole JSON
/// document (<c>zk-werkplan</c>) and the computed cells as exported (<c>zk-berekend</c>).</para>
/// <para>The import's base is the plan kept in the workbook itself, or a plan the caller passes: the actions sheet
/// updates the base's actions (their number, title, main task, term and leads, and their order), and everything else of the
/// base (results, council moments, links, …) stays as it is, so export → import gives the same plan. Only the editable
/// columns are read; the other sheets are views that the next export makes anew, and are protected.</para>
/// <para>Deterministic in content and culture-independent; the zip container's own timestamps aside. Thread-safe.</para>
/// </remarks>
public static class Werkboek
{
    // The workbook's own creation time: fixed, so that the library never reads the clock.
    private static readonly DateTime Tijdstip = new(2000, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    // A chunk of the plan's document per cell of the hidden plan sheet (a cell holds 32,767 characters).
    private const int Stuk = 30_000;

    /// <summary>The workbook of <paramref name="plan"/>, as the bytes of an xlsx file.</summary>
    /// <param name="plan">The plan.</param>
    /// <param name="opties">The language, schedule, run and validation options; null for <see cref="WerkboekOpties.Default"/>.</param>
    /// <returns>The xlsx file.</returns>
    /// <exception cref="ArgumentException">The plan holds a value its JSON document cannot (see <c>WerkplanDocument.Save</c>); the message names its path.</exception>
    public static byte[] Save(Werkplan plan, WerkboekOpties? opties = null)
    {
        using var uit = new MemoryStream();
        Write(plan, uit, opties);
        return uit.ToArray();
    }

    /// <summary>Writes the workbook of <paramref name="plan"/> to <paramref name="stream"/>.</summary>
    /// <param name="plan">The plan.</param>
    /// <param name="stream">A writable stream; left open.</param>
    /// <param name="opties">The language, schedule, run and validation options; null for <see cref="WerkboekOpties.Default"/>.</param>
    /// <exception cref="ArgumentException">The plan holds a value its JSON document cannot (see <c>WerkplanDocument.Save</c>); the message names its path.</exception>
    public static void Write(Werkplan plan, Stream stream, WerkboekOpties? opties)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(stream);
        opties ??= WerkboekOpties.Default;
        var document = WerkplanDocument.SaveToString(plan);
        var taal = opties.Taal;

        using var boek = new XLWorkbook();
        boek.Properties.Created = Tijdstip;
        boek.Properties.Modified = Tijdstip;
        boek.Properties.Author = "Zk.Domain";
        boek.Properties.Title = Celtekst.Schrijf(Celtekst.Toon(plan.Titel));

        var acties = boek.AddWorksheet(Bladen.Acties(taal));
        var berekend = boek.AddWorksheet(Bladen.Berekend);
        SchrijfActies(plan, opties, acties, berekend);
        SchrijfPlanning(plan, taal, boek.AddWorksheet(Bladen.Planning(taal)));
        SchrijfBevindingen(plan.Validate(opties.Validatie ?? new ValidationOptions { Taal = taal }), taal, boek.AddWorksheet(Bladen.Bevindingen(taal)));
        if (opties.Verslag is { } verslag)
        {
            SchrijfBesluiten(plan, verslag, taal, boek.AddWorksheet(Bladen.Besluiten(taal)));
        }

        var planblad = boek.AddWorksheet(Bladen.Plan);
        planblad.Cell(1, 1).SetValue(Bladen.Formaat);
        var rij = 2;
        for (var i = 0; i < document.Length; rij++)
        {
            var lengte = Math.Min(Stuk, document.Length - i);
            if (lengte < document.Length - i && char.IsHighSurrogate(document[i + lengte - 1]))
            {
                lengte--;
            }

            planblad.Cell(rij, 1).SetValue(Celtekst.Schrijf(document.Substring(i, lengte)));
            i += lengte;
        }

        planblad.Visibility = XLWorksheetVisibility.VeryHidden;
        berekend.Visibility = XLWorksheetVisibility.VeryHidden;
        boek.SaveAs(stream);
    }

    /// <summary>
    /// Reads the actions sheet of a workbook back into a plan: the base plan (<paramref name="basis"/>, or the plan the
    /// workbook keeps in its hidden sheet) with each action's number, title, main task, term and leads as the sheet has
    /// them, in the sheet's order. Strict: a cell that cannot be read, a changed computed cell, a value outside the table,
    /// an unknown, missing or repeated action is a finding (<see cref="Importregels"/>) with the sheet and cell as its path,
    /// and then no plan is given. A cell that holds what the export writes for the base's value leaves that value as it is
    /// (so a text longer than a cell holds, shown shortened, keeps its whole text).
    /// </summary>
    /// <remarks>
    /// Texts are taken exactly as typed (no trimming); a term may be written in Dutch or English (<c>kort</c>, <c>lang</c>,
    /// <c>short</c>, <c>long</c>); a lead is a list of party ids separated by commas, each id trimmed. The import checks what
    /// it can read, not whether the plan is consistent: validate the plan it gives (a main task that does not exist is ZK002).
    /// </remarks>
    /// <param name="stream">The xlsx file; read to its end, left open.</param>
    /// <param name="basis">The plan the sheet updates; null for the plan kept in the workbook.</param>
    /// <param name="taal">The language of the findings' messages.</param>
    /// <returns>The plan, or the findings.</returns>
    public static WerkboekImport Import(Stream stream, Werkplan? basis = null, Taal taal = Taal.Nl)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var bevindingen = new List<Bevinding>();
        XLWorkbook boek;
        try
        {
            boek = new XLWorkbook(stream);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Whatever the zip, package or spreadsheet reader says: the file is not a workbook. Its type names the reason.
            return Mislukt(Bevinding(Importregels.GeenWerkboek, taal, string.Empty, ("reden", e.GetType().Name)));
        }

        using (boek)
        {
            return new Lezer(boek, basis, taal, bevindingen).Lees();
        }
    }

    private static WerkboekImport Mislukt(params Bevinding[] bevindingen) => new() { Bevindingen = ValueArray.Create<Bevinding>(bevindingen) };

    internal static Bevinding Bevinding(Importregel regel, Taal taal, string pad, params ReadOnlySpan<(string Naam, string Waarde)> waarden) =>
        new(regel.Code, regel.Severity, pad, regel.Melding(taal, waarden));

    // --- writing ------------------------------------------------------------------------------------------------------

    /// <summary>The text a cell of an editable column shows for <paramref name="actie"/> (the number aside).</summary>
    internal static string Celwaarde(Actie actie, int kolom, Taal taal) => kolom switch
    {
        Bladen.Id => actie.Id,
        Bladen.Titel => actie.Titel,
        Bladen.Hoofdopgave => actie.Hoofdopgave,
        Bladen.Termijn => Woorden.Naam(actie.Termijn, taal),
        Bladen.Bestuurlijk => string.Join(", ", actie.Trekkerschap.Bestuurlijk),
        Bladen.Ambtelijk => string.Join(", ", actie.Trekkerschap.Ambtelijk),
        _ => throw new ArgumentOutOfRangeException(nameof(kolom)),
    };

    private static void SchrijfActies(Werkplan plan, WerkboekOpties opties, IXLWorksheet blad, IXLWorksheet berekend)
    {
        var taal = opties.Taal;
        Kop(blad, 1, Enumerable.Range(1, Bladen.Kolommen).Select(k => Bladen.Kop(k, taal)));
        for (var i = 0; i < plan.Acties.Count; i++)
        {
            var actie = plan.Acties[i];
            var rij = i + 2;
            foreach (var kolom in (ReadOnlySpan<int>)[Bladen.Id, Bladen.Titel, Bladen.Hoofdopgave, Bladen.Termijn, Bladen.Bestuurlijk, Bladen.Ambtelijk])
            {
                Tekst(blad.Cell(rij, kolom), Celwaarde(actie, kolom, taal));
            }

            blad.Cell(rij, Bladen.Nummer).SetValue(actie.Nummer);
            var voortgang = opties.Verslag is { } v && i < v.Eind.Acties.Count ? v.Eind.Acties[i] : null;
            string[] afgeleid =
            [
                voortgang?.LaatsteFase is { } fase ? plan.Profiel.FaseNaam(fase, taal) : string.Empty,
                VolgendMoment(plan, actie, opties, voortgang, taal),
                voortgang is null ? string.Empty : Woorden.Naam(voortgang.Status, taal),
            ];
            for (var k = 0; k < afgeleid.Length; k++)
            {
                Tekst(blad.Cell(rij, Bladen.EersteBerekend + k), afgeleid[k]);
                Tekst(berekend.Cell(rij, 1 + k), afgeleid[k]);
            }

            for (var kolom = 1; kolom < Bladen.EersteBerekend; kolom++)
            {
                blad.Cell(rij, kolom).Style.Protection.SetLocked(false);
            }
        }

        Breedtes(blad, [12, 9, 48, 16, 10, 22, 22, 18, 34, 14]);
        blad.SheetView.FreezeRows(1);
        blad.Protect().AllowElement(XLSheetProtectionElements.FormatColumns | XLSheetProtectionElements.SelectEverything | XLSheetProtectionElements.AutoFilter | XLSheetProtectionElements.Sort);
    }

    // The next council moment: at the run's end; else the schedule's first for the action; else the plan's first with a quarter.
    private static string VolgendMoment(Werkplan plan, Actie actie, WerkboekOpties opties, ActieVoortgang? voortgang, Taal taal)
    {
        if (opties.Verslag is not null)
        {
            return voortgang?.VolgendMoment is { } t ? Moment(LocalDatePattern.Iso.Format(t.Datum) + " " + t.Radenbijeenkomst, plan.Profiel.FaseNaam(t.Fase, taal)) : string.Empty;
        }

        if (opties.Planning is { } planning)
        {
            var eerste = planning.Toewijzingen.Where(t => t.Actie == actie.Id).OrderBy(t => t.Datum).FirstOrDefault();
            return eerste is null ? string.Empty : Moment(LocalDatePattern.Iso.Format(eerste.Datum) + " " + eerste.Radenbijeenkomst, plan.Profiel.FaseNaam(eerste.Fase, taal));
        }

        var moment = actie.Raadsmomenten.Where(m => m.Kwartaal is not null).OrderBy(m => m.Kwartaal).FirstOrDefault();
        return moment is null ? string.Empty : Moment(moment.Kwartaal!.Value.ToString(), plan.Profiel.FaseNaam(moment.Fase, taal));
    }

    private static string Moment(string wanneer, string fase) => wanneer + " (" + fase + ")";

    private static void SchrijfPlanning(Werkplan plan, Taal taal, IXLWorksheet blad)
    {
        var tabel = Planningstabel.From(plan);
        var koppen = Bladen.PlanningKoppen(taal);
        Kop(blad, 1, [koppen.Actie, koppen.Titel, .. tabel.Kwartalen.Select(k => k.ToString()), koppen.NogTeBepalen]);
        for (var i = 0; i < tabel.Regels.Count; i++)
        {
            var regel = tabel.Regels[i];
            var rij = i + 2;
            Tekst(blad.Cell(rij, 1), regel.Actie);
            Tekst(blad.Cell(rij, 2), regel.Titel);
            for (var k = 0; k < tabel.Kwartalen.Count; k++)
            {
                var cel = string.Join(" ", regel.In(tabel.Kwartalen[k]).Select(m => plan.Profiel.Afkorting(m.Fase)));
                if (cel.Length > 0)
                {
                    Tekst(blad.Cell(rij, 3 + k), cel);
                    blad.Cell(rij, 3 + k).Style.Fill.SetBackgroundColor(XLColor.FromArgb(0xDD, 0xEB, 0xF7));
                }
            }

            Tekst(blad.Cell(rij, 3 + tabel.Kwartalen.Count), string.Join(" ", regel.NogTeBepalen.Select(m => plan.Profiel.Afkorting(m.Fase))));
        }

        Breedtes(blad, [12, 40, .. tabel.Kwartalen.Select(_ => 9), 14]);
        blad.SheetView.Freeze(1, 2);
        blad.Protect();
    }

    private static void SchrijfBevindingen(ValueArray<Bevinding> bevindingen, Taal taal, IXLWorksheet blad)
    {
        Kop(blad, 1, Bladen.BevindingKoppen(taal));
        for (var i = 0; i < bevindingen.Count; i++)
        {
            var b = bevindingen[i];
            Tekst(blad.Cell(i + 2, 1), b.Code);
            Tekst(blad.Cell(i + 2, 2), Woorden.Naam(b.Severity, taal));
            Tekst(blad.Cell(i + 2, 3), b.Path);
            Tekst(blad.Cell(i + 2, 4), b.Message);
        }

        Breedtes(blad, [9, 12, 40, 100]);
        blad.SheetView.FreezeRows(1);
        blad.Protect();
    }

    private static void SchrijfBesluiten(Werkplan plan, Runverslag verslag, Taal taal, IXLWorksheet blad)
    {
        var koppen = Bladen.BesluitKoppen(taal);
        // The councils: every member of the period, in the plan's order (a member that joins or leaves decides only while a member).
        var raden = plan.Deelnemers;
        var namen = plan.Partijen.DistinctBy(p => p.Id, StringComparer.Ordinal).ToDictionary(p => p.Id, p => p.Naam, StringComparer.Ordinal);
        Kop(blad, 1, [koppen.Actie, koppen.Titel, koppen.Ronde, .. raden.Select(r => namen.GetValueOrDefault(r, r)), koppen.Uitkomst]);
        var rij = 2;
        for (var i = 0; i < verslag.Eind.Acties.Count && i < plan.Acties.Count; i++)
        {
            var voortgang = verslag.Eind.Acties[i];
            foreach (var ronde in voortgang.Besluiten.Select(b => b.Ronde).Distinct().Order())
            {
                Tekst(blad.Cell(rij, 1), voortgang.Actie);
                Tekst(blad.Cell(rij, 2), plan.Acties[i].Titel);
                blad.Cell(rij, 3).SetValue(ronde);
                for (var r = 0; r < raden.Count; r++)
                {
                    var besluit = voortgang.Besluiten.LastOrDefault(b => b.Ronde == ronde && b.Gemeente == raden[r]);
                    if (besluit is not null)
                    {
                        var tekst = Woorden.Naam(besluit.Besluit, taal);
                        if (besluit.Amendement is { Samenvatting: { } samenvatting })
                        {
                            tekst += ": " + samenvatting;
                        }

                        Tekst(blad.Cell(rij, 4 + r), tekst);
                        blad.Cell(rij, 4 + r).Style.Fill.SetBackgroundColor(besluit.Besluit switch
                        {
                            Raadsbesluit.Aangenomen => XLColor.FromArgb(0xD9, 0xEA, 0xD3),
                            Raadsbesluit.Geamendeerd => XLColor.FromArgb(0xFF, 0xF2, 0xCC),
                            _ => XLColor.FromArgb(0xF4, 0xCC, 0xCC),
                        });
                    }
                }

                var einde = voortgang.Rondes.FirstOrDefault(b => b.Ronde == ronde);
                Tekst(blad.Cell(rij, 4 + raden.Count), einde is null ? Bladen.RondeOpen(taal) : Woorden.Naam(einde.Uitkomst.Uitkomst, taal));
                rij++;
            }
        }

        Breedtes(blad, [12, 40, 7, .. raden.Select(_ => 20), 28]);
        blad.SheetView.FreezeRows(1);
        blad.Protect();
    }

    private static void Kop(IXLWorksheet blad, int rij, IEnumerable<string> koppen)
    {
        var kolom = 1;
        foreach (var kop in koppen)
        {
            var cel = blad.Cell(rij, kolom++);
            Tekst(cel, kop);
            cel.Style.Font.SetBold(true);
            cel.Style.Fill.SetBackgroundColor(XLColor.FromArgb(0xE7, 0xE6, 0xE6));
        }
    }

    private static void Breedtes(IXLWorksheet blad, int[] breedtes)
    {
        // Fixed widths: ClosedXML's AdjustToContents measures fonts through System.Drawing, which Linux lacks.
        for (var i = 0; i < breedtes.Length; i++)
        {
            blad.Column(i + 1).Width = breedtes[i];
        }
    }

    private static void Tekst(IXLCell cel, string tekst)
    {
        if (tekst.Length > 0)
        {
            cel.SetValue(Celtekst.Schrijf(Celtekst.Toon(tekst)));
        }
    }

    // --- reading ------------------------------------------------------------------------------------------------------

    /// <summary>The A1 reference of a cell: column letters, then the row (<c>C5</c>).</summary>
    internal static string A1(int rij, int kolom)
    {
        var letters = new StringBuilder();
        for (var k = kolom; k > 0; k = (k - 1) / 26)
        {
            letters.Insert(0, (char)('A' + ((k - 1) % 26)));
        }

        return letters.Append(rij.ToString(CultureInfo.InvariantCulture)).ToString();
    }

    private sealed class Lezer(XLWorkbook boek, Werkplan? basis, Taal taal, List<Bevinding> bevindingen)
    {
        private string _blad = string.Empty;
        private Taal _boektaal;

        public WerkboekImport Lees()
        {
            IXLWorksheet? acties = null;
            foreach (var t in (ReadOnlySpan<Taal>)[Taal.Nl, Taal.En])
            {
                if (boek.Worksheets.TryGetWorksheet(Bladen.Acties(t), out var gevonden))
                {
                    (acties, _boektaal) = (gevonden, t);
                    break;
                }
            }

            if (acties is null)
            {
                return Mislukt(Bevinding(Importregels.OntbrekendBlad, taal, string.Empty, ("blad", Bladen.Acties(taal))));
            }

            _blad = acties.Name;
            var plan = basis ?? LeesPlan();
            if (plan is null)
            {
                return Klaar(null);
            }

            // The headers first: with a column moved, no cell of the table can be read for what it is.
            for (var kolom = 1; kolom <= Bladen.Kolommen; kolom++)
            {
                var cel = acties.Cell(1, kolom);
                if (cel.HasFormula || cel.DataType != XLDataType.Text || cel.GetString() != Bladen.Kop(kolom, _boektaal))
                {
                    Fout(Importregels.Kolomkop, 1, kolom, ("verwacht", Bladen.Kop(kolom, _boektaal)), ("waarde", Toon(cel)));
                }
            }

            if (bevindingen.Count > 0)
            {
                return Klaar(null);
            }

            var laatste = 1;
            foreach (var cel in acties.CellsUsed(XLCellsUsedOptions.Contents))
            {
                var (rij, kolom) = (cel.Address.RowNumber, cel.Address.ColumnNumber);
                if (kolom > Bladen.Kolommen)
                {
                    Fout(Importregels.BuitenTabel, rij, kolom, ("waarde", Toon(cel)));
                }
                else
                {
                    laatste = Math.Max(laatste, rij);
                }
            }

            IXLWorksheet? berekend = boek.Worksheets.TryGetWorksheet(Bladen.Berekend, out var b) ? b : null;
            var index = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var i = 0; i < plan.Acties.Count; i++)
            {
                index.TryAdd(plan.Acties[i].Id, i);
            }

            var gezien = new Dictionary<string, int>(StringComparer.Ordinal);
            var nieuw = new List<Actie>();
            for (var rij = 2; rij <= laatste; rij++)
            {
                if (Enumerable.Range(1, Bladen.Kolommen).All(k => acties.Cell(rij, k).IsEmpty()))
                {
                    continue;
                }

                var formules = false;
                for (var kolom = 1; kolom <= Bladen.Kolommen; kolom++)
                {
                    var cel = acties.Cell(rij, kolom);
                    if (cel.HasFormula)
                    {
                        Fout(Importregels.Formule, rij, kolom, ("waarde", "=" + cel.FormulaA1));
                        formules = true;
                    }
                }

                for (var kolom = Bladen.EersteBerekend; kolom <= Bladen.Kolommen; kolom++)
                {
                    var cel = acties.Cell(rij, kolom);
                    var was = berekend?.Cell(rij, 1 + kolom - Bladen.EersteBerekend) is { } c && c.DataType == XLDataType.Text ? c.GetString() : string.Empty;
                    var nu = cel.IsEmpty() ? string.Empty : cel.DataType == XLDataType.Text ? cel.GetString() : null;
                    if (!cel.HasFormula && nu != was)
                    {
                        Fout(Importregels.Berekend, rij, kolom, ("kolom", Bladen.Kop(kolom, taal)), ("waarde", Toon(cel)));
                    }
                }

                if (formules)
                {
                    continue;
                }

                var idCel = acties.Cell(rij, Bladen.Id);
                if (Tekstwaarde(idCel, rij, Bladen.Id, verplicht: true) is not { } id)
                {
                    continue;
                }

                if (gezien.TryGetValue(id, out var eerder))
                {
                    Fout(Importregels.DubbeleActie, rij, Bladen.Id, ("waarde", id), ("eerder", _blad + "!" + A1(eerder, Bladen.Id)));
                    continue;
                }

                gezien[id] = rij;
                if (!index.TryGetValue(id, out var plek))
                {
                    Fout(Importregels.OnbekendeActie, rij, Bladen.Id, ("waarde", id));
                    continue;
                }

                if (LeesActie(acties, rij, plan.Acties[plek]) is { } actie)
                {
                    nieuw.Add(actie);
                }
            }

            foreach (var actie in plan.Acties)
            {
                if (!gezien.ContainsKey(actie.Id))
                {
                    bevindingen.Add(Bevinding(Importregels.OntbrekendeActie, taal, _blad, ("blad", _blad), ("waarde", actie.Id)));
                }
            }

            return Klaar(plan with { Acties = nieuw.ToValueArray() });
        }

        private WerkboekImport Klaar(Werkplan? plan) => new()
        {
            Plan = bevindingen.Any(b => b.Severity == FindingSeverity.Error) ? null : plan,
            Bevindingen = bevindingen.ToValueArray(),
        };

        private Werkplan? LeesPlan()
        {
            if (!boek.Worksheets.TryGetWorksheet(Bladen.Plan, out var blad))
            {
                bevindingen.Add(Bevinding(Importregels.OntbrekendBlad, taal, string.Empty, ("blad", Bladen.Plan)));
                return null;
            }

            var pad = Bladen.Plan + "!A1";
            if (blad.Cell(1, 1).DataType != XLDataType.Text || blad.Cell(1, 1).GetString() != Bladen.Formaat)
            {
                bevindingen.Add(Bevinding(Importregels.OnleesbaarPlan, taal, pad, ("reden", Bladen.Formaat + "?")));
                return null;
            }

            var document = new StringBuilder();
            for (var rij = 2; !blad.Cell(rij, 1).IsEmpty(); rij++)
            {
                document.Append(blad.Cell(rij, 1).GetString());
            }

            if (!WerkplanDocument.TryLoad(Encoding.UTF8.GetBytes(document.ToString()), out var plan, out var fout, Bladen.Plan))
            {
                bevindingen.Add(Bevinding(Importregels.OnleesbaarPlan, taal, Bladen.Plan + "!A2", ("reden", fout.ToString(taal))));
                return null;
            }

            return plan;
        }

        private Actie? LeesActie(IXLWorksheet blad, int rij, Actie basis)
        {
            var voor = bevindingen.Count;
            var nummer = LeesNummer(blad.Cell(rij, Bladen.Nummer), rij, basis.Nummer);
            string? Tekst(int kolom, bool verplicht) =>
                Ongewijzigd(blad.Cell(rij, kolom), Celwaarde(basis, kolom, _boektaal)) ? Celwaarde(basis, kolom, _boektaal) : Tekstwaarde(blad.Cell(rij, kolom), rij, kolom, verplicht);

            var titel = Ongewijzigd(blad.Cell(rij, Bladen.Titel), Celtekst.Toon(basis.Titel)) ? basis.Titel : Tekstwaarde(blad.Cell(rij, Bladen.Titel), rij, Bladen.Titel, verplicht: true);
            var hoofdopgave = Ongewijzigd(blad.Cell(rij, Bladen.Hoofdopgave), Celtekst.Toon(basis.Hoofdopgave)) ? basis.Hoofdopgave : Tekstwaarde(blad.Cell(rij, Bladen.Hoofdopgave), rij, Bladen.Hoofdopgave, verplicht: true);
            Termijn? termijn = Ongewijzigd(blad.Cell(rij, Bladen.Termijn), Celwaarde(basis, Bladen.Termijn, _boektaal)) ? basis.Termijn : Tekst(Bladen.Termijn, verplicht: true) switch
            {
                null => null,
                "kort" or "short" => Werkplannen.Termijn.Kort,
                "lang" or "long" => Werkplannen.Termijn.Lang,
                var anders => Soortfout(rij, Bladen.Termijn, anders, "termijn"),
            };
            var bestuurlijk = Ongewijzigd(blad.Cell(rij, Bladen.Bestuurlijk), Celtekst.Toon(Celwaarde(basis, Bladen.Bestuurlijk, _boektaal))) ? basis.Trekkerschap.Bestuurlijk : Ids(blad.Cell(rij, Bladen.Bestuurlijk), rij, Bladen.Bestuurlijk);
            var ambtelijk = Ongewijzigd(blad.Cell(rij, Bladen.Ambtelijk), Celtekst.Toon(Celwaarde(basis, Bladen.Ambtelijk, _boektaal))) ? basis.Trekkerschap.Ambtelijk : Ids(blad.Cell(rij, Bladen.Ambtelijk), rij, Bladen.Ambtelijk);
            if (bevindingen.Count > voor || nummer is null || titel is null || hoofdopgave is null || termijn is null || bestuurlijk is null || ambtelijk is null)
            {
                return null;
            }

            return basis with
            {
                Nummer = nummer.Value,
                Titel = titel,
                Hoofdopgave = hoofdopgave,
                Termijn = termijn.Value,
                Trekkerschap = basis.Trekkerschap with { Bestuurlijk = bestuurlijk.Value, Ambtelijk = ambtelijk.Value },
            };
        }

        private Termijn? Soortfout(int rij, int kolom, string waarde, string soort)
        {
            Fout(Importregels.Waarde, rij, kolom, ("kolom", Bladen.Kop(kolom, taal)), ("waarde", "'" + Weergave.Shorten(waarde) + "'"), ("soort", Bladen.Soort(soort, taal)));
            return null;
        }

        private static bool Ongewijzigd(IXLCell cel, string geschreven) =>
            geschreven.Length == 0 ? cel.IsEmpty() : cel.DataType == XLDataType.Text && !cel.IsEmpty() && cel.GetString() == geschreven;

        private int? LeesNummer(IXLCell cel, int rij, int basis)
        {
            if (cel.IsEmpty())
            {
                Fout(Importregels.Leeg, rij, Bladen.Nummer, ("kolom", Bladen.Kop(Bladen.Nummer, taal)));
                return null;
            }

            if (cel.DataType == XLDataType.Number)
            {
                var getal = cel.GetDouble();
                if (getal == basis)
                {
                    return basis;
                }

                if (getal == Math.Floor(getal) && getal >= int.MinValue && getal <= int.MaxValue)
                {
                    return (int)getal;
                }
            }
            else if (cel.DataType == XLDataType.Text && int.TryParse(cel.GetString(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n))
            {
                return n;
            }

            Fout(Importregels.Waarde, rij, Bladen.Nummer, ("kolom", Bladen.Kop(Bladen.Nummer, taal)), ("waarde", Toon(cel)), ("soort", Bladen.Soort("geheel", taal)));
            return null;
        }

        private string? Tekstwaarde(IXLCell cel, int rij, int kolom, bool verplicht)
        {
            if (cel.IsEmpty())
            {
                if (verplicht)
                {
                    Fout(Importregels.Leeg, rij, kolom, ("kolom", Bladen.Kop(kolom, taal)));
                    return null;
                }

                return string.Empty;
            }

            if (cel.DataType != XLDataType.Text)
            {
                Fout(Importregels.Waarde, rij, kolom, ("kolom", Bladen.Kop(kolom, taal)), ("waarde", Toon(cel)), ("soort", Bladen.Soort("tekst", taal)));
                return null;
            }

            return cel.GetString();
        }

        private ValueArray<string>? Ids(IXLCell cel, int rij, int kolom)
        {
            if (Tekstwaarde(cel, rij, kolom, verplicht: false) is not { } tekst)
            {
                return null;
            }

            if (tekst.Length == 0)
            {
                return ValueArray<string>.Empty;
            }

            var ids = tekst.Split(',').Select(s => s.Trim()).ToArray();
            if (ids.Any(s => s.Length == 0))
            {
                Fout(Importregels.Waarde, rij, kolom, ("kolom", Bladen.Kop(kolom, taal)), ("waarde", "'" + Weergave.Shorten(tekst) + "'"), ("soort", Bladen.Soort("ids", taal)));
                return null;
            }

            return ids.ToValueArray();
        }

        private void Fout(Importregel regel, int rij, int kolom, params ReadOnlySpan<(string Naam, string Waarde)> waarden)
        {
            var cel = A1(rij, kolom);
            bevindingen.Add(Bevinding(regel, taal, _blad + "!" + cel, [("cel", cel), .. waarden]));
        }

        // A cell's value as a message quotes it: text in quotes, a number or date as Excel holds it (invariant).
        private static string Toon(IXLCell cel) => cel.IsEmpty() ? "''" : cel.DataType switch
        {
            XLDataType.Text => "'" + Weergave.Shorten(cel.GetString()) + "'",
            XLDataType.Number => cel.GetDouble().ToString("R", CultureInfo.InvariantCulture),
            XLDataType.Boolean => cel.GetBoolean() ? "TRUE" : "FALSE",
            XLDataType.DateTime => cel.GetDateTime().ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture),
            _ => "'" + Weergave.Shorten(cel.GetString()) + "'",
        };
    }
}
