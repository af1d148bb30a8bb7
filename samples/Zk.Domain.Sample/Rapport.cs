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
        output.WriteLine(Woorden.Vul(Woord.Bevindingentelling, taal, ("fouten", Getal(fouten)), ("waarschuwingen", Getal(waarschuwingen)), ("info", Getal(info))));
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
