using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Zk.Domain.Bundled;
using Zk.Domain.Documenten;
using Zk.Domain.Documenten.Export;
using Zk.Domain.Inplannen;
using Zk.Domain.Regels;
using Zk.Domain.Samenhang;
using Zk.Domain.Verloop;

namespace Zk.Domain.Tests.Documenten;

/// <summary>
/// Hostile values in real documents: the bundled plan and the second region's plan with three values each replaced by
/// an extreme (int.MinValue, int.MaxValue, −1, 0, the first and last ISO dates, an empty string, a boolean). A document
/// either is refused with its one error, or loads and goes through validate (nl and en), schedule, run, replay and
/// every export without an exception; Save either writes it or refuses it with the documented ArgumentException.
/// </summary>
/// <remarks>
/// A fixed seed, so a failure replays. <c>ZK_MUTATIES=N</c> runs N mutants instead of the CI slice of 300, e.g.
/// <c>ZK_MUTATIES=20000 dotnet test --project tests/Zk.Domain.Tests -c Release -- --filter-class "*DocumentMutatieTests"</c>.
/// </remarks>
public class DocumentMutatieTests
{
    private static readonly long[] Getallen = [int.MinValue, int.MaxValue, -1, 0, 1, 1_000_000];
    private static readonly string[] Datums = ["0001-01-01", "9999-12-31", "2024-02-29", "2025-01-01"];

    private static int Aantal => int.TryParse(Environment.GetEnvironmentVariable("ZK_MUTATIES"), out var n) && n > 0 ? n : 300;

    [Fact]
    public void A_mutated_document_is_refused_with_one_error_or_runs_through_every_operation()
    {
        string[] bronnen =
        [
            WerkplanDocument.SaveToString(BundledPlans.ZuidKennemerland),
            File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Regio", "werkplan-regio-voorbeeld.json")),
        ];
        var random = new Random(20261202);
        int geladen = 0, geweigerd = 0, doorgelopen = 0;
        for (var n = 0; n < Aantal; n++)
        {
            var document = Muteer(JsonNode.Parse(bronnen[n % bronnen.Length])!, random);
            if (!WerkplanDocument.TryLoad(Encoding.UTF8.GetBytes(document), out var plan, out var fout, "mutant.json"))
            {
                Assert.False(string.IsNullOrEmpty(fout.JsonPath), document);
                geweigerd++;
                continue;
            }

            geladen++;
            var bevindingen = plan.Validate();
            plan.Validate(new ValidationOptions { Taal = Taal.En });
            if (bevindingen.Any(b => b.Code == Regelcatalogus.ZK004))
            {
                continue; // the operations refuse an incomplete plan with an ArgumentException, by contract
            }

            var planning = Planner.Schedule(plan, StandaardKalender.For(plan));
            var verslag = PlanRun.Run(plan, planning, Scenario.Random(plan, planning, n));
            Assert.Equal(verslag.Eind, Voortgang.Replay(plan, verslag.Gebeurtenissen, verslag.Eind.Datum));
            using (JsonDocument.Parse(planning.ToJson(Taal.En)))
            using (JsonDocument.Parse(verslag.ToJson()))
            using (JsonDocument.Parse(SamenhangAnalyse.Of(plan, planning).ToJson()))
            using (JsonDocument.Parse(bevindingen.ToJson()))
            {
            }

            _ = planning.ToMermaidGantt(plan);
            try
            {
                WerkplanDocument.Save(plan);
            }
            catch (ArgumentException e)
            {
                Assert.Contains("the loader would refuse it", e.Message, StringComparison.Ordinal);
            }

            doorgelopen++;
        }

        // Enough mutants of each kind to mean something.
        Assert.True(geweigerd >= Aantal / 10, $"{geweigerd} refused of {Aantal}");
        Assert.True(doorgelopen >= Aantal / 3, $"{doorgelopen} of {geladen} loaded mutants ran through");
    }

    // Three values of the document replaced by extremes of their kind.
    private static string Muteer(JsonNode document, Random random)
    {
        var waarden = new List<JsonValue>();
        void Loop(JsonNode? x)
        {
            switch (x)
            {
                case JsonObject o:
                    foreach (var kv in o)
                    {
                        Loop(kv.Value);
                    }

                    break;
                case JsonArray a:
                    foreach (var e in a)
                    {
                        Loop(e);
                    }

                    break;
                case JsonValue v:
                    waarden.Add(v);
                    break;
            }
        }

        Loop(document);
        for (var k = 0; k < 3; k++)
        {
            var v = waarden[random.Next(waarden.Count)];
            JsonNode nieuw = v.GetValueKind() switch
            {
                JsonValueKind.Number => JsonValue.Create(Getallen[random.Next(Getallen.Length)]),
                JsonValueKind.String when v.GetValue<string>() is { Length: 10 } tekst && tekst[4] == '-' => JsonValue.Create(Datums[random.Next(Datums.Length)]),
                JsonValueKind.String => JsonValue.Create(random.Next(3) == 0 ? string.Empty : "x"),
                _ => JsonValue.Create(random.Next(2) == 0),
            };
            switch (v.Parent)
            {
                case JsonObject o:
                    o[o.First(kv => ReferenceEquals(kv.Value, v)).Key] = nieuw;
                    break;
                case JsonArray a:
                    a[a.IndexOf(v)] = nieuw;
                    break;
            }
        }

        return document.ToJsonString();
    }
}
