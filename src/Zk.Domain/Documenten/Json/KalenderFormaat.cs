using Zk.Domain.Besturing;

namespace Zk.Domain.Documenten.Json;

// The description of the calendar format zk-kalender/1 (see WerkplanFormaat for how a description reads): the one
// place the format is written down. Its meetings and blocked periods are the plan format's own elements
// (WerkplanFormaat.Radenbijeenkomst, WerkplanFormaat.Blokkade), so a meeting reads the same in a plan and in a calendar.
// KalenderDocument reads and writes with it alone; docs/kalender.schema.json follows from it.
internal static class KalenderFormaat
{
    public static readonly Element<Vergaderkalender> Kalender = new("kalender", "meeting calendar, format zk-kalender/1: the joint meetings with their kind, date and capacity, and the blocked periods.", v =>
    {
        v.Optional("$schema", Waarden.Genegeerd, _ => null, "URI of the JSON Schema the document claims to follow; ignored by the loader.");
        v.Required("formaat", Waarden.KalenderFormaat, _ => KalenderDocument.Formaat, "document format and major version.");
        return new Vergaderkalender
        {
            Radenbijeenkomsten = v.Defaulted("radenbijeenkomsten", WerkplanFormaat.Radenbijeenkomst.AlsLijst, k => k.Radenbijeenkomsten, "the joint meetings; a meeting's soort is a kind of the plan's profile, absent for its first kind."),
            Blokkades = v.Defaulted("blokkades", WerkplanFormaat.Blokkade.AlsLijst, k => k.Blokkades, "the periods in which no joint meeting can be held."),
        };
    });
}
