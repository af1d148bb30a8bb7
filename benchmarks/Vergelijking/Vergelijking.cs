extern alias voor;

using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Zk.Domain.Besturing;
using Zk.Domain.Documenten;
using Zk.Domain.Inplannen;
using Zk.Domain.Regels;
using Zk.Domain.Samenhang;
using Zk.Domain.Verloop;
using Zk.Domain.Werkplannen;
using Oud = voor::Zk.Domain;

namespace Zk.Domain.Vergelijking;

/// <summary>
/// Every operation of the library (Nieuw) against the same operation of an earlier version (Voor, the baseline of its
/// category) in one run, so the ratio is measured under the same conditions, on the same input: the earlier version's
/// bundled plan at S and its generator's plan (1,000 or 10,000 actions, seed 1) at M and L, saved by the earlier version
/// and loaded by both (every earlier document still loads). Validate gets the plan's calendar and a fresh copy of the
/// plan per call (so any index a version keeps per plan is built in the measurement); Samenhang a fresh copy too; Run
/// keeps 40 councils, as RunBenchmarks does.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
[CategoriesColumn]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
public class Vergelijking
{
    private const int Raden = 40;

    private Werkplan _plan = null!;
    private Vergaderkalender _kalender = null!;
    private Planning _planning = null!;
    private Werkplan _veertig = null!;
    private byte[] _document = null!;

    private Oud.Werkplannen.Werkplan _oud = null!;
    private Oud.Besturing.Vergaderkalender _oudeKalender = null!;
    private Oud.Inplannen.Planning _oudePlanning = null!;
    private Oud.Werkplannen.Werkplan _oudVeertig = null!;
    private byte[] _oudDocument = null!;

    [Params("S", "M", "L")]
    public string Size { get; set; } = "S";

    [GlobalSetup]
    public void Setup()
    {
        var acties = Size switch { "S" => 0, "M" => 1_000, "L" => 10_000, _ => throw new ArgumentOutOfRangeException(nameof(Size), Size, "S, M or L") };
        if (acties == 0)
        {
            (_oud, _oudeKalender) = (Oud.Bundled.BundledPlans.ZuidKennemerland, Oud.Bundled.BundledPlans.ZuidKennemerlandKalender);
        }
        else
        {
            _oud = Oud.Synthetisch.SyntheticPlan.Generate(acties, seed: 1);
            _oudeKalender = Oud.Synthetisch.SyntheticPlan.Kalender(_oud);
        }

        // The same plan and calendar for both: the earlier version's document, loaded by this one; the calendar's
        // meetings copied over.
        _oudDocument = Oud.Documenten.WerkplanDocument.Save(_oud);
        _plan = WerkplanDocument.Load(_oudDocument);
        _document = _oudDocument;
        _kalender = new Vergaderkalender
        {
            Radenbijeenkomsten = [.. _oudeKalender.Radenbijeenkomsten.Select(r => new Radenbijeenkomst { Id = r.Id, Datum = r.Datum, Agendaruimte = r.Capaciteit })],
            Blokkades = [.. _oudeKalender.Blokkades.Select(b => new Blokkade { Periode = b.Periode, Reden = b.Reden })],
        };
        _planning = Planner.Schedule(_plan, _kalender);
        _oudePlanning = Oud.Inplannen.Planner.Schedule(_oud, _oudeKalender);
        _veertig = _plan with { Deelnemers = [.. _plan.Deelnemers.Take(Raden)] };
        _oudVeertig = _oud with { Deelnemers = [.. _oud.Deelnemers.Take(Raden)] };
    }

    [Benchmark(Baseline = true, Description = "Voor"), BenchmarkCategory("Load")]
    public object LoadVoor() => Oud.Documenten.WerkplanDocument.Load(_oudDocument);

    [Benchmark(Description = "Nieuw"), BenchmarkCategory("Load")]
    public object LoadNieuw() => WerkplanDocument.Load(_document);

    [Benchmark(Baseline = true, Description = "Voor"), BenchmarkCategory("Save")]
    public object SaveVoor() => Oud.Documenten.WerkplanDocument.Save(_oud);

    [Benchmark(Description = "Nieuw"), BenchmarkCategory("Save")]
    public object SaveNieuw() => WerkplanDocument.Save(_plan);

    [Benchmark(Baseline = true, Description = "Voor"), BenchmarkCategory("Validate with calendar")]
    public object ValidateVoor() => Oud.Regels.WerkplanValidation.Validate(_oud with { }, new Oud.Regels.ValidationOptions { Kalender = _oudeKalender with { } });

    [Benchmark(Description = "Nieuw"), BenchmarkCategory("Validate with calendar")]
    public object ValidateNieuw() => (_plan with { }).Validate(new ValidationOptions { Kalender = _kalender with { } });

    [Benchmark(Baseline = true, Description = "Voor"), BenchmarkCategory("Schedule")]
    public object ScheduleVoor() => Oud.Inplannen.Planner.Schedule(_oud, _oudeKalender);

    [Benchmark(Description = "Nieuw"), BenchmarkCategory("Schedule")]
    public object ScheduleNieuw() => Planner.Schedule(_plan, _kalender);

    [Benchmark(Baseline = true, Description = "Voor"), BenchmarkCategory("Samenhang")]
    public object SamenhangVoor() => Oud.Samenhang.SamenhangAnalyse.Of(_oud with { }, _oudePlanning);

    [Benchmark(Description = "Nieuw"), BenchmarkCategory("Samenhang")]
    public object SamenhangNieuw() => SamenhangAnalyse.Of(_plan with { }, _planning);

    [Benchmark(Baseline = true, Description = "Voor"), BenchmarkCategory("Run (40 councils)")]
    public object RunVoor() => Oud.Verloop.PlanRun.Run(_oudVeertig, _oudePlanning);

    [Benchmark(Description = "Nieuw"), BenchmarkCategory("Run (40 councils)")]
    public object RunNieuw() => PlanRun.Run(_veertig, _planning);
}
