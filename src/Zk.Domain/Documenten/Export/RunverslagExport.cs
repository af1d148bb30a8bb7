using NodaTime.Text;
using Zk.Domain.Verloop;

namespace Zk.Domain.Documenten.Export;

/// <summary>A plan run's outcome as JSON: the progress per action at the end and the list of events, for tools and dashboards.</summary>
/// <remarks>Pure and thread-safe.</remarks>
public static class RunverslagExport
{
    /// <summary>
    /// The run as one JSON object: <c>datum</c> (the end date), <c>acties</c> (per action, in the plan's order:
    /// <c>actie</c>, <c>status</c>, <c>besluitstand</c>, <c>volgendMoment</c> as a date or null, <c>resultatenBereikt</c>,
    /// <c>rondes</c>: per ended decision round <c>ronde</c>, <c>datum</c>, <c>uitkomst</c> and <c>afwijkingen</c>, per council
    /// whose adopted text differs <c>gemeente</c>, <c>samenvatting</c> and <c>oordeel</c>) and <c>gebeurtenissen</c> (per
    /// event: <c>soort</c> and <c>datum</c>; a council's decision also <c>actie</c>, <c>gemeente</c>, <c>besluit</c>,
    /// <c>ronde</c> and for an amendment <c>amendement</c> with <c>samenvatting</c> and <c>oordeel</c>; a round's outcome
    /// <c>actie</c>, <c>ronde</c>, <c>uitkomst</c>; a new round <c>actie</c>, <c>ronde</c> and <c>naar</c>, the meeting or null).
    /// </summary>
    /// <remarks>
    /// The names are fixed, whatever the C# members are called: a <c>status</c> is <c>op-schema</c>, <c>risico</c>,
    /// <c>vertraagd</c>, <c>vastgesteld</c> or <c>gestopt</c>; a <c>besluitstand</c> is <c>open</c>, <c>vastgesteld</c>,
    /// <c>deels-aangenomen</c>, <c>verworpen</c> or <c>vastgesteld-met-afwijkingen</c>; an <c>uitkomst</c> is <c>vastgesteld</c>,
    /// <c>vastgesteld-met-afwijkingen</c>, <c>herafstemming</c> or <c>verworpen</c>; a <c>besluit</c> <c>aangenomen</c>,
    /// <c>verworpen</c> or <c>geamendeerd</c>; an <c>oordeel</c> <c>open</c>, <c>acceptabel</c> or <c>niet-acceptabel</c>; a <c>soort</c> is the event's name (<c>RunGestart</c>,
    /// <c>BijeenkomstGehouden</c>, <c>RaadBesloten</c>, …).
    /// </remarks>
    /// <param name="verslag">The run report.</param>
    /// <exception cref="ArgumentOutOfRangeException">An event is of a kind the run does not emit (a type a host derived from <see cref="Gebeurtenis"/>).</exception>
    public static string ToJson(this Runverslag verslag)
    {
        ArgumentNullException.ThrowIfNull(verslag);
        return JsonExport.Write(w =>
        {
            w.WriteStartObject();
            w.WriteString("datum", LocalDatePattern.Iso.Format(verslag.Eind.Datum));
            w.WriteStartArray("acties");
            foreach (var a in verslag.Eind.Acties)
            {
                w.WriteStartObject();
                w.WriteString("actie", a.Actie);
                w.WriteString("status", WireNames.Naam(a.Status));
                w.WriteString("besluitstand", WireNames.Naam(a.Besluitstand));
                w.WriteString("volgendMoment", a.VolgendMoment is { } v ? LocalDatePattern.Iso.Format(v.Datum) : null);
                JsonExport.WriteStrings(w, "resultatenBereikt", a.ResultatenBereikt);
                w.WriteStartArray("rondes");
                foreach (var r in a.Rondes)
                {
                    w.WriteStartObject();
                    w.WriteNumber("ronde", r.Ronde);
                    w.WriteString("datum", LocalDatePattern.Iso.Format(r.Datum));
                    w.WriteString("uitkomst", WireNames.Naam(r.Uitkomst.Uitkomst));
                    w.WriteStartArray("afwijkingen");
                    foreach (var afwijking in r.Uitkomst.Afwijkingen)
                    {
                        w.WriteStartObject();
                        w.WriteString("gemeente", afwijking.Gemeente);
                        WriteAmendement(w, afwijking.Amendement);
                        w.WriteEndObject();
                    }

                    w.WriteEndArray();
                    w.WriteEndObject();
                }

                w.WriteEndArray();
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteStartArray("gebeurtenissen");
            foreach (var g in verslag.Gebeurtenissen)
            {
                w.WriteStartObject();
                w.WriteString("soort", WireNames.Soort(g));
                w.WriteString("datum", LocalDatePattern.Iso.Format(g.Datum));
                WriteDetails(w, g);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        });
    }

    // What a decision event says beyond its kind and date.
    private static void WriteDetails(System.Text.Json.Utf8JsonWriter w, Gebeurtenis g)
    {
        switch (g)
        {
            case RaadBesloten r:
                w.WriteString("actie", r.Actie);
                w.WriteString("gemeente", r.Gemeente);
                w.WriteString("besluit", WireNames.Naam(r.Besluit));
                w.WriteNumber("ronde", r.Ronde);
                if (r.Amendement is { } amendement)
                {
                    w.WriteStartObject("amendement");
                    WriteAmendement(w, amendement);
                    w.WriteEndObject();
                }

                break;
            case VoorstelVastgesteld v:
                w.WriteString("actie", v.Actie);
                w.WriteNumber("ronde", v.Ronde);
                w.WriteString("uitkomst", WireNames.Naam(v.Uitkomst));
                break;
            case VoorstelNietVastgesteld n:
                w.WriteString("actie", n.Actie);
                w.WriteNumber("ronde", n.Ronde);
                w.WriteString("uitkomst", WireNames.Naam(n.Uitkomst));
                break;
            case RondeGepland rg:
                w.WriteString("actie", rg.Actie);
                w.WriteNumber("ronde", rg.Ronde);
                w.WriteString("naar", rg.Naar);
                break;
        }
    }

    private static void WriteAmendement(System.Text.Json.Utf8JsonWriter w, Amendement amendement)
    {
        w.WriteString("samenvatting", amendement.Samenvatting);
        w.WriteString("oordeel", WireNames.Naam(amendement.Oordeel));
    }
}
