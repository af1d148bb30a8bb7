using NodaTime;

namespace Zk.Domain.Tijd;

/// <summary>
/// Day arithmetic that stays within the calendar: a document may hold any date from 0001-01-01 to 9999-12-31, and a
/// meeting on 9999-12-20 plus a decision time of six weeks would overflow NodaTime's range. A result past the calendar's
/// first or last day is that day (later than every meeting either way).
/// </summary>
internal static class Dagen
{
    /// <summary><paramref name="datum"/> plus <paramref name="dagen"/> days (negative: earlier), within the calendar.</summary>
    public static LocalDate Plus(LocalDate datum, int dagen)
    {
        // Nearly always far from either end: no range check needed.
        var jaren = (Math.Abs((long)dagen) / 365) + 1;
        if (datum.Year + jaren < 9999 && datum.Year - jaren > 1)
        {
            return datum.PlusDays(dagen);
        }

        if (dagen >= 0)
        {
            return Period.Between(datum, LocalDate.MaxIsoValue, PeriodUnits.Days).Days < dagen ? LocalDate.MaxIsoValue : datum.PlusDays(dagen);
        }

        return Period.Between(LocalDate.MinIsoValue, datum, PeriodUnits.Days).Days < -(long)dagen ? LocalDate.MinIsoValue : datum.PlusDays(dagen);
    }

    /// <summary>The index of the first day in <paramref name="gesorteerd"/> (ascending) on or after <paramref name="dag"/>; its length when none (a binary search).</summary>
    public static int EersteVanaf(ReadOnlySpan<LocalDate> gesorteerd, LocalDate dag)
    {
        int laag = 0, hoog = gesorteerd.Length;
        while (laag < hoog)
        {
            var midden = (laag + hoog) >>> 1;
            if (gesorteerd[midden] < dag)
            {
                laag = midden + 1;
            }
            else
            {
                hoog = midden;
            }
        }

        return laag;
    }
}
