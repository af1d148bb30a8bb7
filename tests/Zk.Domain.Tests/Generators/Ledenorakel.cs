using NodaTime;
using Zk.Domain.Werkplannen;

namespace Zk.Domain.Tests.Generators;

/// <summary>
/// Who is a member on a date, straight from the brief (issue 13): a member the plan gives no period is a member on every
/// date; a member with a period (its first, when the plan repeats one) is a member from its first day to its last day,
/// both included, an open end reaching as far as time goes. Brute force over the plan's lists, for the tests' oracles.
/// </summary>
internal static class Ledenorakel
{
    public static List<string> LedenOp(Werkplan plan, LocalDate dag) =>
        [.. plan.Deelnemers.Where(g =>
            plan.Lidmaatschappen.FirstOrDefault(l => l.Partij == g) is not { } l
            || ((l.Vanaf is null || l.Vanaf <= dag) && (l.TotEnMet is null || dag <= l.TotEnMet)))];
}
