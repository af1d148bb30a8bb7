using Zk.Domain.Besturing;
using Zk.Domain.Documenten.Json;

namespace Zk.Domain.Documenten;

/// <summary>
/// Reads and writes meeting calendar files (format <c>zk-kalender/1</c>, described by <c>docs/kalender.schema.json</c>):
/// <c>{ "formaat": "zk-kalender/1", "radenbijeenkomsten": [ { "id": "rp-1", "datum": "2024-02-01", "soort": "regiopodium",
/// "capaciteit": 2 } ], "blokkades": [ { "periode": { "begin": "2024-07-15", "einde": "2024-08-31" }, "reden": "Zomerreces 2024" } ] }</c>.
/// A meeting is written as in the plan document (id, datum, soort, capaciteit, toelichting).
/// </summary>
/// <remarks>
/// Read by the same reader as the plan document, from the format's one description: as strict, with the same errors
/// (<see cref="WerkplanDocumentException"/>: file, JSON path, line, column, a message in English and Dutch). Whether a
/// meeting's kind is one of the plan's profile is a rule's matter (ZK002, with <c>ValidationOptions.Kalender</c>), not
/// the reader's. <c>Load(Save(kalender)) == kalender</c> for every calendar Save accepts, and Save refuses (with
/// <see cref="ArgumentException"/>) every calendar whose document Load would refuse. Thread-safe.
/// </remarks>
public static class KalenderDocument
{
    /// <summary>The value of the <c>formaat</c> field.</summary>
    public const string Formaat = "zk-kalender/1";

    /// <summary>Reads a calendar from UTF-8 JSON.</summary>
    /// <param name="utf8Json">The document.</param>
    /// <param name="source">A name for the source used in errors, e.g. the file name.</param>
    /// <exception cref="WerkplanDocumentException">The bytes are not a readable calendar document.</exception>
    public static Vergaderkalender Load(ReadOnlySpan<byte> utf8Json, string? source = null) =>
        WerkplanReader.TryRead(KalenderFormaat.Kalender, WerkplanDocument.WithoutBom(utf8Json), source ?? "<kalender>", out var kalender, out var error)
            ? kalender
            : throw new WerkplanDocumentException(error);

    /// <summary>Reads a calendar file.</summary>
    /// <param name="path">The file's path; errors name it as given.</param>
    /// <exception cref="WerkplanDocumentException">The file is missing, cannot be read, or is not a readable calendar document.</exception>
    public static Vergaderkalender LoadFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var bytes = WerkplanDocument.ReadFile(path);
        return Load(bytes, path);
    }

    /// <summary>Writes the calendar as an indented UTF-8 JSON document, in canonical form (as the plan document).</summary>
    /// <param name="kalender">The calendar.</param>
    /// <exception cref="ArgumentException">The calendar holds a value <see cref="Load"/> would refuse (a null meeting, id,
    /// period or reason; a date outside the years 1 to 9999 or not in the ISO calendar; text with an unpaired surrogate);
    /// the message names its JSON path.</exception>
    public static byte[] Save(Vergaderkalender kalender)
    {
        ArgumentNullException.ThrowIfNull(kalender);
        return WerkplanWriter.Write(KalenderFormaat.Kalender, kalender, "calendar", nameof(kalender));
    }
}
