using Zk.Domain.Samenhang;
using Zk.Domain.Werkplannen;

namespace Zk.Domain.Sample;

/// <summary>Prints the coherence analysis: the matrix, the links per action, the botsproef.</summary>
internal static class SamenhangTekst
{
    public static void Write(Werkplan plan, SamenhangAnalyse analyse, Taal taal, TextWriter output)
    {
        string T(string nl, string en) => taal == Taal.Nl ? nl : en;
        var opgaven = plan.Hoofdopgaven.Select(h => h.Id).ToList();
        const int Breedte = 20;
        output.WriteLine(T("Interactiematrix (+ koppelkansen, − vraagstukken)", "Interaction matrix (+ koppelkansen, − vraagstukken)"));
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
        output.WriteLine(T("Per actie", "Per action"));
        foreach (var a in analyse.PerActie)
        {
            output.WriteLine($"  {a.Actie,-5} {T("kansen", "synergies")}: {Lijst(a.Koppelkansen)}   {T("vraagstukken", "dilemmas")}: {Lijst(a.Vraagstukken)}");
        }

        output.WriteLine();
        output.WriteLine(T("Botsproef: worden de vraagstukken samen afgewogen?", "Botsproef: are the dilemmas weighed together?"));
        foreach (var b in analyse.Botsproef)
        {
            var besluiten = string.Join(", ", b.Besluiten.Where(x => x.Besluit is not null).Select(x => $"{x.Actie} @ {x.Besluit}"));
            var oordeel = b.Samen switch
            {
                true => T("samen", "together"),
                false => T("niet samen", "not together"),
                null => T("n.v.t.", "n/a"),
            };
            output.WriteLine($"  {b.Vraagstuk,-3} {oordeel,-12} {b.Titel}{(besluiten.Length > 0 ? $" ({besluiten})" : string.Empty)}");
        }
    }

    private static string Lijst(IEnumerable<string> ids) => ids.Any() ? string.Join(", ", ids) : "—";

    private static string Kort(string tekst, int lengte) => tekst.Length > lengte ? tekst[..(lengte - 1)] + "…" : tekst;
}
