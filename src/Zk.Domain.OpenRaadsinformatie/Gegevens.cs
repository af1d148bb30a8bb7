using System.Globalization;
using System.Text;
using System.Text.Json;
using NodaTime;
using NodaTime.Text;
using Zk.Domain.Besturing;
using Zk.Domain.Exports;
using Zk.Domain.Inplannen;
using Zk.Domain.Verloop;
using Zk.Domain.Werkplannen;

namespace Zk.Domain.OpenRaadsinformatie;

/// <summary>
/// What both exports read from a plan, its schedule and a run: the joint meetings of the period with their agenda now,
/// the decision rounds with the councils they reach, names, identifiers and times.
/// </summary>
internal sealed class Gegevens
{
    public const string Tijdzone = "Europe/Amsterdam";

    private static readonly OffsetDateTimePattern Tijdpatroon = OffsetDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm':'sso<+HH:mm>");

    private readonly Dictionary<string, Actie> _acties = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Partijen.Partij> _partijen = new(StringComparer.Ordinal);
    private readonly DateTimeZone _zone = DateTimeZoneProviders.Tzdb[Tijdzone];

    public Gegevens(Werkplan plan, Planning planning, Runverslag? run, OpenRaadsinformatieOptions? opties)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(planning);
        Opties = opties ?? OpenRaadsinformatieOptions.Standaard;
        if (Opties.Einde <= Opties.Aanvang)
        {
            throw new ArgumentException("A meeting must end after it starts (Einde after Aanvang).", nameof(opties));
        }

        Plan = plan;
        Termijn = (Opties.Beleid ?? Governancebeleid.Standaard).BesluitvormingstermijnInDagen;
        Stand = Stand.Van(plan, planning, run, Termijn);
        IsNaRun = run is not null;
        foreach (var a in plan.Acties)
        {
            _acties.TryAdd(a.Id, a);
        }

        foreach (var p in plan.Partijen)
        {
            _partijen.TryAdd(p.Id, p);
        }

        var gezien = new HashSet<string>(StringComparer.Ordinal);
        Bijeenkomsten = planning.Kalender.Radenbijeenkomsten
            .Where(r => plan.Looptijd.Contains(r.Datum))
            .OrderBy(r => r.Datum).ThenBy(r => r.Id, StringComparer.Ordinal)
            .Where(r => gezien.Add(r.Id))
            .ToList();
    }

    public Werkplan Plan { get; }

    public OpenRaadsinformatieOptions Opties { get; }

    public Taal Taal => Opties.Taal;

    public int Termijn { get; }

    public Stand Stand { get; }

    public bool IsNaRun { get; }

    /// <summary>The joint meetings of the schedule's calendar in the plan's period, in date order, each id once.</summary>
    public List<Radenbijeenkomst> Bijeenkomsten { get; }

    /// <summary>The agenda of a joint meeting now: the moments placed there that did not fall off the schedule, in the schedule's order.</summary>
    public List<Plaatsing> Agenda(string bijeenkomst) => Stand.Plaatsingen.Where(p => !p.IsVervallen && p.Radenbijeenkomst == bijeenkomst).ToList();

    /// <summary>The councils a decision round reaches: the members on its decision window's end (as the run decides).</summary>
    public Collections.ValueArray<string> Raden(Plaatsing p) => Plan.DeelnemersOp(Datums.Plus(p.Datum, Termijn));

    /// <summary>The date a council decides in a round: the run's, or the plan's rule (its own meeting in the window, or the window's end).</summary>
    public LocalDate Besluitdatum(Plaatsing p, string gemeente) =>
        Stand.Besluiten.TryGetValue((p.Actie, gemeente, p.Ronde), out var b) ? b.Datum : Plan.Besluitdatum(gemeente, p.Datum, Termijn);

    public RaadBesloten? Besluit(Plaatsing p, string gemeente) => Stand.Besluiten.GetValueOrDefault((p.Actie, gemeente, p.Ronde));

    public string Actienaam(string id) => _acties.TryGetValue(id, out var a) ? a.Id + " " + a.Titel : id;

    public string Naam(string partij) => _partijen.TryGetValue(partij, out var p) ? p.Naam : partij;

    public string? Tooi(string partij) => _partijen.TryGetValue(partij, out var p) ? p.Tooi : null;

    public string Bijeenkomstnaam(Radenbijeenkomst r)
    {
        var soort = Plan.Profiel.BijeenkomstNaam(r.Soort, Taal);
        return (soort.Length > 0 && char.IsLower(soort[0]) ? char.ToUpperInvariant(soort[0]) + soort[1..] : soort) + " " + Plan.Regio;
    }

    /// <summary>The kind of a joint meeting: its id in the profile (the profile's first kind when it names none).</summary>
    public string Soort(Radenbijeenkomst r) => Plan.Profiel.Soort(r)?.Id ?? r.Soort ?? "radenbijeenkomst";

    public string Fasenaam(Fase fase) => Plan.Profiel.FaseNaam(fase, Taal);

    /// <summary>A local time of a date in Europe/Amsterdam, with its offset: <c>2022-06-15T19:30:00+02:00</c>.</summary>
    public string Tijd(LocalDate datum, LocalTime tijd) => Tijdpatroon.Format(_zone.AtLeniently(datum + tijd).ToOffsetDateTime());

    public static string Datum(LocalDate datum) => LocalDatePattern.Iso.Format(datum);

    /// <summary>A URN of the plan's element: <c>urn:zk-domain:{plan}:{deel}:…</c>, every part percent-encoded.</summary>
    public string Urn(params string[] delen) => "urn:zk-domain:" + Urns.Codeer(Plan.Id) + Deel(delen);

    /// <summary>The parts of a URN after its start: <c>:{deel}:…</c>, percent-encoded.</summary>
    public static string Deel(params string[] delen)
    {
        var b = new StringBuilder();
        foreach (var deel in delen)
        {
            b.Append(':').Append(Urns.Codeer(deel));
        }

        return b.ToString();
    }

    public static string Getal(int n) => n.ToString(CultureInfo.InvariantCulture);

    /// <summary>A string value; an unpaired surrogate (which UTF-8 cannot hold) as U+FFFD.</summary>
    public static void Tekst(Utf8JsonWriter w, string naam, string waarde)
    {
        var span = waarde.AsSpan();
        if (span.IndexOfAnyInRange('\uD800', '\uDFFF') >= 0)
        {
            var b = new StringBuilder(waarde.Length);
            for (var i = 0; i < waarde.Length; i++)
            {
                if (char.IsHighSurrogate(waarde[i]) && i + 1 < waarde.Length && char.IsLowSurrogate(waarde[i + 1]))
                {
                    b.Append(waarde[i]).Append(waarde[++i]);
                }
                else
                {
                    b.Append(char.IsSurrogate(waarde[i]) ? '\uFFFD' : waarde[i]);
                }
            }

            waarde = b.ToString();
        }

        w.WriteString(naam, waarde);
    }

    public static byte[] Schrijf(Action<Utf8JsonWriter> schrijf)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            schrijf(w);
        }

        return buffer.WrittenSpan.ToArray();
    }
}
