using System.Globalization;
using System.Text.Json;
using Zk.Domain.Besturing;
using Zk.Domain.Inplannen;

namespace Zk.Domain.Documenten.Export;

/// <summary>
/// The calendar an output was made with: where it came from (<see cref="Kalenderbron"/>, as the
/// <see cref="Context.WerkplanContext"/> that made it knows), the file it was read from if any, and how many meetings
/// it holds.
/// </summary>
/// <remarks>Equality is structural. Immutable and thread-safe.</remarks>
/// <param name="Bron">Where it came from.</param>
/// <param name="Bijeenkomsten">How many meetings it holds.</param>
/// <param name="Bestand">The calendar file, for a calendar <see cref="Kalenderbron.Opgegeven"/> by a file; null otherwise.</param>
public sealed record Kalendervermelding(Kalenderbron Bron, int Bijeenkomsten, string? Bestand = null)
{
    /// <summary>The mention of the calendar of <paramref name="context"/>, read from <paramref name="bestand"/> if given.</summary>
    /// <param name="context">The plan with its calendar.</param>
    /// <param name="bestand">The calendar file it was read from, or null.</param>
    public static Kalendervermelding From(Context.WerkplanContext context, string? bestand = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        return new Kalendervermelding(context.Kalenderbron, context.Kalender.Radenbijeenkomsten.Count, bestand);
    }

    /// <summary>One line for people, e.g. "Kalender: eigen vergaderingen van het plan (12)", in <paramref name="taal"/>, with the profile's name of the joint meeting.</summary>
    /// <param name="taal">The language.</param>
    /// <param name="profiel">The plan's governance profile.</param>
    public string Tekst(Taal taal, Bestuursprofiel profiel)
    {
        ArgumentNullException.ThrowIfNull(profiel);
        var aantal = ("aantal", Bijeenkomsten.ToString(CultureInfo.InvariantCulture));
        return Bron switch
        {
            Kalenderbron.EigenVergaderingen => Woorden.Format(Woord.KalenderEigen, taal, aantal),
            Kalenderbron.Standaardpatroon => Woorden.Format(Woord.KalenderStandaard, taal, ("bijeenkomst", profiel.BijeenkomstNaam(null, taal)), aantal),
            Kalenderbron.Opgegeven => Woorden.Format(Woord.KalenderBestand, taal, ("bestand", Bestand ?? Woorden.Naam(Kalenderbron.Opgegeven, taal)), aantal),
            _ => throw Woorden.Onbekend(Bron),
        };
    }

    /// <summary>
    /// Writes the mention as a JSON property <c>kalender</c>: <c>bron</c> (<c>plan</c>, <c>standaard</c>, <c>bestand</c> for
    /// a file, <c>opgegeven</c> for another given calendar), <c>bestand</c> when given, <c>bijeenkomsten</c>.
    /// </summary>
    internal void Write(Utf8JsonWriter w)
    {
        w.WriteStartObject("kalender");
        w.WriteString("bron", Bron switch
        {
            Kalenderbron.EigenVergaderingen => "plan",
            Kalenderbron.Standaardpatroon => "standaard",
            Kalenderbron.Opgegeven => Bestand is null ? "opgegeven" : "bestand",
            _ => throw Woorden.Onbekend(Bron),
        });
        if (Bestand is not null)
        {
            w.WriteString("bestand", Bestand);
        }

        w.WriteNumber("bijeenkomsten", Bijeenkomsten);
        w.WriteEndObject();
    }
}
