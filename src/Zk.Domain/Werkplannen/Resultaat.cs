using Zk.Domain.Tijd;

namespace Zk.Domain.Werkplannen;

/// <summary>
/// A result (resultaat) an action delivers by the end of the period: the answer to "Wat hebben we in 2023
/// bereikt?".
/// </summary>
/// <remarks>Equality is structural. Immutable and thread-safe.</remarks>
public sealed record Resultaat
{
    /// <summary>The id, unique within the plan, e.g. <c>3.1-r1</c>.</summary>
    public required string Id { get; init; }

    /// <summary>What has been achieved (Dutch), as in the plan.</summary>
    public required string Omschrijving { get; init; }

    /// <summary>The id of the sub-action the result belongs to, or null when it belongs to the action as a whole.</summary>
    public string? Deelactie { get; init; }

    /// <summary>The quarter by which the result is due, or null when the plan names none (see <see cref="GereedJaar"/>).</summary>
    public Kwartaal? Gereed { get; init; }

    /// <summary>
    /// The year in which the result is due when the plan names a year but no quarter (e.g. the Woonakkoord's mid-term
    /// meeting "in 2023"), or null. When both this and <see cref="Gereed"/> are null the result is due by the end of the
    /// plan's period, as the heading "Wat hebben we in 2023 bereikt?" says.
    /// </summary>
    public int? GereedJaar { get; init; }

    /// <summary>
    /// The framework the result belongs to when it is that framework's milestone rather than the plan's own (e.g. the
    /// Woonakkoord); like a <see cref="Doel"/> of a framework, it may lie after the plan's period. Null when the plan's own.
    /// </summary>
    public string? Kader { get; init; }

    /// <summary>
    /// The last quarter the result is due in, given the plan's period: <see cref="Gereed"/>, else the last quarter of
    /// <see cref="GereedJaar"/>, else the period's last quarter. The rules and the run read due dates through this.
    /// A year outside the range of <see cref="Kwartaal"/> counts as its first or last year, so any value gives a quarter.
    /// </summary>
    /// <param name="looptijd">The plan's period.</param>
    /// <returns>The quarter by which the result is due.</returns>
    public Kwartaal UiterlijkIn(NodaTime.DateInterval looptijd)
    {
        ArgumentNullException.ThrowIfNull(looptijd);
        return Gereed ?? (GereedJaar is { } jaar
            ? new Kwartaal(Math.Clamp(jaar, Kwartaal.MinJaar, Kwartaal.MaxJaar), 4)
            : Kwartaal.FromDate(looptijd.End));
    }
}
