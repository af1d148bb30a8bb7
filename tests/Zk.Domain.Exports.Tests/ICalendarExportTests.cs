using System.Globalization;
using NodaTime;
using Zk.Domain.Besturing;
using Zk.Domain.Collections;
using Zk.Domain.Bundled;
using Zk.Domain.ICalendar;
using Zk.Domain.Inplannen;
using Zk.Domain.Synthetisch;
using Zk.Domain.Verloop;
using Zk.Domain.Werkplannen;

namespace Zk.Domain.Exports.Tests;

/// <summary>
/// The iCalendar export, read back with Ical.Net: the feed's shape (PUBLISH, VTIMEZONE, UIDs, DTSTAMP, times), the
/// cancel message, and the laws over generated plans and scenarios: a moment the run moves keeps its UID and gets a
/// higher SEQUENCE; a meeting the run cancels is STATUS:CANCELLED.
/// </summary>
public class ICalendarExportTests
{
    private static readonly Instant Stempel = Instant.FromUtc(2021, 9, 1, 8, 0);

    private static readonly Werkplan Plan = BundledPlans.ZuidKennemerland;

    private static readonly Planning Schema = Planner.Schedule(Plan, StandaardKalender.For(Plan));

    private static Ical.Net.Calendar Lees(string ics) => Ical.Net.Calendar.Load(ics) ?? throw new InvalidOperationException("Ical.Net read no calendar");

    [Fact]
    public void The_feed_of_the_bundled_plan_reads_back_with_every_meeting_of_the_period_and_every_councils_decision()
    {
        var ics = ICalendarExport.Publish(Plan, Schema, Stempel);
        var kalender = Lees(ics);

        Assert.Equal("PUBLISH", kalender.Method);
        Assert.Equal("2.0", kalender.Version);
        Assert.Contains(kalender.TimeZones, z => z.TzId == "Europe/Amsterdam");
        var bijeenkomsten = Schema.Kalender.Radenbijeenkomsten.Where(r => Plan.Looptijd.Contains(r.Datum)).ToList();
        Assert.NotEmpty(bijeenkomsten);
        foreach (var r in bijeenkomsten)
        {
            var e = Assert.Single(kalender.Events, e => e.Uid == ICalendarExport.BijeenkomstUid(Plan, r.Id));
            Assert.Equal(new DateTime(r.Datum.Year, r.Datum.Month, r.Datum.Day, 19, 30, 0), e.DtStart!.Value);
            Assert.Equal("Europe/Amsterdam", e.DtStart.TzId);
            Assert.Equal(new DateTime(r.Datum.Year, r.Datum.Month, r.Datum.Day, 22, 0, 0), e.DtEnd!.Value);
            Assert.Equal("CONFIRMED", e.Status);
            Assert.Equal(0, e.Sequence);
            Assert.StartsWith("Radenbijeenkomst Zuid-Kennemerland", e.Summary, StringComparison.Ordinal);
        }

        // Every council that is a member decides every planned decision: one event each, related to its meeting.
        var besluiten = Schema.Toewijzingen.Where(t => t.Fase == Fase.Besluitvorming && Plan.Looptijd.Contains(t.Datum)).ToList();
        Assert.NotEmpty(besluiten);
        foreach (var t in besluiten)
        {
            foreach (var gemeente in Plan.DeelnemersOp(t.Datum.PlusDays(42)))
            {
                var e = Assert.Single(kalender.Events, e => e.Uid == ICalendarExport.BesluitUid(Plan, gemeente, t.Actie, 1));
                var dag = Plan.Besluitdatum(gemeente, t.Datum, 42);
                Assert.Equal(new DateTime(dag.Year, dag.Month, dag.Day, 19, 30, 0), e.DtStart!.Value);
                Assert.Equal("TENTATIVE", e.Status);
                Assert.Equal(ICalendarExport.BijeenkomstUid(Plan, t.Radenbijeenkomst), Assert.Single(e.RelatedComponents));
            }
        }

        Assert.Equal(bijeenkomsten.Count + besluiten.Sum(t => Plan.DeelnemersOp(t.Datum.PlusDays(42)).Count), kalender.Events.Count);
        Assert.All(kalender.Events, e =>
        {
            Assert.Equal(new DateTime(2021, 9, 1, 8, 0, 0), e.DtStamp!.Value);
            Assert.StartsWith("urn:zk-domain:zuid-kennemerland-2021-2023:", e.Uid, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void A_meetings_description_lists_its_agenda_in_the_plans_words_and_English_text_is_English()
    {
        var toewijzing = Schema.Toewijzingen.First(t => Plan.Looptijd.Contains(t.Datum));
        var actie = Plan.Acties.Single(a => a.Id == toewijzing.Actie);
        var uid = ICalendarExport.BijeenkomstUid(Plan, toewijzing.Radenbijeenkomst);
        var nl = Lees(ICalendarExport.Publish(Plan, Schema, Stempel)).Events.Single(e => e.Uid == uid);
        var en = Lees(ICalendarExport.Publish(Plan, Schema, Stempel, opties: new ICalendarOptions { Taal = Taal.En })).Events.Single(e => e.Uid == uid);

        Assert.Contains(actie.Id + " " + actie.Titel + ": " + Plan.Profiel.FaseNaam(toewijzing.Fase, Taal.Nl), nl.Description, StringComparison.Ordinal);
        Assert.Contains(Plan.Profiel.FaseNaam(toewijzing.Fase, Taal.En), en.Description, StringComparison.Ordinal);
        Assert.StartsWith("Joint council meeting", en.Summary, StringComparison.Ordinal);
        Assert.NotEqual(nl.Summary, en.Summary);
    }

    [Fact]
    public void The_same_input_gives_the_same_bytes_under_any_culture_and_lines_are_folded_with_CRLF()
    {
        var run = PlanRun.Run(Plan, Schema);
        var eerste = ICalendarExport.Publish(Plan, Schema, Stempel, run);
        var cultuur = CultureInfo.CurrentCulture;
        try
        {
            foreach (var naam in new[] { "tr-TR", "nl-NL", "en-US" })
            {
                CultureInfo.CurrentCulture = new CultureInfo(naam);
                Assert.Equal(eerste, ICalendarExport.Publish(Plan, Schema, Stempel, run));
            }
        }
        finally
        {
            CultureInfo.CurrentCulture = cultuur;
        }

        var regels = eerste.Split("\r\n");
        Assert.Equal("", regels[^1]);
        Assert.All(regels, r => Assert.True(System.Text.Encoding.UTF8.GetByteCount(r) <= 75, r));
        Assert.DoesNotContain('\n', string.Concat(regels));
        Assert.Contains(regels, r => r.StartsWith(' '));
    }

    [Fact]
    public void Text_from_the_plan_is_escaped_and_reads_back_unchanged()
    {
        var titel = "Komma, puntkomma; backslash \\ en\nnieuwe regel, lang genoeg om gevouwen te worden: ééééééééééééééééééééééééééééééé 😀";
        var plan = Plan with { Acties = Plan.Acties.Select(a => a.Id == Schema.Toewijzingen[0].Actie ? a with { Titel = titel } : a).ToValueArray() };
        var e = Lees(ICalendarExport.Publish(plan, Schema, Stempel)).Events.Single(e => e.Uid == ICalendarExport.BijeenkomstUid(plan, Schema.Toewijzingen[0].Radenbijeenkomst));
        Assert.Contains(titel, e.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void A_meeting_the_run_cancels_is_cancelled_in_the_feed_and_Cancel_writes_the_CANCEL_message_with_a_higher_SEQUENCE()
    {
        var bijeenkomst = Schema.Toewijzingen.First(t => Plan.Looptijd.Contains(t.Datum)).Radenbijeenkomst;
        var uid = ICalendarExport.BijeenkomstUid(Plan, bijeenkomst);
        var scenario = new Scenario { Stappen = [new ScenarioStap { Soort = StapSoort.Annuleert, Radenbijeenkomst = bijeenkomst }] };
        var run = PlanRun.Run(Plan, Schema, scenario);

        var voor = Lees(ICalendarExport.Publish(Plan, Schema, Stempel)).Events.Single(e => e.Uid == uid);
        var na = Lees(ICalendarExport.Publish(Plan, Schema, Stempel, run)).Events.Single(e => e.Uid == uid);
        Assert.Equal("CANCELLED", na.Status);
        Assert.True(na.Sequence > voor.Sequence);
        Assert.Equal(voor.DtStart, na.DtStart);

        var bericht = Lees(ICalendarExport.Cancel(Plan, Schema, bijeenkomst, Stempel, opties: new ICalendarOptions { Organisator = "mailto:griffie@example.org" }));
        Assert.Equal("CANCEL", bericht.Method);
        var geannuleerd = Assert.Single(bericht.Events);
        Assert.Equal(uid, geannuleerd.Uid);
        Assert.Equal("CANCELLED", geannuleerd.Status);
        Assert.True(geannuleerd.Sequence > voor.Sequence);
        Assert.Equal("mailto:griffie@example.org", geannuleerd.Organizer!.Value!.ToString());
        Assert.Equal(na.Sequence, Lees(ICalendarExport.Cancel(Plan, Schema, bijeenkomst, Stempel, run)).Events.Single().Sequence);

        Assert.Throws<ArgumentException>(() => ICalendarExport.Cancel(Plan, Schema, "geen-bijeenkomst", Stempel));
        Assert.Throws<ArgumentException>(() => ICalendarExport.Publish(Plan, Schema, Stempel, opties: new ICalendarOptions { Einde = new LocalTime(19, 0) }));
    }

    [Fact]
    public void UIDs_are_URNs_that_encode_every_id_and_name_no_host()
    {
        var plan = Plan with { Id = "plan:met spatie/ën@host" };
        Assert.Equal("urn:zk-domain:plan%3Amet%20spatie%2F%C3%ABn%40host:radenbijeenkomst:rb-2022-Q3", ICalendarExport.BijeenkomstUid(plan, "rb-2022-Q3"));
        Assert.Equal("urn:zk-domain:plan%3Amet%20spatie%2F%C3%ABn%40host:besluit:haar%3Alem:4.1:2", ICalendarExport.BesluitUid(plan, "haar:lem", "4.1", 2));
        Assert.NotEqual(ICalendarExport.BesluitUid(Plan, "a:b", "c", 1), ICalendarExport.BesluitUid(Plan, "a", "b:c", 1));
    }

    [Fact]
    public void The_VTIMEZONE_gives_Amsterdams_summer_and_winter_offsets()
    {
        var kalender = Lees(ICalendarExport.Publish(Plan, Schema, Stempel));
        var zomer = kalender.Events.First(e => e.DtStart!.Value.Month is >= 5 and <= 9);
        var winter = kalender.Events.First(e => e.DtStart!.Value.Month is 12 or <= 2);
        Assert.Equal(new DateTime(zomer.DtStart!.Value.Year, zomer.DtStart.Value.Month, zomer.DtStart.Value.Day, 17, 30, 0, DateTimeKind.Utc), zomer.DtStart.AsUtc);
        Assert.Equal(new DateTime(winter.DtStart!.Value.Year, winter.DtStart.Value.Month, winter.DtStart.Value.Day, 18, 30, 0, DateTimeKind.Utc), winter.DtStart.AsUtc);
    }

    // The laws, over generated plans, their calendars and seeded random scenarios (cancelled meetings, slips,
    // rejections, amendments): the feed of the schedule against the feed after the run, both read with Ical.Net.
    [Fact]
    public void A_moved_moment_keeps_its_UID_and_gets_a_higher_SEQUENCE_and_a_cancelled_meeting_is_CANCELLED()
    {
        var verplaatst = 0;
        var geannuleerd = 0;
        var random = new Random(17);
        var gevallen = Enumerable.Range(0, 150).Select(_ => (random.Next(2, 10), random.Next(0, 1_000_000))).ToList();
        foreach (var (acties, seed) in gevallen)
        {
            var plan = SyntheticPlan.Generate(acties, seed);
            var planning = Planner.Schedule(plan, SyntheticPlan.Kalender(plan));
            var run = PlanRun.Run(plan, planning, Scenario.Random(plan, planning, seed));
            var voor = Lees(ICalendarExport.Publish(plan, planning, Stempel)).Events.ToDictionary(e => e.Uid!);
            var na = Lees(ICalendarExport.Publish(plan, planning, Stempel, run)).Events.ToDictionary(e => e.Uid!);

            // Nothing the schedule's feed announced disappears: a subscriber's calendar can update or cancel every event.
            Assert.Empty(voor.Keys.Except(na.Keys));
            foreach (var (uid, oud) in voor)
            {
                var nieuw = na[uid];
                var ander = nieuw.DtStart!.Value != oud.DtStart!.Value || (nieuw.Status == "CANCELLED") != (oud.Status == "CANCELLED");
                if (ander)
                {
                    verplaatst++;
                    Assert.True(nieuw.Sequence > oud.Sequence, $"{uid}: moved or cancelled at SEQUENCE {nieuw.Sequence}, announced at {oud.Sequence} (plan {acties}/{seed})");
                }
            }

            // The oracle of the cancelled meetings is the run's own events.
            foreach (var g in run.Gebeurtenissen.OfType<BijeenkomstGeannuleerd>())
            {
                geannuleerd++;
                var e = na[ICalendarExport.BijeenkomstUid(plan, g.Radenbijeenkomst)];
                Assert.Equal("CANCELLED", e.Status);
                Assert.True(e.Sequence > voor[e.Uid!].Sequence);
            }

            // Every moment the run moved to a meeting (for the last time) is on that meeting's agenda.
            var laatste = run.Gebeurtenissen.OfType<MomentVerschoven>().GroupBy(v => (v.Actie, v.Moment, v.Fase)).Select(g => g.Last());
            foreach (var v in laatste.Where(v => v.Naar is not null && plan.Looptijd.Contains(v.NaarDatum!.Value)))
            {
                var actie = plan.Acties.Single(a => a.Id == v.Actie);
                Assert.Contains(actie.Id + " " + actie.Titel, na[ICalendarExport.BijeenkomstUid(plan, v.Naar!)].Description, StringComparison.Ordinal);
            }
        }

        Assert.True(verplaatst >= 100, $"only {verplaatst} moved or cancelled events in 150 generated cases");
        Assert.True(geannuleerd >= 30, $"only {geannuleerd} cancelled meetings in 150 generated cases");
    }
}
