using System.Globalization;
using System.Text;
using NodaTime;
using NodaTime.Text;
using Zk.Domain.Inplannen;
using Zk.Domain.Samenhang;
using Zk.Domain.Tijd;
using Zk.Domain.Verloop;
using Zk.Domain.Werkplannen;

namespace Zk.Domain.Documenten.Export;

/// <summary>
/// The progress report (voortgangsrapportage) for the joint council meeting, after a run: the status per action, the next
/// council moments, the dilemmas to weigh together (the botsproef of <see cref="SamenhangAnalyse"/>), the decisions per
/// council with each round's outcome, and a planning chart; as Markdown, or as one self-contained HTML file (inline CSS,
/// the chart as inline SVG; no script, no external file, font or network request; print CSS for A4).
/// </summary>
/// <remarks>
/// Every text from the plan is escaped for where it goes: control characters shown as text (<see cref="Weergave.Escape"/>),
/// then Markdown table cells as the other Markdown exports do, and HTML with <c>&amp;</c>, <c>&lt;</c>, <c>&gt;</c>,
/// <c>"</c> and <c>'</c> as character references. Deterministic and culture-independent; pure and thread-safe.
/// </remarks>
public static partial class Voortgangsrapport
{
    /// <summary>The report as Markdown.</summary>
    /// <param name="plan">The plan.</param>
    /// <param name="planning">The schedule the run used.</param>
    /// <param name="verslag">The run (its end is the report's date).</param>
    /// <param name="taal">The language.</param>
    /// <returns>The Markdown text, lines ending in <c>\n</c>.</returns>
    /// <exception cref="ArgumentException"><paramref name="plan"/> has a required member set to null or a date outside the ISO calendar (as <see cref="SamenhangAnalyse.Of"/>).</exception>
    public static string ToMarkdown(Werkplan plan, Planning planning, Runverslag verslag, Taal taal = Taal.Nl)
    {
        var r = Inhoud.Van(plan, planning, verslag, taal);
        var k = r.Koppen;
        var o = new StringBuilder();
        string C(string s) => Opmaak.MarkdownCel(s);
        void Rij(params string[] cellen) => o.Append("| ").Append(string.Join(" | ", cellen.Select(C))).Append(" |\n");
        void Lijn(int n) => o.Append('|').Append(string.Concat(Enumerable.Repeat("---|", n))).Append('\n');

        o.Append("# ").Append(C(k.Titel + ": " + plan.Titel)).Append("\n\n");
        o.Append(C($"{k.Peildatum}: {Iso(r.Datum)} · {k.Looptijd}: {Iso(plan.Looptijd.Start)} – {Iso(plan.Looptijd.End)}")).Append("\n\n");

        o.Append("## ").Append(k.StatusPerActie).Append("\n\n");
        Rij(k.Actie, k.TitelKolom, k.Status, k.Fase, k.VolgendMoment);
        Lijn(5);
        foreach (var a in r.Acties)
        {
            Rij(a.Id, a.Titel, a.Status, a.Fase, a.Volgend);
        }

        o.Append("\n## ").Append(k.VolgendeMomenten).Append("\n\n");
        if (r.Momenten.Count == 0)
        {
            o.Append("- ").Append(k.Geen).Append('\n');
        }
        else
        {
            Rij(k.Datum, k.Bijeenkomst, k.Actie, k.Fase);
            Lijn(4);
            foreach (var m in r.Momenten)
            {
                Rij(Iso(m.Datum), m.Bijeenkomst, m.Actie, m.Fase);
            }
        }

        o.Append("\n## ").Append(k.Dilemmas).Append("\n\n").Append(k.DilemmasUitleg).Append("\n\n");
        if (r.Dilemmas.Count == 0)
        {
            o.Append("- ").Append(k.Geen).Append('\n');
        }
        else
        {
            Rij(k.Vraagstuk, k.TitelKolom, k.Besluiten, k.Samen);
            Lijn(4);
            foreach (var d in r.Dilemmas)
            {
                Rij(d.Id, d.Titel, d.Besluiten, d.Samen);
            }
        }

        o.Append("\n## ").Append(k.Besluitvorming).Append("\n\n");
        if (r.Besluiten.Count == 0)
        {
            o.Append("- ").Append(k.Geen).Append('\n');
        }
        else
        {
            Rij([k.Actie, k.Ronde, .. r.Raden, k.Uitkomst]);
            Lijn(r.Raden.Count + 3);
            foreach (var b in r.Besluiten)
            {
                Rij([b.Actie, b.Ronde.ToString(CultureInfo.InvariantCulture), .. b.Cellen.Select(c => c ?? "—"), b.Uitkomst]);
            }
        }

        o.Append("\n## ").Append(k.Planning).Append("\n\n");
        Rij([k.Actie, .. r.Kwartalen.Select(q => q.ToString())]);
        Lijn(r.Kwartalen.Count + 1);
        foreach (var a in r.Acties)
        {
            Rij([a.Id, .. r.Kwartalen.Select(q => string.Join(" ", a.Momenten.Where(m => m.Kwartaal == q).Select(m => m.Afkorting)))]);
        }

        return o.ToString();
    }

    internal static string Iso(LocalDate datum) => LocalDatePattern.Iso.Format(datum);

    // What both forms show, computed once.
    internal sealed record Inhoud(
        Koppen Koppen, LocalDate Datum, List<ActieRegel> Acties, List<MomentRegel> Momenten, List<DilemmaRegel> Dilemmas,
        List<string> Raden, List<BesluitRegel> Besluiten, List<Kwartaal> Kwartalen)
    {
        public static Inhoud Van(Werkplan plan, Planning planning, Runverslag verslag, Taal taal)
        {
            ArgumentNullException.ThrowIfNull(plan);
            ArgumentNullException.ThrowIfNull(planning);
            ArgumentNullException.ThrowIfNull(verslag);
            var k = KoppenIn(taal);
            var namen = plan.Partijen.DistinctBy(p => p.Id, StringComparer.Ordinal).ToDictionary(p => p.Id, p => p.Naam, StringComparer.Ordinal);
            var profiel = plan.Profiel;
            var datum = verslag.Eind.Datum;
            var eind = verslag.Eind.Acties.ToDictionary(a => a.Actie, StringComparer.Ordinal);

            var schema = planning.Toewijzingen.ToLookup(t => t.Actie, StringComparer.Ordinal);
            var acties = new List<ActieRegel>();
            foreach (var actie in plan.Acties.DistinctBy(a => a.Id, StringComparer.Ordinal))
            {
                var v = eind.GetValueOrDefault(actie.Id);
                var momenten = schema[actie.Id].Select(t => new Staaf(Kwartaal.FromDate(t.Datum), profiel.Afkorting(t.Fase), t.Fase.Id)).ToList();
                acties.Add(new ActieRegel(
                    actie.Id,
                    actie.Titel,
                    v is null ? "—" : Zk.Domain.Woorden.Naam(v.Status, taal),
                    v?.LaatsteFase is { } f ? profiel.FaseNaam(f, taal) : "—",
                    v?.VolgendMoment is { } t ? $"{Iso(t.Datum)} ({profiel.FaseNaam(t.Fase, taal)})" : "—",
                    v?.Status ?? ActieStatus.OpSchema,
                    momenten));
            }

            var volgende = verslag.Eind.Acties.Where(a => a.VolgendMoment is not null).Select(a => a.VolgendMoment!)
                .OrderBy(t => t.Datum).ThenBy(t => t.Radenbijeenkomst, StringComparer.Ordinal).ThenBy(t => t.Actie, StringComparer.Ordinal)
                .Select(t => new MomentRegel(t.Datum, t.Radenbijeenkomst, t.Actie, profiel.FaseNaam(t.Fase, taal))).ToList();

            var dilemmas = SamenhangAnalyse.Of(plan, planning).Botsproef.Select(b => new DilemmaRegel(
                b.Vraagstuk,
                b.Titel,
                string.Join("; ", b.Besluiten.Select(x => x.Actie + ": " + (x.Besluit ?? "—"))),
                Zk.Domain.Woorden.Naam(b.Samen switch { true => Woord.Samen, false => Woord.NietSamen, null => Woord.NietVanToepassing }, taal))).ToList();

            var raden = plan.Deelnemers.ToList();
            var besluiten = new List<BesluitRegel>();
            foreach (var v in verslag.Eind.Acties)
            {
                foreach (var ronde in v.Besluiten.Select(b => b.Ronde).Distinct().Order())
                {
                    var cellen = raden.Select(r => v.Besluiten.LastOrDefault(b => b.Ronde == ronde && b.Gemeente == r) is { } b
                        ? Zk.Domain.Woorden.Naam(b.Besluit, taal) + (b.Amendement?.Samenvatting is { } s ? ": " + s : string.Empty)
                        : null).ToList();
                    var soorten = raden.Select(r => v.Besluiten.LastOrDefault(b => b.Ronde == ronde && b.Gemeente == r)?.Besluit).ToList();
                    var einde = v.Rondes.FirstOrDefault(x => x.Ronde == ronde);
                    besluiten.Add(new BesluitRegel(v.Actie, ronde, cellen, soorten, einde is null ? k.Open : Zk.Domain.Woorden.Naam(einde.Uitkomst.Uitkomst, taal)));
                }
            }

            var kwartalen = new List<Kwartaal>();
            var laatste = Kwartaal.FromDate(plan.Looptijd.End);
            for (var q = Kwartaal.FromDate(plan.Looptijd.Start); ; q = q.Next())
            {
                kwartalen.Add(q);
                if (q == laatste || kwartalen.Count >= 400)
                {
                    break;
                }
            }

            return new Inhoud(k, datum, acties, volgende, dilemmas, raden.Select(r => namen.GetValueOrDefault(r, r)).ToList(), besluiten, kwartalen);
        }
    }

    internal sealed record Staaf(Kwartaal Kwartaal, string Afkorting, string Fase);

    internal sealed record ActieRegel(string Id, string Titel, string Status, string Fase, string Volgend, ActieStatus Soort, List<Staaf> Momenten);

    internal sealed record MomentRegel(LocalDate Datum, string Bijeenkomst, string Actie, string Fase);

    internal sealed record DilemmaRegel(string Id, string Titel, string Besluiten, string Samen);

    internal sealed record BesluitRegel(string Actie, int Ronde, List<string?> Cellen, List<Raadsbesluit?> Soorten, string Uitkomst);
}
