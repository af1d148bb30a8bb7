using System.Text;

namespace Zk.Domain.Documenten.Json;

/// <summary>What can be wrong with a document: one entry of <see cref="Meldingen"/> each.</summary>
internal enum Melding
{
    GeenJson,
    LeegDocument,
    OnverwachtEinde,
    MeerNaDocument,
    Commentaar,
    OngeldigeStartVeldnaam,
    OngeldigeStartWaarde,
    DubbelePuntVerwacht,
    KommaOfEindeVerwacht,
    TeDiep,
    AfsluitendeKomma,
    StuurtekenInTekst,
    OngeldigeEscape,
    OngeldigeTekst,
    DocumentIsNull,
    VerwachtGevonden,
    NullNietToegestaan,
    OnbekendVeld,
    DubbelVeld,
    VerplichtOntbreekt,
    OnbekendeVersie,
    GeenWerkplanFormaat,
    GeenScenarioFormaat,
    GeenKalenderFormaat,
    GeenDatum,
    GeenKwartaal,
    GeenPlanning,
    BuitenSchaal,
    LooptijdOmgekeerd,
    PeriodeOmgekeerd,
    AlleenVersie2,
    Versie1MetVersie2,
    TekstTeLang,
    LijstTeLang,
}

/// <summary>
/// The document errors' messages in English and Dutch, one table. Placeholders are named in braces:
/// <c>{veld}</c>, <c>{verwacht}</c>, <c>{gevonden}</c>, <c>{tekst}</c>, <c>{formaat}</c>, <c>{begin}</c>, <c>{einde}</c>; a placeholder's
/// value may itself come in both languages (see <see cref="Tekst"/>). A value is escaped and, when it is quoted from the
/// document (<c>{gevonden}</c>, <c>{tekst}</c>, <c>{veld}</c>), shortened (<see cref="Weergave.Shorten"/>).
/// </summary>
internal static class Meldingen
{
    private static readonly Dictionary<Melding, Tekst> Tabel = new()
    {
        [Melding.GeenJson] = new("The document is not valid JSON here: {gevonden}.", "Het document is hier geen geldige JSON: {gevonden}."),
        [Melding.LeegDocument] = new("The document does not contain any JSON.", "Het document bevat geen JSON."),
        [Melding.OnverwachtEinde] = new("The document stops before it is complete: unexpected end of data.", "Het document houdt op voordat het compleet is: onverwacht einde van de gegevens."),
        [Melding.MeerNaDocument] = new("Expected end of data after the document; found {gevonden}.", "Na het document hoort niets meer te staan; gevonden: {gevonden}."),
        [Melding.Commentaar] = new("Comments are not allowed: '/' is an invalid start of a property name or value.", "Commentaar is niet toegestaan: '/' kan geen veldnaam of waarde beginnen."),
        [Melding.OngeldigeStartVeldnaam] = new("{gevonden} is an invalid start of a property name; expected a field name in double quotes.", "{gevonden} kan geen veldnaam beginnen; verwacht een veldnaam tussen dubbele aanhalingstekens."),
        [Melding.OngeldigeStartWaarde] = new("{gevonden} is an invalid start of a value.", "{gevonden} kan geen waarde beginnen."),
        [Melding.DubbelePuntVerwacht] = new("Expected a ':' after the field name; found {gevonden}.", "Verwacht een ':' na de veldnaam; gevonden: {gevonden}."),
        [Melding.KommaOfEindeVerwacht] = new("Expected a ',' or the end of the {verwacht}; found {gevonden}.", "Verwacht een ',' of het einde van {verwacht}; gevonden: {gevonden}."),
        [Melding.AfsluitendeKomma] = new("A comma must be followed by another field or element; found {gevonden} (trailing commas are not allowed).", "Na een komma hoort nog een veld of element te komen; gevonden: {gevonden} (een komma aan het eind mag niet)."),
        [Melding.StuurtekenInTekst] = new("A string holds the control character {gevonden}; write it escaped, e.g. \\n or \\u0009.", "Een tekst bevat het stuurteken {gevonden}; schrijf het als escape, zoals \\n of \\u0009."),
        [Melding.OngeldigeEscape] = new("A string holds an invalid escape sequence: {gevonden}.", "Een tekst bevat een ongeldige escape-reeks: {gevonden}."),
        [Melding.TeDiep] = new("The document is nested too deeply (more than 64 levels).", "Het document is te diep genest (meer dan 64 niveaus)."),
        [Melding.OngeldigeTekst] = new("The text is not valid UTF-8 or holds an invalid escape sequence.", "De tekst is geen geldige UTF-8 of bevat een ongeldige escape-reeks."),
        [Melding.DocumentIsNull] = new("The document is null; expected an object.", "Het document is null; verwacht een object."),
        [Melding.VerwachtGevonden] = new("Expected {verwacht}; found {gevonden}.", "Verwacht {verwacht}; gevonden: {gevonden}."),
        [Melding.NullNietToegestaan] = new("Expected {verwacht}; found null (null is not allowed here).", "Verwacht {verwacht}; gevonden: null (null mag hier niet)."),
        [Melding.OnbekendVeld] = new("Unknown field '{veld}'.", "Onbekend veld '{veld}'."),
        [Melding.DubbelVeld] = new("Duplicate field '{veld}'.", "Dubbel veld '{veld}'."),
        [Melding.VerplichtOntbreekt] = new("Missing required field(s): {veld}.", "Verplicht(e) veld(en) ontbreken: {veld}."),
        [Melding.OnbekendeVersie] = new(
            "Format version '{tekst}' is not supported; this library reads \"{formaat}\".",
            "Formaatversie '{tekst}' wordt niet ondersteund; deze bibliotheek leest \"{formaat}\"."),
        [Melding.GeenWerkplanFormaat] = new("'{tekst}' is not a work plan format; expected \"{formaat}\".", "'{tekst}' is geen werkplanformaat; verwacht \"{formaat}\"."),
        [Melding.GeenScenarioFormaat] = new("'{tekst}' is not a supported scenario format; expected \"{formaat}\".", "'{tekst}' is geen ondersteund scenarioformaat; verwacht \"{formaat}\"."),
        [Melding.GeenKalenderFormaat] = new("'{tekst}' is not a supported calendar format; expected \"{formaat}\".", "'{tekst}' is geen ondersteund kalenderformaat; verwacht \"{formaat}\"."),
        [Melding.GeenDatum] = new("'{tekst}' is not a date of the form yyyy-MM-dd in the years 0001 to 9999.", "'{tekst}' is geen datum van de vorm jjjj-MM-dd in de jaren 0001 tot en met 9999."),
        [Melding.GeenKwartaal] = new("'{tekst}' is not a quarter of the form yyyy-Qn, such as 2022-Q3.", "'{tekst}' is geen kwartaal van de vorm jjjj-Qn, zoals 2022-Q3."),
        [Melding.GeenPlanning] = new("'{tekst}' is neither a quarter of the form yyyy-Qn nor \"n.t.b.\".", "'{tekst}' is geen kwartaal van de vorm jjjj-Qn en ook geen \"n.t.b.\"."),
        [Melding.BuitenSchaal] = new("Expected a whole number from -3 to 3 (the interaction scale); found {gevonden}.", "Verwacht een geheel getal van -3 tot en met 3 (de schaal van wisselwerking); gevonden: {gevonden}."),
        [Melding.AlleenVersie2] = new(
            "This field is part of the format \"{formaat}\"; a \"{versie1}\" document cannot have it.",
            "Dit veld hoort bij het formaat \"{formaat}\"; een document in \"{versie1}\" kan het niet hebben."),
        [Melding.Versie1MetVersie2] = new(
            "The document says \"{versie1}\" but uses what only \"{formaat}\" has (a profile, a meeting kind or a stage Zuid-Kennemerland's profile does not define).",
            "Het document zegt \"{versie1}\" maar gebruikt wat alleen \"{formaat}\" heeft (een profiel, een bijeenkomstsoort of een fase die het profiel van Zuid-Kennemerland niet kent)."),
        [Melding.TekstTeLang] = new("The string is longer than the format allows ({tekst} characters; at most {max}).", "De tekst is langer dan het formaat toestaat ({tekst} tekens; hoogstens {max})."),
        [Melding.LijstTeLang] = new("The list is longer than the format allows (at most {max} elements).", "De lijst is langer dan het formaat toestaat (hoogstens {max} elementen)."),
        [Melding.LooptijdOmgekeerd] = new("The period ends ({einde}) before it begins ({begin}).", "De looptijd eindigt ({einde}) voordat hij begint ({begin})."),
        [Melding.PeriodeOmgekeerd] = new("The blocked period ends ({einde}) before it begins ({begin}).", "De geblokkeerde periode eindigt ({einde}) voordat hij begint ({begin})."),
    };

    /// <summary>The entries, for the test that every message has both languages.</summary>
    internal static IReadOnlyDictionary<Melding, Tekst> Alle => Tabel;

    /// <summary>The message with its placeholders filled in, in both languages.</summary>
    public static Tekst Format(Melding melding, params ReadOnlySpan<(string Naam, Tekst Waarde)> waarden)
    {
        var tekst = Tabel[melding];
        var en = new StringBuilder(tekst.En);
        var nl = new StringBuilder(tekst.Nl);
        foreach (var (naam, waarde) in waarden)
        {
            en.Replace("{" + naam + "}", Toon(naam, waarde.En));
            nl.Replace("{" + naam + "}", Toon(naam, waarde.Nl));
        }

        return new Tekst(en.ToString(), nl.ToString());
    }

    // A placeholder's value as the message shows it: escaped, and a value quoted from the document (what was found, its
    // text, a field name) shortened, so that a message stays one line however long or odd the document's value is.
    private static string Toon(string naam, string waarde) => naam switch
    {
        "gevonden" or "tekst" => Weergave.Shorten(waarde),
        "veld" => Weergave.Shorten(waarde, 2 * Weergave.MaxWaarde),
        _ => Weergave.Escape(waarde),
    };
}

/// <summary>A text in English and in Dutch.</summary>
internal readonly record struct Tekst(string En, string Nl)
{
    /// <summary>The same text in both languages (a value quoted from the document, a field name).</summary>
    public static Tekst Letterlijk(string tekst) => new(tekst, tekst);
}
