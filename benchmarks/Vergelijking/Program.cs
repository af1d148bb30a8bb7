using BenchmarkDotNet.Running;
using Zk.Domain.Vergelijking;

// `--stopwatch [sizes]`: a quick diagnostic, not a benchmark — old and new interleaved in one process (see Tussenmeting.cs).
if (args.Length > 0 && args[0] == "--stopwatch")
{
    Tussenmeting.Run(args.Length > 1 ? args[1].Split(',') : ["S", "M", "L"]);
    return 0;
}

var summaries = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return summaries.Any() && summaries.All(s => !s.HasCriticalValidationErrors && s.Reports.All(r => r.Success)) ? 0 : 1;
