using BenchmarkDotNet.Attributes;
using Zk.Domain.Collections;
using Zk.Domain.Context;
using Zk.Domain.Documenten;
using Zk.Domain.Documenten.Export;
using Zk.Domain.Inplannen;
using Zk.Domain.Regels;
using Zk.Domain.Sample;
using Zk.Domain.Samenhang;
using Zk.Domain.Synthetisch;
using Zk.Domain.Werkplannen;

namespace Zk.Domain.Benchmarks;

/// <summary>
/// What the console prints, beside the operations it prints (those are in <see cref="OperationBenchmarks"/> and
/// <see cref="DocumentBenchmarks"/>): the text of <c>overzicht</c>, <c>samenhang</c>, <c>schedule</c> and
/// <c>validate</c>, and <c>generate</c>'s plan and document (issue 15: <c>samenhang</c>'s text was cubic in the main
/// tasks, <c>overzicht</c>'s quadratic). The text goes through the console's escaping writer into a discarding writer.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class TekstBenchmarks
{
    private Werkplan _plan = null!;
    private Planning _planning = null!;
    private SamenhangAnalyse _analyse = null!;
    private ValueArray<Bevinding> _bevindingen;

    [ParamsSource(typeof(Plannen), nameof(Plannen.Sizes))]
    public string Size { get; set; } = "S";

    [GlobalSetup]
    public void Setup()
    {
        _plan = Plannen.Get(Size).Plan;
        _planning = Planner.Schedule(_plan, StandaardKalender.For(_plan));
        _analyse = SamenhangAnalyse.Of(_plan, _planning);

        // Findings to print: the plan with every action's main task unknown, one ZK002 per action (capped at 1,000).
        _bevindingen = (_plan with { Acties = [.. _plan.Acties.Select(a => a with { Hoofdopgave = "onbekend" })] }).Validate();
    }

    [Benchmark(Description = "overzicht text")]
    public void OverzichtTekst() => Overzicht.Write(_plan, Taal.Nl, new VeiligeUitvoer(TextWriter.Null));

    [Benchmark(Description = "samenhang text")]
    public void SamenhangTekst() => Sample.SamenhangTekst.Write(_plan, _analyse, Taal.Nl, new VeiligeUitvoer(TextWriter.Null));

    [Benchmark(Description = "schedule text")]
    public void PlanningTekst() => Sample.PlanningTekst.Write(_plan, _planning, Kalendervermelding.From(new WerkplanContext(_plan, _planning.Kalender)), Taal.Nl, new VeiligeUitvoer(TextWriter.Null));

    [Benchmark(Description = "validate text (findings)")]
    public void BevindingenTekst() => Rapport.WriteFindings(_bevindingen, Taal.Nl, new VeiligeUitvoer(TextWriter.Null));

    [Benchmark(Description = "generate (plan and document)")]
    public int Generate() => WerkplanDocument.SaveToString(SyntheticPlan.Generate(_plan.Acties.Count, seed: 1)).Length;
}
