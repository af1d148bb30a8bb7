using NodaTime;
using Zk.Domain.Besturing;
using Zk.Domain.Collections;

namespace Zk.Domain.Inplannen;

/// <summary>The usual blocked periods of Dutch councils: the summer recess and the weeks around the municipal elections.</summary>
public static class StandaardBlokkades
{
    /// <summary>The dates of the municipal elections (gemeenteraadsverkiezingen) this library knows: 21 March 2018, 16 March 2022, 18 March 2026.</summary>
    public static ValueArray<LocalDate> Gemeenteraadsverkiezingen { get; } =
        [new LocalDate(2018, 3, 21), new LocalDate(2022, 3, 16), new LocalDate(2026, 3, 18)];

    /// <summary>The summer recess of <paramref name="jaar"/>: 15 July up to and including 31 August.</summary>
    /// <param name="jaar">The year.</param>
    public static Blokkade Zomerreces(int jaar) => new()
    {
        Periode = new DateInterval(new LocalDate(jaar, 7, 15), new LocalDate(jaar, 8, 31)),
        Reden = $"Zomerreces {jaar}",
    };

    /// <summary>The two weeks before and after municipal elections held on <paramref name="verkiezingsdag"/>.</summary>
    /// <param name="verkiezingsdag">The election day.</param>
    public static Blokkade RondVerkiezingen(LocalDate verkiezingsdag) => new()
    {
        Periode = new DateInterval(verkiezingsdag.PlusDays(-14), verkiezingsdag.PlusDays(14)),
        Reden = $"Gemeenteraadsverkiezingen {NodaTime.Text.LocalDatePattern.Iso.Format(verkiezingsdag)}",
    };

    /// <summary>The summer recesses and election periods that touch <paramref name="periode"/>.</summary>
    /// <param name="periode">The period, e.g. a plan's looptijd.</param>
    public static ValueArray<Blokkade> For(DateInterval periode)
    {
        ArgumentNullException.ThrowIfNull(periode);
        var blokkades = new List<Blokkade>();
        for (var jaar = periode.Start.Year; jaar <= periode.End.Year; jaar++)
        {
            foreach (var dag in Gemeenteraadsverkiezingen)
            {
                if (dag.Year == jaar)
                {
                    blokkades.Add(RondVerkiezingen(dag));
                }
            }

            blokkades.Add(Zomerreces(jaar));
        }

        return blokkades.Where(b => b.Periode.Start <= periode.End && b.Periode.End >= periode.Start).ToValueArray();
    }
}
