using BenchmarkDotNet.Running;
using Zk.Domain.Vergelijking;

// `--stopwatch [sizes] [categories]`: a quick diagnostic, not a benchmark — old and new interleaved in one process (see Tussenmeting.cs).
if (args.Length > 0 && args[0] == "--stopwatch")
{
    Tussenmeting.Run(args.Length > 1 ? args[1].Split(',') : ["S", "M", "L"], args.Length > 2 ? args[2].Split(',') : null);
    return 0;
}

var summaries = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return summaries.Any() && summaries.All(s => !s.HasCriticalValidationErrors && s.Reports.All(r => r.Success)) ? 0 : 1;
