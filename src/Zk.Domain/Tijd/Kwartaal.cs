using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using NodaTime;

namespace Zk.Domain.Tijd;

/// <summary>
/// A calendar quarter (kwartaal) of the ISO calendar, such as <c>2022-Q3</c> (1 July to 30 September 2022).
/// The work plan's planning table and the council moments are expressed in quarters.
/// </summary>
/// <remarks>
/// <para>The text form is always <c>yyyy-Qn</c> with a four-digit year and a capital Q, independent of
/// culture. Years run from 1 to 9999. The <see langword="default"/> value is <c>0001-Q1</c>.</para>
/// <para>Equality and ordering are chronological. This type is an immutable value type and thread-safe.</para>
/// </remarks>
public readonly struct Kwartaal : IEquatable<Kwartaal>, IComparable<Kwartaal>, IComparable, ISpanParsable<Kwartaal>, ISpanFormattable
{
    /// <summary>The smallest year a quarter can have.</summary>
    public const int MinJaar = 1;

    /// <summary>The largest year a quarter can have.</summary>
    public const int MaxJaar = 9999;

    // Quarters since 0001-Q1: (year - 1) * 4 + (number - 1). Zero is the default value.
    private readonly int _index;

    /// <summary>Creates the quarter <paramref name="nummer"/> of <paramref name="jaar"/>.</summary>
    /// <param name="jaar">The year, 1 to 9999.</param>
    /// <param name="nummer">The quarter of the year, 1 to 4.</param>
    /// <exception cref="ArgumentOutOfRangeException">The year or the quarter number is out of range.</exception>
    public Kwartaal(int jaar, int nummer)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(jaar, MinJaar);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(jaar, MaxJaar);
        ArgumentOutOfRangeException.ThrowIfLessThan(nummer, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(nummer, 4);
        _index = ((jaar - 1) * 4) + (nummer - 1);
    }

    private Kwartaal(int index) => _index = index;

    /// <summary>The earliest quarter, <c>0001-Q1</c>.</summary>
    public static Kwartaal MinValue => default;

    /// <summary>The latest quarter, <c>9999-Q4</c>.</summary>
    public static Kwartaal MaxValue => new(MaxIndex);

    private const int MaxIndex = (MaxJaar * 4) - 1;

    /// <summary>The year.</summary>
    public int Jaar => (_index / 4) + 1;

    /// <summary>The quarter of the year, 1 to 4.</summary>
    public int Nummer => (_index % 4) + 1;

    /// <summary>The first day of the quarter.</summary>
    public LocalDate EersteDag => new(Jaar, ((Nummer - 1) * 3) + 1, 1);

    /// <summary>The last day of the quarter.</summary>
    public LocalDate LaatsteDag => new(Jaar, Nummer * 3, CalendarSystem.Iso.GetDaysInMonth(Jaar, Nummer * 3));

    /// <summary>The days of the quarter, first and last day included.</summary>
    public DateInterval Periode => new(EersteDag, LaatsteDag);

    /// <summary>The quarter that contains <paramref name="datum"/>.</summary>
    /// <param name="datum">A date in the ISO calendar, in the years 1 to 9999.</param>
    /// <exception cref="ArgumentOutOfRangeException">The date's year is outside 1 to 9999.</exception>
    /// <exception cref="ArgumentException">The date is not in the ISO calendar.</exception>
    public static Kwartaal FromDate(LocalDate datum)
    {
        if (datum.Calendar != CalendarSystem.Iso)
        {
            throw new ArgumentException("The date must be in the ISO calendar.", nameof(datum));
        }

        return new Kwartaal(datum.Year, ((datum.Month - 1) / 3) + 1);
    }

    /// <summary>Whether <paramref name="datum"/> falls in this quarter.</summary>
    /// <param name="datum">The date to test.</param>
    public bool Contains(LocalDate datum) => datum >= EersteDag && datum <= LaatsteDag;

    /// <summary>The quarter <paramref name="kwartalen"/> quarters later (earlier when negative).</summary>
    /// <param name="kwartalen">The number of quarters to add.</param>
    /// <exception cref="OverflowException">The result lies outside 0001-Q1 to 9999-Q4.</exception>
    public Kwartaal Plus(int kwartalen)
    {
        var index = (long)_index + kwartalen;
        if (index is < 0 or > MaxIndex)
        {
            throw new OverflowException($"{this} plus {kwartalen} quarters lies outside 0001-Q1 to 9999-Q4.");
        }

        return new Kwartaal((int)index);
    }

    /// <summary>The next quarter.</summary>
    public Kwartaal Next() => Plus(1);

    /// <summary>The previous quarter.</summary>
    public Kwartaal Previous() => Plus(-1);

    /// <summary>The number of quarters from <paramref name="other"/> to this one (negative when this one is earlier).</summary>
    /// <param name="other">The quarter to count from.</param>
    public int QuartersSince(Kwartaal other) => _index - other._index;

    /// <summary>The quarter <paramref name="kwartalen"/> quarters after <paramref name="kwartaal"/>.</summary>
    /// <param name="kwartaal">The starting quarter.</param>
    /// <param name="kwartalen">The number of quarters to add.</param>
    public static Kwartaal operator +(Kwartaal kwartaal, int kwartalen) => kwartaal.Plus(kwartalen);

    /// <summary>The quarter <paramref name="kwartalen"/> quarters before <paramref name="kwartaal"/>.</summary>
    /// <param name="kwartaal">The starting quarter.</param>
    /// <param name="kwartalen">The number of quarters to subtract.</param>
    public static Kwartaal operator -(Kwartaal kwartaal, int kwartalen) => kwartaal.Plus(-kwartalen);

    /// <summary>The number of quarters from <paramref name="right"/> to <paramref name="left"/>.</summary>
    /// <param name="left">The later quarter.</param>
    /// <param name="right">The earlier quarter.</param>
    public static int operator -(Kwartaal left, Kwartaal right) => left.QuartersSince(right);

    /// <summary>Parses the text form <c>yyyy-Qn</c>, e.g. <c>2022-Q3</c>.</summary>
    /// <param name="text">The text to parse.</param>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException">The text is not of the form <c>yyyy-Qn</c>.</exception>
    public static Kwartaal Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Parse(text.AsSpan());
    }

    /// <summary>Parses the text form <c>yyyy-Qn</c>, e.g. <c>2022-Q3</c>.</summary>
    /// <param name="text">The text to parse.</param>
    /// <exception cref="FormatException">The text is not of the form <c>yyyy-Qn</c>.</exception>
    public static Kwartaal Parse(ReadOnlySpan<char> text) =>
        TryParse(text, out var result)
            ? result
            : throw new FormatException($"'{text}' is not a quarter of the form yyyy-Qn, such as 2022-Q3.");

    /// <summary>Tries to parse the text form <c>yyyy-Qn</c>.</summary>
    /// <param name="text">The text to parse.</param>
    /// <param name="result">The quarter, when the text is valid.</param>
    /// <returns>Whether the text is a valid quarter.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out Kwartaal result) =>
        TryParse(text.AsSpan(), out result);

    /// <summary>Tries to parse the text form <c>yyyy-Qn</c>.</summary>
    /// <param name="text">The text to parse.</param>
    /// <param name="result">The quarter, when the text is valid.</param>
    /// <returns>Whether the text is a valid quarter.</returns>
    public static bool TryParse(ReadOnlySpan<char> text, out Kwartaal result)
    {
        result = default;
        if (text.Length != 7 || text[4] != '-' || text[5] != 'Q' || text[6] is < '1' or > '4')
        {
            return false;
        }

        var jaar = 0;
        foreach (var c in text[..4])
        {
            if (c is < '0' or > '9')
            {
                return false;
            }

            jaar = (jaar * 10) + (c - '0');
        }

        if (jaar < MinJaar)
        {
            return false;
        }

        result = new Kwartaal(jaar, text[6] - '0');
        return true;
    }

    static Kwartaal IParsable<Kwartaal>.Parse(string s, IFormatProvider? provider) => Parse(s);

    static bool IParsable<Kwartaal>.TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out Kwartaal result) =>
        TryParse(s, out result);

    static Kwartaal ISpanParsable<Kwartaal>.Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => Parse(s);

    static bool ISpanParsable<Kwartaal>.TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out Kwartaal result) =>
        TryParse(s, out result);

    /// <summary>The text form <c>yyyy-Qn</c>, e.g. <c>2022-Q3</c>.</summary>
    public override string ToString() => string.Create(7, this, static (span, k) => k.TryFormat(span, out _, default, null));

    /// <summary>The text form <c>yyyy-Qn</c>; the format and provider are ignored (there is one form).</summary>
    /// <param name="format">Ignored.</param>
    /// <param name="formatProvider">Ignored: the form is culture-independent.</param>
    public string ToString(string? format, IFormatProvider? formatProvider) => ToString();

    /// <summary>Writes the text form <c>yyyy-Qn</c> into <paramref name="destination"/>.</summary>
    /// <param name="destination">Where to write.</param>
    /// <param name="charsWritten">How many characters were written.</param>
    /// <param name="format">Ignored.</param>
    /// <param name="provider">Ignored: the form is culture-independent.</param>
    /// <returns>Whether the destination was large enough (7 characters).</returns>
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
    {
        if (destination.Length < 7)
        {
            charsWritten = 0;
            return false;
        }

        Jaar.TryFormat(destination, out _, "D4", CultureInfo.InvariantCulture);
        destination[4] = '-';
        destination[5] = 'Q';
        destination[6] = (char)('0' + Nummer);
        charsWritten = 7;
        return true;
    }

    /// <summary>Whether both are the same quarter.</summary>
    /// <param name="other">The quarter to compare with.</param>
    public bool Equals(Kwartaal other) => _index == other._index;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Kwartaal other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => _index;

    /// <summary>Compares chronologically.</summary>
    /// <param name="other">The quarter to compare with.</param>
    public int CompareTo(Kwartaal other) => _index.CompareTo(other._index);

    /// <summary>Compares chronologically; any quarter is greater than null.</summary>
    /// <param name="obj">A quarter or null.</param>
    /// <exception cref="ArgumentException"><paramref name="obj"/> is not a quarter.</exception>
    public int CompareTo(object? obj) => obj switch
    {
        null => 1,
        Kwartaal other => CompareTo(other),
        _ => throw new ArgumentException("The object is not a Kwartaal.", nameof(obj)),
    };

    /// <summary>Whether both are the same quarter.</summary>
    /// <param name="left">The first quarter.</param>
    /// <param name="right">The second quarter.</param>
    public static bool operator ==(Kwartaal left, Kwartaal right) => left.Equals(right);

    /// <summary>Whether the quarters differ.</summary>
    /// <param name="left">The first quarter.</param>
    /// <param name="right">The second quarter.</param>
    public static bool operator !=(Kwartaal left, Kwartaal right) => !left.Equals(right);

    /// <summary>Whether <paramref name="left"/> is earlier than <paramref name="right"/>.</summary>
    /// <param name="left">The first quarter.</param>
    /// <param name="right">The second quarter.</param>
    public static bool operator <(Kwartaal left, Kwartaal right) => left._index < right._index;

    /// <summary>Whether <paramref name="left"/> is later than <paramref name="right"/>.</summary>
    /// <param name="left">The first quarter.</param>
    /// <param name="right">The second quarter.</param>
    public static bool operator >(Kwartaal left, Kwartaal right) => left._index > right._index;

    /// <summary>Whether <paramref name="left"/> is not later than <paramref name="right"/>.</summary>
    /// <param name="left">The first quarter.</param>
    /// <param name="right">The second quarter.</param>
    public static bool operator <=(Kwartaal left, Kwartaal right) => left._index <= right._index;

    /// <summary>Whether <paramref name="left"/> is not earlier than <paramref name="right"/>.</summary>
    /// <param name="left">The first quarter.</param>
    /// <param name="right">The second quarter.</param>
    public static bool operator >=(Kwartaal left, Kwartaal right) => left._index >= right._index;
}
