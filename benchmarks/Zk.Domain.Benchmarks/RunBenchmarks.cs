using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Filters;
using Zk.Domain.Inplannen;
using Zk.Domain.Verloop;
using Zk.Domain.Werkplannen;

namespace Zk.Domain.Benchmarks;

/// <summary>
/// The plan run to the end of the period. Every member council decides on every proposal, so the run emits one
/// <see cref="RaadBesloten"/> per council per decision: with the synthetic proportions (40 members per 1,000 actions)
/// that output grows with the square of the plan. <c>Run</c> runs the plan as it is, at S, M and L (at XL it would emit
/// some 380 million events); <c>Run (40 councils)</c> runs the same plan with its first 40 members only, at every size,
/// so the run's own work is seen growing with the plan. <c>Run (XL, 400 councils)</c> runs the XL plan (100,000 actions)
/// with its first 400 members, as many as the L plan has: some 38 million events, ten times the full run at L, the
/// largest run of the XL plan this machine's memory holds (about 2.7 GB of events); it runs at XL only, so never in
/// CI's smoke run (sizes S and M).
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
[Config(typeof(ZonderVolledigeRunOpXl))]
public class RunBenchmarks
{
    private const int Raden = 40;
    private const int RadenOpXl = 400;
    private Werkplan _plan = null!;
    private Werkplan _veertig = null!;
    private Werkplan _vierhonderd = null!;
    private Planning _planning = null!;

    [ParamsSource(typeof(Plannen), nameof(Plannen.Sizes))]
    public string Size { get; set; } = "S";

    [GlobalSetup]
    public void Setup()
    {
        var (plan, kalender) = Plannen.Get(Size);
        _plan = plan;
        _planning = Planner.Schedule(plan, kalender);
        _veertig = plan with { Deelnemers = [.. plan.Deelnemers.Take(Raden)] };
        _vierhonderd = plan with { Deelnemers = [.. plan.Deelnemers.Take(RadenOpXl)] };
    }

    [Benchmark]
    public Runverslag Run() => PlanRun.Run(_plan, _planning);

    [Benchmark(Description = "Run (40 councils)")]
    public Runverslag RunVeertigRaden() => PlanRun.Run(_veertig, _planning);

    [Benchmark(Description = "Run (XL, 400 councils)")]
    public Runverslag RunXlVierhonderdRaden() => PlanRun.Run(_vierhonderd, _planning);

    // Leaves out the full run at XL (4,000 councils deciding 95,000 proposals: some 380 million events, more than this
    // machine's memory), and runs the 400 councils only at XL (below it they are the full run).
    private sealed class ZonderVolledigeRunOpXl : ManualConfig
    {
        public ZonderVolledigeRunOpXl() => AddFilter(new SimpleFilter(b => b.Descriptor.WorkloadMethod.Name switch
        {
            nameof(Run) => !Equals(b.Parameters["Size"], "XL"),
            nameof(RunXlVierhonderdRaden) => Equals(b.Parameters["Size"], "XL"),
            _ => true,
        }));
    }
}
