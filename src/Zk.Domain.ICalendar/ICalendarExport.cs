using System.Globalization;
using System.Text;
using NodaTime;
using Zk.Domain.Besturing;
using Zk.Domain.Exports;
using Zk.Domain.Inplannen;
using Zk.Domain.Verloop;
using Zk.Domain.Werkplannen;

namespace Zk.Domain.ICalendar;

/// <summary>
/// The iCalendar export (RFC 5545, with the methods of RFC 5546): the joint council meetings of a schedule with their
/// agenda, and each council's decision moments, as a feed to subscribe to (<see cref="Publish"/>) or as the message that
/// cancels one meeting (<see cref="Cancel"/>).
/// </summary>
/// <remarks>
/// <para>The feed (METHOD:PUBLISH) holds one VEVENT per joint meeting of the schedule's calendar in the plan's period, and
/// one per council, proposal (an action's decision) and decision round, on the council's decision date
/// (<see cref="Werkplan.Besluitdatum"/>: its own meeting in the decision window, or the window's end) for every council
/// that is a member then. With a run (<see cref="Runverslag"/>) the feed shows what the run did: a moment it moved
/// (<see cref="MomentVerschoven"/>) keeps its UID, moves to its new date and gets a higher SEQUENCE (one per move); a
/// moment that fell off the schedule, a council that is no member on the new date, and a cancelled meeting
/// (<see cref="BijeenkomstGeannuleerd"/>) get STATUS:CANCELLED with a higher SEQUENCE, so that Outlook and Gmail remove
/// them; a decided round is CONFIRMED with the decision in its description; a new round (<see cref="RondeGepland"/>) is an
/// event of its own. A meeting is CONFIRMED, a decision not yet taken TENTATIVE. A meeting's agenda (its description)
/// follows the moves, but a changed description alone does not raise SEQUENCE (RFC 5546 counts only date, time and status
/// changes as revisions).</para>
/// <para>UIDs are URNs that name the plan and the element, never a host: <see cref="BijeenkomstUid"/>
/// (<c>urn:zk-domain:zuid-kennemerland-2021-2023:radenbijeenkomst:rb-2022-Q3</c>) and <see cref="BesluitUid"/>
/// (<c>urn:zk-domain:zuid-kennemerland-2021-2023:besluit:haarlem:4.1:1</c>); every id in them is percent-encoded outside
/// <c>A–Z a–z 0–9 - . _ ~</c>, so they are unambiguous and stable for as long as the ids are.</para>
/// <para>Times are local times in Europe/Amsterdam (DTSTART;TZID=Europe/Amsterdam) with its VTIMEZONE, taken from
/// NodaTime's TZDB for the years the events span. The model has dates only: every event runs from
/// <see cref="ICalendarOptions.Aanvang"/> to <see cref="ICalendarOptions.Einde"/> (19:30–22:00 by default). DTSTAMP is
/// the <c>tijdstempel</c> the caller passes (the library never reads the clock), so the same input gives the same bytes,
/// under any culture. Texts are Dutch or English (<see cref="ICalendarOptions.Taal"/>); the names of stages and meetings
/// come from the plan's profile. Thread-safe.</para>
/// </remarks>
public static class ICalendarExport
{
    /// <summary>The time zone of every time in the output.</summary>
    public const string Tijdzone = Rfc5545.Tijdzone;

    /// <summary>The product identifier (PRODID) of the output.</summary>
    public const string ProductId = "-//Zk.Domain//Zk.Domain.ICalendar//NL";

    /// <summary>
    /// The feed (METHOD:PUBLISH) of the joint meetings of <paramref name="planning"/> and the councils' decision moments,
    /// after <paramref name="run"/> when given.
    /// </summary>
    /// <param name="plan">The plan.</param>
    /// <param name="planning">Its schedule.</param>
    /// <param name="tijdstempel">The DTSTAMP of every event: when the feed was made (from the caller's clock, or the run's date).</param>
    /// <param name="run">The run of the plan and this schedule, or null for the schedule alone.</param>
    /// <param name="opties">The options; <see cref="ICalendarOptions.Standaard"/> when null.</param>
    /// <returns>The iCalendar text, CRLF line ends.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="plan"/> or <paramref name="planning"/> is null.</exception>
    /// <exception cref="ArgumentException">The options end a meeting before it starts, the organiser holds a control
    /// character, or <paramref name="tijdstempel"/> lies outside the years 1 to 9999.</exception>
    public static string Publish(Werkplan plan, Planning planning, Instant tijdstempel, Runverslag? run = null, ICalendarOptions? opties = null)
    {
        var (events, o) = Maak(plan, planning, tijdstempel, run, opties);
        return Schrijf(plan, "PUBLISH", events, tijdstempel, o);
    }

    /// <summary>
    /// The message (METHOD:CANCEL) that removes the joint meeting <paramref name="radenbijeenkomst"/> from the calendars
    /// it was sent to: its VEVENT with the feed's UID, STATUS:CANCELLED and a SEQUENCE higher than the feed gave it while
    /// it was not cancelled.
    /// </summary>
    /// <param name="plan">The plan.</param>
    /// <param name="planning">Its schedule.</param>
    /// <param name="radenbijeenkomst">The id of the meeting, one of the schedule's calendar in the plan's period.</param>
    /// <param name="tijdstempel">The DTSTAMP.</param>
    /// <param name="run">The run, or null.</param>
    /// <param name="opties">The options; <see cref="ICalendarOptions.Standaard"/> when null.</param>
    /// <returns>The iCalendar text, CRLF line ends.</returns>
    /// <exception cref="ArgumentNullException">An argument but <paramref name="run"/> and <paramref name="opties"/> is null.</exception>
    /// <exception cref="ArgumentException">The meeting is not in the schedule's calendar in the plan's period, or the options or the time stamp are invalid (see <see cref="Publish"/>).</exception>
    public static string Cancel(Werkplan plan, Planning planning, string radenbijeenkomst, Instant tijdstempel, Runverslag? run = null, ICalendarOptions? opties = null)
    {
        ArgumentNullException.ThrowIfNull(radenbijeenkomst);
        var (events, o) = Maak(plan, planning, tijdstempel, run, opties);
        var uid = BijeenkomstUid(plan, radenbijeenkomst);
        var e = events.FirstOrDefault(e => e.Uid == uid)
            ?? throw new ArgumentException($"The schedule's calendar has no meeting '{Weergave.Shorten(radenbijeenkomst)}' in the plan's period.", nameof(radenbijeenkomst));
        if (e.Status != "CANCELLED")
        {
            e = e with { Status = "CANCELLED", Sequence = e.Sequence + 1, Summary = Teksten.Geannuleerd.In(o.Taal) + ": " + e.Summary };
        }

        return Schrijf(plan, "CANCEL", [e], tijdstempel, o);
    }

    /// <summary>The UID of a joint meeting: <c>urn:zk-domain:{plan}:radenbijeenkomst:{meeting}</c>, ids percent-encoded.</summary>
    /// <param name="plan">The plan.</param>
    /// <param name="radenbijeenkomst">The meeting's id.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static string BijeenkomstUid(Werkplan plan, string radenbijeenkomst)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(radenbijeenkomst);
        return "urn:zk-domain:" + Urns.Codeer(plan.Id) + ":radenbijeenkomst:" + Urns.Codeer(radenbijeenkomst);
    }

    /// <summary>The UID of a council's decision on an action's proposal in a round: <c>urn:zk-domain:{plan}:besluit:{gemeente}:{actie}:{ronde}</c>.</summary>
    /// <param name="plan">The plan.</param>
    /// <param name="gemeente">The member's party id.</param>
    /// <param name="actie">The action's id.</param>
    /// <param name="ronde">The decision round, 1 or more.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="ronde"/> is below 1.</exception>
    public static string BesluitUid(Werkplan plan, string gemeente, string actie, int ronde)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(gemeente);
        ArgumentNullException.ThrowIfNull(actie);
        ArgumentOutOfRangeException.ThrowIfLessThan(ronde, 1);
        return "urn:zk-domain:" + Urns.Codeer(plan.Id) + ":besluit:" + Urns.Codeer(gemeente) + ":" + Urns.Codeer(actie) + ":" + ronde.ToString(CultureInfo.InvariantCulture);
    }

    private static (List<Vevent> Events, ICalendarOptions Opties) Maak(Werkplan plan, Planning planning, Instant tijdstempel, Runverslag? run, ICalendarOptions? opties)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(planning);
        var o = opties ?? ICalendarOptions.Standaard;
        if (o.Einde <= o.Aanvang)
        {
            throw new ArgumentException("A meeting must end after it starts (ICalendarOptions.Einde after Aanvang).", nameof(opties));
        }

        if (o.Organisator is { } organisator && organisator.Any(char.IsControl))
        {
            throw new ArgumentException("The organiser's calendar address holds a control character.", nameof(opties));
        }

        var jaar = tijdstempel.InUtc().Year;
        if (jaar is < 1 or > 9999)
        {
            throw new ArgumentException("The time stamp lies outside the years 1 to 9999.", nameof(tijdstempel));
        }

        var taal = o.Taal;
        var termijn = (o.Beleid ?? Governancebeleid.Standaard).BesluitvormingstermijnInDagen;
        var stand = Stand.Van(plan, planning, run, termijn);
        var acties = new Dictionary<string, Actie>(StringComparer.Ordinal);
        foreach (var a in plan.Acties)
        {
            acties.TryAdd(a.Id, a);
        }

        var namen = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var p in plan.Partijen)
        {
            namen.TryAdd(p.Id, p.Naam);
        }

        var events = new List<Vevent>();
        var bijeenkomsten = new Dictionary<string, Radenbijeenkomst>(StringComparer.Ordinal);
        foreach (var r in planning.Kalender.Radenbijeenkomsten.Where(r => plan.Looptijd.Contains(r.Datum)).OrderBy(r => r.Datum).ThenBy(r => r.Id, StringComparer.Ordinal))
        {
            if (!bijeenkomsten.TryAdd(r.Id, r))
            {
                continue;
            }

            var soort = Teksten.Hoofdletter(plan.Profiel.BijeenkomstNaam(r.Soort, taal));
            var geannuleerd = stand.Geannuleerd.Contains(r.Id);
            var beschrijving = new StringBuilder();
            var agenda = stand.Plaatsingen.Where(p => !p.IsVervallen && p.Radenbijeenkomst == r.Id).ToList();
            if (agenda.Count == 0)
            {
                beschrijving.Append(Teksten.GeenAgenda.In(taal));
            }
            else
            {
                beschrijving.Append(Teksten.Agenda.In(taal)).Append(':');
                foreach (var p in agenda)
                {
                    beschrijving.Append('\n').Append("- ").Append(Actienaam(acties, p.Actie)).Append(": ").Append(plan.Profiel.FaseNaam(p.Fase, taal));
                    if (p.Ronde > 1)
                    {
                        beschrijving.Append(" (").Append(Teksten.Ronde.In(taal, ("ronde", Getal(p.Ronde)))).Append(')');
                    }
                }
            }

            if (r.Toelichting is { } toelichting)
            {
                beschrijving.Append("\n\n").Append(toelichting);
            }

            var titel = soort + " " + plan.Regio;
            events.Add(new Vevent(
                BijeenkomstUid(plan, r.Id),
                r.Datum,
                geannuleerd ? Teksten.Geannuleerd.In(taal) + ": " + titel : titel,
                beschrijving.ToString(),
                geannuleerd ? "CANCELLED" : "CONFIRMED",
                geannuleerd ? 1 : 0,
                soort,
                null));
        }

        foreach (var p in stand.Plaatsingen.Where(p => p.Ronde > 0))
        {
            var leden = plan.DeelnemersOp(Datums.Plus(p.Datum, termijn));
            var bijeenkomst = bijeenkomsten.GetValueOrDefault(p.Radenbijeenkomst);
            foreach (var gemeente in p.Raden)
            {
                stand.Besluiten.TryGetValue((p.Actie, gemeente, p.Ronde), out var besluit);
                var lid = leden.AsSpan().Contains(gemeente);
                var status = besluit is not null ? "CONFIRMED" : p.IsVervallen || !lid ? "CANCELLED" : "TENTATIVE";
                var datum = besluit?.Datum ?? plan.Besluitdatum(gemeente, p.Datum, termijn);
                var titel = Teksten.Besluit.In(taal, ("gemeente", namen.GetValueOrDefault(gemeente) ?? gemeente), ("actie", Actienaam(acties, p.Actie)));
                if (p.Ronde > 1)
                {
                    titel += " (" + Teksten.Ronde.In(taal, ("ronde", Getal(p.Ronde))) + ")";
                }

                var beschrijving = new StringBuilder();
                beschrijving.Append(Teksten.Voorgelegd.In(
                    taal,
                    ("bijeenkomst", plan.Profiel.BijeenkomstNaam(bijeenkomst?.Soort, taal)),
                    ("datum", NodaTime.Text.LocalDatePattern.Iso.Format(p.Datum))));
                beschrijving.Append('\n').Append(besluit?.Besluit switch
                {
                    Raadsbesluit.Aangenomen => Teksten.Aangenomen.In(taal),
                    Raadsbesluit.Verworpen => Teksten.Verworpen.In(taal),
                    Raadsbesluit.Geamendeerd => Teksten.Geamendeerd.In(taal),
                    _ => p.IsVervallen ? Teksten.Vervallen.In(taal) : !lid ? Teksten.GeenLid.In(taal) : Teksten.Gepland.In(taal),
                });
                if (besluit?.Amendement?.Samenvatting is { } samenvatting)
                {
                    beschrijving.Append('\n').Append(Teksten.Amendement.In(taal, ("samenvatting", samenvatting)));
                }

                if (p.Versie > 0)
                {
                    beschrijving.Append('\n').Append(Teksten.Verschoven.In(taal, ("aantal", Getal(p.Versie))));
                }

                                events.Add(new Vevent(
                    BesluitUid(plan, gemeente, p.Actie, p.Ronde),
                    datum,
                    status == "CANCELLED" ? Teksten.Geannuleerd.In(taal) + ": " + titel : titel,
                    beschrijving.ToString(),
                    status,
                    p.Versie,
                    plan.Profiel.FaseNaam(p.Fase, taal),
                    BijeenkomstUid(plan, p.Radenbijeenkomst)));
            }
        }

        // One event per UID (a calendar or a run may name one twice): the first, in date order.
        var gezien = new HashSet<string>(StringComparer.Ordinal);
        var uit = events.OrderBy(e => e.Datum).ThenBy(e => e.Uid, StringComparer.Ordinal).Where(e => gezien.Add(e.Uid)).ToList();
        return (uit, o);
    }

    private static string Schrijf(Werkplan plan, string methode, List<Vevent> events, Instant tijdstempel, ICalendarOptions o)
    {
        var w = new Rfc5545();
        w.Regel("BEGIN", "VCALENDAR");
        w.Regel("VERSION", "2.0");
        w.Tekst("PRODID", ProductId);
        w.Regel("CALSCALE", "GREGORIAN");
        w.Regel("METHOD", methode);
        w.Tekst("X-WR-CALNAME", plan.Titel);
        w.Regel("X-WR-TIMEZONE", Tijdzone);
        var zone = DateTimeZoneProviders.Tzdb[Tijdzone];
        var eerste = events.Count == 0 ? plan.Looptijd.Start : events.Min(e => e.Datum);
        var laatste = events.Count == 0 ? plan.Looptijd.End : events.Max(e => e.Datum);
        w.VTimezone(Moment(zone, eerste, o.Aanvang), Moment(zone, laatste, o.Einde) + Duration.FromSeconds(1));
        foreach (var e in events)
        {
            w.Regel("BEGIN", "VEVENT");
            w.Regel("UID", e.Uid);
            w.Utc("DTSTAMP", tijdstempel);
            w.Lokaal("DTSTART", e.Datum + o.Aanvang);
            w.Lokaal("DTEND", e.Datum + o.Einde);
            w.Tekst("SUMMARY", e.Summary);
            w.Tekst("DESCRIPTION", e.Beschrijving);
            w.Tekst("CATEGORIES", e.Categorie);
            w.Regel("STATUS", e.Status);
            w.Regel("SEQUENCE", Getal(e.Sequence));
            w.Regel("TRANSP", "OPAQUE");
            if (o.Organisator is { } organisator)
            {
                w.Regel("ORGANIZER", organisator);
            }

            if (e.Bijeenkomst is { } bijeenkomst)
            {
                w.Regel("RELATED-TO", bijeenkomst);
            }

            w.Regel("END", "VEVENT");
        }

        w.Regel("END", "VCALENDAR");
        return w.ToString();
    }

    // The instant of a local time in the zone (in a gap, the time after it; in an overlap, the earlier).
    private static Instant Moment(DateTimeZone zone, LocalDate datum, LocalTime tijd) => zone.AtLeniently(datum + tijd).ToInstant();

    private static string Actienaam(Dictionary<string, Actie> acties, string id) =>
        acties.TryGetValue(id, out var actie) ? actie.Id + " " + actie.Titel : id;

    private static string Getal(int n) => n.ToString(CultureInfo.InvariantCulture);

    private sealed record Vevent(string Uid, LocalDate Datum, string Summary, string Beschrijving, string Status, int Sequence, string Categorie, string? Bijeenkomst);
}
