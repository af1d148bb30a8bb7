using System.Globalization;
using System.Text;
using NodaTime;

namespace Zk.Domain.ICalendar;

/// <summary>
/// Writes RFC 5545 content lines: CRLF line ends, lines folded before 75 octets (never inside a UTF-8 sequence or a
/// surrogate pair), TEXT values escaped (<c>\\</c>, <c>\;</c>, <c>\,</c>, <c>\n</c>), dates and times in the basic ISO
/// form, the time zone Europe/Amsterdam from NodaTime's TZDB.
/// </summary>
internal sealed class Rfc5545
{
    public const string Tijdzone = "Europe/Amsterdam";

    private const int MaxOctetten = 75;

    private readonly StringBuilder _uit = new();

    public override string ToString() => _uit.ToString();

    /// <summary>A property whose value is written as it is (a value the writer made: a number, a date, a UID, a name).</summary>
    public void Regel(string naam, string waarde) => Vouw(naam + ":" + waarde);

    /// <summary>A property with a TEXT value from the plan or the feed's words, escaped.</summary>
    public void Tekst(string naam, string waarde) => Vouw(naam + ":" + Escape(waarde));

    /// <summary>A local date-time in Europe/Amsterdam: <c>DTSTART;TZID=Europe/Amsterdam:20220615T193000</c>.</summary>
    public void Lokaal(string naam, LocalDateTime tijd) => Vouw(naam + ";TZID=" + Tijdzone + ":" + Basis(tijd));

    /// <summary>A UTC time: <c>DTSTAMP:20220101T000000Z</c>.</summary>
    public void Utc(string naam, Instant tijd) => Vouw(naam + ":" + Basis(tijd.InUtc().LocalDateTime) + "Z");

    public static string Basis(LocalDateTime t) => t.ToString("yyyyMMdd'T'HHmmss", CultureInfo.InvariantCulture);

    /// <summary>
    /// The VTIMEZONE of Europe/Amsterdam from its TZDB zone intervals between <paramref name="van"/> and
    /// <paramref name="tot"/>: one observance (STANDARD or DAYLIGHT) per interval, each with the local start of the interval
    /// and the offsets before and after, no recurrence rule, so it holds for whatever rules the years have.
    /// </summary>
    public void VTimezone(Instant van, Instant tot)
    {
        var zone = DateTimeZoneProviders.Tzdb[Tijdzone];
        Regel("BEGIN", "VTIMEZONE");
        Regel("TZID", Tijdzone);
        foreach (var interval in zone.GetZoneIntervals(van, tot))
        {
            // Each observance starts at its transition, in the local time of the offset before it (RFC 5545 §3.6.5); the
            // first interval of the range started at an earlier transition, the one the zone's history gives.
            var begin = interval.HasStart ? interval.Start : van;
            var voor = interval.HasStart ? zone.GetUtcOffset(interval.Start - Duration.Epsilon) : interval.WallOffset;
            var soort = interval.Savings == NodaTime.Offset.Zero ? "STANDARD" : "DAYLIGHT";
            Regel("BEGIN", soort);
            Regel("DTSTART", Basis(begin.WithOffset(voor).LocalDateTime));
            Regel("TZOFFSETFROM", Verschil(voor));
            Regel("TZOFFSETTO", Verschil(interval.WallOffset));
            Tekst("TZNAME", interval.Name);
            Regel("END", soort);
        }

        Regel("END", "VTIMEZONE");
    }

    private static string Verschil(Offset offset)
    {
        var seconden = offset.Seconds;
        var teken = seconden < 0 ? "-" : "+";
        seconden = Math.Abs(seconden);
        var uit = string.Create(CultureInfo.InvariantCulture, $"{teken}{seconden / 3600:00}{seconden / 60 % 60:00}");
        return seconden % 60 == 0 ? uit : uit + (seconden % 60).ToString("00", CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// A TEXT value: backslash, semicolon, comma escaped, a line end (CRLF, LF or CR) as <c>\n</c>; the other control
    /// characters and unpaired surrogates, which TEXT cannot hold, shown escaped as the library shows them everywhere
    /// (<see cref="Weergave.Escape"/>: <c>\u001B</c>, written here with an escaped backslash).
    /// </summary>
    public static string Escape(string tekst)
    {
        var b = new StringBuilder(tekst.Length + 8);
        for (var i = 0; i < tekst.Length; i++)
        {
            var c = tekst[i];
            switch (c)
            {
                case '\\':
                    b.Append("\\\\");
                    break;
                case ';':
                    b.Append("\\;");
                    break;
                case ',':
                    b.Append("\\,");
                    break;
                case '\r':
                    b.Append("\\n");
                    if (i + 1 < tekst.Length && tekst[i + 1] == '\n')
                    {
                        i++;
                    }

                    break;
                case '\n':
                    b.Append("\\n");
                    break;
                case '\t':
                    b.Append(c);
                    break;
                default:
                    if (char.IsHighSurrogate(c) && i + 1 < tekst.Length && char.IsLowSurrogate(tekst[i + 1]))
                    {
                        b.Append(c).Append(tekst[++i]);
                    }
                    else if (char.IsSurrogate(c) || c < ' ' || c == '\u007F')
                    {
                        b.Append(Weergave.Escape(c.ToString()).Replace("\\", "\\\\", StringComparison.Ordinal));
                    }
                    else
                    {
                        b.Append(c);
                    }

                    break;
            }
        }

        return b.ToString();
    }

    // Folds a content line: at most 75 octets per physical line (the first), and 74 after the leading space of each
    // continuation, cut only between characters.
    private void Vouw(string regel)
    {
        var octetten = 0;
        var max = MaxOctetten;
        for (var i = 0; i < regel.Length; i++)
        {
            var paar = char.IsHighSurrogate(regel[i]) && i + 1 < regel.Length && char.IsLowSurrogate(regel[i + 1]);
            var lengte = paar ? 4 : Encoding.UTF8.GetByteCount(regel.AsSpan(i, 1));
            if (octetten + lengte > max)
            {
                _uit.Append("\r\n ");
                octetten = 0;
                max = MaxOctetten - 1;
            }

            _uit.Append(regel[i]);
            if (paar)
            {
                _uit.Append(regel[++i]);
            }

            octetten += lengte;
        }

        _uit.Append("\r\n");
    }
}
