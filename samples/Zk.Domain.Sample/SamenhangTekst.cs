using Zk.Domain.Samenhang;
using Zk.Domain.Werkplannen;

namespace Zk.Domain.Sample;

/// <summary>Prints the coherence analysis: the matrix, the links per action, the botsproef.</summary>
internal static class SamenhangTekst
{
    public static void Write(Werkplan plan, SamenhangAnalyse analyse, Taal taal, TextWriter output)
    {
        string W(Woord woord) => Woorden.Naam(woord, taal);
        var opgaven = plan.Hoofdopgaven.Select(h => h.Id).ToList();
        const int Breedte = 20;
        output.WriteLine(W(Woord.Interactiematrix));
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
                var cel = analyse.Matrix.FirstOrDefault(c => (c.Van == rij.Id && c.Naar == kolom.Id) || (c.Van == kolom.Id && c.Naar == rij.Id));
                var tekst = cel is null ? "·" : $"+{cel.Koppelkansen} −{cel.Vraagstukken}";
                output.Write($" {tekst,-12}");
            }

            output.WriteLine();
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

    private static string Lijst(IEnumerable<string> ids) => ids.Any() ? string.Join(", ", ids) : "—";

    private static string Kort(string tekst, int lengte) => Overzicht.Kort(tekst, lengte);
}
