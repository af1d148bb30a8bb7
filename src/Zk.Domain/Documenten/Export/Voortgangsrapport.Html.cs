using System.Globalization;
using System.Text;
using Zk.Domain.Inplannen;
using Zk.Domain.Verloop;
using Zk.Domain.Werkplannen;

namespace Zk.Domain.Documenten.Export;

public static partial class Voortgangsrapport
{
    /// <summary>
    /// The report as one self-contained HTML5 file: inline CSS (with <c>@media print</c> for A4, each section kept whole
    /// where it fits, the chart on a page of its own), the planning chart as inline SVG, no script and no reference to
    /// anything outside the file.
    /// </summary>
    /// <param name="plan">The plan.</param>
    /// <param name="planning">The schedule the run used.</param>
    /// <param name="verslag">The run (its end is the report's date).</param>
    /// <param name="taal">The language (also the document's <c>lang</c>).</param>
    /// <returns>The HTML document, lines ending in <c>\n</c>.</returns>
    /// <exception cref="ArgumentException"><paramref name="plan"/> has a required member set to null or a date outside the ISO calendar (as <see cref="Samenhang.SamenhangAnalyse.Of"/>).</exception>
    public static string ToHtml(Werkplan plan, Planning planning, Runverslag verslag, Taal taal = Taal.Nl)
    {
        var r = Inhoud.Van(plan, planning, verslag, taal);
        var k = r.Koppen;
        var o = new StringBuilder();
        o.Append("<!DOCTYPE html>\n<html lang=\"").Append(taal == Taal.En ? "en" : "nl").Append("\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>").Append(H(k.Titel + ": " + plan.Titel)).Append("</title>\n<style>\n").Append(Stijl).Append("</style>\n</head>\n<body>\n");
        o.Append("<header>\n<h1>").Append(H(k.Titel)).Append("</h1>\n<p class=\"plan\">").Append(H(plan.Titel)).Append("</p>\n<p class=\"meta\">")
            .Append(H(k.Peildatum)).Append(": <time datetime=\"").Append(Iso(r.Datum)).Append("\">").Append(Iso(r.Datum)).Append("</time> · ")
            .Append(H(k.Looptijd)).Append(": ").Append(Iso(plan.Looptijd.Start)).Append(" – ").Append(Iso(plan.Looptijd.End)).Append("</p>\n</header>\n");

        o.Append("<section id=\"status\">\n<h2>").Append(H(k.StatusPerActie)).Append("</h2>\n<table>\n<thead><tr>");
        Koprij(o, k.Actie, k.TitelKolom, k.Status, k.Fase, k.VolgendMoment);
        o.Append("</tr></thead>\n<tbody>\n");
        foreach (var a in r.Acties)
        {
            o.Append("<tr><td>").Append(H(a.Id)).Append("</td><td>").Append(H(a.Titel)).Append("</td><td><span class=\"status ")
                .Append(WireNames.Naam(a.Soort)).Append("\">").Append(H(a.Status)).Append("</span></td><td>").Append(H(a.Fase))
                .Append("</td><td>").Append(H(a.Volgend)).Append("</td></tr>\n");
        }

        o.Append("</tbody>\n</table>\n</section>\n");

        o.Append("<section id=\"momenten\">\n<h2>").Append(H(k.VolgendeMomenten)).Append("</h2>\n");
        if (r.Momenten.Count == 0)
        {
            o.Append("<p>").Append(H(k.Geen)).Append("</p>\n");
        }
        else
        {
            o.Append("<table>\n<thead><tr>");
            Koprij(o, k.Datum, k.Bijeenkomst, k.Actie, k.Fase);
            o.Append("</tr></thead>\n<tbody>\n");
            foreach (var m in r.Momenten)
            {
                o.Append("<tr><td>").Append(Iso(m.Datum)).Append("</td><td>").Append(H(m.Bijeenkomst)).Append("</td><td>").Append(H(m.Actie))
                    .Append("</td><td>").Append(H(m.Fase)).Append("</td></tr>\n");
            }

            o.Append("</tbody>\n</table>\n");
        }

        o.Append("</section>\n<section id=\"dilemmas\">\n<h2>").Append(H(k.Dilemmas)).Append("</h2>\n<p>").Append(H(k.DilemmasUitleg)).Append("</p>\n");
        if (r.Dilemmas.Count == 0)
        {
            o.Append("<p>").Append(H(k.Geen)).Append("</p>\n");
        }
        else
        {
            o.Append("<table>\n<thead><tr>");
            Koprij(o, k.Vraagstuk, k.TitelKolom, k.Besluiten, k.Samen);
            o.Append("</tr></thead>\n<tbody>\n");
            foreach (var d in r.Dilemmas)
            {
                o.Append("<tr><td>").Append(H(d.Id)).Append("</td><td>").Append(H(d.Titel)).Append("</td><td>").Append(H(d.Besluiten))
                    .Append("</td><td>").Append(H(d.Samen)).Append("</td></tr>\n");
            }

            o.Append("</tbody>\n</table>\n");
        }

        o.Append("</section>\n<section id=\"besluitvorming\">\n<h2>").Append(H(k.Besluitvorming)).Append("</h2>\n");
        if (r.Besluiten.Count == 0)
        {
            o.Append("<p>").Append(H(k.Geen)).Append("</p>\n");
        }
        else
        {
            o.Append("<table class=\"matrix\">\n<thead><tr>");
            Koprij(o, [k.Actie, k.Ronde, .. r.Raden, k.Uitkomst]);
            o.Append("</tr></thead>\n<tbody>\n");
            foreach (var b in r.Besluiten)
            {
                o.Append("<tr><td>").Append(H(b.Actie)).Append("</td><td>").Append(b.Ronde.ToString(CultureInfo.InvariantCulture)).Append("</td>");
                for (var i = 0; i < b.Cellen.Count; i++)
                {
                    var soort = b.Soorten[i] is { } s ? WireNames.Naam(s) : "geen";
                    o.Append("<td class=\"besluit ").Append(soort).Append("\">").Append(H(b.Cellen[i] ?? "—")).Append("</td>");
                }

                o.Append("<td>").Append(H(b.Uitkomst)).Append("</td></tr>\n");
            }

            o.Append("</tbody>\n</table>\n");
        }

        o.Append("</section>\n<section id=\"planning\">\n<h2>").Append(H(k.Planning)).Append("</h2>\n<p>").Append(H(k.PlanningUitleg)).Append("</p>\n");
        Grafiek(o, r, plan);
        o.Append("</section>\n<footer><p>").Append(H(k.Gemaakt)).Append("</p></footer>\n</body>\n</html>\n");
        return o.ToString();
    }

    // The planning chart: a row per action, a column per quarter, a labelled bar per scheduled moment, the report's date as a line.
    private static void Grafiek(StringBuilder o, Inhoud r, Werkplan plan)
    {
        const int Links = 90, Kolom = 56, Rij = 22, Boven = 28;
        var breedte = Links + (r.Kwartalen.Count * Kolom) + 10;
        var hoogte = Boven + (r.Acties.Count * Rij) + 10;
        string N(double x) => x.ToString("0.##", CultureInfo.InvariantCulture);
        o.Append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" class=\"grafiek\" viewBox=\"0 0 ").Append(N(breedte)).Append(' ').Append(N(hoogte))
            .Append("\" width=\"").Append(N(breedte)).Append("\" height=\"").Append(N(hoogte)).Append("\">\n<title>").Append(H(r.Koppen.GrafiekTitel)).Append("</title>\n");
        for (var q = 0; q < r.Kwartalen.Count; q++)
        {
            var x = Links + (q * Kolom);
            o.Append("<rect x=\"").Append(N(x)).Append("\" y=\"").Append(N(Boven)).Append("\" width=\"").Append(N(Kolom)).Append("\" height=\"")
                .Append(N(r.Acties.Count * Rij)).Append("\" class=\"").Append(q % 2 == 0 ? "even" : "oneven").Append("\"/>\n");
            o.Append("<text x=\"").Append(N(x + (Kolom / 2.0))).Append("\" y=\"18\" class=\"kwartaal\">").Append(r.Kwartalen[q].ToString()).Append("</text>\n");
        }

        for (var i = 0; i < r.Acties.Count; i++)
        {
            var a = r.Acties[i];
            var y = Boven + (i * Rij);
            o.Append("<text x=\"4\" y=\"").Append(N(y + 15)).Append("\" class=\"actie\">").Append(H(Opmaak.Kort(a.Id, 14))).Append("</text>\n");
            foreach (var groep in a.Momenten.GroupBy(m => m.Kwartaal))
            {
                var q = r.Kwartalen.IndexOf(groep.Key);
                if (q < 0)
                {
                    continue;
                }

                var tekst = string.Join(" ", groep.Select(m => m.Afkorting));
                var besluit = groep.Any(m => m.Fase == plan.Profiel.Besluitfase.Id);
                o.Append("<rect x=\"").Append(N(Links + (q * Kolom) + 3)).Append("\" y=\"").Append(N(y + 3)).Append("\" width=\"").Append(N(Kolom - 6))
                    .Append("\" height=\"").Append(N(Rij - 6)).Append("\" rx=\"3\" class=\"").Append(besluit ? "besluit" : "moment").Append("\"/>\n");
                o.Append("<text x=\"").Append(N(Links + (q * Kolom) + (Kolom / 2.0))).Append("\" y=\"").Append(N(y + 15)).Append("\" class=\"label\">")
                    .Append(H(Opmaak.Kort(tekst, 8))).Append("</text>\n");
            }
        }

        // The report's date as a vertical line, at its place within its quarter.
        var peil = Tijd.Kwartaal.FromDate(r.Datum);
        var kolom = r.Kwartalen.IndexOf(peil);
        if (kolom >= 0)
        {
            var fractie = (double)(r.Datum.DayOfYear - peil.EersteDag.DayOfYear) / (peil.LaatsteDag.DayOfYear - peil.EersteDag.DayOfYear + 1);
            var x = Links + ((kolom + fractie) * Kolom);
            o.Append("<line x1=\"").Append(N(x)).Append("\" y1=\"").Append(N(Boven - 4)).Append("\" x2=\"").Append(N(x)).Append("\" y2=\"")
                .Append(N(hoogte - 6)).Append("\" class=\"peildatum\"/>\n");
        }

        o.Append("</svg>\n");
    }

    private static void Koprij(StringBuilder o, params string[] koppen)
    {
        foreach (var kop in koppen)
        {
            o.Append("<th scope=\"col\">").Append(H(kop)).Append("</th>");
        }
    }

    /// <summary>Text for HTML content or a quoted attribute: control characters as text (<see cref="Weergave.Escape"/>), then the five HTML-special characters as references.</summary>
    internal static string H(string tekst)
    {
        var escaped = Weergave.Escape(tekst ?? string.Empty);
        var o = new StringBuilder(escaped.Length + 16);
        foreach (var c in escaped)
        {
            o.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => c.ToString(),
            });
        }

        return o.ToString();
    }

    private const string Stijl = """
        :root { color-scheme: light; }
        body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; color: #1b1b1b; margin: 2rem auto; max-width: 72rem; padding: 0 1rem; line-height: 1.4; }
        header { border-bottom: 3px solid #154273; margin-bottom: 1rem; }
        h1 { color: #154273; margin: 0 0 .25rem; font-size: 1.8rem; }
        h2 { color: #154273; font-size: 1.25rem; margin-top: 2rem; border-bottom: 1px solid #c9d4e2; }
        .plan { font-size: 1.1rem; margin: 0; }
        .meta { color: #555; margin-top: .25rem; }
        table { border-collapse: collapse; width: 100%; font-size: .9rem; }
        th, td { border: 1px solid #c9d4e2; padding: .3rem .5rem; text-align: left; vertical-align: top; }
        th { background: #e8eef6; }
        tbody tr:nth-child(even) { background: #f7f9fc; }
        .status { padding: .05rem .4rem; border-radius: .6rem; white-space: nowrap; }
        .status.op-schema { background: #d9ead3; } .status.risico { background: #fff2cc; } .status.vertraagd { background: #fce5cd; }
        .status.vastgesteld { background: #cfe2f3; } .status.gestopt { background: #f4cccc; }
        td.besluit.aangenomen { background: #d9ead3; } td.besluit.geamendeerd { background: #fff2cc; } td.besluit.verworpen { background: #f4cccc; }
        svg.grafiek { max-width: 100%; height: auto; font-family: inherit; }
        svg .even { fill: #f7f9fc; } svg .oneven { fill: #ffffff; }
        svg .kwartaal { font-size: 11px; text-anchor: middle; fill: #333; }
        svg .actie { font-size: 11px; fill: #1b1b1b; }
        svg .moment { fill: #9fc5e8; } svg .besluit { fill: #154273; }
        svg .label { font-size: 10px; text-anchor: middle; fill: #000; }
        svg .besluit + .label { fill: #fff; }
        svg .peildatum { stroke: #d52b1e; stroke-width: 2; }
        footer { margin-top: 2rem; color: #777; font-size: .8rem; }
        @page { size: A4; margin: 15mm; }
        @media print {
          body { margin: 0; max-width: none; font-size: 10pt; }
          h2 { break-after: avoid; page-break-after: avoid; }
          table, svg { break-inside: auto; }
          tr { break-inside: avoid; page-break-inside: avoid; }
          thead { display: table-header-group; }
          #planning { break-before: page; page-break-before: always; }
          section { break-inside: avoid-page; }
          .status, td.besluit, th { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
        }

        """;
}
