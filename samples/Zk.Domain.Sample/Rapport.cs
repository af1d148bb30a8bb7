using System.Globalization;
using System.Text;
using Zk.Domain.Collections;
using Zk.Domain.Regels;

namespace Zk.Domain.Sample;

/// <summary>Prints findings and the rules catalogue.</summary>
internal static class Rapport
{
    public static void WriteFindings(ValueArray<Bevinding> bevindingen, Taal taal, TextWriter output)
    {
        foreach (var b in bevindingen)
        {
            output.WriteLine($"{b.Code} {Ernst(b.Severity, taal)} {(b.Path.Length == 0 ? Woorden.Naam(Woord.HetPlan, taal) : b.Path)}");
            output.WriteLine($"        {b.Message}");
        }

        var fouten = bevindingen.Count(b => b.Severity == FindingSeverity.Error);
        var waarschuwingen = bevindingen.Count(b => b.Severity == FindingSeverity.Warning);
        var info = bevindingen.Count - fouten - waarschuwingen;
        output.WriteLine(Woorden.Format(Woord.Bevindingentelling, taal, ("fouten", Getal(fouten)), ("waarschuwingen", Getal(waarschuwingen)), ("info", Getal(info))));
    }

    // The findings as a Markdown list (for run --format markdown when the plan or scenario has errors).
    public static void WriteFindingsMarkdown(ValueArray<Bevinding> bevindingen, Taal taal, TextWriter output)
    {
        output.WriteLine(taal == Taal.En ? "# Findings" : "# Bevindingen");
        output.WriteLine();
        output.WriteLine(taal == Taal.En ? "| code | severity | path | message |" : "| code | ernst | pad | melding |");
        output.WriteLine("|---|---|---|---|");
        foreach (var b in bevindingen)
        {
            var pad = b.Path.Length == 0 ? Woorden.Naam(Woord.HetPlan, taal) : b.Path;
            output.WriteLine($"| {RunTekst.Cel(b.Code)} | {RunTekst.Cel(Woorden.Naam(b.Severity, taal))} | {RunTekst.Cel(pad)} | {RunTekst.Cel(b.Message)} |");
        }

        output.WriteLine();
        var fouten = bevindingen.Count(b => b.Severity == FindingSeverity.Error);
        var waarschuwingen = bevindingen.Count(b => b.Severity == FindingSeverity.Warning);
        output.WriteLine(Woorden.Format(Woord.Bevindingentelling, taal, ("fouten", Getal(fouten)), ("waarschuwingen", Getal(waarschuwingen)), ("info", Getal(bevindingen.Count - fouten - waarschuwingen))));
    }

    public static string RulesText(Taal taal)
    {
        var text = new StringBuilder();
        foreach (var regel in Regelcatalogus.Regels)
        {
            text.Append(CultureInfo.InvariantCulture, $"{regel.Code} {Ernst(regel.Severity, taal)} {regel.Omschrijving(taal)}\n");
        }

        return text.ToString();
    }

    // A severity's name, padded to the longest in the language so that the columns after it line up.
    private static string Ernst(FindingSeverity severity, Taal taal)
    {
        var breedte = Enum.GetValues<FindingSeverity>().Max(s => Woorden.Naam(s, taal).Length);
        return Woorden.Naam(severity, taal).PadRight(breedte);
    }

    private static string Getal(int n) => n.ToString(CultureInfo.InvariantCulture);
}
