using System.Collections.Concurrent;
using Zk.Domain.Besturing;
using Zk.Domain.Bundled;
using Zk.Domain.Synthetisch;
using Zk.Domain.Werkplannen;

namespace Zk.Domain.Benchmarks;

/// <summary>
/// The plan sizes benchmarks run at: S is the bundled Zuid-Kennemerland plan (9 actions), M, L and XL are synthetic
/// plans of 1,000, 10,000 and 100,000 actions (seed 1). The environment variable <c>ZK_BENCH_SIZES</c> (e.g. <c>S,M</c>)
/// restricts the sizes, as the CI smoke run does.
/// </summary>
internal static class Plannen
{
    private static readonly string[] AllSizes = ["S", "M", "L", "XL"];
    private static readonly ConcurrentDictionary<string, (Werkplan, Vergaderkalender)> Cache = new();

    /// <summary>The sizes to run: all four, or those <c>ZK_BENCH_SIZES</c> names.</summary>
    public static IEnumerable<string> Sizes() => Fout is { } fout ? throw new InvalidOperationException(fout) : Gekozen;

    /// <summary>What is wrong with <c>ZK_BENCH_SIZES</c>, in one line, or null when nothing is.</summary>
    public static string? Fout
    {
        get
        {
            var unknown = Gekozen.Except(AllSizes, StringComparer.Ordinal).ToList();
            return unknown.Count == 0
                ? null
                : $"ZK_BENCH_SIZES names unknown sizes: {string.Join(", ", unknown)}; the sizes are S, M, L and XL.";
        }
    }

    private static string[] Gekozen =>
        Environment.GetEnvironmentVariable("ZK_BENCH_SIZES") is { } chosen && !string.IsNullOrWhiteSpace(chosen)
            ? chosen.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            : AllSizes;

    public static (Werkplan Plan, Vergaderkalender Kalender) Get(string size) => Cache.GetOrAdd(size, static size => size switch
    {
        "S" => (BundledPlans.ZuidKennemerland, BundledPlans.ZuidKennemerlandKalender),
        "M" => Synthetic(1_000),
        "L" => Synthetic(10_000),
        "XL" => Synthetic(100_000),
        _ => throw new ArgumentOutOfRangeException(nameof(size), size, "Sizes are S, M, L and XL."),
    });

    private static (Werkplan, Vergaderkalender) Synthetic(int acties)
    {
        var plan = SyntheticPlan.Generate(acties, seed: 1);
        return (plan, SyntheticPlan.Kalender(plan));
    }
}
