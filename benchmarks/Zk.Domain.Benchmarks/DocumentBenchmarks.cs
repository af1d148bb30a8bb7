using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Zk.Domain.Bundled;
using Zk.Domain.Documenten;
using Zk.Domain.Werkplannen;

namespace Zk.Domain.Benchmarks;

/// <summary>Reading and writing the document format, beside the floor: parsing the same bytes into a JsonDocument.</summary>
[MemoryDiagnoser]
public class DocumentBenchmarks
{
    private byte[] _bytes = [];
    private Werkplan _plan = null!;

    [GlobalSetup]
    public void Setup()
    {
        _plan = BundledPlans.ZuidKennemerland;
        _bytes = WerkplanDocument.Save(_plan);
    }

    [Benchmark(Baseline = true, Description = "JsonDocument.Parse (floor)")]
    public int JsonDocumentParse()
    {
        using var document = JsonDocument.Parse(_bytes);
        return document.RootElement.GetArrayLength("acties");
    }

    [Benchmark]
    public Werkplan Load() => WerkplanDocument.Load(_bytes);

    [Benchmark]
    public byte[] Save() => WerkplanDocument.Save(_plan);
}

internal static class JsonElementExtensions
{
    public static int GetArrayLength(this JsonElement element, string property) => element.GetProperty(property).GetArrayLength();
}
