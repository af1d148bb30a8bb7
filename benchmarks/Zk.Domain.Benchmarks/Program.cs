using BenchmarkDotNet.Running;

// BenchmarkSwitcher returns normally when a benchmark throws: look at the reports and fail ourselves.
var summaries = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
var failed = summaries.Where(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success)).ToList();
foreach (var summary in failed)
{
    Console.Error.WriteLine($"Benchmark run failed: {summary.Title}");
}

return failed.Count == 0 && summaries.Any() ? 0 : 1;
