using Zk.Domain.Besturing;
using Zk.Domain.Bundled;
using Zk.Domain.Synthetisch;
using Zk.Domain.Werkplannen;

namespace Zk.Domain.Benchmarks;

/// <summary>The plan sizes benchmarks run at: S is the bundled Zuid-Kennemerland plan, M a synthetic plan of 1,000 actions.</summary>
internal static class Plannen
{
    public static (Werkplan Plan, Vergaderkalender Kalender) Get(string size) => size switch
    {
        "S" => (BundledPlans.ZuidKennemerland, BundledPlans.ZuidKennemerlandKalender),
        "M" => Synthetic(1_000),
        _ => throw new ArgumentOutOfRangeException(nameof(size), size, "Sizes are S and M."),
    };

    private static (Werkplan, Vergaderkalender) Synthetic(int acties)
    {
        var plan = SyntheticPlan.Generate(acties, seed: 1);
        return (plan, SyntheticPlan.Kalender(plan));
    }
}
