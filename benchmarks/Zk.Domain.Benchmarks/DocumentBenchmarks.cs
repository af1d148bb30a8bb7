using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Json.Schema;
using Zk.Domain.Documenten;
using Zk.Domain.Regels;
using Zk.Domain.Werkplannen;

namespace Zk.Domain.Benchmarks;

/// <summary>
/// Reading and writing the document format, beside what a user would otherwise use on the same bytes: the floor
/// (<c>JsonDocument.Parse</c>), a plain source-generated deserialisation into DTOs (benchmark-only, <see cref="DtoBaselineContext"/>), and evaluating the repository's
/// JSON Schema with JsonSchema.Net.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class DocumentBenchmarks
{
    private byte[] _bytes = [];
    private Werkplan _plan = null!;
    // Parsed once per process: JsonSchema.Net registers a schema by its $id and refuses a second registration.
    private static readonly Lazy<JsonSchema> Schema = new(() =>
        JsonSchema.FromText(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "werkplan.schema.json"))));
    private readonly EvaluationOptions _options = new() { OutputFormat = OutputFormat.Flag };

    [ParamsSource(typeof(Plannen), nameof(Plannen.Sizes))]
    public string Size { get; set; } = "S";

    [GlobalSetup]
    public void Setup()
    {
        _plan = Plannen.Get(Size).Plan;
        _bytes = WerkplanDocument.Save(_plan);
    }

    [Benchmark(Baseline = true, Description = "JsonDocument.Parse (floor)")]
    public int JsonDocumentParse()
    {
        using var document = JsonDocument.Parse(_bytes);
        return document.RootElement.GetProperty("acties").GetArrayLength();
    }

    [Benchmark(Description = "DTO deserialisation (baseline)")]
    public object? DtoDeserialisation() => JsonSerializer.Deserialize(_bytes, DtoBaselineContext.Default.WerkplanDto);

    [Benchmark(Description = "JSON Schema evaluation (baseline)")]
    public bool SchemaEvaluation()
    {
        using var document = JsonDocument.Parse(_bytes);
        return Schema.Value.Evaluate(document.RootElement, _options).IsValid;
    }

    [Benchmark]
    public Werkplan Load() => WerkplanDocument.Load(_bytes);

    [Benchmark]
    public byte[] Save() => WerkplanDocument.Save(_plan);

    // Beside the schema evaluation: reading the plan and checking every rule, against checking the structure only.
    [Benchmark(Description = "Load + Validate")]
    public int LoadAndValidate() => WerkplanDocument.Load(_bytes).Validate().Count;
}
