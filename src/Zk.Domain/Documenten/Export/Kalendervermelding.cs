using System.Globalization;
using System.Text.Json;
using Zk.Domain.Besturing;
using Zk.Domain.Inplannen;
using Zk.Domain.Werkplannen;

namespace Zk.Domain.Documenten.Export;

/// <summary>Where the calendar a command scheduled on came from.</summary>
public enum Kalenderbron
{
    /// <summary>The plan's own meetings (<see cref="Werkplan.Radenbijeenkomsten"/>).</summary>
    Plan,

    /// <summary>The generated calendar of <see cref="StandaardKalender.Voor"/>.</summary>
    Standaard,

    /// <summary>A calendar document (<c>zk-kalender/1</c>).</summary>
    Bestand,
}

/// <summary>The calendar an output was made with: where it came from, its file (for <see cref="Kalenderbron.Bestand"/>) and how many meetings it holds.</summary>
/// <remarks>Equality is structural. Immutable and thread-safe.</remarks>
/// <param name="Bron">Where it came from.</param>
/// <param name="Bijeenkomsten">How many meetings it holds.</param>
/// <param name="Bestand">The file, for <see cref="Kalenderbron.Bestand"/>; null otherwise.</param>
public sealed record Kalendervermelding(Kalenderbron Bron, int Bijeenkomsten, string? Bestand = null)
{
    /// <summary>
    /// The mention of <paramref name="kalender"/> for <paramref name="plan"/>: <see cref="Kalenderbron.Bestand"/> when
    /// <paramref name="bestand"/> is given, <see cref="Kalenderbron.Plan"/> when the calendar holds exactly the plan's own
    /// meetings and no blocked period (what <see cref="StandaardKalender.Van"/> gives for a plan with meetings in its
    /// period), else <see cref="Kalenderbron.Standaard"/>.
    /// </summary>
    /// <param name="plan">The plan.</param>
    /// <param name="kalender">The calendar used.</param>
    /// <param name="bestand">The calendar file it was read from, or null.</param>
    public static Kalendervermelding Van(Werkplan plan, Vergaderkalender kalender, string? bestand = null)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(kalender);
        var bron = bestand is not null ? Kalenderbron.Bestand
            : kalender.Blokkades.IsEmpty && kalender.Radenbijeenkomsten.Equals(plan.Radenbijeenkomsten) ? Kalenderbron.Plan
            : Kalenderbron.Standaard;
        return new Kalendervermelding(bron, kalender.Radenbijeenkomsten.Count, bestand);
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
            Kalenderbron.Plan => Woorden.Vul(Woord.KalenderEigen, taal, aantal),
            Kalenderbron.Standaard => Woorden.Vul(Woord.KalenderStandaard, taal, ("bijeenkomst", profiel.BijeenkomstNaam(null, taal)), aantal),
            Kalenderbron.Bestand => Woorden.Vul(Woord.KalenderBestand, taal, ("bestand", Bestand ?? ""), aantal),
            _ => throw Woorden.Onbekend(Bron),
        };
    }

    /// <summary>Writes the mention as a JSON property <c>kalender</c>: <c>bron</c> (<c>plan</c>, <c>standaard</c>, <c>bestand</c>), <c>bestand</c> when given, <c>bijeenkomsten</c>.</summary>
    internal void Write(Utf8JsonWriter w)
    {
        w.WriteStartObject("kalender");
        w.WriteString("bron", Bron switch
        {
            Kalenderbron.Plan => "plan",
            Kalenderbron.Standaard => "standaard",
            Kalenderbron.Bestand => "bestand",
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

/// <summary>
/// The words of a calendar's source: adds to <see cref="Woorden"/> the name of a <see cref="Kalenderbron"/>
/// (<c>Woorden.Naam(Kalenderbron.Plan, Taal.En) == "the plan's own meetings"</c>).
/// </summary>
/// <remarks>Pure and thread-safe.</remarks>
public static class Kalenderwoorden
{
    extension(Woorden)
    {
        /// <summary>Where a calendar came from, for people.</summary>
        /// <param name="bron">The source.</param>
        /// <param name="taal">The language.</param>
        public static string Naam(Kalenderbron bron, Taal taal) => Woorden.Naam(
            bron switch
            {
                Kalenderbron.Plan => Woord.KalenderbronPlan,
                Kalenderbron.Standaard => Woord.KalenderbronStandaard,
                Kalenderbron.Bestand => Woord.KalenderbronBestand,
                _ => throw Woorden.Onbekend(bron),
            },
            taal);
    }
}
