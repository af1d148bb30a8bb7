using System.Text.Json;
using NodaTime.Text;
using Zk.Domain.Bundled;
using Zk.Domain.Inplannen;
using Zk.Domain.OpenRaadsinformatie;
using Zk.Domain.Verloop;
using Zk.Domain.Werkplannen;

namespace Zk.Domain.Exports.Tests;

/// <summary>The schema.org Event JSON-LD, read with System.Text.Json: required fields, statuses, organisers and rescheduled agenda items.</summary>
public class SchemaOrgExportTests
{
    private static readonly Werkplan Plan = BundledPlans.ZuidKennemerland;

    private static readonly Planning Schema = Planner.Schedule(Plan, StandaardKalender.For(Plan));

    [Fact]
    public void Every_joint_meeting_is_an_Event_with_name_dates_status_and_its_councils_as_organizer()
    {
        using var doc = JsonDocument.Parse(SchemaOrgExport.Write(Plan, Schema));
        Assert.Equal("https://schema.org", doc.RootElement.GetProperty("@context").GetString());
        var events = doc.RootElement.GetProperty("@graph").EnumerateArray().ToList();
        Assert.Equal(Schema.Kalender.Radenbijeenkomsten.Count(r => Plan.Looptijd.Contains(r.Datum)), events.Count);
        Assert.All(events, e =>
        {
            Assert.Equal("Event", e.GetProperty("@type").GetString());
            Assert.NotEmpty(e.GetProperty("name").GetString()!);
            var start = OffsetDateTimePattern.ExtendedIso.Parse(e.GetProperty("startDate").GetString()!).Value;
            var einde = OffsetDateTimePattern.ExtendedIso.Parse(e.GetProperty("endDate").GetString()!).Value;
            Assert.True(einde.ToInstant() > start.ToInstant());
            Assert.Equal("https://schema.org/EventScheduled", e.GetProperty("eventStatus").GetString());
            var organisatoren = e.GetProperty("organizer").EnumerateArray().ToList();
            Assert.Equal(Plan.DeelnemersOp(start.Date).Select(g => Plan.Partijen.Single(p => p.Id == g).Tooi), organisatoren.Select(o => o.GetProperty("identifier").GetString()));
            Assert.All(organisatoren, o => Assert.Equal("GovernmentOrganization", o.GetProperty("@type").GetString()));
            Assert.All(e.GetProperty("subEvent").EnumerateArray(), s => Assert.False(s.TryGetProperty("previousStartDate", out _)));
        });
    }

    [Fact]
    public void A_cancelled_meeting_is_EventCancelled_and_an_item_the_run_moved_is_EventRescheduled_with_its_previousStartDate()
    {
        var bijeenkomst = Schema.Toewijzingen.First(t => Plan.Looptijd.Contains(t.Datum)).Radenbijeenkomst;
        var run = PlanRun.Run(Plan, Schema, new Scenario { Stappen = [new ScenarioStap { Soort = StapSoort.Annuleert, Radenbijeenkomst = bijeenkomst }] });
        using var doc = JsonDocument.Parse(SchemaOrgExport.Write(Plan, Schema, run));
        var events = doc.RootElement.GetProperty("@graph").EnumerateArray().ToList();
        var geannuleerd = events.Single(e => e.GetProperty("@id").GetString()!.EndsWith(":radenbijeenkomst:" + bijeenkomst, StringComparison.Ordinal));
        Assert.Equal("https://schema.org/EventCancelled", geannuleerd.GetProperty("eventStatus").GetString());
        Assert.Equal(0, geannuleerd.GetProperty("subEvent").GetArrayLength());

        var verschoven = run.Gebeurtenissen.OfType<MomentVerschoven>().Where(v => v.Naar is not null).ToList();
        Assert.NotEmpty(verschoven);
        foreach (var v in verschoven.GroupBy(v => (v.Actie, v.Moment, v.Fase)).Select(g => g.Last()))
        {
            var e = events.Single(e => e.GetProperty("@id").GetString()!.EndsWith(":radenbijeenkomst:" + v.Naar, StringComparison.Ordinal));
            var item = e.GetProperty("subEvent").EnumerateArray().Single(s => s.GetProperty("name").GetString()!.StartsWith(v.Actie + " ", StringComparison.Ordinal)
                && s.GetProperty("@id").GetString()!.Contains(":" + v.Fase.Id + ":", StringComparison.Ordinal));
            Assert.Equal("https://schema.org/EventRescheduled", item.GetProperty("eventStatus").GetString());
            var eerder = item.GetProperty("previousStartDate").EnumerateArray().Select(d => OffsetDateTimePattern.ExtendedIso.Parse(d.GetString()!).Value.Date).ToList();
            Assert.Contains(Schema.Toewijzingen.Single(t => t.Actie == v.Actie && t.Moment == v.Moment && t.Fase == v.Fase).Datum, eerder);
        }
    }
}
