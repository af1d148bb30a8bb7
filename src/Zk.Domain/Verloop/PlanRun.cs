using NodaTime;
using Zk.Domain.Collections;
using Zk.Domain.Inplannen;
using Zk.Domain.Werkplannen;

namespace Zk.Domain.Verloop;

/// <summary>The outcome of a plan run: its events, and the progress at the end.</summary>
/// <param name="Gebeurtenissen">The events in date order, starting with <see cref="RunGestart"/>.</param>
/// <param name="Eind">The progress at the run's last date, rebuilt from the events.</param>
public sealed record Runverslag(ValueArray<Gebeurtenis> Gebeurtenissen, Voortgang Eind)
{
    // Where the run put the councils' decisions on each proposal among its events (for Voortgang.Herspeel), kept for At:
    // no part of equality, and a copy made by `with` leaves it out (its events may differ), so a copy replays each event.
    private Afgeleid<List<(int Begin, RaadBesloten[] Besluiten, bool Ongewijzigd)>> _besluiten;

    internal Runverslag(ValueArray<Gebeurtenis> gebeurtenissen, Voortgang eind, List<(int Begin, RaadBesloten[] Besluiten, bool Ongewijzigd)> besluiten)
        : this(gebeurtenissen, eind) => _besluiten.Of(besluiten, static b => b);

    // The copy that `with` makes: the members, not what the run knew of its own events.
    private Runverslag(Runverslag original)
    {
        Gebeurtenissen = original.Gebeurtenissen;
        Eind = original.Eind;
    }

    /// <summary>The progress at <paramref name="datum"/>, rebuilt from the events up to it.</summary>
    /// <param name="plan">The plan the run is of.</param>
    /// <param name="datum">The date.</param>
    public Voortgang At(Werkplan plan, LocalDate datum)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var gebeurtenissen = Gebeurtenissen.AsSpan();
        var besluiten = _besluiten.Of(0, static _ => []);
        if (besluiten.Count == 0)
        {
            return Voortgang.Herspeel(plan, gebeurtenissen, datum);
        }

        // The run's own events are in date order after RunGestart: those after the date count for nothing, and the runs of
        // decisions up to it are taken whole, as the run's own replay does.
        int laag = 1, hoog = gebeurtenissen.Length;
        while (laag < hoog)
        {
            var midden = (laag + hoog) >>> 1;
            if (gebeurtenissen[midden].Datum <= datum)
            {
                laag = midden + 1;
            }
            else
            {
                hoog = midden;
            }
        }

        var tot = besluiten.FindIndex(b => b.Begin + b.Besluiten.Length > laag || !(b.Besluiten[0].Datum <= datum));
        var bekend = tot < 0 ? besluiten : besluiten[..tot];
        return Voortgang.Herspeel(plan, gebeurtenissen[..laag], datum, bekend);
    }
}

/// <summary>
/// Runs a plan and its schedule through time, meeting by meeting: each radenbijeenkomst discusses its agenda, each
/// council that is a member on the decision's date (<see cref="Werkplan.DeelnemersOp"/>) decides each proposal
/// separately, and a scenario scripts what goes otherwise (a council rejects or
/// amends, a meeting is cancelled, an action slips, funding is found).
/// </summary>
/// <remarks>
/// The run never reads the system clock: it runs up to a date you pass, or the date of an <see cref="IClock"/> you
/// pass. It holds the meetings of the plan's period up to its last day; a scenario step dated before the period takes
/// effect at its start. A cancelled meeting's agenda, and a slipped action's moments (looking from the start of the quarter
/// the slip's number of quarters after each moment's own), move to the next meeting that can take them by the planner's
/// own placement rules: in the period, not past the action's deadline in the policy (for a
/// decision, with the councils' decision time), at least the policy's minimum gap after the action's previous moment,
/// not cancelled or blocked, with room. The action's later moments that come too close move along. A moment no meeting
/// can take falls off the schedule with its reason (<see cref="MomentVerschoven.Reden"/>), and so do the action's later
/// moments. Same input, same events. Thread-safe.
/// </remarks>
public static class PlanRun
{
    /// <summary>Runs the plan up to <paramref name="tot"/> (inclusive).</summary>
    /// <param name="plan">The plan.</param>
    /// <param name="planning">Its schedule.</param>
    /// <param name="scenario">What goes otherwise; <see cref="Scenario.Volgens"/> when null.</param>
    /// <param name="tot">The last day of the run; the plan's end when null.</param>
    /// <param name="beleid">The governance policy (deadlines, minimum gap, the councils' decision time), the one the schedule was made with; the default when null.</param>
    /// <exception cref="ArgumentException"><paramref name="plan"/> has a required member set to null, or a date of the plan or
    /// <paramref name="tot"/> or of a step of <paramref name="scenario"/> is not in the ISO calendar in the years 1 to 9999 (the
    /// message names it).</exception>
    public static Runverslag Run(Werkplan plan, Planning planning, Scenario? scenario = null, LocalDate? tot = null, Governancebeleid? beleid = null)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(planning);
        if (tot is { } laatste)
        {
            Isodatums.ThrowIfNotIso(laatste, nameof(tot));
        }

        for (var i = 0; i < (scenario?.Stappen.Count ?? 0); i++)
        {
            if (scenario!.Stappen[i]?.Datum is { } datum && !Isodatums.IsIso(datum))
            {
                throw new ArgumentException(Isodatums.Melding(Isodatums.Pad("stappen", i) + ".datum", "scenario"), nameof(scenario));
            }
        }

        Volledigheid.ThrowIfIncomplete(plan, nameof(plan));
        scenario ??= Scenario.Volgens;
        beleid ??= Governancebeleid.Standaard;
        var einde = tot ?? plan.Looptijd.End;
        var (geordend, besluiten) = new Uitvoering(plan, planning, scenario, beleid, einde).Voer();
        return new Runverslag(geordend, Voortgang.Herspeel(plan, geordend.AsSpan(), einde, besluiten), besluiten);
    }

    /// <summary>Runs the plan up to today's date on <paramref name="klok"/> in <paramref name="zone"/>.</summary>
    /// <param name="plan">The plan.</param>
    /// <param name="planning">Its schedule.</param>
    /// <param name="klok">The clock (in tests, NodaTime's <c>FakeClock</c>).</param>
    /// <param name="zone">The time zone whose date counts, e.g. Europe/Amsterdam.</param>
    /// <param name="scenario">What goes otherwise; <see cref="Scenario.Volgens"/> when null.</param>
    public static Runverslag Run(Werkplan plan, Planning planning, IClock klok, DateTimeZone zone, Scenario? scenario = null)
    {
        ArgumentNullException.ThrowIfNull(klok);
        ArgumentNullException.ThrowIfNull(zone);
        return Run(plan, planning, scenario, klok.GetCurrentInstant().InZone(zone).Date);
    }
}
