using BenchmarkDotNet.Attributes;
using Zk.Domain.Besturing;
using Zk.Domain.Collections;
using Zk.Domain.Inplannen;
using Zk.Domain.Regels;
using Zk.Domain.Samenhang;
using Zk.Domain.Werkplannen;

namespace Zk.Domain.Benchmarks;

/// <summary>Validate, Schedule and Samenhang on the same plans (the run is in <see cref="RunBenchmarks"/>).</summary>
[MemoryDiagnoser]
[MedianColumn]
public class OperationBenchmarks
{
    private Werkplan _plan = null!;
    private Vergaderkalender _kalender = null!;
    private Planning _planning = null!;

    [ParamsSource(typeof(Plannen), nameof(Plannen.Sizes))]
    public string Size { get; set; } = "S";

    [GlobalSetup]
    public void Setup()
    {
        (_plan, _kalender) = Plannen.Get(Size);
        _planning = Planner.Schedule(_plan, _kalender);
    }

    [Benchmark]
    public ValueArray<Bevinding> Validate() => _plan.Validate();

    [Benchmark]
    public Planning Schedule() => Planner.Schedule(_plan, _kalender);

    [Benchmark]
    public SamenhangAnalyse Samenhang() => SamenhangAnalyse.Of(_plan, _planning);
}
