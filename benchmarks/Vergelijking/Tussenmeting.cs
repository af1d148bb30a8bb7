using System.Diagnostics;
using System.Reflection;
using BenchmarkDotNet.Attributes;

namespace Zk.Domain.Vergelijking;

/// <summary>
/// A quick look between BenchmarkDotNet runs while optimising: every pair of <see cref="Vergelijking"/> (Voor and
/// Nieuw of one category) alternates batch by batch in one process, so a busy machine slows both alike; prints the
/// median time and allocation per call of each and their ratio. Not a benchmark: no warm-up control, no outlier
/// treatment, no separate process. Use it to see the direction of a change; report BenchmarkDotNet's numbers.
/// </summary>
public static class Tussenmeting
{
    /// <summary>Measures the sizes given (S, M, L), every category or those named (e.g. <c>Load</c>).</summary>
    public static void Run(IEnumerable<string> sizes, IReadOnlyCollection<string>? categories = null)
    {
        var methods = typeof(Vergelijking).GetMethods()
            .Where(m => m.GetCustomAttribute<BenchmarkAttribute>() is not null)
            .GroupBy(m => m.GetCustomAttribute<BenchmarkCategoryAttribute>()!.Categories[0])
            .Where(g => categories is null || categories.Contains(g.Key, StringComparer.OrdinalIgnoreCase))
            .ToList();
        Console.WriteLine("| size | category | voor | nieuw | ratio | alloc voor | alloc nieuw |");
        Console.WriteLine("|---|---|---:|---:|---:|---:|---:|");
        foreach (var size in sizes)
        {
            var v = new Vergelijking { Size = size };
            v.Setup();
            foreach (var group in methods)
            {
                var voor = group.Single(m => m.GetCustomAttribute<BenchmarkAttribute>()!.Baseline);
                var nieuw = group.Single(m => !m.GetCustomAttribute<BenchmarkAttribute>()!.Baseline);
                Func<object> a = () => voor.Invoke(v, null)!, b = () => nieuw.Invoke(v, null)!;
                var perBatch = Batch(a);
                var (ta, tb, ba, bb) = (new List<double>(), new List<double>(), 0L, 0L);
                var deadline = Stopwatch.StartNew();
                while (ta.Count < 7 || (ta.Count < 41 && deadline.Elapsed.TotalSeconds < 12))
                {
                    ta.Add(Time(a, perBatch, ref ba));
                    tb.Add(Time(b, perBatch, ref bb));
                }
                double ma = Median(ta), mb = Median(tb);
                Console.WriteLine($"| {size} | {group.Key} | {Show(ma)} | {Show(mb)} | {mb / ma:0.00} | {ba / ((long)perBatch * ta.Count) / 1024.0:0.#} KB | {bb / ((long)perBatch * tb.Count) / 1024.0:0.#} KB |");
            }
        }
    }

    private static int Batch(Func<object> f)
    {
        for (var i = 0; i < 3; i++) f();
        var sw = Stopwatch.StartNew();
        f();
        var once = Math.Max(sw.Elapsed.TotalMilliseconds, 0.001);
        return Math.Clamp((int)(50 / once), 1, 100_000);
    }

    private static double Time(Func<object> f, int n, ref long bytes)
    {
        var before = GC.GetAllocatedBytesForCurrentThread();
        var sw = Stopwatch.StartNew();
        for (var i = 0; i < n; i++) f();
        var ms = sw.Elapsed.TotalMilliseconds / n;
        bytes += GC.GetAllocatedBytesForCurrentThread() - before;
        return ms;
    }

    private static double Median(List<double> xs)
    {
        var s = xs.Order().ToList();
        return s[s.Count / 2];
    }

    private static string Show(double ms) => ms < 1 ? $"{ms * 1000:0.0} µs" : $"{ms:0.00} ms";
}
