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
            output.WriteLine($"{b.Code} {BevindingenJson.Naam(b.Severity),-7} {(b.Path.Length == 0 ? "(plan)" : b.Path)}");
            output.WriteLine($"        {b.Message}");
        }

        var fouten = bevindingen.Count(b => b.Severity == FindingSeverity.Error);
        var waarschuwingen = bevindingen.Count(b => b.Severity == FindingSeverity.Warning);
        var info = bevindingen.Count - fouten - waarschuwingen;
        output.WriteLine(taal == Taal.En
            ? $"{fouten} error(s), {waarschuwingen} warning(s), {info} info"
            : $"{fouten} fout(en), {waarschuwingen} waarschuwing(en), {info} info");
    }

    public static string RulesText(Taal taal)
    {
        var text = new StringBuilder();
        foreach (var regel in Regelcatalogus.Regels)
        {
            text.Append(CultureInfo.InvariantCulture, $"{regel.Code} {BevindingenJson.Naam(regel.Severity),-7} {regel.Omschrijving(taal)}\n");
        }

        return text.ToString();
    }
}
