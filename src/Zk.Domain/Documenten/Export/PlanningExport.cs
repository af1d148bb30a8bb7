using System.Text;
using NodaTime.Text;
using Zk.Domain.Inplannen;
using Zk.Domain.Werkplannen;

namespace Zk.Domain.Documenten.Export;

/// <summary>A schedule as JSON (for tools) and as a Mermaid <c>gantt</c> chart of the governance moments per action.</summary>
public static class PlanningExport
{
    /// <summary>
    /// The schedule as JSON: <c>bewezenOptimaal</c> (<see cref="Planning.IsBewezenOptimaal"/>), <c>bijeenkomsten</c>
    /// (id, datum, capaciteit, agenda), <c>onplanbaar</c> (with the reason, the explanation in <paramref name="taal"/> and
    /// <c>beperkingen</c>, the minimal set of constraints that keep the moment out: soort, bijeenkomsten, datum, aantal,
    /// melding) and <c>speling</c> per action.
    /// </summary>
    /// <remarks>
    /// A stage (<c>fase</c>) has its name in the plan document (<c>versie50</c>, <c>besluitvorming</c>); an assignment's
    /// <c>status</c> is <c>behouden</c>, <c>verplaatst</c>, <c>ingepland</c> or <c>toegevoegd</c>; a <c>reden</c> is
    /// <c>deadline</c>, <c>capaciteit</c>, <c>blokkade</c> or <c>volgorde</c>; a constraint's <c>soort</c> is <c>periode</c>,
    /// <c>deadline</c>, <c>besluitvormingstermijn</c>, <c>tussenruimte</c>, <c>blokkade</c>, <c>capaciteit</c> or
    /// <c>volgorde</c>. These names are fixed, whatever the C# members are called.
    /// </remarks>
    /// <param name="planning">The schedule.</param>
    /// <param name="taal">The language of the explanations.</param>
    public static string ToJson(this Planning planning, Taal taal = Taal.Nl) => ToJson(planning, taal, null);

    /// <summary>The schedule as JSON (as <see cref="ToJson(Planning, Taal)"/>), first stating the calendar it was made on as <c>kalender</c> (see <see cref="Kalendervermelding"/>).</summary>
    /// <param name="planning">The schedule.</param>
    /// <param name="taal">The language of the explanations.</param>
    /// <param name="kalender">The calendar used; left out when null.</param>
    public static string ToJson(this Planning planning, Taal taal, Kalendervermelding? kalender)
    {
        ArgumentNullException.ThrowIfNull(planning);
        return JsonExport.Write(w =>
        {
            w.WriteStartObject();
            kalender?.Write(w);
            w.WriteBoolean("bewezenOptimaal", planning.IsBewezenOptimaal);
            w.WriteStartArray("bijeenkomsten");
            foreach (var r in planning.Kalender.Radenbijeenkomsten.OrderBy(r => r.Datum).ThenBy(r => r.Id, StringComparer.Ordinal))
            {
                w.WriteStartObject();
                w.WriteString("id", r.Id);
                w.WriteString("datum", LocalDatePattern.Iso.Format(r.Datum));
                if (r.Agendaruimte is { } capaciteit)
                {
                    w.WriteNumber("capaciteit", capaciteit);
                }

                w.WriteBoolean("geblokkeerd", planning.Kalender.BlokkadeOp(r.Datum) is not null);
                w.WriteStartArray("agenda");
                foreach (var t in planning.Agenda(r.Id))
                {
                    w.WriteStartObject();
                    w.WriteString("actie", t.Actie);
                    w.WriteNumber("moment", t.Moment);
                    w.WriteString("fase", WireNames.Naam(t.Fase));
                    w.WriteString("status", WireNames.Naam(t.Status));
                    w.WriteEndObject();
                }

                w.WriteEndArray();
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteStartArray("onplanbaar");
            foreach (var o in planning.Onplanbaar)
            {
                w.WriteStartObject();
                w.WriteString("actie", o.Actie);
                w.WriteNumber("moment", o.Moment);
                w.WriteString("fase", WireNames.Naam(o.Fase));
                w.WriteString("reden", WireNames.Naam(o.Reden));
                w.WriteString("deadline", LocalDatePattern.Iso.Format(o.Deadline));
                JsonExport.WriteStrings(w, "bijeenkomsten", o.Bijeenkomsten);
                JsonExport.WriteStrings(w, "concurrenten", o.Concurrenten);
                w.WriteString("melding", o.Melding(taal));
                w.WriteStartArray("beperkingen");
                foreach (var b in o.Beperkingen)
                {
                    w.WriteStartObject();
                    w.WriteString("soort", WireNames.Naam(b.Soort));
                    JsonExport.WriteStrings(w, "bijeenkomsten", b.Bijeenkomsten);
                    if (b.Datum is { } datum)
                    {
                        w.WriteString("datum", LocalDatePattern.Iso.Format(datum));
                    }

                    if (b.Aantal is { } aantal)
                    {
                        w.WriteNumber("aantal", aantal);
                    }

                    w.WriteString("melding", b.Melding(taal));
                    w.WriteEndObject();
                }

                w.WriteEndArray();
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteStartArray("speling");
            foreach (var s in planning.Speling)
            {
                w.WriteStartObject();
                w.WriteString("actie", s.Actie);
                w.WriteString("deadline", LocalDatePattern.Iso.Format(s.Deadline));
                if (s.Dagen is { } dagen)
                {
                    w.WriteNumber("dagen", dagen);
                }
                else
                {
                    w.WriteNull("dagen");
                }

                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        });
    }

    /// <summary>A Mermaid <c>gantt</c> chart: a section per action, a milestone per planned council moment (named by its stage, <c>Versie50</c>).</summary>
    /// <param name="planning">The schedule.</param>
    /// <param name="plan">The plan the schedule is of (for the actions' titles).</param>
    public static string ToMermaidGantt(this Planning planning, Werkplan plan)
    {
        ArgumentNullException.ThrowIfNull(planning);
        ArgumentNullException.ThrowIfNull(plan);
        var text = new StringBuilder();
        text.Append("gantt\n");
        text.Append("    title ").Append(Mermaid(plan.Titel)).Append('\n');
        text.Append("    dateFormat YYYY-MM-DD\n");
        text.Append("    axisFormat %Y-%m\n");
        var perActie = planning.Toewijzingen.ToLookup(t => t.Actie, StringComparer.Ordinal);
        foreach (var actie in plan.Acties)
        {
            text.Append("    section ").Append(Mermaid(actie.Id + " " + actie.Titel)).Append('\n');
            foreach (var t in perActie[actie.Id])
            {
                text.Append("    ").Append(Mermaid(WireNames.GanttLabel(t.Fase))).Append(" :milestone, ")
                    .Append(LocalDatePattern.Iso.Format(t.Datum)).Append(", 0d\n");
            }
        }

        return text.ToString();
    }

    // Mermaid gantt lines may not hold ':' or '#' in task names, a title ends at the line, and none may be empty (see Opmaak).
    private static string Mermaid(string text) => Opmaak.GanttNaam(text);
}
