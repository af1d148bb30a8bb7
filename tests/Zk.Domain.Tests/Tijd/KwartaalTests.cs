using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using Zk.Domain.Tijd;

namespace Zk.Domain.Tests.Tijd;

public class KwartaalTests
{
    private static Arbitrary<Kwartaal> Kwartalen() =>
        Arb.From(Gen.Choose(0, (Kwartaal.MaxJaar * 4) - 1).Select(i => Kwartaal.MinValue + i));

    private static Arbitrary<LocalDate> Datums() =>
        Arb.From(Gen.Choose(0, 3_652_058).Select(d => new LocalDate(1, 1, 1).PlusDays(d)));

    [Theory]
    [InlineData("2022-Q3", 2022, 3)]
    [InlineData("0001-Q1", 1, 1)]
    [InlineData("9999-Q4", 9999, 4)]
    public void Parse_reads_year_and_quarter(string text, int jaar, int nummer)
    {
        var kwartaal = Kwartaal.Parse(text);
        Assert.Equal(jaar, kwartaal.Jaar);
        Assert.Equal(nummer, kwartaal.Nummer);
        Assert.Equal(text, kwartaal.ToString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("2022-Q5")]
    [InlineData("2022-Q0")]
    [InlineData("2022-q3")]
    [InlineData("2022Q3")]
    [InlineData("22-Q3")]
    [InlineData("0000-Q1")]
    [InlineData("2022-Q3 ")]
    [InlineData("２０２２-Q3")]
    [InlineData("Q3-2022")]
    public void Parse_refuses_anything_but_yyyy_Qn(string text)
    {
        Assert.False(Kwartaal.TryParse(text, out _));
        Assert.Throws<FormatException>(() => Kwartaal.Parse(text));
    }

    [Fact]
    public void A_quarter_spans_three_months()
    {
        var q3 = new Kwartaal(2022, 3);
        Assert.Equal(new LocalDate(2022, 7, 1), q3.EersteDag);
        Assert.Equal(new LocalDate(2022, 9, 30), q3.LaatsteDag);
        Assert.Equal(92, q3.Periode.Length);
        Assert.Equal(new LocalDate(2022, 12, 31), new Kwartaal(2022, 4).LaatsteDag);
        Assert.Equal(new LocalDate(2024, 3, 31), new Kwartaal(2024, 1).LaatsteDag);
    }

    [Fact]
    public void Arithmetic_crosses_years()
    {
        var q4 = new Kwartaal(2021, 4);
        Assert.Equal(new Kwartaal(2022, 1), q4.Next());
        Assert.Equal(new Kwartaal(2021, 3), q4.Previous());
        Assert.Equal(new Kwartaal(2023, 2), q4 + 6);
        Assert.Equal(new Kwartaal(2020, 2), q4 - 6);
        Assert.Equal(5, new Kwartaal(2022, 4) - new Kwartaal(2021, 3));
        Assert.Throws<OverflowException>(() => Kwartaal.MaxValue.Next());
        Assert.Throws<OverflowException>(() => Kwartaal.MinValue.Previous());
    }

    [Fact]
    public void Construction_checks_its_arguments()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new Kwartaal(0, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => new Kwartaal(10_000, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => new Kwartaal(2022, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => new Kwartaal(2022, 5));
    }

    [Fact]
    public void The_default_is_the_first_quarter_of_year_one()
    {
        Assert.Equal("0001-Q1", default(Kwartaal).ToString());
        Assert.Equal(Kwartaal.MinValue, default);
    }

    [Fact]
    public void FromDate_refuses_other_calendars()
    {
        var julian = new LocalDate(2022, 1, 1, CalendarSystem.Julian);
        Assert.Throws<ArgumentException>(() => Kwartaal.FromDate(julian));
    }

    [Theory]
    [InlineData("nl-NL")]
    [InlineData("en-US")]
    [InlineData("tr-TR")]
    [InlineData("ar-SA")]
    public void Text_form_does_not_depend_on_the_culture(string culture)
    {
        var previous = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(culture);
            var kwartaal = new Kwartaal(2022, 3);
            Assert.Equal("2022-Q3", kwartaal.ToString());
            Assert.Equal("2022-Q3", $"{kwartaal}");
            Assert.Equal(kwartaal, Kwartaal.Parse("2022-Q3"));
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    [Property(MaxTest = 1000)]
    public Property Parse_inverts_ToString() =>
        Prop.ForAll(Kwartalen(), k => Kwartaal.Parse(k.ToString()) == k);

    [Fact]
    public void The_last_quarter_ends_on_the_last_day_NodaTime_knows()
    {
        var laatste = Kwartaal.FromDate(new LocalDate(9999, 12, 31));
        Assert.Equal(Kwartaal.MaxValue, laatste);
        Assert.Equal(new LocalDate(9999, 12, 31), laatste.LaatsteDag);
    }

    [Property(MaxTest = 1000)]
    public Property The_quarter_of_a_date_contains_it() =>
        Prop.ForAll(Datums(), d =>
        {
            var k = Kwartaal.FromDate(d);
            return k.Contains(d) && k.EersteDag <= d && d <= k.LaatsteDag
                && (k == Kwartaal.MaxValue || !k.Contains(k.LaatsteDag.PlusDays(1)));
        });

    [Property(MaxTest = 1000)]
    public Property Quarters_tile_the_calendar() =>
        Prop.ForAll(Kwartalen(), k =>
            k == Kwartaal.MaxValue || k.Next().EersteDag == k.LaatsteDag.PlusDays(1));

    [Property(MaxTest = 1000)]
    public Property Adding_then_measuring_gives_back_the_count() =>
        Prop.ForAll(Kwartalen(), Arb.From(Gen.Choose(-400, 400)), (k, n) =>
        {
            var index = k.QuartersSince(Kwartaal.MinValue) + n;
            if (index < 0 || index > Kwartaal.MaxValue.QuartersSince(Kwartaal.MinValue))
            {
                return true;
            }

            var later = k + n;
            return later - k == n && later - n == k;
        });

    [Property(MaxTest = 1000)]
    public Property Order_follows_the_first_day() =>
        Prop.ForAll(Kwartalen(), Kwartalen(), (a, b) =>
            a.CompareTo(b) == a.EersteDag.CompareTo(b.EersteDag)
            && (a < b) == (a.EersteDag < b.EersteDag)
            && (a == b) == (a.GetHashCode() == b.GetHashCode()));
}
