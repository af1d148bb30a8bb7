using NodaTime;
using Zk.Domain.Collections;
using Zk.Domain.Werkplannen;

namespace Zk.Domain.Inplannen;

/// <summary>
/// The governance policy (governancebeleid) the planner keeps: which stages an action needs, the minimum gap
/// between its council moments, how long the councils take to decide after the joint meeting, and deadlines.
/// </summary>
/// <remarks>
/// <para>The defaults follow the Zuid-Kennemerland convenant. Equality is structural. Immutable and thread-safe.</para>
/// <para>The values are checked where they are set: a number of days lies between 0 and <see cref="MaxDagen"/> (more
/// days than lie between any two dates of the calendar, so every larger value would mean the same), a deadline is
/// not null and falls in the ISO calendar in the years 1 to 9999. Any value within these bounds works: a gap or a
/// decision time longer than the plan's period plans nothing after the first moment (explained), a deadline in year 1
/// or 9999 is kept.</para>
/// </remarks>
public sealed record Governancebeleid
{
    /// <summary>The largest number of days a gap or a decision time may have: 3,652,058, the days from 0001-01-01 to 9999-12-31.</summary>
    public const int MaxDagen = 3_652_058;

    /// <summary>The default policy: an interim discussion before every decision, moments in later meetings, six weeks for the councils' decision.</summary>
    public static Governancebeleid Standaard { get; } = new();

    /// <summary>
    /// Whether a decision needs an interim discussion in an earlier meeting (the convenant); the planner adds one (the
    /// interim stage the plan's profile requires) where the plan has none.
    /// </summary>
    public bool TussentijdseBesprekingVerplicht { get; init; } = true;

    /// <summary>The minimum number of days between two council moments of one action (on top of "a later meeting"); default 0.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to a value less than 0 or more than <see cref="MaxDagen"/>.</exception>
    public int MinimaleTussenruimteInDagen
    {
        get;
        init => field = Dagen(value, nameof(MinimaleTussenruimteInDagen));
    }

    /// <summary>How many days the member councils take to decide after the joint meeting (besluitvormingstermijn); default 42 (six weeks).</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to a value less than 0 or more than <see cref="MaxDagen"/>.</exception>
    public int BesluitvormingstermijnInDagen
    {
        get;
        init => field = Dagen(value, nameof(BesluitvormingstermijnInDagen));
    } = 42;

    /// <summary>Deadlines per action (last day a council moment may take place; for a decision, the councils' own decisions); others end with the plan, and no deadline lies after it.</summary>
    /// <exception cref="ArgumentException">Set to a list with a null deadline, a deadline without an action id, or one whose date is not in the ISO calendar in the years 1 to 9999 (the message names its index).</exception>
    public ValueArray<Deadline> Deadlines
    {
        get;
        init => field = Gecontroleerd(value, nameof(Deadlines));
    }

    private static int Dagen(int value, string naam)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(value, naam);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(value, MaxDagen, naam);
        return value;
    }

    private static ValueArray<Deadline> Gecontroleerd(ValueArray<Deadline> deadlines, string naam)
    {
        for (var i = 0; i < deadlines.Count; i++)
        {
            var d = deadlines[i];
            if (d is null || d.Actie is null || !Isodatums.IsIso(d.Datum))
            {
                var wat = d is null ? "is null" : d.Actie is null ? "has no action id" : "has a date outside the ISO calendar's years 1 to 9999";
                throw new ArgumentException(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{naam}[{i}] {wat}."), naam);
            }
        }

        return deadlines;
    }
}

/// <summary>A deadline for one action.</summary>
/// <param name="Actie">The action's id.</param>
/// <param name="Datum">The last day.</param>
public sealed record Deadline(string Actie, LocalDate Datum);
