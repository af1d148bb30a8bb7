using NodaTime;
using Zk.Domain.Tijd;

namespace Zk.Domain.Tests.Tijd;

/// <summary>Day arithmetic within the calendar (<see cref="Dagen"/>): documents may hold the first and last days of it.</summary>
public class DagenTests
{
    [Theory]
    [InlineData("2024-03-01", 42, "2024-04-12")]
    [InlineData("2024-03-01", -42, "2024-01-19")]
    [InlineData("9999-12-20", 42, "9999-12-31")]
    [InlineData("9999-12-31", 1, "9999-12-31")]
    [InlineData("9999-11-19", 42, "9999-12-31")]
    [InlineData("9999-11-18", 42, "9999-12-30")]
    [InlineData("0001-01-10", -42, "0000-11-29")]
    [InlineData("2024-03-01", int.MaxValue, "9999-12-31")]
    [InlineData("2024-03-01", int.MinValue, "-9998-01-01")]
    public void Days_are_added_within_the_calendar(string van, int dagen, string verwacht)
    {
        var datum = NodaTime.Text.LocalDatePattern.Iso.Parse(van).Value;
        var uitkomst = Dagen.Plus(datum, dagen);
        Assert.Equal(verwacht, NodaTime.Text.LocalDatePattern.Iso.Format(uitkomst));
    }

    [Fact]
    public void Within_the_range_it_is_PlusDays()
    {
        var random = new Random(4);
        for (var i = 0; i < 2000; i++)
        {
            var datum = new LocalDate(1, 1, 1).PlusDays(random.Next(0, 3_650_000));
            var dagen = random.Next(-400, 400);
            var verwacht = datum.Year is > 2 and < 9998 ? datum.PlusDays(dagen) : (LocalDate?)null;
            if (verwacht is { } v)
            {
                Assert.Equal(v, Dagen.Plus(datum, dagen));
            }
        }
    }
}
