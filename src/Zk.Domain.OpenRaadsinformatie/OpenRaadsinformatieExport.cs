using System.Text.Json;
using Zk.Domain.Exports;
using Zk.Domain.Inplannen;
using Zk.Domain.Verloop;
using Zk.Domain.Werkplannen;

namespace Zk.Domain.OpenRaadsinformatie;

/// <summary>
/// The export in the shape of the VNG's ODS Open Raadsinformatie (v2), what council information portals and Woo
/// publications take: per member municipality, named by its TOOI identifier (<see cref="Partijen.Partij.Tooi"/>), its
/// <c>Vergadering</c> records with their <c>Agendapunt</c>s for the council moments that reach its council, and after a
/// run a <c>Besluit</c> per decision of its council.
/// </summary>
/// <remarks>
/// <para>The document: <c>{ "formaat": "zk-ori/1", "plan": …, "gemeenten": [ { "gemeente": TOOI or null, "partij", "naam",
/// "vergaderingen": [ … ], "besluiten": [ … ] } ] }</c>, one entry per member municipality in the plan's order.</para>
/// <para>A moment of a joint meeting (a radenbijeenkomst; <c>vergaderingstype</c> is the kind's id) reaches the councils
/// that are members on the meeting's date (<see cref="Werkplan.DeelnemersOp"/>): each of them has the meeting as a
/// <c>Vergadering</c> with the moment as an <c>Agendapunt</c>. A decision reaches the councils that are members on the end
/// of its decision window, as the run decides it: each has a <c>raadsvergadering</c> on its decision date
/// (<see cref="Werkplan.Besluitdatum"/>, or the run's date) with the proposal as an agenda item, and after a run a
/// <c>Besluit</c> (<c>besluitresultaat</c> aangenomen, verworpen or geamendeerd). A moment the run moved is on its new
/// meeting's agenda; one that fell off the schedule is on none; a cancelled meeting has status <c>geannuleerd</c>, a held
/// one <c>gehouden</c> with its actual date and times, the others <c>gepland</c>.</para>
/// <para>Ids are URNs as the iCalendar export's UIDs: <c>urn:zk-domain:{plan}:radenbijeenkomst:{meeting}</c>,
/// <c>urn:zk-domain:{plan}:raadsvergadering:{gemeente}:{date}</c>, an agenda item its meeting's id with
/// <c>:{action}:{stage}:{round}</c>. Times are Europe/Amsterdam with their offset; the model has dates only, so a meeting
/// runs from <see cref="OpenRaadsinformatieOptions.Aanvang"/> to <see cref="OpenRaadsinformatieOptions.Einde"/>; the
/// location is unknown to the model and left out. Written with <see cref="Utf8JsonWriter"/> (no reflection: trimming
/// and AOT safe); same input, same bytes, under any culture. Thread-safe.</para>
/// </remarks>
public static class OpenRaadsinformatieExport
{
    /// <summary>The format field of the document.</summary>
    public const string Formaat = "zk-ori/1";

    /// <summary>Writes the records of every member municipality as one JSON document (UTF-8, indented).</summary>
    /// <param name="plan">The plan.</param>
    /// <param name="planning">Its schedule.</param>
    /// <param name="run">The run of the plan and this schedule, or null for the schedule alone (no <c>Besluit</c>s then).</param>
    /// <param name="opties">The options; <see cref="OpenRaadsinformatieOptions.Standaard"/> when null.</param>
    /// <returns>The JSON document.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="plan"/> or <paramref name="planning"/> is null.</exception>
    /// <exception cref="ArgumentException">The options end a meeting before it starts.</exception>
    public static byte[] Write(Werkplan plan, Planning planning, Runverslag? run = null, OpenRaadsinformatieOptions? opties = null)
    {
        var g = new Gegevens(plan, planning, run, opties);
        return Gegevens.Schrijf(w =>
        {
            w.WriteStartObject();
            w.WriteString("formaat", Formaat);
            Gegevens.Tekst(w, "plan", plan.Id);
            w.WriteStartArray("gemeenten");
            foreach (var gemeente in plan.Deelnemers.Distinct(StringComparer.Ordinal))
            {
                Gemeente(w, g, gemeente);
            }

            w.WriteEndArray();
            w.WriteEndObject();
        });
    }

    private static void Gemeente(Utf8JsonWriter w, Gegevens g, string gemeente)
    {
        w.WriteStartObject();
        if (g.Tooi(gemeente) is { } tooi)
        {
            Gegevens.Tekst(w, "gemeente", tooi);
        }
        else
        {
            w.WriteNull("gemeente");
        }

        Gegevens.Tekst(w, "partij", gemeente);
        Gegevens.Tekst(w, "naam", g.Naam(gemeente));
        w.WriteStartArray("vergaderingen");

        // The joint meetings on a date it is a member.
        foreach (var r in g.Bijeenkomsten.Where(r => g.Plan.IsDeelnemerOp(gemeente, r.Datum)))
        {
            var id = g.Urn("radenbijeenkomst", r.Id);
            var status = g.Stand.Geannuleerd.Contains(r.Id) ? "geannuleerd" : g.Stand.Gehouden.Contains(r.Id) ? "gehouden" : "gepland";
            Vergadering(w, g, id, g.Bijeenkomstnaam(r), g.Soort(r), status, r.Datum, g.Plan.Regio, gemeente, r.Toelichting);
            w.WriteStartArray("agendapunten");
            var nummer = 0;
            foreach (var p in g.Agenda(r.Id))
            {
                Agendapunt(w, g, id, p, ++nummer, behandeld: status == "gehouden", besloten: false);
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        // Its own council meetings: one per decision date, with the proposals its council decides there.
        var rondes = g.Stand.Plaatsingen
            .Where(p => p.Ronde > 0 && !p.IsVervallen && g.Raden(p).AsSpan().Contains(gemeente))
            .Select(p => (Plaatsing: p, Datum: g.Besluitdatum(p, gemeente)))
            .ToList();
        foreach (var dag in rondes.GroupBy(x => x.Datum).OrderBy(d => d.Key))
        {
            var id = g.Urn("raadsvergadering", gemeente, Gegevens.Datum(dag.Key));
            var besloten = dag.All(x => g.Besluit(x.Plaatsing, gemeente) is not null);
            var naam = (g.Taal == Taal.En ? "Council meeting " : "Raadsvergadering ") + g.Naam(gemeente);
            Vergadering(w, g, id, naam, "raadsvergadering", besloten ? "gehouden" : "gepland", dag.Key, "gemeenteraad " + g.Naam(gemeente), gemeente, null);
            w.WriteStartArray("agendapunten");
            var nummer = 0;
            foreach (var (p, _) in dag)
            {
                var besluit = g.Besluit(p, gemeente) is not null;
                Agendapunt(w, g, id, p, ++nummer, behandeld: besluit, besloten: besluit);
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("besluiten");
        foreach (var (p, datum) in rondes.OrderBy(x => x.Datum))
        {
            if (g.Besluit(p, gemeente) is not { } besluit)
            {
                continue;
            }

            w.WriteStartObject();
            Gegevens.Tekst(w, "agendapunt", g.Urn("raadsvergadering", gemeente, Gegevens.Datum(datum), p.Actie, p.Fase.Id, Gegevens.Getal(p.Ronde)));
            w.WriteString("besluitdatum", Gegevens.Datum(besluit.Datum));
            w.WriteString("besluitresultaat", besluit.Besluit switch
            {
                Raadsbesluit.Aangenomen => "aangenomen",
                Raadsbesluit.Verworpen => "verworpen",
                Raadsbesluit.Geamendeerd => "geamendeerd",
                _ => throw new InvalidOperationException("A decision the export does not know: " + besluit.Besluit),
            });
            if (besluit.Amendement?.Samenvatting is { } samenvatting)
            {
                Gegevens.Tekst(w, "besluittoelichting", samenvatting);
            }

            w.WriteStartArray("stemmingen");
            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    // Opens a Vergadering object and writes its fields; the caller writes its agendapunten and closes it.
    private static void Vergadering(Utf8JsonWriter w, Gegevens g, string id, string naam, string type, string status, NodaTime.LocalDate datum, string gremium, string gemeente, string? toelichting)
    {
        w.WriteStartObject();
        Gegevens.Tekst(w, "id", id);
        Gegevens.Tekst(w, "naam", naam);
        Gegevens.Tekst(w, "vergaderingstype", type);
        w.WriteString("status", status);
        w.WriteString("geplandeVergaderdatum", Gegevens.Datum(datum));
        w.WriteString("geplandeAanvangVergadering", g.Tijd(datum, g.Opties.Aanvang));
        w.WriteString("geplandeEindeVergadering", g.Tijd(datum, g.Opties.Einde));
        if (status == "gehouden")
        {
            w.WriteString("vergaderdatum", Gegevens.Datum(datum));
            w.WriteString("aanvangVergadering", g.Tijd(datum, g.Opties.Aanvang));
            w.WriteString("eindeVergadering", g.Tijd(datum, g.Opties.Einde));
        }

        Gegevens.Tekst(w, "georganiseerdDoorGremium", gremium);
        if (g.Tooi(gemeente) is { } tooi)
        {
            Gegevens.Tekst(w, "gemeente", tooi);
        }
        else
        {
            w.WriteNull("gemeente");
        }

        if (toelichting is not null)
        {
            Gegevens.Tekst(w, "toelichting", toelichting);
        }

        if (g.Opties.Wijzigingsdatum is { } wijziging)
        {
            w.WriteString("wijzigingsdatum", Gegevens.Datum(wijziging));
        }
    }

    private static void Agendapunt(Utf8JsonWriter w, Gegevens g, string vergadering, Plaatsing p, int nummer, bool behandeld, bool besloten)
    {
        w.WriteStartObject();
        Gegevens.Tekst(w, "id", vergadering + Gegevens.Deel(p.Actie, p.Fase.Id, Gegevens.Getal(p.Ronde)));
        Gegevens.Tekst(w, "vergadering", vergadering);
        Gegevens.Tekst(w, "agendapuntTitel", g.Actienaam(p.Actie));
        var omschrijving = g.Fasenaam(p.Fase) + (p.Ronde > 1 ? (g.Taal == Taal.En ? ", round " : ", ronde ") + Gegevens.Getal(p.Ronde) : "");
        Gegevens.Tekst(w, "agendapuntOmschrijving", omschrijving);
        Gegevens.Tekst(w, "agendapuntKenmerk", p.Actie);
        w.WriteNumber("agendapuntvolgnummer", nummer);
        w.WriteNumber("geplandAgendapuntvolgnummer", nummer);
        w.WriteBoolean("indicatieHamerstuk", false);
        w.WriteBoolean("indicatorBehandeld", behandeld);
        w.WriteBoolean("indicatorBesloten", besloten);
        w.WriteStartArray("informatieobjecten");
        w.WriteEndArray();
        w.WriteEndObject();
    }
}
