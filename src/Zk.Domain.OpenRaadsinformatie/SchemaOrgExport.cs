using Zk.Domain.Inplannen;
using Zk.Domain.Verloop;
using Zk.Domain.Werkplannen;

namespace Zk.Domain.OpenRaadsinformatie;

/// <summary>
/// The joint council meetings as schema.org <c>Event</c>s in JSON-LD, for web pages (and the Open Raadsinformatie API's
/// <c>Meeting</c>, which is one): <c>{ "@context": "https://schema.org", "@graph": [ Event, … ] }</c>.
/// </summary>
/// <remarks>
/// <para>Each meeting of the schedule's calendar in the plan's period is an <c>Event</c> with <c>@id</c> (the URN of
/// <see cref="OpenRaadsinformatieExport"/>), <c>name</c>, <c>startDate</c> and <c>endDate</c> (Europe/Amsterdam with
/// offset, from the options' times), <c>eventStatus</c> (<c>https://schema.org/EventScheduled</c>, or
/// <c>EventCancelled</c> when the run cancelled it), <c>organizer</c> (the member councils on its date, each a
/// <c>GovernmentOrganization</c> with its TOOI identifier as <c>@id</c> and <c>identifier</c> when the plan has one) and
/// <c>subEvent</c>: its agenda items in order, each an <c>Event</c> (<c>position</c>, <c>name</c>, <c>description</c>:
/// the stage) that is <c>EventRescheduled</c> with <c>previousStartDate</c> (every earlier date, oldest first) when the run
/// moved it there. The model has no locations, so <c>location</c> is left out. Same input, same bytes. Thread-safe.</para>
/// </remarks>
public static class SchemaOrgExport
{
    /// <summary>Writes the meetings as one JSON-LD document (UTF-8, indented).</summary>
    /// <param name="plan">The plan.</param>
    /// <param name="planning">Its schedule.</param>
    /// <param name="run">The run, or null for the schedule alone.</param>
    /// <param name="opties">The options; <see cref="OpenRaadsinformatieOptions.Standaard"/> when null.</param>
    /// <returns>The JSON-LD document.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="plan"/> or <paramref name="planning"/> is null.</exception>
    /// <exception cref="ArgumentException">The options end a meeting before it starts.</exception>
    public static byte[] Write(Werkplan plan, Planning planning, Runverslag? run = null, OpenRaadsinformatieOptions? opties = null)
    {
        var g = new Gegevens(plan, planning, run, opties);
        return Gegevens.Schrijf(w =>
        {
            w.WriteStartObject();
            w.WriteString("@context", "https://schema.org");
            w.WriteStartArray("@graph");
            foreach (var r in g.Bijeenkomsten)
            {
                var geannuleerd = g.Stand.Geannuleerd.Contains(r.Id);
                w.WriteStartObject();
                w.WriteString("@type", "Event");
                Gegevens.Tekst(w, "@id", g.Urn("radenbijeenkomst", r.Id));
                Gegevens.Tekst(w, "name", g.Bijeenkomstnaam(r));
                w.WriteString("startDate", g.Tijd(r.Datum, g.Opties.Aanvang));
                w.WriteString("endDate", g.Tijd(r.Datum, g.Opties.Einde));
                w.WriteString("eventStatus", geannuleerd ? "https://schema.org/EventCancelled" : "https://schema.org/EventScheduled");
                if (r.Toelichting is { } toelichting)
                {
                    Gegevens.Tekst(w, "description", toelichting);
                }

                w.WriteStartArray("organizer");
                foreach (var gemeente in plan.DeelnemersOp(r.Datum))
                {
                    w.WriteStartObject();
                    w.WriteString("@type", "GovernmentOrganization");
                    if (g.Tooi(gemeente) is { } tooi)
                    {
                        Gegevens.Tekst(w, "@id", tooi);
                        Gegevens.Tekst(w, "identifier", tooi);
                    }

                    Gegevens.Tekst(w, "name", (g.Taal == Taal.En ? "Municipal council of " : "Gemeenteraad ") + g.Naam(gemeente));
                    w.WriteEndObject();
                }

                w.WriteEndArray();
                w.WriteStartArray("subEvent");
                var positie = 0;
                foreach (var p in g.Agenda(r.Id))
                {
                    w.WriteStartObject();
                    w.WriteString("@type", "Event");
                    Gegevens.Tekst(w, "@id", g.Urn("radenbijeenkomst", r.Id) + Gegevens.Deel(p.Actie, p.Fase.Id, Gegevens.Getal(p.Ronde)));
                    w.WriteNumber("position", ++positie);
                    Gegevens.Tekst(w, "name", g.Actienaam(p.Actie));
                    Gegevens.Tekst(w, "description", g.Fasenaam(p.Fase));
                    w.WriteString("startDate", g.Tijd(r.Datum, g.Opties.Aanvang));
                    var verzet = p.Eerder.Count > 0;
                    w.WriteString(
                        "eventStatus",
                        geannuleerd ? "https://schema.org/EventCancelled" : verzet ? "https://schema.org/EventRescheduled" : "https://schema.org/EventScheduled");
                    if (verzet)
                    {
                        w.WriteStartArray("previousStartDate");
                        foreach (var eerder in p.Eerder)
                        {
                            w.WriteStringValue(g.Tijd(eerder, g.Opties.Aanvang));
                        }

                        w.WriteEndArray();
                    }

                    w.WriteEndObject();
                }

                w.WriteEndArray();
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        });
    }
}
