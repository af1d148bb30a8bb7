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
        string T(string nl, string en) => taal == Taal.Nl ? nl : en;
        var namen = plan.Partijen.ToDictionary(p => p.Id, p => p.Naam, StringComparer.Ordinal);
        string Naam(string id) => namen.GetValueOrDefault(id, id);

        output.WriteLine(plan.Titel);
        output.WriteLine(new string('=', plan.Titel.Length));
        output.WriteLine($"{T("Regio", "Region")}: {plan.Regio}");
        output.WriteLine($"{T("Looptijd", "Period")}: {Datum(plan.Looptijd.Start)} {T("t/m", "to")} {Datum(plan.Looptijd.End)}");
        output.WriteLine($"{T("Deelnemers", "Members")}: {string.Join(", ", plan.Deelnemers.Select(Naam))}");
        if (plan.Convenant is { } convenant)
        {
            output.WriteLine($"{T("Convenant", "Agreement")}: {convenant.Naam} ({Datum(convenant.Ondertekend)})");
        }

        foreach (var hoofdopgave in plan.Hoofdopgaven)
        {
            output.WriteLine();
            output.WriteLine(hoofdopgave.Hoofdstuk is { } h ? $"{h}. {hoofdopgave.Naam}" : hoofdopgave.Naam);
            foreach (var actie in plan.Acties.Where(a => a.Hoofdopgave == hoofdopgave.Id))
            {
                output.WriteLine($"  {actie.Id,-4} {actie.Titel}");
                output.WriteLine($"       {T("trekker", "lead")}: {Trekker(actie.Trekkerschap, Naam, T)}");
                foreach (var deel in actie.Deelacties.Where(d => d.Trekkerschap is not null))
                {
                    output.WriteLine($"         {deel.Id,-14} {Trekker(deel.Trekkerschap!, Naam, T)}");
                }
            }
        }

        WriteTabel(plan, output, T);

        output.WriteLine();
        output.WriteLine(T("Wat hebben we in 2023 bereikt?", "What have we achieved by 2023?"));
        foreach (var actie in plan.Acties)
        {
            foreach (var resultaat in actie.Resultaten)
            {
                output.WriteLine($"  {actie.Id,-4} {resultaat.Omschrijving}");
            }
        }
    }

    internal static void WriteTabel(Werkplan plan, TextWriter output, Func<string, string, string> t, bool markdown = false)
    {
        var tabel = Planningstabel.From(plan);
        if (markdown)
        {
            output.WriteLine("## " + t("Planning van de raadsmomenten", "Planned council moments"));
            output.WriteLine();
            output.WriteLine($"| {t("actie", "action")} | {string.Join(" | ", tabel.Kwartalen)} | N.t.b. |");
            output.WriteLine($"|---|{string.Concat(tabel.Kwartalen.Select(_ => "---|"))}---|");
            foreach (var regel in tabel.Regels)
            {
                var cellen = tabel.Kwartalen.Select(k => string.Join("+", regel.In(k).Select(m => Afkorting(m.Fase))));
                output.WriteLine($"| {regel.Actie} {regel.Titel} | {string.Join(" | ", cellen)} | {string.Join(", ", regel.NogTeBepalen.Select(m => Afkorting(m.Fase)))} |");
            }

            return;
        }

        const int Breedte = 30;
        output.WriteLine();
        output.WriteLine(t("Planning van de raadsmomenten", "Planned council moments"));
        output.Write(new string(' ', Breedte + 2));
        foreach (var kwartaal in tabel.Kwartalen)
        {
            output.Write($" {kwartaal,-8}");
        }

        output.WriteLine();
        foreach (var regel in tabel.Regels)
        {
            var titel = $"{regel.Actie} {regel.Titel}";
            output.Write($"  {(titel.Length > Breedte ? titel[..(Breedte - 1)] + "…" : titel),-30}");
            foreach (var kwartaal in tabel.Kwartalen)
            {
                output.Write($" {string.Join("+", regel.In(kwartaal).Select(m => Afkorting(m.Fase))),-8}");
            }

            if (!regel.NogTeBepalen.IsEmpty)
            {
                output.Write($" N.t.b.: {string.Join(", ", regel.NogTeBepalen.Select(m => Afkorting(m.Fase)))}");
            }

            output.WriteLine();
        }

        output.WriteLine(t(
            "  V=verkenning I=informatie T=terugkoppeling B=bespreking 50/80=versie C=concept BV=besluitvorming",
            "  V=exploration I=information T=feedback B=discussion 50/80=version C=concept BV=decision"));
    }

    private static string Afkorting(Fase fase) => fase switch
    {
        Fase.Verkenning => "V",
        Fase.Informatie => "I",
        Fase.Terugkoppeling => "T",
        Fase.Bespreking => "B",
        Fase.Versie50 => "50",
        Fase.Versie80 => "80",
        Fase.Concept => "C",
        Fase.Besluitvorming => "BV",
        _ => "E",
    };

    private static string Trekker(Trekkerschap trekkerschap, Func<string, string> naam, Func<string, string, string> t)
    {
        var bestuurlijk = string.Join(" & ", trekkerschap.Bestuurlijk.Select(naam));
        var ambtelijk = string.Join(" & ", trekkerschap.Ambtelijk.Select(naam));
        var tekst = bestuurlijk.Length == 0
            ? t("per deelactie", "per sub-action")
            : ambtelijk == bestuurlijk ? bestuurlijk : $"{bestuurlijk} ({t("bestuurlijk", "political")}), {ambtelijk} ({t("ambtelijk", "civil service")})";
        if (trekkerschap.Regie is { } regie)
        {
            tekst += $" — {t("coördineert; regie", "coordinates; lead role")}: {naam(regie)}";
        }

        if (!trekkerschap.Partners.IsEmpty)
        {
            tekst += $" — {t("i.s.m.", "with")} {string.Join(", ", trekkerschap.Partners.Select(naam))}";
        }

        return tekst;
    }

    private static string Datum(NodaTime.LocalDate datum) => LocalDatePattern.Iso.Format(datum);
}
