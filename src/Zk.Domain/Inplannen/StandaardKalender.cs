using Zk.Domain.Besturing;
using Zk.Domain.Werkplannen;

namespace Zk.Domain.Inplannen;

/// <summary>The calendar a plan is scheduled on when no other is given.</summary>
public static class StandaardKalender
{
    /// <summary>
    /// The calendar of <paramref name="plan"/> when the caller gives none, the one place this is decided: the plan's own
    /// meetings (<see cref="Werkplan.Radenbijeenkomsten"/>, without blocked periods: the plan says they are held) when at
    /// least one of them lies within its period; otherwise the generated calendar of <see cref="Voor"/>.
    /// </summary>
    /// <remarks>
    /// Meetings a plan records only from before its period (the bundled plan's meetings of 2020 and 2021, where its
    /// making was discussed) are history, not a calendar to schedule on: such a plan is scheduled on the generated one.
    /// </remarks>
    /// <param name="plan">The plan.</param>
    /// <returns>The calendar.</returns>
    public static Vergaderkalender Van(Werkplan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        foreach (var bijeenkomst in plan.Radenbijeenkomsten)
        {
            if (bijeenkomst is not null && plan.Looptijd.Contains(bijeenkomst.Datum))
            {
                return new Vergaderkalender { Radenbijeenkomsten = plan.Radenbijeenkomsten };
            }
        }

        return Voor(plan);
    }

    /// <summary>
    /// The generated calendar of any plan: the default <see cref="Vergaderpatroon"/> (one joint meeting per quarter) over
    /// its period, skipping the usual blocked periods (<see cref="StandaardBlokkades"/>). The meetings are of the
    /// profile's first kind, their ids start with that kind's <see cref="Voorvoegsel"/> (<c>rb-2022-Q3</c> for
    /// Zuid-Kennemerland's radenbijeenkomst, <c>regiopodium-2024-Q1</c> for a Regiopodium).
    /// </summary>
    /// <param name="plan">The plan.</param>
    /// <returns>The calendar.</returns>
    public static Vergaderkalender Voor(Werkplan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var patroon = new Vergaderpatroon { Blokkades = StandaardBlokkades.Voor(plan.Looptijd) };
        if (plan.Profiel?.Bijeenkomstsoort(null) is { Id.Length: > 0 } soort)
        {
            patroon = patroon with { Voorvoegsel = Voorvoegsel(soort) };
        }

        return patroon.Genereer(plan.Looptijd);
    }

    /// <summary>
    /// The prefix of the ids of generated meetings of kind <paramref name="soort"/>: the kind's id, except for a kind
    /// with id <c>radenbijeenkomst</c>, whose meetings keep the short <c>rb</c> of Zuid-Kennemerland's calendar (and of
    /// the scenario files that name its meetings).
    /// </summary>
    /// <param name="soort">The kind of meeting.</param>
    /// <returns>The prefix, never empty.</returns>
    /// <exception cref="ArgumentException">The kind's id is null or empty.</exception>
    public static string Voorvoegsel(Bijeenkomstsoort soort)
    {
        ArgumentNullException.ThrowIfNull(soort);
        ArgumentException.ThrowIfNullOrEmpty(soort.Id, nameof(soort));
        return string.Equals(soort.Id, "radenbijeenkomst", StringComparison.Ordinal) ? "rb" : soort.Id;
    }
}
