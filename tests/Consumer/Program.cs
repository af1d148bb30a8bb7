// What a host application does with the packages, as their READMEs describe it. Each line it prints is compared
// by .ci/run with Expected/Program.txt; the first line names the runtime it ran on (8 for net8.0, 10 for net10.0).
using System.Text;
using FluentValidation;
using Zk.Domain;
using Zk.Domain.Bundled;
using Zk.Domain.Documenten;
using Zk.Domain.Inplannen;
using Zk.Domain.Regels;
using Zk.Domain.Verloop;

Console.WriteLine($"runtime {Environment.Version.Major}");

var plan = BundledPlans.ZuidKennemerland;
var findings = plan.Validate(new ValidationOptions { Taal = Taal.En });
Console.WriteLine($"findings: {findings.Count(f => f.Severity == FindingSeverity.Error)} errors, {findings.Count(f => f.Severity == FindingSeverity.Warning)} warnings");

var result = new WerkplanValidator().Validate(plan);
Console.WriteLine($"FluentValidation, errors only: valid {result.IsValid}, {result.Errors.Count} failures");
new WerkplanValidator().ValidateAndThrow(plan);
var metWaarschuwingen = new WerkplanValidator(minimumSeverity: FindingSeverity.Warning).Validate(plan);
Console.WriteLine($"FluentValidation, with warnings: valid {metWaarschuwingen.IsValid}, {metWaarschuwingen.Errors.Count(e => e.Severity == Severity.Warning)} warnings");

var json = WerkplanDocument.Save(plan);
Console.WriteLine($"round trip: {WerkplanDocument.Load(json) == plan}");
Console.WriteLine($"document starts: {Encoding.UTF8.GetString(json, 0, 30).Replace("\n", "|", StringComparison.Ordinal)}");

var kapot = Encoding.UTF8.GetBytes("{ \"formaat\": \"zk-werkplan/2\", \"naam\": 3 }");
Console.WriteLine(WerkplanDocument.TryLoad(kapot, out _, out var fout, "kapot.json") ? "loaded?" : $"refused: {fout!.Source} {fout.JsonPath} line {fout.Line}");

var planning = Planner.Schedule(plan, StandaardKalender.For(plan));
Console.WriteLine($"schedule: {planning.Toewijzingen.Count} planned, {planning.Onplanbaar.Count} unplannable");
var verslag = PlanRun.Run(plan, planning);
Console.WriteLine($"run: {verslag.Gebeurtenissen.Count} events");

// The export packages (issue 17): iCalendar, ODS Open Raadsinformatie and schema.org, also under native AOT.
var ics = Zk.Domain.ICalendar.ICalendarExport.Publish(plan, planning, NodaTime.Instant.FromUtc(2023, 1, 1, 0, 0), verslag);
Console.WriteLine($"iCalendar: {ics.Split("\r\n").Count(l => l == "BEGIN:VEVENT")} events, {ics.Split("\r\n").Count(l => l == "STATUS:CONFIRMED")} confirmed");
using var ori = System.Text.Json.JsonDocument.Parse(Zk.Domain.OpenRaadsinformatie.OpenRaadsinformatieExport.Write(plan, planning, verslag));
var eerste = ori.RootElement.GetProperty("gemeenten")[0];
Console.WriteLine($"ODS-ORI: {ori.RootElement.GetProperty("gemeenten").GetArrayLength()} municipalities, {eerste.GetProperty("gemeente").GetString()} has {eerste.GetProperty("besluiten").GetArrayLength()} decisions");
using var events = System.Text.Json.JsonDocument.Parse(Zk.Domain.OpenRaadsinformatie.SchemaOrgExport.Write(plan, planning, verslag));
Console.WriteLine($"schema.org: {events.RootElement.GetProperty("@graph").GetArrayLength()} events");
