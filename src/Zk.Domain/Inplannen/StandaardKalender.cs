using Zk.Domain.Besturing;
using Zk.Domain.Werkplannen;

namespace Zk.Domain.Inplannen;

/// <summary>The calendar a plan is scheduled on when no other is given.</summary>
public static class StandaardKalender
{
    /// <summary>
    /// The default calendar of any plan: the default <see cref="Vergaderpatroon"/> (one joint meeting per quarter) over
    /// its period, skipping the usual blocked periods (<see cref="StandaardBlokkades"/>).
    /// </summary>
    /// <param name="plan">The plan.</param>
    /// <returns>The calendar.</returns>
    public static Vergaderkalender Voor(Werkplan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return new Vergaderpatroon { Blokkades = StandaardBlokkades.Voor(plan.Looptijd) }.Genereer(plan.Looptijd);
    }
}
