using Zk.Domain.Samenhang;
using Zk.Domain.Werkplannen;

namespace Zk.Domain.Sample;

/// <summary>Prints the coherence analysis: the matrix, the links per action, the botsproef.</summary>
internal static class SamenhangTekst
{
    public static void Write(Werkplan plan, SamenhangAnalyse analyse, Taal taal, TextWriter output)
    {
        string W(Woord woord) => Woorden.Naam(woord, taal);
        output.WriteLine(W(Woord.Interactiematrix));
        if (plan.Hoofdopgaven.Count > MaxKolommen)
        {
            // Too many main tasks for a square matrix (its size grows with their square): the cells that have a link, one a
            // line, each main task by its name (the first with that id).
            var namen = plan.Hoofdopgaven.DistinctBy(h => h.Id, StringComparer.Ordinal).ToDictionary(h => h.Id, h => h.Naam, StringComparer.Ordinal);
            foreach (var cel in analyse.Matrix)
            {
                output.WriteLine($"  {Kort(namen.GetValueOrDefault(cel.Van, cel.Van), Breedte)} × {Kort(namen.GetValueOrDefault(cel.Naar, cel.Naar), Breedte)}: +{cel.Koppelkansen} −{cel.Vraagstukken}");
            }
        }
        else
        {
            WriteMatrix(plan, analyse, output);
        }

        output.WriteLine();
        output.WriteLine(W(Woord.PerActie));
        foreach (var a in analyse.PerActie)
        {
            output.WriteLine($"  {a.Actie,-5} {W(Woord.Kansen)}: {Lijst(a.Koppelkansen)}   {W(Woord.Vraagstukken)}: {Lijst(a.Vraagstukken)}");
        }

        output.WriteLine();
        output.WriteLine(W(Woord.BotsproefVraag));
        foreach (var b in analyse.Botsproef)
        {
            var besluiten = string.Join(", ", b.Besluiten.Where(x => x.Besluit is not null).Select(x => $"{x.Actie} @ {x.Besluit}"));
            var oordeel = b.Samen switch
            {
                true => W(Woord.Samen),
                false => W(Woord.NietSamen),
                null => W(Woord.NietVanToepassing),
            };
            output.WriteLine($"  {b.Vraagstuk,-3} {oordeel,-12} {b.Titel}{(besluiten.Length > 0 ? $" ({besluiten})" : string.Empty)}");
        }
    }

    // The widest matrix printed as a square: more main tasks get the list of non-empty cells.
    private const int MaxKolommen = 30;

    private const int Breedte = 20;

    private static void WriteMatrix(Werkplan plan, SamenhangAnalyse analyse, TextWriter output)
    {
        // The cell of each pair of main task ids, either way round; the first cell in the matrix's order wins (a plan
        // may repeat an id, ZK001). A lookup per pair instead of a scan of the matrix per pair.
        var cellen = new Dictionary<(string, string), MatrixCel>();
        foreach (var c in analyse.Matrix)
        {
            cellen.TryAdd((c.Van, c.Naar), c);
            cellen.TryAdd((c.Naar, c.Van), c);
        }

        output.Write(new string(' ', Breedte));
        foreach (var h in plan.Hoofdopgaven)
        {
            output.Write($" {Kort(h.Naam, 12),-12}");
        }

        output.WriteLine();
        foreach (var rij in plan.Hoofdopgaven)
        {
            output.Write($"{Kort(rij.Naam, Breedte - 1),-20}");
            foreach (var kolom in plan.Hoofdopgaven)
            {
                var tekst = cellen.TryGetValue((rij.Id, kolom.Id), out var cel) ? $"+{cel.Koppelkansen} −{cel.Vraagstukken}" : "·";
                output.Write($" {tekst,-12}");
            }

            output.WriteLine();
        }
    }

    private static string Lijst(IEnumerable<string> ids) => ids.Any() ? string.Join(", ", ids) : "—";

    private static string Kort(string tekst, int lengte) => Overzicht.Kort(tekst, lengte);
}
