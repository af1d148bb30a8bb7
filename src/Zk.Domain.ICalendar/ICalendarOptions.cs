using NodaTime;
using Zk.Domain.Inplannen;

namespace Zk.Domain.ICalendar;

/// <summary>
/// How <see cref="ICalendarExport"/> writes a calendar: the language, the time of day of a meeting (the model has dates
/// only), the organiser, and the governance policy the schedule and the run were made with.
/// </summary>
/// <remarks>Equality is structural. Immutable and thread-safe.</remarks>
public sealed record ICalendarOptions
{
    /// <summary>The default options: Dutch, meetings from 19:30 to 22:00 (an evening meeting, as council meetings are), no organiser, the default policy.</summary>
    public static ICalendarOptions Standaard { get; } = new();

    /// <summary>The language of the summaries and descriptions; Dutch by default.</summary>
    public Taal Taal { get; init; } = Taal.Nl;

    /// <summary>The time a meeting (and a council's decision meeting) starts, in Europe/Amsterdam; 19:30 by default.</summary>
    public LocalTime Aanvang { get; init; } = new(19, 30);

    /// <summary>The time it ends, on the same day and after <see cref="Aanvang"/>; 22:00 by default.</summary>
    public LocalTime Einde { get; init; } = new(22, 0);

    /// <summary>
    /// The organiser as a calendar address (<c>mailto:griffie@example.org</c>), written as ORGANIZER; null for none. RFC 5546
    /// asks for one in a CANCEL message; a PUBLISH feed may do without.
    /// </summary>
    public string? Organisator { get; init; }

    /// <summary>The governance policy the schedule and the run were made with (its decision window dates the councils' decisions); the default when null.</summary>
    public Governancebeleid? Beleid { get; init; }
}
