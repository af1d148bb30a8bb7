using System.Globalization;
using System.Text;
using System.Text.Json;
using NodaTime;
using NodaTime.Text;
using Zk.Domain.Besturing;
using Zk.Domain.Collections;
using Zk.Domain.Inplannen;
using Zk.Domain.Regels;
using Zk.Domain.Verloop;
using Zk.Domain.Wijzigingen;

namespace Zk.Domain.Documenten.Export;

/// <summary>
/// The alternatives for a moment (<see cref="Alternatieven"/>) and the comparison of two versions of a plan
/// (<see cref="Versievergelijking"/>) as JSON and Markdown.
/// </summary>
/// <remarks>
/// The JSON names are fixed, whatever the C# members are called: a stage (<c>fase</c>) has its id in the plan document, a
/// status (<c>op-schema</c>, …) and a council's decision (<c>vastgesteld</c>, …) the names of the run's JSON, a finding
/// <c>code</c>, <c>severity</c> (<c>error</c>, <c>warning</c>, <c>info</c>), <c>path</c>, <c>message</c>, an action's change
/// <c>soort</c> <c>toegevoegd</c>, <c>verwijderd</c> or <c>gewijzigd</c>. Dates are ISO. Pure and thread-safe.
/// </remarks>
public static class WijzigingenExport
{
    /// <summary>
    /// The alternatives as JSON: <c>actie</c>, <c>moment</c>, <c>fase</c>, <c>huidig</c> (null when unplanned),
    /// <c>kalender</c> (when given), <c>opties</c> in cost order, each with <c>radenbijeenkomst</c>, <c>datum</c>,
    /// <c>huidig</c>, <c>minderGepland</c>, <c>verschuivingen</c> (<c>actie</c>, <c>moment</c>, <c>fase</c>, <c>van</c>,
    /// <c>vanDatum</c>, <c>naar</c>, <c>naarDatum</c>; null where unplanned), <c>nieuw</c> and <c>vervallen</c> (findings),
    /// <c>speling</c> and <c>vrijePlaatsen</c> (null: none, no limit); and <c>uitgesloten</c> (meeting ids).
    /// </summary>
    /// <param name="alternatieven">The alternatives.</param>
    /// <param name="kalender">The calendar used, written as <c>kalender</c>; left out when null.</param>
    public static string ToJson(this Alternatieven alternatieven, Kalendervermelding? kalender = null)
    {
        ArgumentNullException.ThrowIfNull(alternatieven);
        return JsonExport.Write(w =>
        {
            w.WriteStartObject();
            kalender?.Write(w);
            w.WriteString("actie", alternatieven.Actie);
            w.WriteNumber("moment", alternatieven.Moment);
            w.WriteString("fase", WireNames.Naam(alternatieven.Fase));
            OfNull(w, "huidig", alternatieven.Huidig);
            w.WriteStartArray("opties");
            foreach (var o in alternatieven.Opties)
            {
                w.WriteStartObject();
                w.WriteString("radenbijeenkomst", o.Radenbijeenkomst);
                w.WriteString("datum", LocalDatePattern.Iso.Format(o.Datum));
                w.WriteBoolean("huidig", o.IsHuidig);
                w.WriteNumber("minderGepland", o.MinderGepland);
                Verschuivingen(w, o.Verschuivingen);
                Bevindingen(w, "nieuw", o.Nieuw);
                Bevindingen(w, "vervallen", o.Vervallen);
                OfNull(w, "speling", o.Speling);
                OfNull(w, "vrijePlaatsen", o.VrijePlaatsen);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            JsonExport.WriteStrings(w, "uitgesloten", alternatieven.Uitgesloten);
            w.WriteEndObject();
        });
    }

    /// <summary>The alternatives as Markdown: a heading, one table row per option in cost order, and the meetings not possible.</summary>
    /// <param name="alternatieven">The alternatives.</param>
    /// <param name="taal">The language.</param>
    /// <param name="profiel">The plan's governance profile (the stage's name); Zuid-Kennemerland's when null.</param>
    public static string ToMarkdown(this Alternatieven alternatieven, Taal taal = Taal.Nl, Bestuursprofiel? profiel = null)
    {
        ArgumentNullException.ThrowIfNull(alternatieven);
        profiel ??= Bestuursprofiel.ZuidKennemerland;
        var p = profiel;
        var tekst = new StringBuilder();
        tekst.Append("## ").Append(Opmaak.MarkdownCel(Kop(alternatieven, taal, p))).Append("\n\n");
        if (alternatieven.Opties.IsEmpty)
        {
            tekst.Append(Woorden.Naam(Woord.GeenAlternatieven, taal)).Append('\n');
        }
        else
        {
            tekst.Append("| # | ").Append(Woorden.Naam(Woord.Planning, taal)).Append(" | | ")
                .Append(Woorden.Naam(Woord.VerschilPlanning, taal)).Append(" | ")
                .Append(Woorden.Naam(Woord.VerschilBevindingen, taal)).Append(" | ")
                .Append(Woorden.Naam(Woord.Speling, taal)).Append(" |\n|---:|---|---|---|---|---|\n");
            var rang = 0;
            foreach (var o in alternatieven.Opties)
            {
                tekst.Append("| ").Append((++rang).ToString(CultureInfo.InvariantCulture)).Append(" | ")
                    .Append(LocalDatePattern.Iso.Format(o.Datum)).Append(' ').Append(Opmaak.MarkdownCel(o.Radenbijeenkomst)).Append(" | ")
                    .Append(o.IsHuidig ? Woorden.Naam(Woord.Huidig, taal) : "").Append(" | ")
                    .Append(Opmaak.MarkdownCel(Verschuivingstekst(o, taal, p))).Append(" | ")
                    .Append(Opmaak.MarkdownCel(Bevindingtekst(o.Nieuw, o.Vervallen, taal))).Append(" | ")
                    .Append(Opmaak.MarkdownCel(Ruimte(o, taal))).Append(" |\n");
            }
        }

        if (!alternatieven.Uitgesloten.IsEmpty)
        {
            tekst.Append('\n').Append(Woorden.Naam(Woord.Uitgesloten, taal)).Append(": ")
                .Append(Opmaak.MarkdownCel(string.Join(", ", alternatieven.Uitgesloten))).Append('\n');
        }

        return tekst.ToString();
    }

    /// <summary>The heading of the alternatives, e.g. "Alternatieven voor besluitvorming van actie 4.1 (nu: rb-2022-Q4)".</summary>
    /// <param name="alternatieven">The alternatives.</param>
    /// <param name="taal">The language.</param>
    /// <param name="profiel">The plan's governance profile (the stage's name).</param>
    public static string Kop(Alternatieven alternatieven, Taal taal, Bestuursprofiel profiel)
    {
        ArgumentNullException.ThrowIfNull(alternatieven);
        ArgumentNullException.ThrowIfNull(profiel);
        return Woorden.Format(
            Woord.AlternatievenVoor,
            taal,
            ("fase", profiel.FaseNaam(alternatieven.Fase, taal)),
            ("actie", alternatieven.Actie),
            ("huidig", alternatieven.Huidig ?? Woorden.Naam(Woord.NietIngepland, taal)));
    }

    /// <summary>The moves of an option in one line: "4.2 informatie: rb-2022-Q1 → rb-2022-Q2; …", or that none moves, after how many fewer are planned.</summary>
    /// <param name="alternatief">The option.</param>
    /// <param name="taal">The language.</param>
    /// <param name="profiel">The plan's governance profile (stage names).</param>
    public static string Verschuivingstekst(Alternatief alternatief, Taal taal, Bestuursprofiel profiel)
    {
        ArgumentNullException.ThrowIfNull(alternatief);
        ArgumentNullException.ThrowIfNull(profiel);
        var delen = new List<string>();
        if (alternatief.MinderGepland != 0)
        {
            delen.Add(Woorden.Format(Woord.MinderGepland, taal, ("aantal", alternatief.MinderGepland.ToString(CultureInfo.InvariantCulture))));
        }

        delen.Add(alternatief.Verschuivingen.IsEmpty
            ? Woorden.Naam(Woord.GeenVerschuivingen, taal)
            : string.Join("; ", alternatief.Verschuivingen.Select(v => Verschuiving(v, taal, profiel))));
        return string.Join("; ", delen);
    }

    /// <summary>One moved moment: "4.2 informatie: rb-2022-Q1 → niet ingepland".</summary>
    /// <param name="verschuiving">The move.</param>
    /// <param name="taal">The language.</param>
    /// <param name="profiel">The plan's governance profile (stage names).</param>
    public static string Verschuiving(Verschuiving verschuiving, Taal taal, Bestuursprofiel profiel)
    {
        ArgumentNullException.ThrowIfNull(verschuiving);
        ArgumentNullException.ThrowIfNull(profiel);
        var niet = Woorden.Naam(Woord.NietIngepland, taal);
        return Woorden.Format(
            Woord.Verschuift,
            taal,
            ("actie", verschuiving.Actie),
            ("fase", profiel.FaseNaam(verschuiving.Fase, taal)),
            ("van", verschuiving.Van ?? niet),
            ("naar", verschuiving.Naar ?? niet));
    }

    /// <summary>The findings that appear and disappear in one line: "+ ZK052 vraagstukken[0]; − ZK062 …"; empty when none.</summary>
    /// <param name="nieuw">The findings that appear.</param>
    /// <param name="vervallen">The findings that disappear.</param>
    /// <param name="taal">The language.</param>
    public static string Bevindingtekst(ValueArray<Bevinding> nieuw, ValueArray<Bevinding> vervallen, Taal taal) =>
        string.Join("; ", nieuw.Select(b => Woorden.Format(Woord.BevindingNieuw, taal, ("code", b.Code), ("pad", b.Path)))
            .Concat(vervallen.Select(b => Woorden.Format(Woord.BevindingVervallen, taal, ("code", b.Code), ("pad", b.Path)))));

    /// <summary>The room an option leaves: "speling 12 dagen, vrije plaatsen 1" (— for none, ∞ for no limit).</summary>
    /// <param name="alternatief">The option.</param>
    /// <param name="taal">The language.</param>
    public static string Ruimte(Alternatief alternatief, Taal taal)
    {
        ArgumentNullException.ThrowIfNull(alternatief);
        return Woorden.Format(
            Woord.SpelingEnPlaatsen,
            taal,
            ("speling", alternatief.Speling?.ToString(CultureInfo.InvariantCulture) ?? "—"),
            ("plaatsen", alternatief.VrijePlaatsen?.ToString(CultureInfo.InvariantCulture) ?? "∞"));
    }

    /// <summary>
    /// The comparison as JSON: <c>gelijk</c> (<see cref="Versievergelijking.IsLeeg"/>), <c>planvelden</c> (field names),
    /// <c>acties</c> (<c>actie</c>, <c>soort</c>, <c>velden</c>), <c>verschuivingen</c> (as in the alternatives),
    /// <c>statussen</c> (<c>actie</c>, <c>voor</c>, <c>na</c>; null: no such action), <c>besluiten</c> (<c>actie</c>,
    /// <c>gemeente</c>, <c>ronde</c>, <c>voor</c>, <c>na</c>; null: no decision) and <c>bevindingen</c> (a finding with
    /// <c>wijziging</c> <c>nieuw</c> or <c>vervallen</c>).
    /// </summary>
    /// <param name="vergelijking">The comparison.</param>
    public static string ToJson(this Versievergelijking vergelijking)
    {
        ArgumentNullException.ThrowIfNull(vergelijking);
        return JsonExport.Write(w =>
        {
            w.WriteStartObject();
            w.WriteBoolean("gelijk", vergelijking.IsLeeg);
            JsonExport.WriteStrings(w, "planvelden", vergelijking.Planvelden);
            w.WriteStartArray("acties");
            foreach (var a in vergelijking.Acties)
            {
                w.WriteStartObject();
                w.WriteString("actie", a.Actie);
                w.WriteString("soort", Naam(a.Soort));
                JsonExport.WriteStrings(w, "velden", a.Velden);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            Verschuivingen(w, vergelijking.Verschuivingen);
            w.WriteStartArray("statussen");
            foreach (var s in vergelijking.Statussen)
            {
                w.WriteStartObject();
                w.WriteString("actie", s.Actie);
                OfNull(w, "voor", s.Voor is { } voor ? WireNames.Naam(voor) : null);
                OfNull(w, "na", s.Na is { } na ? WireNames.Naam(na) : null);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteStartArray("besluiten");
            foreach (var b in vergelijking.Besluiten)
            {
                w.WriteStartObject();
                w.WriteString("actie", b.Actie);
                w.WriteString("gemeente", b.Gemeente);
                w.WriteNumber("ronde", b.Ronde);
                OfNull(w, "voor", b.Voor is { } voor ? WireNames.Naam(voor) : null);
                OfNull(w, "na", b.Na is { } na ? WireNames.Naam(na) : null);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteStartArray("bevindingen");
            foreach (var b in vergelijking.Bevindingen)
            {
                w.WriteStartObject();
                Bevinding(w, b.Bevinding);
                w.WriteString("wijziging", b.IsNieuw ? "nieuw" : "vervallen");
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        });
    }

    /// <summary>The comparison as Markdown: a heading, then one section per level that differs (or one line that nothing does).</summary>
    /// <param name="vergelijking">The comparison.</param>
    /// <param name="oud">The name of the old version (its file).</param>
    /// <param name="nieuw">The name of the new version.</param>
    /// <param name="taal">The language.</param>
    /// <param name="profiel">The new plan's governance profile (stage names); Zuid-Kennemerland's when null.</param>
    public static string ToMarkdown(this Versievergelijking vergelijking, string oud, string nieuw, Taal taal = Taal.Nl, Bestuursprofiel? profiel = null)
    {
        ArgumentNullException.ThrowIfNull(vergelijking);
        var tekst = new StringBuilder();
        tekst.Append("## ").Append(Opmaak.MarkdownCel(Woorden.Format(Woord.VerschillenTussen, taal, ("oud", oud), ("nieuw", nieuw)))).Append("\n\n");
        foreach (var (kop, regels) in Secties(vergelijking, taal, profiel ?? Bestuursprofiel.ZuidKennemerland))
        {
            tekst.Append("### ").Append(kop).Append("\n\n");
            foreach (var regel in regels)
            {
                tekst.Append("- ").Append(Opmaak.MarkdownCel(regel)).Append('\n');
            }

            tekst.Append('\n');
        }

        if (vergelijking.IsLeeg)
        {
            tekst.Append(Woorden.Naam(Woord.GeenVerschillen, taal)).Append('\n');
        }

        return tekst.ToString();
    }

    /// <summary>
    /// The comparison's sections for people: per level that differs (plan, actions, schedule, run, findings) its heading and
    /// one line per difference, in <paramref name="taal"/>. The text and Markdown renderings share them.
    /// </summary>
    /// <param name="vergelijking">The comparison.</param>
    /// <param name="taal">The language.</param>
    /// <param name="profiel">The plan's governance profile (stage names).</param>
    public static IReadOnlyList<(string Kop, IReadOnlyList<string> Regels)> Secties(Versievergelijking vergelijking, Taal taal, Bestuursprofiel profiel)
    {
        ArgumentNullException.ThrowIfNull(vergelijking);
        ArgumentNullException.ThrowIfNull(profiel);
        var secties = new List<(string, IReadOnlyList<string>)>();
        void Voeg(Woord kop, IEnumerable<string> regels)
        {
            var lijst = regels.ToList();
            if (lijst.Count > 0)
            {
                secties.Add((Woorden.Naam(kop, taal), lijst));
            }
        }

        var geen = Woorden.Naam(Woord.Geen, taal);
        Voeg(Woord.VerschilPlan, vergelijking.Planvelden);
        Voeg(Woord.VerschilActies, vergelijking.Acties.Select(a =>
            a.Actie + " " + Woorden.Naam(a.Soort, taal) + (a.Velden.IsEmpty ? "" : ": " + string.Join(", ", a.Velden))));
        Voeg(Woord.VerschilPlanning, vergelijking.Verschuivingen.Select(v =>
            Verschuiving(v, taal, profiel) + (v.VanDatum is not null || v.NaarDatum is not null
                ? $" ({Datum(v.VanDatum, geen)} → {Datum(v.NaarDatum, geen)})"
                : "")));
        Voeg(Woord.VerschilVerloop, vergelijking.Statussen.Select(s =>
                $"{s.Actie}: {(s.Voor is { } x ? Woorden.Naam(x, taal) : geen)} → {(s.Na is { } y ? Woorden.Naam(y, taal) : geen)}")
            .Concat(vergelijking.Besluiten.Select(b => Woorden.Format(
                Woord.Raadsbesluit,
                taal,
                ("actie", b.Actie),
                ("gemeente", b.Gemeente),
                ("ronde", b.Ronde.ToString(CultureInfo.InvariantCulture)),
                ("voor", b.Voor is { } x ? Woorden.Naam(x, taal) : geen),
                ("na", b.Na is { } y ? Woorden.Naam(y, taal) : geen)))));
        Voeg(Woord.VerschilBevindingen, vergelijking.Bevindingen.Select(b =>
            Woorden.Format(b.IsNieuw ? Woord.BevindingNieuw : Woord.BevindingVervallen, taal, ("code", b.Bevinding.Code), ("pad", b.Bevinding.Path)) + ": " + b.Bevinding.Message));
        return secties;
    }

    private static string Datum(LocalDate? datum, string geen) => datum is { } d ? LocalDatePattern.Iso.Format(d) : geen;

    private static string Naam(ActiewijzigingSoort soort) => soort switch
    {
        ActiewijzigingSoort.Toegevoegd => "toegevoegd",
        ActiewijzigingSoort.Verwijderd => "verwijderd",
        ActiewijzigingSoort.Gewijzigd => "gewijzigd",
        _ => throw Woorden.Onbekend(soort),
    };

    private static void Verschuivingen(Utf8JsonWriter w, ValueArray<Verschuiving> verschuivingen)
    {
        w.WriteStartArray("verschuivingen");
        foreach (var v in verschuivingen)
        {
            w.WriteStartObject();
            w.WriteString("actie", v.Actie);
            w.WriteNumber("moment", v.Moment);
            w.WriteString("fase", WireNames.Naam(v.Fase));
            OfNull(w, "van", v.Van);
            OfNull(w, "vanDatum", v.VanDatum is { } van ? LocalDatePattern.Iso.Format(van) : null);
            OfNull(w, "naar", v.Naar);
            OfNull(w, "naarDatum", v.NaarDatum is { } naar ? LocalDatePattern.Iso.Format(naar) : null);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static void Bevindingen(Utf8JsonWriter w, string naam, ValueArray<Bevinding> bevindingen)
    {
        w.WriteStartArray(naam);
        foreach (var b in bevindingen)
        {
            w.WriteStartObject();
            Bevinding(w, b);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static void Bevinding(Utf8JsonWriter w, Bevinding b)
    {
        w.WriteString("code", b.Code);
        w.WriteString("severity", WireNames.Naam(b.Severity));
        w.WriteString("path", b.Path);
        w.WriteString("message", b.Message);
    }

    private static void OfNull(Utf8JsonWriter w, string naam, string? waarde)
    {
        if (waarde is null)
        {
            w.WriteNull(naam);
        }
        else
        {
            w.WriteString(naam, waarde);
        }
    }

    private static void OfNull(Utf8JsonWriter w, string naam, int? waarde)
    {
        if (waarde is { } n)
        {
            w.WriteNumber(naam, n);
        }
        else
        {
            w.WriteNull(naam);
        }
    }
}
