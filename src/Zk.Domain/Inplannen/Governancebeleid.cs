using NodaTime;
using Zk.Domain.Collections;

namespace Zk.Domain.Inplannen;

/// <summary>
/// The governance policy (governancebeleid) the planner keeps: which stages an action needs, the minimum gap
/// between its council moments, how long the councils take to decide after the joint meeting, and deadlines.
/// </summary>
/// <remarks>The defaults follow the Zuid-Kennemerland convenant. Equality is structural. Immutable and thread-safe.</remarks>
public sealed record Governancebeleid
{
    /// <summary>The default policy: an interim discussion before every decision, moments in later meetings, six weeks for the councils' decision.</summary>
    public static Governancebeleid Standaard { get; } = new();

    /// <summary>
    /// Whether a decision needs an interim discussion in an earlier meeting (the convenant); the planner adds one (the
    /// interim stage the plan's profile requires) where the plan has none.
    /// </summary>
    public bool TussentijdseBesprekingVerplicht { get; init; } = true;

    /// <summary>The minimum number of days between two council moments of one action (on top of "a later meeting"); default 0.</summary>
    public int MinimaleTussenruimteInDagen { get; init; }

    /// <summary>How many days the member councils take to decide after the joint meeting (besluitvormingstermijn); default 42 (six weeks).</summary>
    public int BesluitvormingstermijnInDagen { get; init; } = 42;

    /// <summary>Deadlines per action (last day a council moment may take place; for a decision, the councils' own decisions); others end with the plan, and no deadline lies after it.</summary>
    public ValueArray<Deadline> Deadlines { get; init; }
}

/// <summary>A deadline for one action.</summary>
/// <param name="Actie">The action's id.</param>
/// <param name="Datum">The last day.</param>
public sealed record Deadline(string Actie, LocalDate Datum);
