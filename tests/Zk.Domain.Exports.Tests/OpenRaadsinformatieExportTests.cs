using System.Globalization;
using System.Text.Json;
using NodaTime;
using NodaTime.Text;
using Zk.Domain.Bundled;
using Zk.Domain.Documenten;
using Zk.Domain.Inplannen;
using Zk.Domain.OpenRaadsinformatie;
using Zk.Domain.Verloop;
using Zk.Domain.Werkplannen;

namespace Zk.Domain.Exports.Tests;

/// <summary>
/// The ODS Open Raadsinformatie export, read with System.Text.Json: the shape of its records, the TOOI identifiers, and
/// the law that every moment reaching a council appears for exactly the councils that are members then (the oracle: the
/// schedule's assignments and the run's own events, with <see cref="Werkplan.DeelnemersOp"/>).
/// </summary>
public class OpenRaadsinformatieExportTests
{
    private const int Termijn = 42;

    private static readonly Werkplan Plan = BundledPlans.ZuidKennemerland;

    private static readonly Planning Schema = Planner.Schedule(Plan, StandaardKalender.For(Plan));

    private static readonly Dictionary<string, string> Tooi = new()
    {
        ["haarlem"] = "https://identifier.overheid.nl/tooi/id/gemeente/gm0392",
        ["bloemendaal"] = "https://identifier.overheid.nl/tooi/id/gemeente/gm0377",
        ["heemstede"] = "https://identifier.overheid.nl/tooi/id/gemeente/gm0397",
        ["zandvoort"] = "https://identifier.overheid.nl/tooi/id/gemeente/gm0473",
    };

    private static readonly string[] Statussen = ["gepland", "gehouden", "geannuleerd"];

    internal static Werkplan Regio() => WerkplanDocument.LoadFile(Path.Combine(AppContext.BaseDirectory, "Regio", "werkplan-regio-voorbeeld.json"));

    internal static Scenario RegioScenario() => ScenarioDocument.LoadFile(Path.Combine(AppContext.BaseDirectory, "Regio", "scenario-regio-voorbeeld.json"));

    [Fact]
    public void The_bundled_plan_names_its_four_municipalities_by_their_TOOI_identifiers()
    {
        using var ori = JsonDocument.Parse(OpenRaadsinformatieExport.Write(Plan, Schema, PlanRun.Run(Plan, Schema)));
        var gemeenten = ori.RootElement.GetProperty("gemeenten").EnumerateArray().ToList();
        Assert.Equal("zk-ori/1", ori.RootElement.GetProperty("formaat").GetString());
        Assert.Equal(Plan.Deelnemers, gemeenten.Select(g => g.GetProperty("partij").GetString()));
        Assert.All(gemeenten, g =>
        {
            var tooi = Tooi[g.GetProperty("partij").GetString()!];
            Assert.Equal(tooi, g.GetProperty("gemeente").GetString());
            Assert.All(g.GetProperty("vergaderingen").EnumerateArray(), v => Assert.Equal(tooi, v.GetProperty("gemeente").GetString()));
        });
        Assert.All(Plan.Partijen.Where(p => Tooi.ContainsKey(p.Id)), p => Assert.Equal(Tooi[p.Id], p.Tooi));
    }

    [Fact]
    public void Every_Vergadering_and_Agendapunt_has_the_fields_of_the_standard()
    {
        var run = PlanRun.Run(Plan, Schema);
        using var ori = JsonDocument.Parse(OpenRaadsinformatieExport.Write(Plan, Schema, run, new OpenRaadsinformatieOptions { Wijzigingsdatum = new LocalDate(2023, 1, 1) }));
        var vergaderingen = 0;
        var punten = 0;
        foreach (var g in ori.RootElement.GetProperty("gemeenten").EnumerateArray())
        {
            foreach (var v in g.GetProperty("vergaderingen").EnumerateArray())
            {
                vergaderingen++;
                var id = v.GetProperty("id").GetString()!;
                Assert.StartsWith("urn:zk-domain:", id, StringComparison.Ordinal);
                Assert.NotEmpty(v.GetProperty("naam").GetString()!);
                Assert.Contains(v.GetProperty("vergaderingstype").GetString(), new[] { "radenbijeenkomst", "raadsvergadering" });
                var status = v.GetProperty("status").GetString();
                Assert.Contains(status, Statussen);
                var datum = LocalDatePattern.Iso.Parse(v.GetProperty("geplandeVergaderdatum").GetString()!).Value;
                var aanvang = OffsetDateTimePattern.ExtendedIso.Parse(v.GetProperty("geplandeAanvangVergadering").GetString()!).Value;
                var einde = OffsetDateTimePattern.ExtendedIso.Parse(v.GetProperty("geplandeEindeVergadering").GetString()!).Value;
                Assert.Equal(datum + new LocalTime(19, 30), aanvang.LocalDateTime);
                Assert.True(einde.ToInstant() > aanvang.ToInstant());
                Assert.Equal(DateTimeZoneProviders.Tzdb["Europe/Amsterdam"].GetUtcOffset(aanvang.ToInstant()), aanvang.Offset);
                Assert.Equal(status == "gehouden", v.TryGetProperty("vergaderdatum", out _));
                Assert.Equal("2023-01-01", v.GetProperty("wijzigingsdatum").GetString());
                Assert.NotEmpty(v.GetProperty("georganiseerdDoorGremium").GetString()!);
                var nummer = 0;
                foreach (var p in v.GetProperty("agendapunten").EnumerateArray())
                {
                    punten++;
                    Assert.Equal(id, p.GetProperty("vergadering").GetString());
                    Assert.StartsWith(id + ":", p.GetProperty("id").GetString(), StringComparison.Ordinal);
                    Assert.NotEmpty(p.GetProperty("agendapuntTitel").GetString()!);
                    Assert.NotEmpty(p.GetProperty("agendapuntOmschrijving").GetString()!);
                    Assert.Equal(++nummer, p.GetProperty("agendapuntvolgnummer").GetInt32());
                    Assert.Equal(nummer, p.GetProperty("geplandAgendapuntvolgnummer").GetInt32());
                    Assert.False(p.GetProperty("indicatieHamerstuk").GetBoolean());
                    _ = p.GetProperty("indicatorBehandeld").GetBoolean();
                    _ = p.GetProperty("indicatorBesloten").GetBoolean();
                }
            }

            var agendapunten = g.GetProperty("vergaderingen").EnumerateArray().SelectMany(v => v.GetProperty("agendapunten").EnumerateArray()).Select(p => p.GetProperty("id").GetString()).ToHashSet();
            foreach (var b in g.GetProperty("besluiten").EnumerateArray())
            {
                Assert.Contains(b.GetProperty("agendapunt").GetString(), agendapunten);
                Assert.Contains(b.GetProperty("besluitresultaat").GetString(), new[] { "aangenomen", "verworpen", "geamendeerd" });
                _ = LocalDatePattern.Iso.Parse(b.GetProperty("besluitdatum").GetString()!).Value;
            }
        }

        Assert.True(vergaderingen > 10 && punten > 10, $"{vergaderingen} meetings, {punten} agenda items");
    }

    [Fact]
    public void Without_a_run_there_are_no_Besluiten_and_every_meeting_is_gepland()
    {
        using var ori = JsonDocument.Parse(OpenRaadsinformatieExport.Write(Plan, Schema));
        Assert.All(ori.RootElement.GetProperty("gemeenten").EnumerateArray(), g =>
        {
            Assert.Equal(0, g.GetProperty("besluiten").GetArrayLength());
            Assert.All(g.GetProperty("vergaderingen").EnumerateArray(), v => Assert.Equal("gepland", v.GetProperty("status").GetString()));
        });
    }

    // The law, on the bundled plan and on another region's plan with a merger (a member leaves, its successor stays),
    // with and without a scenario: the schedule's moments (no run) and the run's events (after a run) are the oracle.
    [Theory]
    [InlineData("zuid-kennemerland", false)]
    [InlineData("zuid-kennemerland", true)]
    [InlineData("regio", false)]
    [InlineData("regio", true)]
    public void Every_moment_reaching_a_council_appears_for_exactly_the_members_of_that_date(string welk, bool metRun)
    {
        var plan = welk == "regio" ? Regio() : Plan;
        var planning = Planner.Schedule(plan, StandaardKalender.For(plan));
        var run = metRun ? PlanRun.Run(plan, planning, welk == "regio" ? RegioScenario() : Scenario.Random(plan, planning, 3)) : null;
        using var ori = JsonDocument.Parse(OpenRaadsinformatieExport.Write(plan, planning, run));

        // (gemeente, meeting date, action) of every agenda item, per kind of meeting; and (gemeente, date, action) of every Besluit.
        var gezamenlijk = new HashSet<(string, string, string)>();
        var eigen = new HashSet<(string, string, string)>();
        var besluiten = new HashSet<(string, string, string, string)>();
        foreach (var g in ori.RootElement.GetProperty("gemeenten").EnumerateArray())
        {
            var gemeente = g.GetProperty("partij").GetString()!;
            foreach (var v in g.GetProperty("vergaderingen").EnumerateArray())
            {
                var datum = v.GetProperty("geplandeVergaderdatum").GetString()!;
                var doel = v.GetProperty("vergaderingstype").GetString() == "raadsvergadering" ? eigen : gezamenlijk;
                foreach (var p in v.GetProperty("agendapunten").EnumerateArray())
                {
                    doel.Add((gemeente, datum, p.GetProperty("agendapuntKenmerk").GetString()!));
                }
            }

            foreach (var b in g.GetProperty("besluiten").EnumerateArray())
            {
                besluiten.Add((gemeente, b.GetProperty("besluitdatum").GetString()!, b.GetProperty("agendapunt").GetString()!.Split(':')[^3], b.GetProperty("besluitresultaat").GetString()!));
            }
        }

        var gevallen = 0;
        var metWisseling = 0;
        var wisseling = plan.Lidmaatschappen.Count > 0;
        if (run is null)
        {
            foreach (var t in planning.Toewijzingen.Where(t => plan.Looptijd.Contains(t.Datum)))
            {
                gevallen++;
                var leden = plan.DeelnemersOp(t.Datum).ToHashSet();
                Assert.Equal(leden, plan.Deelnemers.Where(g => gezamenlijk.Contains((g, Iso(t.Datum), t.Actie))).ToHashSet());
                if (plan.Profiel.IsBesluit(t.Fase))
                {
                    var raden = plan.DeelnemersOp(t.Datum.PlusDays(Termijn));
                    metWisseling += wisseling && !raden.SequenceEqual(plan.Deelnemers) ? 1 : 0;
                    Assert.All(raden, g => Assert.Contains((g, Iso(plan.Besluitdatum(g, t.Datum, Termijn)), t.Actie), eigen));
                    Assert.All(plan.Deelnemers.Except(raden), g => Assert.DoesNotContain(eigen, e => e.Item1 == g && e.Item3 == t.Actie && e.Item2 == Iso(plan.Besluitdatum(g, t.Datum, Termijn))));
                }
            }
        }
        else
        {
            var datums = run.Gebeurtenissen.OfType<BijeenkomstGehouden>().ToDictionary(b => b.Radenbijeenkomst, b => b.Datum);
            foreach (var m in run.Gebeurtenissen.OfType<MomentBesproken>())
            {
                gevallen++;
                var leden = plan.DeelnemersOp(m.Datum).ToHashSet();
                metWisseling += wisseling && leden.Count != plan.Deelnemers.Count ? 1 : 0;
                Assert.Equal(leden, plan.Deelnemers.Where(g => gezamenlijk.Contains((g, Iso(m.Datum), m.Actie))).ToHashSet());
            }

            var besloten = run.Gebeurtenissen.OfType<RaadBesloten>().ToList();
            foreach (var b in besloten)
            {
                gevallen++;
                Assert.Contains((b.Gemeente, Iso(b.Datum), b.Actie, b.Besluit switch
                {
                    Raadsbesluit.Aangenomen => "aangenomen",
                    Raadsbesluit.Verworpen => "verworpen",
                    _ => "geamendeerd",
                }), besluiten);
                Assert.Contains((b.Gemeente, Iso(b.Datum), b.Actie), eigen);
            }

            Assert.Equal(besloten.Count, besluiten.Count);
            Assert.NotEmpty(datums);
        }

        Assert.True(gevallen >= 10, $"only {gevallen} moments checked");
        if (wisseling && run is null)
        {
            Assert.True(metWisseling > 0, "no decision of the merger plan reached fewer councils than the plan's members");
        }
    }

    [Fact]
    public void The_same_input_gives_the_same_bytes_under_any_culture()
    {
        var run = PlanRun.Run(Plan, Schema);
        var eerste = OpenRaadsinformatieExport.Write(Plan, Schema, run);
        var events = SchemaOrgExport.Write(Plan, Schema, run);
        var cultuur = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo("tr-TR");
            Assert.Equal(eerste, OpenRaadsinformatieExport.Write(Plan, Schema, run));
            Assert.Equal(events, SchemaOrgExport.Write(Plan, Schema, run));
        }
        finally
        {
            CultureInfo.CurrentCulture = cultuur;
        }
    }

    private static string Iso(LocalDate d) => LocalDatePattern.Iso.Format(d);
}
