using NodaTime.Text;
using Zk.Domain.Besturing;
using Zk.Domain.Partijen;
using Zk.Domain.Werkplannen;

namespace Zk.Domain.Sample;

/// <summary>Prints a plan as text: main tasks with their actions and leads, the planning table, the results.</summary>
internal static class Overzicht
{
    public static void Write(Werkplan plan, Taal taal, TextWriter output)
    {
        string W(Woord woord) => Woorden.Naam(woord, taal);
        // A plan may name a party twice (ZK001 reports it): the first one names it.
        var namen = plan.Partijen.DistinctBy(p => p.Id, StringComparer.Ordinal).ToDictionary(p => p.Id, p => p.Naam, StringComparer.Ordinal);
        string Naam(string id) => namen.GetValueOrDefault(id, id);

        output.WriteLine(plan.Titel);
        output.WriteLine(new string('=', plan.Titel.Length));
        output.WriteLine($"{W(Woord.Regio)}: {plan.Regio}");
        output.WriteLine($"{W(Woord.Looptijd)}: {Datum(plan.Looptijd.Start)} {W(Woord.TotEnMet)} {Datum(plan.Looptijd.End)}");
        output.WriteLine($"{W(Woord.Deelnemers)}: {string.Join(", ", plan.Deelnemers.Select(Naam))}");
        if (plan.Convenant is { } convenant)
        {
            output.WriteLine($"{W(Woord.Convenant)}: {convenant.Naam} ({Datum(convenant.Ondertekend)})");
        }

        // The actions per main task id, in the plan's order: one pass over the actions, not one per main task.
        var perOpgave = plan.Acties.ToLookup(a => a.Hoofdopgave, StringComparer.Ordinal);
        foreach (var hoofdopgave in plan.Hoofdopgaven)
        {
            output.WriteLine();
            output.WriteLine(hoofdopgave.Hoofdstuk is { } h ? $"{h}. {hoofdopgave.Naam}" : hoofdopgave.Naam);
            foreach (var actie in perOpgave[hoofdopgave.Id])
            {
                output.WriteLine($"  {actie.Id,-4} {actie.Titel}");
                output.WriteLine($"       {W(Woord.Trekker)}: {Trekker(actie.Trekkerschap, Naam, taal)}");
                foreach (var deel in actie.Deelacties.Where(d => d.Trekkerschap is not null))
                {
                    output.WriteLine($"         {deel.Id,-14} {Trekker(deel.Trekkerschap!, Naam, taal)}");
                }
            }
        }

        WriteTabel(plan, output, taal);

        output.WriteLine();
        output.WriteLine(Woorden.Bereikt(plan.Looptijd, taal));
        foreach (var actie in plan.Acties)
        {
            foreach (var resultaat in actie.Resultaten)
            {
                output.WriteLine($"  {actie.Id,-4} {resultaat.Omschrijving}");
            }
        }
    }

    internal static void WriteTabel(Werkplan plan, TextWriter output, Taal taal, bool markdown = false)
    {
        string W(Woord woord) => Woorden.Naam(woord, taal);
        var tabel = Planningstabel.From(plan);
        if (markdown)
        {
            output.WriteLine("## " + W(Woord.PlanningVanDeRaadsmomenten));
            output.WriteLine();
            output.WriteLine($"| {W(Woord.Actie)} | {string.Join(" | ", tabel.Kwartalen)} | N.t.b. |");
            output.WriteLine($"|---|{string.Concat(tabel.Kwartalen.Select(_ => "---|"))}---|");
            foreach (var regel in tabel.Regels)
            {
                var cellen = tabel.Kwartalen.Select(k => string.Join("+", regel.In(k).Select(m => plan.Profiel.Afkorting(m.Fase))));
                output.WriteLine($"| {RunTekst.Cel(regel.Actie + " " + regel.Titel)} | {string.Join(" | ", cellen.Select(RunTekst.Cel))} | {RunTekst.Cel(string.Join(", ", regel.NogTeBepalen.Select(m => plan.Profiel.Afkorting(m.Fase))))} |");
            }

            return;
        }

        const int Breedte = 30;
        output.WriteLine();
        output.WriteLine(W(Woord.PlanningVanDeRaadsmomenten));
        output.Write(new string(' ', Breedte + 2));
        foreach (var kwartaal in tabel.Kwartalen)
        {
            output.Write($" {kwartaal,-8}");
        }

        output.WriteLine();
        foreach (var regel in tabel.Regels)
        {
            var titel = $"{regel.Actie} {regel.Titel}";
            output.Write($"  {Kort(titel, Breedte),-30}");
            foreach (var kwartaal in tabel.Kwartalen)
            {
                output.Write($" {string.Join("+", regel.In(kwartaal).Select(m => plan.Profiel.Afkorting(m.Fase))),-8}");
            }

            if (!regel.NogTeBepalen.IsEmpty)
            {
                output.Write($" N.t.b.: {string.Join(", ", regel.NogTeBepalen.Select(m => plan.Profiel.Afkorting(m.Fase)))}");
            }

            output.WriteLine();
        }

        output.WriteLine("  " + Legenda(plan.Profiel, taal));
    }

    // The legend of the stages' abbreviations: the word table's for Zuid-Kennemerland's profile, else from the profile.
    private static string Legenda(Bestuursprofiel profiel, Taal taal) =>
        profiel == Bestuursprofiel.ZuidKennemerland
            ? Woorden.Naam(Woord.Legenda, taal)
            : string.Join(", ", profiel.Fasen.Select(f => $"{f.Afkorting} = {Woorden.Naam(f, taal)}"));

    private static string Trekker(Trekkerschap trekkerschap, Func<string, string> naam, Taal taal)
    {
        string W(Woord woord) => Woorden.Naam(woord, taal);
        var bestuurlijk = string.Join(" & ", trekkerschap.Bestuurlijk.Select(naam));
        var ambtelijk = string.Join(" & ", trekkerschap.Ambtelijk.Select(naam));
        var tekst = bestuurlijk.Length == 0
            ? W(Woord.PerDeelactie)
            : ambtelijk == bestuurlijk ? bestuurlijk : $"{bestuurlijk} ({W(Woord.Bestuurlijk)}), {ambtelijk} ({W(Woord.Ambtelijk)})";
        if (trekkerschap.Regie is { } regie)
        {
            tekst += $" — {W(Woord.Regie)}: {naam(regie)}";
        }

        if (!trekkerschap.Partners.IsEmpty)
        {
            tekst += $" — {W(Woord.InSamenwerkingMet)} {string.Join(", ", trekkerschap.Partners.Select(naam))}";
        }

        return tekst;
    }

    // A title cut to fit a column: escaped first (so that the cut sees what is shown), never inside a surrogate pair.
    internal static string Kort(string tekst, int lengte)
    {
        var escaped = Weergave.Escape(tekst);
        if (escaped.Length <= lengte)
        {
            return escaped;
        }

        var einde = lengte - 1;
        if (char.IsHighSurrogate(escaped[einde - 1]))
        {
            einde--;
        }

        return escaped[..einde] + "…";
    }

    private static string Datum(NodaTime.LocalDate datum) => LocalDatePattern.Iso.Format(datum);
}
