using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Json.Schema;
using Zk.Domain.Bundled;
using Zk.Domain.Documenten;
using Zk.Domain.Tests.Generators;

namespace Zk.Domain.Tests.Documenten;

/// <summary>The repository's JSON Schema and the loader agree: on the bundled plan, on generated plans, and on broken documents.</summary>
public class SchemaTests
{
    private static readonly Lazy<JsonSchema> Schema = new(() =>
        JsonSchema.FromText(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Documents", "werkplan.schema.json"))));

    private static readonly EvaluationOptions Options = new() { RequireFormatValidation = true, OutputFormat = OutputFormat.List };

    internal static bool SchemaAccepts(string json, out string why)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException e)
        {
            why = "not JSON: " + e.Message;
            return false;
        }

        using (document)
        {
            var result = Schema.Value.Evaluate(document.RootElement, Options);
            why = string.Join("; ", (result.Details ?? []).Where(d => d.Errors is { Count: > 0 }).Select(d => $"{d.InstanceLocation}: {string.Join(", ", d.Errors!.Values)}"));
            return result.IsValid;
        }
    }

    [Fact]
    public void The_bundled_plan_passes_the_schema()
    {
        using var stream = BundledPlans.OpenZuidKennemerlandDocument();
        using var reader = new StreamReader(stream);
        Assert.True(SchemaAccepts(reader.ReadToEnd(), out var why), why);
    }

    [Fact]
    public void The_small_example_passes_the_schema_and_the_loader()
    {
        Assert.True(SchemaAccepts(Examples.Valid, out var why), why);
        Assert.Equal("west-2024", WerkplanDocument.Parse(Examples.Valid).Id);
    }

    [Property(MaxTest = 200, Replay = "(4242,4243)")]
    public Property Every_saved_plan_passes_the_schema() =>
        Prop.ForAll(WerkplanGenerator.Arbitrary(), plan =>
        {
            var accepted = SchemaAccepts(WerkplanDocument.SaveToString(plan), out var why);
            return accepted.Label(why);
        });

    public static TheoryData<string> BrokenDocuments => [.. Examples.All.Select(b => b.Name)];

    [Theory]
    [MemberData(nameof(BrokenDocuments))]
    public void The_schema_and_the_loader_reject_the_same_broken_documents(string name)
    {
        var broken = Examples.Get(name);
        Assert.Throws<WerkplanDocumentException>(() => WerkplanDocument.Parse(broken.Json));
        var accepted = SchemaAccepts(broken.Json, out _);
        Assert.Equal(!broken.SchemaCanTell, accepted);
    }
}
