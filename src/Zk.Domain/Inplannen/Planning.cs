using System.Runtime.CompilerServices;
using NodaTime;
using Zk.Domain.Besturing;
using Zk.Domain.Collections;
using Zk.Domain.Tijd;
using Zk.Domain.Werkplannen;

namespace Zk.Domain.Inplannen;

/// <summary>How a council moment got its meeting.</summary>
public enum ToewijzingStatus
{
    /// <summary>The plan fixed the moment (a quarter or a meeting) and it stays there.</summary>
    Behouden,

    /// <summary>The plan fixed the moment, but not validly (no free meeting there, out of order, past the deadline): it was moved.</summary>
    Verplaatst,

    /// <summary>The moment was not yet planned (N.t.b.) and is now.</summary>
    Ingepland,

    /// <summary>The policy requires the moment (an interim discussion before a decision) and the plan had none.</summary>
    Toegevoegd,
}

/// <summary>Why a council moment cannot be planned.</summary>
public enum OnplanbaarReden
{
    /// <summary>No meeting remains before the deadline (after the action's earlier moments).</summary>
    Deadline,

    /// <summary>Meetings before the deadline exist, but their agendas are full (no <see cref="Besturing.Radenbijeenkomst.Agendaruimte"/> left).</summary>
    AgendaVol,

    /// <summary>The only meetings in reach fall in blocked periods.</summary>
    Blokkade,

    /// <summary>An earlier moment of the action could not be planned, so this one cannot follow it.</summary>
    Volgorde,
}

/// <summary>The kind of a placement constraint that rules meetings out for a council moment (see <see cref="Beperking"/>).</summary>
public enum BeperkingSoort
{
    /// <summary>Not before the plan's period starts, nor before the quarter the plan gives the moment.</summary>
    Periode,

    /// <summary>Not after the action's deadline (the policy's, or the plan's end).</summary>
    Deadline,

    /// <summary>Not so late that the councils have less than the decision time before the deadline.</summary>
    Besluitvormingstermijn,

    /// <summary>Not before the meeting of the chain's previous moment plus the minimum gap (at least a day later).</summary>
    Tussenruimte,

    /// <summary>Not in a blocked period.</summary>
    Blokkade,

    /// <summary>Not in a meeting whose agenda is full in the schedule.</summary>
    AgendaVol,

    /// <summary>Not without the chain's previous moment, which could not be planned.</summary>
    Volgorde,
}

/// <summary>
/// One placement constraint that, with the others of its <see cref="OnplanbaarMoment.Beperkingen"/>, keeps a council
/// moment out of every meeting of the calendar in the returned schedule; <see cref="Bijeenkomsten"/> are the meetings it
/// rules out itself.
/// </summary>
/// <remarks>Equality is structural. Immutable and thread-safe.</remarks>
public sealed record Beperking
{
    /// <summary>The kind of constraint.</summary>
    public required BeperkingSoort Soort { get; init; }

    /// <summary>The meetings (ids, in date order) this constraint rules out for the moment.</summary>
    public ValueArray<string> Bijeenkomsten { get; init; }

    /// <summary>The day the constraint turns on: the first allowed day (period, gap) or the last (deadline, decision time); null for the others.</summary>
    public LocalDate? Datum { get; init; }

    /// <summary>The blocked period, for <see cref="BeperkingSoort.Blokkade"/>.</summary>
    public Blokkade? Blokkade { get; init; }

    /// <summary>The full meeting's capacity, for <see cref="BeperkingSoort.AgendaVol"/>; the decision time in days, for <see cref="BeperkingSoort.Besluitvormingstermijn"/>.</summary>
    public int? Aantal { get; init; }

    /// <summary>The constraint in a few words, in <paramref name="taal"/>.</summary>
    /// <param name="taal">The language.</param>
    public string Melding(Taal taal)
    {
        var datum = Datum is { } d ? NodaTime.Text.LocalDatePattern.Iso.Format(d) : "";
        var aantal = Aantal?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "";
        return Soort switch
        {
            BeperkingSoort.Periode => Woorden.Format(Woord.BeperkingPeriode, taal, ("datum", datum)),
            BeperkingSoort.Deadline => Woorden.Format(Woord.BeperkingDeadline, taal, ("datum", datum)),
            BeperkingSoort.Besluitvormingstermijn => Woorden.Format(Woord.BeperkingBesluitvormingstermijn, taal, ("datum", datum), ("dagen", aantal)),
            BeperkingSoort.Tussenruimte => Woorden.Format(Woord.BeperkingTussenruimte, taal, ("datum", datum)),
            BeperkingSoort.Blokkade => Woorden.Format(
                Woord.BeperkingBlokkade,
                taal,
                ("periode", Blokkade is { } b ? NodaTime.Text.LocalDatePattern.Iso.Format(b.Periode.Start) + "/" + NodaTime.Text.LocalDatePattern.Iso.Format(b.Periode.End) : ""),
                ("reden", Blokkade?.Reden ?? "")),
            BeperkingSoort.AgendaVol => Woorden.Format(Woord.BeperkingCapaciteit, taal, ("bijeenkomst", Bijeenkomsten.Count > 0 ? Bijeenkomsten[0] : ""), ("capaciteit", aantal)),
            BeperkingSoort.Volgorde => Woorden.Naam(Woord.BeperkingVolgorde, taal),
            _ => throw Woorden.Onbekend(Soort),
        };
    }
}

/// <summary>A council moment assigned to a meeting.</summary>
/// <remarks>Equality is structural. Immutable and thread-safe.</remarks>
public sealed record Toewijzing
{
    /// <summary>The action's id.</summary>
    public required string Actie { get; init; }

    /// <summary>The moment's index in the action's <c>Raadsmomenten</c>, or -1 for a moment the policy added.</summary>
    public required int Moment { get; init; }

    /// <summary>The stage of the moment.</summary>
    public required Fase Fase { get; init; }

    /// <summary>The meeting's id.</summary>
    public required string Radenbijeenkomst { get; init; }

    /// <summary>The meeting's date.</summary>
    public required LocalDate Datum { get; init; }

    /// <summary>How the moment got its meeting.</summary>
    public required ToewijzingStatus Status { get; init; }
}

/// <summary>A council moment the planner could not place, and why.</summary>
/// <remarks>Equality is structural. Immutable and thread-safe.</remarks>
public sealed record OnplanbaarMoment
{
    /// <summary>The action's id.</summary>
    public required string Actie { get; init; }

    /// <summary>The moment's index in the action's <c>Raadsmomenten</c>, or -1 for a moment the policy added.</summary>
    public required int Moment { get; init; }

    /// <summary>The stage of the moment.</summary>
    public required Fase Fase { get; init; }

    /// <summary>The constraint that prevents it.</summary>
    public required OnplanbaarReden Reden { get; init; }

    /// <summary>The deadline that applied.</summary>
    public required LocalDate Deadline { get; init; }

    /// <summary>The meetings that were in reach but full or blocked (ids).</summary>
    public ValueArray<string> Bijeenkomsten { get; init; }

    /// <summary>The other actions whose moments fill those meetings (ids), for a capacity problem.</summary>
    public ValueArray<string> Concurrenten { get; init; }

    /// <summary>
    /// A minimal set of placement constraints that together keep the moment out of every meeting in the returned
    /// schedule: each holds there, and without any one of them (the others of the set kept, all constraints outside it
    /// dropped) some meeting could take the moment. Found by a deletion filter over the constraints that rule meetings
    /// out; for a moment after an unplannable one, only <see cref="BeperkingSoort.Volgorde"/>.
    /// </summary>
    public ValueArray<Beperking> Beperkingen { get; init; }

    /// <summary>
    /// The explanation in <paramref name="taal"/>. Of the meetings and the competing actions it names the first ten
    /// and counts the rest (a full window of a large plan can hold thousands); the lists above stay whole.
    /// </summary>
    /// <param name="taal">The language.</param>
    public string Melding(Taal taal) => Melding(taal, Bestuursprofiel.ZuidKennemerland);

    /// <summary>
    /// The explanation in <paramref name="taal"/>, in the words of <paramref name="profiel"/>: its name of the stage and of
    /// the joint meeting.
    /// </summary>
    /// <param name="taal">The language.</param>
    /// <param name="profiel">The plan's governance profile.</param>
    public string Melding(Taal taal, Bestuursprofiel profiel)
    {
        ArgumentNullException.ThrowIfNull(profiel);
        var deadline = NodaTime.Text.LocalDatePattern.Iso.Format(Deadline);
        var bijeenkomsten = Opsomming(Bijeenkomsten, taal);
        var concurrenten = Opsomming(Concurrenten, taal);
        var fase = profiel.FaseNaam(Fase, taal);
        var bijeenkomst = profiel.BijeenkomstNaam(null, taal);
        var sjabloon = Reden switch
        {
            OnplanbaarReden.Deadline => Woord.MeldingDeadline,
            OnplanbaarReden.AgendaVol => Concurrenten.IsEmpty ? Woord.MeldingCapaciteitZonderAgenda : Woord.MeldingCapaciteit,
            OnplanbaarReden.Blokkade => Woord.MeldingBlokkade,
            OnplanbaarReden.Volgorde => Woord.MeldingVolgorde,
            _ => throw Woorden.Onbekend(Reden),
        };
        return Woorden.Format(sjabloon, taal, ("fase", fase), ("actie", Actie), ("deadline", deadline), ("bijeenkomsten", bijeenkomsten), ("concurrenten", concurrenten), ("bijeenkomst", bijeenkomst));
    }

    // How many ids of a list a message names before it counts the rest.
    private const int GenoemdInMelding = 10;

    // In a large plan a full window can hold thousands of actions: the message names the first ones and counts the
    // rest; the lists themselves stay whole.
    private static string Opsomming(ValueArray<string> ids, Taal taal)
    {
        if (ids.Count <= GenoemdInMelding)
        {
            return string.Join(", ", ids);
        }

        var genoemd = string.Join(", ", ids.AsSpan()[..GenoemdInMelding].ToArray());
        var rest = (ids.Count - GenoemdInMelding).ToString(System.Globalization.CultureInfo.InvariantCulture);
        return Woorden.Format(Woord.EnNogMeer, taal, ("genoemd", genoemd), ("rest", rest));
    }
}

/// <summary>
/// A schedule (planning): every council moment assigned to a meeting, or reported as unplannable with its reason.
/// </summary>
/// <remarks>Equality is structural. Immutable and thread-safe.</remarks>
public sealed record Planning
{
    /// <summary>The planned moments, by action in the plan's order, then in the action's order.</summary>
    public required ValueArray<Toewijzing> Toewijzingen { get; init; }

    /// <summary>The moments that could not be planned.</summary>
    public required ValueArray<OnplanbaarMoment> Onplanbaar { get; init; }

    /// <summary>The meetings the schedule was made for.</summary>
    public required Vergaderkalender Kalender { get; init; }

    /// <summary>Per action, in the plan's order, how much room its schedule leaves before its deadline.</summary>
    public required ValueArray<Speling> Speling { get; init; }

    /// <summary>Whether every moment was planned.</summary>
    public bool IsVolledig => Onplanbaar.IsEmpty;

    /// <summary>
    /// Whether the planner proved that no schedule plans more moments, or, with as many, keeps more fixed moments where
    /// the plan fixes them (true by default). False when its bounded exact phase ran out of budget before it could prove
    /// that: the schedule is then at least as good as its greedy one, but may not be the best (see <see cref="Planner"/>).
    /// </summary>
    public bool IsBewezenOptimaal { get; init; } = true;

    /// <summary>The agenda of a meeting: its planned moments in the plan's order.</summary>
    /// <param name="radenbijeenkomst">The meeting's id.</param>
    /// <remarks>The first call groups the planned moments by meeting once; later calls look the meeting up.</remarks>
    public IEnumerable<Toewijzing> Agenda(string radenbijeenkomst) =>
        Agendas.GetValue(this, static planning => planning.Toewijzingen.ToLookup(t => t.Radenbijeenkomst, StringComparer.Ordinal))[radenbijeenkomst];

    // The agendas per schedule, outside the record so that they take no part in its equality or its copies.
    private static readonly ConditionalWeakTable<Planning, ILookup<string, Toewijzing>> Agendas = new();

    /// <summary>
    /// Writes the schedule back into <paramref name="plan"/>: every planned moment gets its meeting and that meeting's
    /// quarter, and the interim discussions the policy added are inserted before their decisions. Moments that could not
    /// be planned stay as they were. Validating the result with this schedule's calendar checks it against ZK040–ZK062.
    /// </summary>
    /// <param name="plan">The plan the schedule was made for.</param>
    public Werkplan ApplyTo(Werkplan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var perActie = Toewijzingen.ToLookup(t => t.Actie, StringComparer.Ordinal);
        return plan with
        {
            Acties = plan.Acties.Select(actie =>
            {
                var toewijzingen = perActie[actie.Id].ToList();
                if (toewijzingen.Count == 0)
                {
                    return actie;
                }

                var momenten = new List<Raadsmoment>();
                for (var i = 0; i < actie.Raadsmomenten.Count; i++)
                {
                    foreach (var toegevoegd in toewijzingen.Where(t => t.Moment < 0 && Volgt(toewijzingen, t) == i))
                    {
                        momenten.Add(new Raadsmoment { Fase = toegevoegd.Fase, Kwartaal = Kwartaal.FromDate(toegevoegd.Datum), Radenbijeenkomst = toegevoegd.Radenbijeenkomst });
                    }

                    var moment = actie.Raadsmomenten[i];
                    var eigen = toewijzingen.FirstOrDefault(t => t.Moment == i);
                    momenten.Add(eigen is null ? moment : moment with { Kwartaal = Kwartaal.FromDate(eigen.Datum), Radenbijeenkomst = eigen.Radenbijeenkomst });
                }

                return actie with { Raadsmomenten = momenten.ToValueArray() };
            }).ToValueArray(),
        };
    }

    // The index of the plan's moment that follows an added moment in the action's chain.
    private static int Volgt(List<Toewijzing> toewijzingen, Toewijzing toegevoegd)
    {
        var positie = toewijzingen.IndexOf(toegevoegd);
        return toewijzingen.Skip(positie + 1).FirstOrDefault(t => t.Moment >= 0)?.Moment ?? int.MaxValue;
    }

    /// <summary>
    /// What moved between <paramref name="before"/> and this schedule (a what-if, or two versions of a plan): every moment
    /// whose meeting changed, that is newly planned, or that is no longer planned, with the meetings' dates; ordered by
    /// action id (ordinal), then moment index, then stage. A moment is known by its action, index and stage (and, where a
    /// plan repeats an action id, by its place among those). Two equal schedules give none.
    /// </summary>
    /// <param name="before">The schedule before the change.</param>
    /// <returns>The moves; empty when nothing moved.</returns>
    public ValueArray<Verschuiving> Compare(Planning before)
    {
        ArgumentNullException.ThrowIfNull(before);
        var oud = Geteld(before.Toewijzingen);
        var nieuw = Geteld(Toewijzingen);
        var verschuivingen = new List<Verschuiving>();
        foreach (var sleutel in oud.Keys.Union(nieuw.Keys))
        {
            var van = oud.GetValueOrDefault(sleutel);
            var naar = nieuw.GetValueOrDefault(sleutel);
            if (!string.Equals(van?.Radenbijeenkomst, naar?.Radenbijeenkomst, StringComparison.Ordinal) || van?.Datum != naar?.Datum)
            {
                verschuivingen.Add(new Verschuiving(sleutel.Actie, sleutel.Moment, sleutel.Fase, van?.Radenbijeenkomst, naar?.Radenbijeenkomst)
                {
                    VanDatum = van?.Datum,
                    NaarDatum = naar?.Datum,
                });
            }
        }

        return verschuivingen
            .OrderBy(v => v.Actie, StringComparer.Ordinal)
            .ThenBy(v => v.Moment)
            .ThenBy(v => v.Fase.Id, StringComparer.Ordinal)
            .ToValueArray();
    }

    // The assignments by (action, moment, stage, n-th occurrence of that triple): a plan may repeat an action id.
    private static Dictionary<(string Actie, int Moment, Fase Fase, int Keer), Toewijzing> Geteld(ValueArray<Toewijzing> toewijzingen)
    {
        var geteld = new Dictionary<(string, int, Fase, int), Toewijzing>();
        var keren = new Dictionary<(string, int, Fase), int>();
        foreach (var t in toewijzingen)
        {
            var keer = keren.GetValueOrDefault((t.Actie, t.Moment, t.Fase));
            keren[(t.Actie, t.Moment, t.Fase)] = keer + 1;
            geteld[(t.Actie, t.Moment, t.Fase, keer)] = t;
        }

        return geteld;
    }
}

/// <summary>The slack (speling) of one action: the days between its last planned moment (for a decision: the councils' decisions) and its deadline.</summary>
/// <param name="Actie">The action's id.</param>
/// <param name="Deadline">The action's deadline (the plan's end unless the policy sets one).</param>
/// <param name="Dagen">The days of slack, or null when the action has no planned moment.</param>
public sealed record Speling(string Actie, LocalDate Deadline, int? Dagen);

/// <summary>A moment that moved in a what-if: from one meeting (or none) to another (or none).</summary>
/// <remarks>Equality is structural (the dates included). Immutable and thread-safe.</remarks>
/// <param name="Actie">The action's id.</param>
/// <param name="Moment">The moment's index, or -1 for a moment the policy added.</param>
/// <param name="Fase">The stage.</param>
/// <param name="Van">The meeting before, or null when it was not planned.</param>
/// <param name="Naar">The meeting after, or null when it is no longer plannable.</param>
public sealed record Verschuiving(string Actie, int Moment, Fase Fase, string? Van, string? Naar)
{
    /// <summary>The date of the meeting before (<see cref="Van"/>), or null when it was not planned.</summary>
    public LocalDate? VanDatum { get; init; }

    /// <summary>The date of the meeting after (<see cref="Naar"/>), or null when it is no longer planned.</summary>
    public LocalDate? NaarDatum { get; init; }
}
