namespace Zk.Domain.Excel;

/// <summary>
/// The workbook's words, in one table per language: the sheet names and the headers of the actions sheet, the other
/// sheets' headers, and the kinds a cell can be. The import recognises the actions sheet by its name in either language.
/// </summary>
internal static class Bladen
{
    /// <summary>The hidden sheet with the plan's document (the import's base).</summary>
    public const string Plan = "zk-werkplan";

    /// <summary>The hidden sheet with the computed cells of the actions sheet as exported.</summary>
    public const string Berekend = "zk-berekend";

    /// <summary>What the first cell of <see cref="Plan"/> says: the workbook's format and version.</summary>
    public const string Formaat = "zk-werkboek/1";

    /// <summary>The columns of the actions sheet, 1-based, in order.</summary>
    public const int Id = 1, Nummer = 2, Titel = 3, Hoofdopgave = 4, Termijn = 5, Bestuurlijk = 6, Ambtelijk = 7, Fase = 8, Volgend = 9, Status = 10;

    /// <summary>The number of columns of the actions sheet.</summary>
    public const int Kolommen = 10;

    /// <summary>The first computed column: from here on, the library computes the cells.</summary>
    public const int EersteBerekend = Fase;

    private static readonly string[] KoppenNl = ["id", "nummer", "titel", "hoofdopgave", "termijn", "bestuurlijk trekker", "ambtelijk trekker", "fase (berekend)", "volgend moment (berekend)", "status (berekend)"];
    private static readonly string[] KoppenEn = ["id", "number", "title", "main task", "term", "political lead", "civil-service lead", "stage (computed)", "next moment (computed)", "status (computed)"];

    /// <summary>The actions sheet's name.</summary>
    public static string Acties(Taal taal) => taal == Taal.En ? "Actions" : "Acties";

    /// <summary>The planning table's sheet name.</summary>
    public static string Planning(Taal taal) => taal == Taal.En ? "Planning table" : "Planningstabel";

    /// <summary>The findings' sheet name.</summary>
    public static string Bevindingen(Taal taal) => taal == Taal.En ? "Findings" : "Bevindingen";

    /// <summary>The adoption matrix's sheet name.</summary>
    public static string Besluiten(Taal taal) => taal == Taal.En ? "Adoption" : "Besluitvorming";

    /// <summary>The header of column <paramref name="kolom"/> (1-based) of the actions sheet.</summary>
    public static string Kop(int kolom, Taal taal) => (taal == Taal.En ? KoppenEn : KoppenNl)[kolom - 1];

    /// <summary>The headers of the findings sheet.</summary>
    public static string[] BevindingKoppen(Taal taal) => taal == Taal.En ? ["code", "severity", "path", "message"] : ["code", "ernst", "pad", "melding"];

    /// <summary>The fixed headers of the planning table (before the quarters, and the last column).</summary>
    public static (string Actie, string Titel, string NogTeBepalen) PlanningKoppen(Taal taal) =>
        taal == Taal.En ? ("action", "title", "N.t.b. (not yet planned)") : ("actie", "titel", "N.t.b.");

    /// <summary>The fixed headers of the adoption matrix (before the councils, and the last column).</summary>
    public static (string Actie, string Titel, string Ronde, string Uitkomst) BesluitKoppen(Taal taal) =>
        taal == Taal.En ? ("action", "title", "round", "outcome") : ("actie", "titel", "ronde", "uitkomst");

    /// <summary>What the adoption matrix says of a round that has not ended.</summary>
    public static string RondeOpen(Taal taal) => taal == Taal.En ? "open" : "open";

    /// <summary>The kinds a cell can be, in a ZK305 message.</summary>
    public static string Soort(string soort, Taal taal) => (soort, taal) switch
    {
        ("tekst", Taal.En) => "text",
        ("tekst", _) => "tekst",
        ("geheel", Taal.En) => "a whole number",
        ("geheel", _) => "een geheel getal",
        ("termijn", Taal.En) => "a term (kort, lang, short or long)",
        ("termijn", _) => "een termijn (kort, lang, short of long)",
        ("ids", Taal.En) => "a list of party ids separated by commas",
        _ => "een lijst van partij-ids gescheiden door komma's",
    };
}
