using NodaTime;
using Zk.Domain.Inplannen;

namespace Zk.Domain.OpenRaadsinformatie;

/// <summary>
/// How <see cref="OpenRaadsinformatieExport"/> and <see cref="SchemaOrgExport"/> write: the language of names and
/// descriptions, the time of day of a meeting (the model has dates only), the date of the records, and the governance
/// policy the schedule and the run were made with.
/// </summary>
/// <remarks>Equality is structural. Immutable and thread-safe.</remarks>
public sealed record OpenRaadsinformatieOptions
{
    /// <summary>The default options: Dutch, meetings from 19:30 to 22:00, no change date, the default policy.</summary>
    public static OpenRaadsinformatieOptions Standaard { get; } = new();

    /// <summary>The language of names and descriptions; Dutch by default (the wire names of the standards stay as they are).</summary>
    public Taal Taal { get; init; } = Taal.Nl;

    /// <summary>The time a meeting starts, in Europe/Amsterdam; 19:30 by default.</summary>
    public LocalTime Aanvang { get; init; } = new(19, 30);

    /// <summary>The time it ends, after <see cref="Aanvang"/>; 22:00 by default.</summary>
    public LocalTime Einde { get; init; } = new(22, 0);

    /// <summary>The <c>wijzigingsdatum</c> of every Vergadering (when the records were made, from the caller); left out when null.</summary>
    public LocalDate? Wijzigingsdatum { get; init; }

    /// <summary>The governance policy the schedule and the run were made with (its decision window dates the councils' decisions); the default when null.</summary>
    public Governancebeleid? Beleid { get; init; }
}
