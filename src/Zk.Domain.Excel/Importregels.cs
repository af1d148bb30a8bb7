using Zk.Domain.Collections;
using Zk.Domain.Regels;

namespace Zk.Domain.Excel;

/// <summary>
/// A rule a workbook must keep to be imported (<see cref="Werkboek.Import"/>): its stable code, severity,
/// what it asks, and its message in Dutch and English with named placeholders (<c>{cel}</c>, <c>{waarde}</c>, …).
/// </summary>
/// <param name="Code">The code, <c>ZK3xx</c>: the workbook import's range beside the plan's catalogue (ZK0xx, ZK1xx) and the scenario's (ZK2xx).</param>
/// <param name="Severity">How serious a breach is; every import rule is an error: the workbook does not say one clear thing.</param>
/// <param name="OmschrijvingEn">What the rule asks (English).</param>
/// <param name="OmschrijvingNl">What the rule asks (Dutch).</param>
/// <param name="MeldingEn">The message template (English).</param>
/// <param name="MeldingNl">The message template (Dutch).</param>
/// <remarks>Equality is structural. Immutable and thread-safe.</remarks>
public sealed record Importregel(string Code, FindingSeverity Severity, string OmschrijvingEn, string OmschrijvingNl, string MeldingEn, string MeldingNl)
{
    /// <summary>The description in <paramref name="taal"/>.</summary>
    /// <param name="taal">The language.</param>
    public string Omschrijving(Taal taal) => taal == Taal.En ? OmschrijvingEn : OmschrijvingNl;

    /// <summary>The message in <paramref name="taal"/> with its placeholders filled in; every quoted value is escaped and shortened (<see cref="Weergave.Shorten"/>).</summary>
    /// <param name="taal">The language.</param>
    /// <param name="waarden">A value for each placeholder the template names.</param>
    /// <exception cref="ArgumentException">The template names a placeholder without a value.</exception>
    public string Melding(Taal taal, params ReadOnlySpan<(string Naam, string Waarde)> waarden)
    {
        var sjabloon = taal == Taal.En ? MeldingEn : MeldingNl;
        var uit = new System.Text.StringBuilder(sjabloon.Length + 32);
        var i = 0;
        while (i < sjabloon.Length)
        {
            var open = sjabloon.IndexOf('{', i);
            if (open < 0)
            {
                uit.Append(sjabloon, i, sjabloon.Length - i);
                break;
            }

            var sluit = sjabloon.IndexOf('}', open + 1);
            var naam = sjabloon[(open + 1)..sluit];
            string? waarde = null;
            foreach (var (n, w) in waarden)
            {
                if (n == naam)
                {
                    waarde = w;
                }
            }

            uit.Append(sjabloon, i, open - i).Append(Weergave.Shorten(waarde ?? throw new ArgumentException($"{Code}: no value for '{naam}'", nameof(waarden))));
            i = sluit + 1;
        }

        return uit.ToString();
    }
}

/// <summary>
/// The workbook import's own catalogue, codes ZK300–ZK311: every cell of the actions sheet that cannot be read, every value
/// that would otherwise be lost, is a finding with the sheet and cell (<c>Acties!C5</c>) as its path. Never a silent
/// default, never a value changed on the way in.
/// </summary>
/// <remarks>Thread-safe.</remarks>
public static class Importregels
{
    /// <summary>ZK300: the stream is not a workbook (xlsx) that can be opened.</summary>
    public static Importregel GeenWerkboek { get; } = new(
        "ZK300", FindingSeverity.Error,
        "The file is an Excel workbook (xlsx).", "Het bestand is een Excel-werkmap (xlsx).",
        "The file cannot be opened as an Excel workbook (xlsx): {reden}.", "Het bestand kan niet als Excel-werkmap (xlsx) worden geopend: {reden}.");

    /// <summary>ZK301: a sheet the import needs is missing.</summary>
    public static Importregel OntbrekendBlad { get; } = new(
        "ZK301", FindingSeverity.Error,
        "The workbook has the sheets the import reads.", "De werkmap heeft de bladen die de import leest.",
        "The workbook has no sheet '{blad}'.", "De werkmap heeft geen blad '{blad}'.");

    /// <summary>ZK302: the hidden plan sheet does not hold a readable plan document.</summary>
    public static Importregel OnleesbaarPlan { get; } = new(
        "ZK302", FindingSeverity.Error,
        "The hidden plan sheet holds the plan's document as exported.", "Het verborgen planblad bevat het document van het plan zoals het is geëxporteerd.",
        "The plan stored in the workbook cannot be read: {reden}.", "Het in de werkmap bewaarde plan is niet leesbaar: {reden}.");

    /// <summary>ZK303: a header cell is not the column the import expects there.</summary>
    public static Importregel Kolomkop { get; } = new(
        "ZK303", FindingSeverity.Error,
        "The columns of the actions sheet are in their exported order, with their exported headers.", "De kolommen van het actieblad staan in hun geëxporteerde volgorde, met hun geëxporteerde koppen.",
        "Cell {cel} should be the header '{verwacht}', not '{waarde}'.", "Cel {cel} hoort de kop '{verwacht}' te zijn, niet '{waarde}'.");

    /// <summary>ZK304: a cell holds a formula.</summary>
    public static Importregel Formule { get; } = new(
        "ZK304", FindingSeverity.Error,
        "The actions sheet holds values, not formulas.", "Het actieblad bevat waarden, geen formules.",
        "Cell {cel} holds a formula ('{waarde}'); type the value itself.", "Cel {cel} bevat een formule ('{waarde}'); typ de waarde zelf.");

    /// <summary>ZK305: a cell holds a value of another kind than its column takes.</summary>
    public static Importregel Waarde { get; } = new(
        "ZK305", FindingSeverity.Error,
        "Every cell holds a value of the kind its column takes.", "Elke cel bevat een waarde van de soort die haar kolom neemt.",
        "Cell {cel} ({kolom}) cannot be read: {waarde} is not {soort}.", "Cel {cel} ({kolom}) is niet te lezen: {waarde} is geen {soort}.");

    /// <summary>ZK306: a row names an action the plan does not have.</summary>
    public static Importregel OnbekendeActie { get; } = new(
        "ZK306", FindingSeverity.Error,
        "Every row names an action of the plan (actions are added in the plan's document).", "Elke rij noemt een actie van het plan (acties worden in het document van het plan toegevoegd).",
        "Cell {cel}: the plan has no action '{waarde}'.", "Cel {cel}: het plan heeft geen actie '{waarde}'.");

    /// <summary>ZK307: an action of the plan has no row.</summary>
    public static Importregel OntbrekendeActie { get; } = new(
        "ZK307", FindingSeverity.Error,
        "Every action of the plan has a row (actions are removed in the plan's document).", "Elke actie van het plan heeft een rij (acties worden in het document van het plan verwijderd).",
        "The sheet '{blad}' has no row for action '{waarde}'.", "Het blad '{blad}' heeft geen rij voor actie '{waarde}'.");

    /// <summary>ZK308: two rows name the same action.</summary>
    public static Importregel DubbeleActie { get; } = new(
        "ZK308", FindingSeverity.Error,
        "No two rows name the same action.", "Geen twee rijen noemen dezelfde actie.",
        "Cell {cel}: action '{waarde}' has a row already ({eerder}).", "Cel {cel}: actie '{waarde}' heeft al een rij ({eerder}).");

    /// <summary>ZK309: a computed cell (stage, next moment, status) was changed.</summary>
    public static Importregel Berekend { get; } = new(
        "ZK309", FindingSeverity.Error,
        "The computed columns (stage, next moment, status) are as exported: the library computes them, the import cannot take them.", "De berekende kolommen (fase, volgend moment, status) zijn zoals geëxporteerd: de bibliotheek berekent ze, de import kan ze niet overnemen.",
        "Cell {cel} ({kolom}) is computed and was changed to '{waarde}'; the change cannot be imported.", "Cel {cel} ({kolom}) wordt berekend en is gewijzigd in '{waarde}'; de wijziging kan niet worden ingelezen.");

    /// <summary>ZK310: a cell outside the table holds a value.</summary>
    public static Importregel BuitenTabel { get; } = new(
        "ZK310", FindingSeverity.Error,
        "The actions sheet holds nothing outside its table (it would be lost).", "Het actieblad bevat niets buiten zijn tabel (het zou verloren gaan).",
        "Cell {cel} lies outside the table and holds '{waarde}'; it would be lost.", "Cel {cel} ligt buiten de tabel en bevat '{waarde}'; het zou verloren gaan.");

    /// <summary>ZK311: a cell its column requires is empty.</summary>
    public static Importregel Leeg { get; } = new(
        "ZK311", FindingSeverity.Error,
        "Every cell of a required column (id, number, title, main task, term) has a value.", "Elke cel van een verplichte kolom (id, nummer, titel, hoofdopgave, termijn) heeft een waarde.",
        "Cell {cel} ({kolom}) is empty.", "Cel {cel} ({kolom}) is leeg.");

    /// <summary>The catalogue, by code.</summary>
    public static ValueArray<Importregel> Regels { get; } =
        [GeenWerkboek, OntbrekendBlad, OnleesbaarPlan, Kolomkop, Formule, Waarde, OnbekendeActie, OntbrekendeActie, DubbeleActie, Berekend, BuitenTabel, Leeg];
}
