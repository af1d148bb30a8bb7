using NodaTime;

namespace Zk.Domain.Besturing;

/// <summary>
/// A blocked period (blokkade) in which the councils do not meet jointly: a recess, or the weeks around the
/// municipal elections (e.g. 16 March 2022).
/// </summary>
/// <remarks>Equality is structural. Immutable and thread-safe.</remarks>
public sealed record Blokkade
{
    /// <summary>The blocked days, first and last included.</summary>
    public required DateInterval Periode { get; init; }

    /// <summary>Why the period is blocked, e.g. <c>Gemeenteraadsverkiezingen 2022</c>.</summary>
    public required string Reden { get; init; }
}
