using NodaTime;
using Zk.Domain.Besturing;
using Zk.Domain.Collections;
using Zk.Domain.Tijd;

namespace Zk.Domain.Inplannen;

/// <summary>
/// A pattern (vergaderpatroon) that generates a meeting calendar: one joint meeting per quarter, on the n-th given
/// weekday of a given month of the quarter; when that day falls in a blocked period, the same weekday of the following
/// weeks of the quarter is tried, and a quarter without a free day has no meeting. A meeting's id is
/// <see cref="Voorvoegsel"/>, a hyphen and its quarter (<c>rb-2022-Q3</c>); its kind is <see cref="Soort"/>.
/// </summary>
/// <remarks>
/// The defaults follow Zuid-Kennemerland: the third Wednesday of the middle month, six agenda items, ids <c>rb-…</c>, the
/// profile's first kind. <see cref="StandaardKalender.Generate"/> takes the prefix from the plan's profile. Equality is
/// structural. Immutable and thread-safe.
/// </remarks>
public sealed record Vergaderpatroon
{
    /// <summary>The month of the quarter, 1 to 3; default 2 (the middle month).</summary>
    public int MaandInKwartaal { get; init; } = 2;

    /// <summary>The weekday; default Wednesday.</summary>
    public IsoDayOfWeek Weekdag { get; init; } = IsoDayOfWeek.Wednesday;

    /// <summary>Which occurrence of the weekday in the month, 1 to 4; default 3.</summary>
    public int Week { get; init; } = 3;

    /// <summary>The agenda items per meeting; default 6.</summary>
    public int Agendaruimte { get; init; } = 6;

    /// <summary>
    /// The start of every generated meeting's id, before a hyphen and the quarter; default <c>rb</c> (Zuid-Kennemerland's
    /// radenbijeenkomst). <see cref="StandaardKalender.Voorvoegsel"/> gives the prefix for a kind of meeting.
    /// </summary>
    public string Voorvoegsel { get; init; } = "rb";

    /// <summary>The kind of every generated meeting (<see cref="Radenbijeenkomst.Soort"/>), or null for the profile's first kind (the default).</summary>
    public string? Soort { get; init; }

    // The last day a week can be added to without leaving the calendar.
    private static readonly LocalDate LaatsteWeek = LocalDate.MaxIsoValue.PlusWeeks(-1);

    /// <summary>The periods without joint meetings.</summary>
    public ValueArray<Blokkade> Blokkades { get; init; }

    /// <summary>The calendar of <paramref name="periode"/>: a meeting in every quarter that overlaps it and has a free day inside it.</summary>
    /// <param name="periode">The period, e.g. the plan's looptijd.</param>
    /// <exception cref="ArgumentOutOfRangeException">A property of the pattern is out of range.</exception>
    /// <exception cref="ArgumentException"><see cref="Voorvoegsel"/> is null or empty.</exception>
    public Vergaderkalender Generate(DateInterval periode)
    {
        ArgumentNullException.ThrowIfNull(periode);
        ArgumentOutOfRangeException.ThrowIfLessThan(MaandInKwartaal, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(MaandInKwartaal, 3);
        ArgumentOutOfRangeException.ThrowIfLessThan(Week, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(Week, 4);
        ArgumentOutOfRangeException.ThrowIfNegative(Agendaruimte);
        ArgumentException.ThrowIfNullOrEmpty(Voorvoegsel);
        var kalender = new Vergaderkalender { Blokkades = Blokkades };
        var bijeenkomsten = new List<Radenbijeenkomst>();
        // Quarter by quarter up to and including the last (whose successor may lie past the calendar's end, 9999-Q4).
        var laatste = Kwartaal.FromDate(periode.End);
        for (var kwartaal = Kwartaal.FromDate(periode.Start); ; kwartaal = kwartaal.Next())
        {
            var eersteVanMaand = kwartaal.EersteDag.PlusMonths(MaandInKwartaal - 1);
            var dag = eersteVanMaand.With(DateAdjusters.NextOrSame(Weekdag)).PlusWeeks(Week - 1);
            while (kwartaal.Contains(dag) && (kalender.BlokkadeOp(dag) is not null || !periode.Contains(dag)) && dag <= periode.End && dag <= LaatsteWeek)
            {
                dag = dag.PlusWeeks(1);
            }

            if (kwartaal.Contains(dag) && periode.Contains(dag) && kalender.BlokkadeOp(dag) is null)
            {
                bijeenkomsten.Add(new Radenbijeenkomst { Id = Voorvoegsel + "-" + kwartaal, Datum = dag, Soort = Soort, Agendaruimte = Agendaruimte });
            }

            if (kwartaal == laatste)
            {
                break;
            }
        }

        return kalender with { Radenbijeenkomsten = bijeenkomsten.ToValueArray() };
    }
}
