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

    // Validation builds a plan index once per plan instance (and a calendar index once per calendar instance) and keeps
    // it while the instance lives. A fresh copy per call (`with { }` copies only the record) makes every measurement
    // include building them, as a host's first validation of a newly loaded plan does.
    [Benchmark]
    public ValueArray<Bevinding> Validate() => (_plan with { }).Validate();

    /// <summary>Validation with the plan's calendar, so the calendar rules (ZK060–ZK062) run too.</summary>
    [Benchmark]
    public ValueArray<Bevinding> ValidateWithCalendar() => (_plan with { }).Validate(new ValidationOptions { Kalender = _kalender with { } });

    [Benchmark]
    public Planning Schedule() => Planner.Schedule(_plan, _kalender);

    [Benchmark]
    public SamenhangAnalyse Samenhang() => SamenhangAnalyse.Of(_plan with { }, _planning); // a fresh copy: the index is built in every call
}
