using System.Globalization;
using NodaTime;
using NodaTime.Text;
using Zk.Domain.Collections;
using Zk.Domain.Regels;
using Zk.Domain.Tijd;
using Zk.Domain.Verloop;
using Zk.Domain.Werkplannen;

namespace Zk.Domain.Sample;

/// <summary>Prints a plan run quarter by quarter, as text for a terminal or as a Markdown progress report.</summary>
internal static class RunTekst
{
    public static void Write(Werkplan plan, Besturing.Vergaderkalender kalender, Runverslag verslag, ValueArray<Bevinding> waarschuwingen, string scenario, string kalendertekst, Taal taal, bool markdown, bool kleur, TextWriter o)
    {
        string W(Woord woord) => Woorden.Naam(woord, taal);
        // A plan may name a party twice (ZK001 reports it): the first one names it.
        var namen = plan.Partijen.DistinctBy(p => p.Id, StringComparer.Ordinal).ToDictionary(p => p.Id, p => p.Naam, StringComparer.Ordinal);
        string Naam(string id) => namen.GetValueOrDefault(id, id);
        var kop = markdown ? "# " : string.Empty;
        var sub = markdown ? "## " : "── ";
        var subEind = markdown ? string.Empty : " ──";

        o.WriteLine(kop + plan.Titel);
        if (!markdown)
        {
            o.WriteLine(new string('=', plan.Titel.Length));
        }

        o.WriteLine();
        o.WriteLine($"{W(Woord.Looptijd)}: {Datum(plan.Looptijd.Start)} {W(Woord.TotEnMet)} {Datum(plan.Looptijd.End)}; {W(Woord.VerloopTot)} {Datum(verslag.Eind.Datum)}");
        o.WriteLine($"{W(Woord.Deelnemers)}: {string.Join(", ", plan.Deelnemers.Select(Naam))}");
        o.WriteLine($"{W(Woord.Scenario)}: {scenario}");
        o.WriteLine(kalendertekst);
        o.WriteLine();
        o.WriteLine(markdown ? "## " + W(Woord.Waarschuwingen) : W(Woord.Waarschuwingen) + ":");
        if (markdown)
        {
            o.WriteLine();
        }

        foreach (var w in waarschuwingen)
        {
            o.WriteLine($"{(markdown ? "- " : "  ")}{w.Code} {w.Message}");
        }

        if (waarschuwingen.IsEmpty)
        {
            o.WriteLine(markdown ? "- —" : "  —");
        }

        o.WriteLine();
        Overzicht.WriteTabel(plan, o, taal, markdown);

        var perDatum = verslag.Gebeurtenissen.Skip(1).ToLookup(g => Kwartaal.FromDate(g.Datum));
        // Quarter by quarter up to and including the last (9999-Q4 has no next quarter: the loop stops before asking for it).
        var laatste = Kwartaal.FromDate(verslag.Eind.Datum);
        for (var k = Kwartaal.FromDate(plan.Looptijd.Start); k <= laatste; k = k == laatste ? k : k.Next())
        {
            o.WriteLine();
            o.WriteLine($"{sub}{k}{subEind}");
            if (markdown)
            {
                o.WriteLine();
            }

            foreach (var g in perDatum[k])
            {
                var regel = Regel(g, Naam, plan, kalender, taal);
                if (regel is not null)
                {
                    o.WriteLine($"{(markdown ? "- " : "  ")}{Datum(g.Datum)}  {regel}");
                }
            }

            var stand = verslag.At(plan, Min(k.LaatsteDag, verslag.Eind.Datum));
            if (markdown)
            {
                o.WriteLine();
                o.WriteLine($"| {W(Woord.Actie)} | {W(Woord.Status)} | {W(Woord.VolgendMoment)} |");
                o.WriteLine("|---|---|---|");
            }
            else
            {
                o.WriteLine($"  {W(Woord.Stand)}:");
            }
            foreach (var a in stand.Acties)
            {
                var volgend = a.VolgendMoment is { } v ? $"{plan.Profiel.FaseNaam(v.Fase, taal)} {Datum(v.Datum)}" : "—";
                if (markdown)
                {
                    o.WriteLine($"| {Cel(a.Actie)} | {Cel(Woorden.Naam(a.Status, taal))} | {Cel(volgend)} |");
                }
                else
                {
                    o.Write($"    {a.Actie,-5} ");
                    Gekleurd(o, $"{Woorden.Naam(a.Status, taal),-12}", a.Status, kleur);
                    o.WriteLine($" {W(Woord.Volgend)}: {volgend}");
                }
            }

            if (k == laatste)
            {
                break;
            }
        }

        o.WriteLine();
        var terugblik = Woorden.Bereikt(plan.Looptijd, taal);
        o.WriteLine(markdown ? "## " + terugblik : terugblik);
        var acties = plan.Acties.DistinctBy(x => x.Id, StringComparer.Ordinal).ToDictionary(x => x.Id, StringComparer.Ordinal);
        foreach (var a in verslag.Eind.Acties)
        {
            var actie = acties[a.Actie];
            o.WriteLine();
            o.WriteLine($"{(markdown ? "### " : "  ")}{actie.Id} {actie.Titel} — {Woorden.Naam(a.Status, taal)}");
            foreach (var r in a.Rondes)
            {
                var afwijkingen = r.Uitkomst.Afwijkingen.IsEmpty ? string.Empty : ": " + string.Join("; ", r.Uitkomst.Afwijkingen.Select(x => Naam(x.Gemeente) + Amendement(x.Amendement, taal)));
                o.WriteLine($"{(markdown ? "- " : "    ")}{Woorden.Format(Woord.RondeNummer, taal, ("ronde", Getal(r.Ronde)))} ({Datum(r.Datum)}): {Woorden.Naam(r.Uitkomst.Uitkomst, taal)}{afwijkingen}");
            }

            foreach (var r in actie.Resultaten)
            {
                var bereikt = a.ResultatenBereikt.AsSpan().Contains(r.Id);
                o.WriteLine($"{(markdown ? "- " : "    ")}[{(bereikt ? "x" : " ")}] {r.Omschrijving}");
            }
        }
    }

    private static string? Regel(Gebeurtenis g, Func<string, string> naam, Werkplan plan, Besturing.Vergaderkalender kalender, Taal taal)
    {
        string W(Woord woord) => Woorden.Naam(woord, taal);
        string Fase(Besturing.Fase fase) => plan.Profiel.FaseNaam(fase, taal);

        // A meeting is named by its kind in the plan's profile: the kind the run's calendar gives it (or the plan, for a
        // meeting only the plan lists); the profile's first kind when neither names one.
        string Bijeenkomst(string id) => plan.Profiel.BijeenkomstNaam(
            (kalender.Radenbijeenkomsten.FirstOrDefault(r => r.Id == id) ?? plan.Radenbijeenkomsten.FirstOrDefault(r => r.Id == id))?.Soort, taal);
        return g switch
        {
            BijeenkomstGehouden b => $"{Bijeenkomst(b.Radenbijeenkomst)} {b.Radenbijeenkomst}",
            BijeenkomstGeannuleerd b => $"{Bijeenkomst(b.Radenbijeenkomst)} {b.Radenbijeenkomst} {W(Woord.Geannuleerd)}",
            MomentBesproken m => $"    {m.Actie,-5} {Fase(m.Fase)}",
            MomentVerschoven v => $"    {v.Actie,-5} {Fase(v.Fase)} {W(Woord.Verschoven)} {v.Van} → {v.Naar ?? W(Woord.GeenBijeenkomstMeer)}",
            RaadBesloten r => $"    {r.Actie,-5} {W(Woord.RaadVan)} {naam(r.Gemeente)}: {Woorden.Naam(r.Besluit, taal)}{Amendement(r.Amendement, taal)}{Ronde(r.Ronde, taal)}",
            VoorstelVastgesteld { Afwijkingen.IsEmpty: true } v => $"    {v.Actie,-5} {W(Woord.DoorAlleRadenVastgesteld)}{Ronde(v.Ronde, taal)}",
            VoorstelVastgesteld v => $"    {v.Actie,-5} {W(Woord.VastgesteldMetAfwijkingen)}{Ronde(v.Ronde, taal)}: {string.Join("; ", v.Afwijkingen.Select(a => naam(a.Gemeente) + Amendement(a.Amendement, taal)))}",
            VoorstelNietVastgesteld { Uitkomst: Besluituitkomst.Verworpen } v => $"    {v.Actie,-5} {W(Woord.DoorAlleRadenVerworpen)}{Ronde(v.Ronde, taal)}",
            VoorstelNietVastgesteld v => $"    {v.Actie,-5} {W(Woord.NietVastgesteld)}{Ronde(v.Ronde, taal)}",
            RondeGepland n => $"    {n.Actie,-5} {Woorden.Format(Woord.NieuweRonde, taal, ("ronde", Getal(n.Ronde)))}: {Fase(n.Fase)} → {n.Naar ?? W(Woord.GeenBijeenkomstMeer)}",
            FinancieringGevonden f => $"    {f.Actie,-5} {W(Woord.FinancieringGevonden)}",
            _ => null,
        };
    }

    // A round after the first is named; the first is the rule and is not.
    private static string Ronde(int ronde, Taal taal) => ronde == 1 ? string.Empty : $" ({Woorden.Format(Woord.RondeNummer, taal, ("ronde", Getal(ronde)))})";

    // An amendment's summary, when it has one, and the regional board's verdict.
    private static string Amendement(Amendement? amendement, Taal taal) => amendement is null
        ? string.Empty
        : $"{(amendement.Samenvatting is { } samenvatting ? $" \"{samenvatting}\"" : string.Empty)}, {Woorden.Naam(amendement.Oordeel, taal)}";

    // ANSI colours for the status, after padding so that the columns stay aligned; written raw (they are the console's own).
    private static void Gekleurd(TextWriter o, string tekst, ActieStatus status, bool kleur)
    {
        if (!kleur)
        {
            o.Write(tekst);
            return;
        }

        VeiligeUitvoer.WriteRaw(o, status switch
        {
            ActieStatus.OpSchema => "\u001b[32m",
            ActieStatus.Risico => "\u001b[33m",
            ActieStatus.Vertraagd => "\u001b[31m",
            ActieStatus.Vastgesteld => "\u001b[1;32m",
            _ => "\u001b[2m",
        });
        o.Write(tekst);
        VeiligeUitvoer.WriteRaw(o, "\u001b[0m");
    }

    // A Markdown table cell: no line break, '|' and '\' escaped.
    internal static string Cel(string tekst) =>
        Weergave.Escape(tekst).Replace("\\", "\\\\", StringComparison.Ordinal).Replace("|", "\\|", StringComparison.Ordinal);

    private static LocalDate Min(LocalDate a, LocalDate b) => a < b ? a : b;

    private static string Datum(LocalDate d) => LocalDatePattern.Iso.Format(d);

    internal static string Getal(int n) => n.ToString(CultureInfo.InvariantCulture);
}
