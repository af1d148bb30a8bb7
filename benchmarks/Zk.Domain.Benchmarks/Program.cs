using System.Globalization;
using BenchmarkDotNet.Running;
using Zk.Domain.Benchmarks;
using Zk.Domain.Documenten;

if (Plannen.Fout is { } fout)
{
    Console.Error.WriteLine(fout);
    return 64;
}

if (args is ["sizes"])
{
    // The plans the benchmarks run on: actions, links, document bytes and the model's own size on the heap.
    Console.WriteLine("| size | actions | koppelkansen + vraagstukken | document | model on the heap |");
    Console.WriteLine("|---|---:|---:|---:|---:|");
    foreach (var size in Plannen.Sizes())
    {
        var bytes = WerkplanDocument.Save(Plannen.Get(size).Plan);
        var voor = GC.GetTotalMemory(forceFullCollection: true);
        var plan = WerkplanDocument.Load(bytes);
        var model = GC.GetTotalMemory(forceFullCollection: true) - voor;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {size} | {plan.Acties.Count:N0} | {plan.Koppelkansen.Count + plan.Vraagstukken.Count:N0} | {Grootte(bytes.Length)} | {Grootte(model)} |"));
        GC.KeepAlive(plan);
    }

    return 0;
}

if (args is ["schaal"])
{
    // Each console command's work timed with a stopwatch at 1,000 to 100,000 actions (docs/performance.md, issue 15).
    return Schaal.Run();
}

if (args is ["cpsat"])
{
    // The planner against CP-SAT at S, M and L: outside BenchmarkDotNet, so the smoke run never starts it.
    return PlannerTegenCpSat.Run();
}

// Binary units, as BenchmarkDotNet reports allocations (1 KB = 1,024 bytes).
static string Grootte(long bytes) => bytes < 1 << 20
    ? string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0:N1} KB")
    : string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024.0 * 1024):N1} MB");

// BenchmarkSwitcher returns normally when a benchmark throws: look at the reports and fail ourselves.
var summaries = BenchmarkSwitcher.FromAssembly(typeof(Plannen).Assembly).Run(args);
var failed = summaries.Where(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success)).ToList();
foreach (var summary in failed)
{
    Console.Error.WriteLine($"Benchmark run failed: {summary.Title}");
}

return failed.Count == 0 && summaries.Any() ? 0 : 1;
