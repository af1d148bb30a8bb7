using NodaTime.Text;
using Zk.Domain.Verloop;

namespace Zk.Domain.Documenten.Export;

/// <summary>A plan run's outcome as JSON: the progress per action at the end and the list of events, for tools and dashboards.</summary>
/// <remarks>Pure and thread-safe.</remarks>
public static class RunverslagExport
{
    /// <summary>
    /// The run as one JSON object: <c>datum</c> (the end date), <c>acties</c> (per action, in the plan's order:
    /// <c>actie</c>, <c>status</c>, <c>besluitstand</c>, <c>volgendMoment</c> as a date or null, <c>resultatenBereikt</c>)
    /// and <c>gebeurtenissen</c> (per event: <c>soort</c> and <c>datum</c>).
    /// </summary>
    /// <remarks>
    /// The names are fixed, whatever the C# members are called: a <c>status</c> is <c>op-schema</c>, <c>risico</c>,
    /// <c>vertraagd</c>, <c>vastgesteld</c> or <c>gestopt</c>; a <c>besluitstand</c> is <c>open</c>, <c>vastgesteld</c>,
    /// <c>deels-aangenomen</c> or <c>verworpen</c>; a <c>soort</c> is the event's name (<c>RunGestart</c>,
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
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteStartArray("gebeurtenissen");
            foreach (var g in verslag.Gebeurtenissen)
            {
                w.WriteStartObject();
                w.WriteString("soort", WireNames.Soort(g));
                w.WriteString("datum", LocalDatePattern.Iso.Format(g.Datum));
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        });
    }
}
