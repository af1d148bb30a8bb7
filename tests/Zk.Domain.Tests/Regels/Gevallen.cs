using FsCheck;
using FsCheck.Fluent;

namespace Zk.Domain.Tests.Regels;

/// <summary>Runs a law on generated cases with a fixed seed and counts the cases that actually exercise it.</summary>
internal static class Gevallen
{
    /// <summary>
    /// Checks <paramref name="law"/> on <paramref name="cases"/> cases of <paramref name="gen"/> (replay seed
    /// <paramref name="seed"/>), throwing on the first counter-example; returns how many cases the law said it exercised.
    /// </summary>
    public static int Check<T>(Gen<T> gen, int cases, ulong seed, Func<T, (bool Holds, bool Exercised, string Label)> law)
    {
        var exercised = 0;
        Prop.ForAll(Arb.From(gen), x =>
        {
            var (holds, raak, label) = law(x);
            if (raak)
            {
                exercised++;
            }

            return holds.Label(label);
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(cases).WithReplay(seed, 3).WithQuietOnSuccess(true));
        return exercised;
    }
}
