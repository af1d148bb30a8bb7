using NodaTime;
using Zk.Domain.Collections;

namespace Zk.Domain.Werkplannen;

/// <summary>
/// A meeting of one member's own council (raadsvergadering), e.g. Aldewijk's council on 14 March 2024: a date on which
/// that council can decide on a proposal the councils were put at a joint meeting (<see cref="Besturing.Radenbijeenkomst"/>).
/// </summary>
/// <remarks>
/// <para>Which date a council decides on is <see cref="Werkplan.Besluitdatum"/>: its first own meeting in the decision
/// window, otherwise the window's end. A plan without council meetings decides every council at the window's end.</para>
/// <para>The model holds what the plan says: a meeting of a party that is no member is kept and reported by the rules
/// (ZK002). Equality is structural. Immutable and thread-safe.</para>
/// </remarks>
public sealed record Raadsvergadering
{
    /// <summary>The party id of the member whose council meets (one of <c>Werkplan.Deelnemers</c>).</summary>
    public required string Gemeente { get; init; }

    /// <summary>The day of the meeting.</summary>
    public required LocalDate Datum { get; init; }

    /// <summary>
    /// The date <paramref name="gemeente"/>'s council decides on a proposal put to the councils at a joint meeting on
    /// <paramref name="bijeenkomst"/>, given its own <paramref name="vergaderingen"/>: the first of its meetings on or
    /// after <paramref name="bijeenkomst"/> and no later than the window's end (<paramref name="bijeenkomst"/> plus
    /// <paramref name="termijnInDagen"/>), otherwise the window's end. Never later than the window's end. Allocates nothing.
    /// </summary>
    /// <param name="vergaderingen">The council meetings, in any order (other councils' meetings are skipped).</param>
    /// <param name="gemeente">The member's party id.</param>
    /// <param name="bijeenkomst">The date of the joint meeting that put the proposal.</param>
    /// <param name="termijnInDagen">The decision window in days (see <c>Governancebeleid.BesluitvormingstermijnInDagen</c>).</param>
    /// <returns>The decision date, in [<paramref name="bijeenkomst"/>, <paramref name="bijeenkomst"/> + <paramref name="termijnInDagen"/>] when the window is not negative.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="gemeente"/> is null.</exception>
    public static LocalDate Besluitdatum(ValueArray<Raadsvergadering> vergaderingen, string gemeente, LocalDate bijeenkomst, int termijnInDagen)
    {
        ArgumentNullException.ThrowIfNull(gemeente);
        var einde = bijeenkomst.PlusDays(termijnInDagen);
        var dag = einde;
        foreach (var vergadering in vergaderingen.AsSpan())
        {
            // A null element is the completeness check's to report (ZK004); it is no meeting here.
            if (vergadering is { } v && v.Datum >= bijeenkomst && v.Datum < dag && string.Equals(v.Gemeente, gemeente, StringComparison.Ordinal))
            {
                dag = v.Datum;
            }
        }

        return dag;
    }
}
