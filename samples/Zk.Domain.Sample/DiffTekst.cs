using Zk.Domain.Besturing;
using Zk.Domain.Documenten.Export;
using Zk.Domain.Wijzigingen;

namespace Zk.Domain.Sample;

/// <summary>Prints the comparison of two versions of a plan: per level that differs its heading and one line per difference.</summary>
internal static class DiffTekst
{
    public static void Write(Versievergelijking vergelijking, string oud, string nieuw, Bestuursprofiel profiel, Taal taal, TextWriter output)
    {
        output.WriteLine(Woorden.Format(Woord.VerschillenTussen, taal, ("oud", oud), ("nieuw", nieuw)));
        if (vergelijking.IsLeeg)
        {
            output.WriteLine(Woorden.Naam(Woord.GeenVerschillen, taal));
            return;
        }

        foreach (var (kop, regels) in WijzigingenExport.Secties(vergelijking, taal, profiel))
        {
            output.WriteLine();
            output.WriteLine(kop + ":");
            foreach (var regel in regels)
            {
                output.WriteLine("    " + regel);
            }
        }
    }
}
