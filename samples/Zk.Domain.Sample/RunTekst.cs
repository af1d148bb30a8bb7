using System.Globalization;
using NodaTime;
using NodaTime.Text;
using Zk.Domain.Besturing;
using Zk.Domain.Collections;
using Zk.Domain.Regels;
using Zk.Domain.Tijd;
using Zk.Domain.Verloop;
using Zk.Domain.Werkplannen;

namespace Zk.Domain.Sample;

/// <summary>Prints a plan run quarter by quarter, as text for a terminal or as a Markdown progress report.</summary>
internal static class RunTekst
{
    public static void Write(Werkplan plan, Runverslag verslag, ValueArray<Bevinding> waarschuwingen, string scenario, Taal taal, bool markdown, bool kleur, TextWriter o)
    {
        string T(string nl, string en) => taal == Taal.Nl ? nl : en;
        var namen = plan.Partijen.ToDictionary(p => p.Id, p => p.Naam, StringComparer.Ordinal);
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
        o.WriteLine($"{T("Looptijd", "Period")}: {Datum(plan.Looptijd.Start)} {T("t/m", "to")} {Datum(plan.Looptijd.End)}; {T("verloop tot", "run until")} {Datum(verslag.Eind.Datum)}");
        o.WriteLine($"{T("Deelnemers", "Members")}: {string.Join(", ", plan.Deelnemers.Select(Naam))}");
        o.WriteLine($"Scenario: {scenario}");
        o.WriteLine();
        o.WriteLine(markdown ? "## " + T("Waarschuwingen", "Warnings") : T("Waarschuwingen:", "Warnings:"));
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
        Overzicht.WriteTabel(plan, o, T, markdown);

        var perDatum = verslag.Gebeurtenissen.Skip(1).ToLookup(g => Kwartaal.FromDate(g.Datum));
        for (var k = Kwartaal.FromDate(plan.Looptijd.Start); k <= Kwartaal.FromDate(verslag.Eind.Datum); k = k.Next())
        {
            o.WriteLine();
            o.WriteLine($"{sub}{k}{subEind}");
            if (markdown)
            {
                o.WriteLine();
            }

            foreach (var g in perDatum[k])
            {
                var regel = Regel(g, Naam, T);
                if (regel is not null)
                {
                    o.WriteLine($"{(markdown ? "- " : "  ")}{Datum(g.Datum)}  {regel}");
                }
            }

            var stand = verslag.Op(plan, Min(k.LaatsteDag, verslag.Eind.Datum));
            o.WriteLine(markdown ? $"\n| {T("actie", "action")} | status | {T("volgend moment", "next moment")} |\n|---|---|---|" : $"  {T("Stand", "Status")}:");
            foreach (var a in stand.Acties)
            {
                var volgend = a.VolgendMoment is { } v ? $"{Fase(v.Fase, T)} {Datum(v.Datum)}" : "—";
                o.WriteLine(markdown ? $"| {a.Actie} | {Status(a.Status, T)} | {volgend} |" : $"    {a.Actie,-5} {Gekleurd($"{Status(a.Status, T),-12}", a.Status, kleur)} {T("volgend", "next")}: {volgend}");
            }
        }

        o.WriteLine();
        o.WriteLine(markdown ? "## " + T("Wat hebben we in 2023 bereikt?", "What have we achieved by 2023?") : T("Wat hebben we in 2023 bereikt?", "What have we achieved by 2023?"));
        var acties = plan.Acties.DistinctBy(x => x.Id, StringComparer.Ordinal).ToDictionary(x => x.Id, StringComparer.Ordinal);
        foreach (var a in verslag.Eind.Acties)
        {
            var actie = acties[a.Actie];
            o.WriteLine();
            o.WriteLine($"{(markdown ? "### " : "  ")}{actie.Id} {actie.Titel} — {Status(a.Status, T)}");
            foreach (var r in actie.Resultaten)
            {
                var bereikt = a.ResultatenBereikt.AsSpan().Contains(r.Id);
                o.WriteLine($"{(markdown ? "- " : "    ")}[{(bereikt ? "x" : " ")}] {r.Omschrijving}");
            }
        }
    }

    private static string? Regel(Gebeurtenis g, Func<string, string> naam, Func<string, string, string> t) => g switch
    {
        BijeenkomstGehouden b => $"{t("radenbijeenkomst", "joint council meeting")} {b.Radenbijeenkomst}",
        BijeenkomstGeannuleerd b => $"{t("radenbijeenkomst", "joint council meeting")} {b.Radenbijeenkomst} {t("GEANNULEERD", "CANCELLED")}",
        MomentBesproken m => $"    {m.Actie,-5} {Fase(m.Fase, t)}",
        MomentVerschoven v => $"    {v.Actie,-5} {Fase(v.Fase, t)} {t("verschoven", "moved")} {v.Van} → {v.Naar ?? t("geen bijeenkomst meer", "no meeting left")}",
        RaadBesloten r => $"    {r.Actie,-5} {t("raad", "council of")} {naam(r.Gemeente)}: {Besluit(r.Besluit, t)}",
        VoorstelVastgesteld v => $"    {v.Actie,-5} {t("VASTGESTELD door alle raden", "ADOPTED by every council")}",
        VoorstelNietVastgesteld v => $"    {v.Actie,-5} {t("niet vastgesteld: herafstemming nodig", "not adopted: the region must re-align")}",
        FinancieringGevonden f => $"    {f.Actie,-5} {t("financiering gevonden", "funding found")}",
        _ => null,
    };

    // ANSI colours for the status, after padding so that the columns stay aligned.
    private static string Gekleurd(string tekst, ActieStatus status, bool kleur) => !kleur ? tekst : status switch
    {
        ActieStatus.OpSchema => "\u001b[32m" + tekst + "\u001b[0m",
        ActieStatus.Risico => "\u001b[33m" + tekst + "\u001b[0m",
        ActieStatus.Vertraagd => "\u001b[31m" + tekst + "\u001b[0m",
        ActieStatus.Vastgesteld => "\u001b[1;32m" + tekst + "\u001b[0m",
        _ => "\u001b[2m" + tekst + "\u001b[0m",
    };

    private static string Besluit(Raadsbesluit b, Func<string, string, string> t) => b switch
    {
        Raadsbesluit.Aangenomen => t("aangenomen", "adopted"),
        Raadsbesluit.Verworpen => t("verworpen", "rejected"),
        _ => t("aangenomen met amendement", "adopted with an amendment"),
    };

    private static string Status(ActieStatus s, Func<string, string, string> t) => s switch
    {
        ActieStatus.OpSchema => t("op schema", "on schedule"),
        ActieStatus.Risico => t("risico", "at risk"),
        ActieStatus.Vertraagd => t("vertraagd", "delayed"),
        ActieStatus.Vastgesteld => t("vastgesteld", "adopted"),
        _ => t("gestopt", "stopped"),
    };

    private static string Fase(Fase f, Func<string, string, string> t) => f switch
    {
        Besturing.Fase.Informatie => t("informatie", "information"),
        Besturing.Fase.Terugkoppeling => t("terugkoppeling", "feedback"),
        Besturing.Fase.Bespreking => t("bespreking", "discussion"),
        Besturing.Fase.Versie50 => t("50%-versie", "50 % version"),
        Besturing.Fase.Versie80 => t("80%-versie", "80 % version"),
        Besturing.Fase.Concept => "concept",
        Besturing.Fase.Besluitvorming => t("besluitvorming", "decision"),
        Besturing.Fase.Verkenning => t("verkenning", "exploration"),
        _ => t("evaluatie", "evaluation"),
    };

    private static LocalDate Min(LocalDate a, LocalDate b) => a < b ? a : b;

    private static string Datum(LocalDate d) => LocalDatePattern.Iso.Format(d);

    public static string Json(Runverslag verslag)
    {
        using var stream = new MemoryStream();
        using (var w = new System.Text.Json.Utf8JsonWriter(stream, new System.Text.Json.JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteString("datum", Datum(verslag.Eind.Datum));
            w.WriteStartArray("acties");
            foreach (var a in verslag.Eind.Acties)
            {
                w.WriteStartObject();
                w.WriteString("actie", a.Actie);
                w.WriteString("status", System.Text.Json.JsonNamingPolicy.KebabCaseLower.ConvertName(a.Status.ToString()));
                w.WriteString("besluitstand", System.Text.Json.JsonNamingPolicy.KebabCaseLower.ConvertName(a.Besluitstand.ToString()));
                w.WriteString("volgendMoment", a.VolgendMoment is { } v ? Datum(v.Datum) : null);
                w.WriteStartArray("resultatenBereikt");
                foreach (var r in a.ResultatenBereikt)
                {
                    w.WriteStringValue(r);
                }

                w.WriteEndArray();
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteStartArray("gebeurtenissen");
            foreach (var g in verslag.Gebeurtenissen)
            {
                w.WriteStartObject();
                w.WriteString("soort", g.GetType().Name);
                w.WriteString("datum", Datum(g.Datum));
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    internal static string Getal(int n) => n.ToString(CultureInfo.InvariantCulture);
}
