using Zk.Domain.Besturing;
using Zk.Domain.Collections;
using Zk.Domain.Tijd;

namespace Zk.Domain.Werkplannen;

/// <summary>
/// The planning table (planningstabel) of a plan: per action, the quarters with a council moment and the
/// moments not yet planned (N.t.b.), over the quarters of the plan's period, like the table in chapter 8 of
/// the Zuid-Kennemerland plan.
/// </summary>
/// <remarks>Equality is structural. Immutable and thread-safe.</remarks>
public sealed record Planningstabel
{
    /// <summary>The columns: every quarter of the plan's period, in order.</summary>
    public required ValueArray<Kwartaal> Kwartalen { get; init; }

    /// <summary>The rows: one per action, in the plan's order.</summary>
    public required ValueArray<Planningsregel> Regels { get; init; }

    /// <summary>Builds the table of <paramref name="plan"/>.</summary>
    /// <param name="plan">The plan.</param>
    public static Planningstabel From(Werkplan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var eerste = Kwartaal.FromDate(plan.Looptijd.Start);
        var laatste = Kwartaal.FromDate(plan.Looptijd.End);
        var kwartalen = new Kwartaal[laatste - eerste + 1];
        for (var i = 0; i < kwartalen.Length; i++)
        {
            kwartalen[i] = eerste + i;
        }

        var regels = new Planningsregel[plan.Acties.Count];
        for (var i = 0; i < regels.Length; i++)
        {
            var actie = plan.Acties[i];
            var momenten = new List<Raadsmoment>();
            var nogTeBepalen = new List<Raadsmoment>();
            foreach (var moment in actie.Raadsmomenten)
            {
                (moment.IsNogTeBepalen ? nogTeBepalen : momenten).Add(moment);
            }

            regels[i] = new Planningsregel
            {
                Actie = actie.Id,
                Titel = actie.Titel,
                Momenten = [.. momenten.OrderBy(m => m.Kwartaal)],
                NogTeBepalen = [.. nogTeBepalen],
            };
        }

        return new Planningstabel { Kwartalen = ValueArray.Create<Kwartaal>(kwartalen), Regels = ValueArray.Create<Planningsregel>(regels) };
    }
}

/// <summary>One row of the <see cref="Planningstabel"/>: an action's planned and unplanned council moments.</summary>
/// <remarks>Equality is structural. Immutable and thread-safe.</remarks>
public sealed record Planningsregel
{
    /// <summary>The action's id.</summary>
    public required string Actie { get; init; }

    /// <summary>The action's title.</summary>
    public required string Titel { get; init; }

    /// <summary>The moments with a quarter, in chronological order (also those outside the period).</summary>
    public required ValueArray<Raadsmoment> Momenten { get; init; }

    /// <summary>The moments not yet planned (N.t.b.).</summary>
    public required ValueArray<Raadsmoment> NogTeBepalen { get; init; }

    /// <summary>The moments in <paramref name="kwartaal"/>.</summary>
    /// <param name="kwartaal">The column.</param>
    public IEnumerable<Raadsmoment> In(Kwartaal kwartaal)
    {
        foreach (var moment in Momenten)
        {
            if (moment.Kwartaal == kwartaal)
            {
                yield return moment;
            }
        }
    }
}
