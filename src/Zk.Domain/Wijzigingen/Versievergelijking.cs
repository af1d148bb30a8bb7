using Zk.Domain.Besturing;
using Zk.Domain.Collections;
using Zk.Domain.Inplannen;
using Zk.Domain.Regels;
using Zk.Domain.Verloop;
using Zk.Domain.Werkplannen;

namespace Zk.Domain.Wijzigingen;

/// <summary>How an action differs between two versions of a plan.</summary>
public enum ActiewijzigingSoort
{
    /// <summary>Only the new version has the action.</summary>
    Toegevoegd,

    /// <summary>Only the old version has the action.</summary>
    Verwijderd,

    /// <summary>Both have it, with fields that differ.</summary>
    Gewijzigd,
}

/// <summary>An action that was added, removed or changed between two versions of a plan.</summary>
/// <remarks>Equality is structural. Immutable and thread-safe.</remarks>
/// <param name="Actie">The action's id.</param>
/// <param name="Soort">Added, removed or changed.</param>
/// <param name="Velden">For a changed action, the fields that differ, by their names in the plan document (<c>titel</c>,
/// <c>raadsmomenten</c>), in the document's order; empty otherwise.</param>
public sealed record Actiewijziging(string Actie, ActiewijzigingSoort Soort, ValueArray<string> Velden);

/// <summary>An action whose status at the end of the run differs between two versions.</summary>
/// <remarks>Equality is structural. Immutable and thread-safe.</remarks>
/// <param name="Actie">The action's id.</param>
/// <param name="Voor">The status in the old run; null when it has no such action.</param>
/// <param name="Na">The status in the new run; null when it has no such action.</param>
public sealed record Statuswijziging(string Actie, ActieStatus? Voor, ActieStatus? Na);

/// <summary>A council's decision on an action in a round that differs between two runs (or that only one run has).</summary>
/// <remarks>Equality is structural. Immutable and thread-safe.</remarks>
/// <param name="Actie">The action's id.</param>
/// <param name="Gemeente">The council's municipality.</param>
/// <param name="Ronde">The decision round (1 for the first).</param>
/// <param name="Voor">The decision in the old run; null when it has none.</param>
/// <param name="Na">The decision in the new run; null when it has none.</param>
public sealed record Besluitverschil(string Actie, string Gemeente, int Ronde, Raadsbesluit? Voor, Raadsbesluit? Na);

/// <summary>A finding that came or went between two versions, known by its code and path.</summary>
/// <remarks>Equality is structural. Immutable and thread-safe.</remarks>
/// <param name="Bevinding">The finding (of the new version when it came, of the old one when it went).</param>
/// <param name="IsNieuw">True when it came (only the new version has it), false when it went.</param>
public sealed record Bevindingwijziging(Bevinding Bevinding, bool IsNieuw);

/// <summary>
/// What changed between two versions of a plan, at four levels: the plan (actions added, removed, changed, and the plan's
/// other fields), its schedule (what moved), its run to the end of the period (which actions changed status, which
/// council decisions differ) and its findings (which came and went, by code and path).
/// </summary>
/// <remarks>Equality is structural. Immutable and thread-safe.</remarks>
public sealed record Versievergelijking
{
    /// <summary>The plan's fields other than its actions that differ (names in the plan document, in its order).</summary>
    public ValueArray<string> Planvelden { get; init; }

    /// <summary>The actions added, removed or changed, in the old version's order, then the added ones in the new one's.</summary>
    public ValueArray<Actiewijziging> Acties { get; init; }

    /// <summary>The moments whose meeting changed (<see cref="Planning.Compare"/> of the new schedule with the old).</summary>
    public ValueArray<Verschuiving> Verschuivingen { get; init; }

    /// <summary>The actions whose status at the end of the run differs, by action id (ordinal).</summary>
    public ValueArray<Statuswijziging> Statussen { get; init; }

    /// <summary>The council decisions that differ, by action id, round and municipality (ordinal).</summary>
    public ValueArray<Besluitverschil> Besluiten { get; init; }

    /// <summary>The findings that came or went: those that went first (in the old version's order), then those that came.</summary>
    public ValueArray<Bevindingwijziging> Bevindingen { get; init; }

    /// <summary>Whether nothing differs at any level.</summary>
    public bool IsLeeg => Planvelden.IsEmpty && Acties.IsEmpty && Verschuivingen.IsEmpty && Statussen.IsEmpty && Besluiten.IsEmpty && Bevindingen.IsEmpty;

    /// <summary>
    /// Compares two versions of a plan at every level: the plans themselves; each scheduled on <paramref name="kalender"/>
    /// (when null, each on its own calendar: <see cref="StandaardKalender.For"/>); each run with its schedule to the end of
    /// its period as planned (<see cref="Scenario.Volgens"/>); and each validated with that calendar.
    /// </summary>
    /// <param name="voor">The old version.</param>
    /// <param name="na">The new version.</param>
    /// <param name="kalender">The calendar both are scheduled on; null: each its own.</param>
    /// <param name="beleid">The governance policy; <see cref="Governancebeleid.Standaard"/> when null.</param>
    /// <param name="taal">The language of the findings' messages.</param>
    /// <returns>The differences; <see cref="IsLeeg"/> for two equal plans.</returns>
    /// <exception cref="ArgumentException">As <see cref="Planner.Schedule"/> and <see cref="PlanRun.Run(Werkplan, Planning, Scenario?, NodaTime.LocalDate?, Governancebeleid?)"/>.</exception>
    public static Versievergelijking Compare(Werkplan voor, Werkplan na, Vergaderkalender? kalender = null, Governancebeleid? beleid = null, Taal taal = Taal.Nl)
    {
        ArgumentNullException.ThrowIfNull(voor);
        ArgumentNullException.ThrowIfNull(na);
        var kalenderVoor = kalender ?? StandaardKalender.For(voor);
        var kalenderNa = kalender ?? StandaardKalender.For(na);
        var planningVoor = Planner.Schedule(voor, kalenderVoor, beleid);
        var planningNa = Planner.Schedule(na, kalenderNa, beleid);
        return new Versievergelijking
        {
            Planvelden = ComparePlanFields(voor, na),
            Acties = CompareActions(voor, na),
            Verschuivingen = planningNa.Compare(planningVoor),
            Statussen = CompareStatuses(PlanRun.Run(voor, planningVoor, beleid: beleid), PlanRun.Run(na, planningNa, beleid: beleid), out var besluiten),
            Besluiten = besluiten,
            Bevindingen = CompareFindings(
                voor.Validate(new ValidationOptions { Kalender = kalenderVoor, Taal = taal }),
                na.Validate(new ValidationOptions { Kalender = kalenderNa, Taal = taal })),
        };
    }

    /// <summary>
    /// The actions added, removed or changed between <paramref name="voor"/> and <paramref name="na"/>, matched by id (where
    /// a plan repeats an id, the n-th with that id in one with the n-th in the other).
    /// </summary>
    /// <param name="voor">The old version.</param>
    /// <param name="na">The new version.</param>
    /// <returns>In the old version's order, then the added ones in the new one's.</returns>
    public static ValueArray<Actiewijziging> CompareActions(Werkplan voor, Werkplan na)
    {
        ArgumentNullException.ThrowIfNull(voor);
        ArgumentNullException.ThrowIfNull(na);
        var oud = Geteld(voor.Acties);
        var nieuw = Geteld(na.Acties);
        var oudIndex = oud.ToDictionary(x => x.Sleutel, x => x.Actie);
        var nieuwIndex = nieuw.ToDictionary(x => x.Sleutel, x => x.Actie);
        var wijzigingen = new List<Actiewijziging>();
        foreach (var (sleutel, a) in oud)
        {
            if (!nieuwIndex.TryGetValue(sleutel, out var b))
            {
                wijzigingen.Add(new Actiewijziging(a.Id, ActiewijzigingSoort.Verwijderd, []));
            }
            else if (Velden(a, b) is { IsEmpty: false } velden)
            {
                wijzigingen.Add(new Actiewijziging(a.Id, ActiewijzigingSoort.Gewijzigd, velden));
            }
        }

        foreach (var (sleutel, b) in nieuw)
        {
            if (!oudIndex.ContainsKey(sleutel))
            {
                wijzigingen.Add(new Actiewijziging(b.Id, ActiewijzigingSoort.Toegevoegd, []));
            }
        }

        return wijzigingen.ToValueArray();
    }

    // The actions by (id, n-th with that id), in the plan's order.
    private static List<((string Id, int Keer) Sleutel, Actie Actie)> Geteld(ValueArray<Actie> acties)
    {
        var keren = new Dictionary<string, int>(StringComparer.Ordinal);
        var lijst = new List<((string, int), Actie)>(acties.Count);
        foreach (var actie in acties)
        {
            var keer = keren.GetValueOrDefault(actie.Id);
            keren[actie.Id] = keer + 1;
            lijst.Add(((actie.Id, keer), actie));
        }

        return lijst;
    }

    // Adds a field's name to the list of differing fields when its two values differ.
    private static void VoegToeAlsAnders<T>(List<string> velden, string naam, T x, T y)
    {
        if (!EqualityComparer<T>.Default.Equals(x, y))
        {
            velden.Add(naam);
        }
    }

    // The fields of two versions of an action that differ, by their names in the plan document.
    private static ValueArray<string> Velden(Actie a, Actie b)
    {
        var velden = new List<string>();
        void Vergelijk<T>(string naam, T x, T y) => VoegToeAlsAnders(velden, naam, x, y);

        Vergelijk("id", a.Id, b.Id);
        Vergelijk("nummer", a.Nummer, b.Nummer);
        Vergelijk("titel", a.Titel, b.Titel);
        Vergelijk("hoofdopgave", a.Hoofdopgave, b.Hoofdopgave);
        Vergelijk("aanleiding", a.Aanleiding, b.Aanleiding);
        Vergelijk("inhoud", a.Inhoud, b.Inhoud);
        Vergelijk("termijn", a.Termijn, b.Termijn);
        Vergelijk("termijnAfleiding", a.TermijnAfleiding, b.TermijnAfleiding);
        Vergelijk("alLopend", a.AlLopend, b.AlLopend);
        Vergelijk("trekkerschap", a.Trekkerschap, b.Trekkerschap);
        Vergelijk("projectorganisatie", a.Projectorganisatie, b.Projectorganisatie);
        Vergelijk("deelacties", a.Deelacties, b.Deelacties);
        Vergelijk("resultaten", a.Resultaten, b.Resultaten);
        Vergelijk("doelen", a.Doelen, b.Doelen);
        Vergelijk("financiering", a.Financiering, b.Financiering);
        Vergelijk("raadsmomenten", a.Raadsmomenten, b.Raadsmomenten);
        Vergelijk("voorwaarden", a.Voorwaarden, b.Voorwaarden);
        return velden.ToValueArray();
    }

    /// <summary>The plan's fields other than its actions that differ, by their names in the plan document.</summary>
    /// <param name="voor">The old version.</param>
    /// <param name="na">The new version.</param>
    /// <returns>In the document's order.</returns>
    public static ValueArray<string> ComparePlanFields(Werkplan voor, Werkplan na)
    {
        ArgumentNullException.ThrowIfNull(voor);
        ArgumentNullException.ThrowIfNull(na);
        var velden = new List<string>();
        void Vergelijk<T>(string naam, T x, T y) => VoegToeAlsAnders(velden, naam, x, y);

        Vergelijk("id", voor.Id, na.Id);
        Vergelijk("titel", voor.Titel, na.Titel);
        Vergelijk("regio", voor.Regio, na.Regio);
        Vergelijk("agenda", voor.Agenda, na.Agenda);
        Vergelijk("looptijd", voor.Looptijd, na.Looptijd);
        Vergelijk("convenant", voor.Convenant, na.Convenant);
        Vergelijk("profiel", voor.Profiel, na.Profiel);
        Vergelijk("capaciteit", voor.Plancapaciteit, na.Plancapaciteit);
        Vergelijk("deelnemers", voor.Deelnemers, na.Deelnemers);
        Vergelijk("lidmaatschappen", voor.Lidmaatschappen, na.Lidmaatschappen);
        Vergelijk("partijen", voor.Partijen, na.Partijen);
        Vergelijk("uitgangspunten", voor.Uitgangspunten, na.Uitgangspunten);
        Vergelijk("hoofdopgaven", voor.Hoofdopgaven, na.Hoofdopgaven);
        Vergelijk("koppelkansen", voor.Koppelkansen, na.Koppelkansen);
        Vergelijk("vraagstukken", voor.Vraagstukken, na.Vraagstukken);
        Vergelijk("radenbijeenkomsten", voor.Radenbijeenkomsten, na.Radenbijeenkomsten);
        Vergelijk("raadsvergaderingen", voor.Raadsvergaderingen, na.Raadsvergaderingen);
        Vergelijk("totstandkoming", voor.Totstandkoming, na.Totstandkoming);
        Vergelijk("voorbehouden", voor.Voorbehouden, na.Voorbehouden);
        Vergelijk("akkoorden", voor.Akkoorden, na.Akkoorden);
        Vergelijk("overigeProjecten", voor.OverigeProjecten, na.OverigeProjecten);
        return velden.ToValueArray();
    }

    /// <summary>
    /// The actions whose status at the end of the run differs, and (in <paramref name="besluiten"/>) the council decisions
    /// (<see cref="RaadBesloten"/>, by action, round and municipality) that differ or that only one run has.
    /// </summary>
    /// <param name="voor">The old run.</param>
    /// <param name="na">The new run.</param>
    /// <param name="besluiten">The decisions that differ.</param>
    /// <returns>The status changes, by action id (ordinal).</returns>
    public static ValueArray<Statuswijziging> CompareStatuses(Runverslag voor, Runverslag na, out ValueArray<Besluitverschil> besluiten)
    {
        ArgumentNullException.ThrowIfNull(voor);
        ArgumentNullException.ThrowIfNull(na);
        static Dictionary<string, ActieStatus> Statussen(Runverslag r)
        {
            var statussen = new Dictionary<string, ActieStatus>(StringComparer.Ordinal);
            foreach (var a in r.Eind.Acties)
            {
                statussen.TryAdd(a.Actie, a.Status);
            }

            return statussen;
        }

        static Dictionary<(string Actie, int Ronde, string Gemeente), Raadsbesluit> Besluiten(Runverslag r)
        {
            var besluiten = new Dictionary<(string, int, string), Raadsbesluit>();
            foreach (var b in r.Gebeurtenissen.OfType<RaadBesloten>())
            {
                besluiten[(b.Actie, b.Ronde, b.Gemeente)] = b.Besluit; // the last word on a round counts
            }

            return besluiten;
        }

        var sv = Statussen(voor);
        var sn = Statussen(na);
        var statussen = sv.Keys.Union(sn.Keys, StringComparer.Ordinal).Order(StringComparer.Ordinal)
            .Select(id => new Statuswijziging(id, sv.TryGetValue(id, out var x) ? x : null, sn.TryGetValue(id, out var y) ? y : null))
            .Where(s => s.Voor != s.Na)
            .ToValueArray();
        var bv = Besluiten(voor);
        var bn = Besluiten(na);
        besluiten = bv.Keys.Union(bn.Keys)
            .OrderBy(k => k.Actie, StringComparer.Ordinal).ThenBy(k => k.Ronde).ThenBy(k => k.Gemeente, StringComparer.Ordinal)
            .Select(k => new Besluitverschil(k.Actie, k.Gemeente, k.Ronde, bv.TryGetValue(k, out var x) ? x : null, bn.TryGetValue(k, out var y) ? y : null))
            .Where(b => b.Voor != b.Na)
            .ToValueArray();
        return statussen;
    }

    /// <summary>
    /// The findings that came or went, known by code and path (counted: a code at a path twice before and once after went
    /// once); a finding whose message changed at the same code and path is no change.
    /// </summary>
    /// <param name="voor">The old version's findings.</param>
    /// <param name="na">The new version's findings.</param>
    /// <returns>Those that went (in the old order), then those that came (in the new order).</returns>
    public static ValueArray<Bevindingwijziging> CompareFindings(ValueArray<Bevinding> voor, ValueArray<Bevinding> na)
    {
        var wijzigingen = new List<Bevindingwijziging>();
        wijzigingen.AddRange(Zonder(voor, na).Select(b => new Bevindingwijziging(b, false)));
        wijzigingen.AddRange(Zonder(na, voor).Select(b => new Bevindingwijziging(b, true)));
        return wijzigingen.ToValueArray();
    }

    /// <summary>The findings of <paramref name="a"/> that <paramref name="b"/> lacks, by code and path, counted.</summary>
    internal static List<Bevinding> Zonder(ValueArray<Bevinding> a, ValueArray<Bevinding> b)
    {
        var over = new Dictionary<(string, string), int>();
        foreach (var x in b)
        {
            over[(x.Code, x.Path)] = over.GetValueOrDefault((x.Code, x.Path)) + 1;
        }

        var zonder = new List<Bevinding>();
        foreach (var x in a)
        {
            if (over.TryGetValue((x.Code, x.Path), out var n) && n > 0)
            {
                over[(x.Code, x.Path)] = n - 1;
            }
            else
            {
                zonder.Add(x);
            }
        }

        return zonder;
    }
}
