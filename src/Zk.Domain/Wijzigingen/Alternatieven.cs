using NodaTime;
using Zk.Domain.Besturing;
using Zk.Domain.Collections;
using Zk.Domain.Inplannen;
using Zk.Domain.Regels;
using Zk.Domain.Tijd;
using Zk.Domain.Werkplannen;

namespace Zk.Domain.Wijzigingen;

/// <summary>
/// One meeting a council moment could go to instead, and what forcing it there would change: the other moments that move
/// (or drop off the schedule), the findings that appear or disappear (ZK052 botsproef, ZK062 blocked period and every
/// other rule, run on the schedule written back into the plan), and how much room is left.
/// </summary>
/// <remarks>Equality is structural. Immutable and thread-safe.</remarks>
public sealed record Alternatief
{
    /// <summary>The meeting's id.</summary>
    public required string Radenbijeenkomst { get; init; }

    /// <summary>The meeting's date.</summary>
    public required LocalDate Datum { get; init; }

    /// <summary>Whether the moment is in this meeting in the schedule as it stands.</summary>
    public bool IsHuidig { get; init; }

    /// <summary>
    /// The other moments whose meeting changes (<see cref="Verschuiving.Naar"/> null: no longer planned; <see cref="Verschuiving.Van"/>
    /// null: planned where it was not), compared with the schedule as it stands (<see cref="Planning.Compare"/>).
    /// </summary>
    public ValueArray<Verschuiving> Verschuivingen { get; init; }

    /// <summary>How many fewer moments the schedule plans with the moment forced here (negative: more).</summary>
    public int MinderGepland { get; init; }

    /// <summary>The findings (by code and path) that would appear.</summary>
    public ValueArray<Bevinding> Nieuw { get; init; }

    /// <summary>The findings (by code and path) that would disappear.</summary>
    public ValueArray<Bevinding> Vervallen { get; init; }

    /// <summary>The action's slack in days with the moment here (<see cref="Speling.Dagen"/>); null when it has no planned moment.</summary>
    public int? Speling { get; init; }

    /// <summary>The agenda items the meeting has left with the moment here; null when it has no limit.</summary>
    public int? VrijePlaatsen { get; init; }
}

/// <summary>
/// The admissible meetings for one council moment, ranked by cost (see <see cref="Of"/>): for a griffie that wants to
/// know where else a proposal could go, and what that would cost.
/// </summary>
/// <remarks>Equality is structural. Immutable and thread-safe.</remarks>
public sealed record Alternatieven
{
    /// <summary>The action's id.</summary>
    public required string Actie { get; init; }

    /// <summary>The moment's index in the action's <c>Raadsmomenten</c>, or -1 for a moment the policy adds.</summary>
    public required int Moment { get; init; }

    /// <summary>The moment's stage.</summary>
    public required Fase Fase { get; init; }

    /// <summary>The meeting the moment has in the schedule as it stands; null when it is unplannable there.</summary>
    public string? Huidig { get; init; }

    /// <summary>The admissible meetings, cheapest first (the order of <see cref="Of"/>).</summary>
    public required ValueArray<Alternatief> Opties { get; init; }

    /// <summary>The meetings of the plan's period the moment cannot be forced into (ids, in date order).</summary>
    public ValueArray<string> Uitgesloten { get; init; }

    /// <summary>
    /// The alternatives for one moment of <paramref name="actie"/>. The moment: of <paramref name="fase"/>, the action's
    /// first moment of that stage, or the one the policy adds when the plan has none; without a stage, the action's first
    /// decision (the profile's <see cref="Bestuursprofiel.Besluitfase"/>), else its first moment. Where the plan repeats an
    /// action id, the first action with it.
    /// </summary>
    /// <remarks>
    /// <para>Each meeting of the plan's period is tried by forcing the moment there and planning again with the same
    /// planner (<see cref="Planner.Schedule"/>): the moment is fixed to that meeting in the plan (a moment the policy adds is
    /// inserted before the action's first decision, fixed there). A meeting is admissible when that schedule keeps the
    /// moment there; the others are <see cref="Uitgesloten"/>. What moves is that schedule compared with the schedule as it
    /// stands; the findings are those of <see cref="WerkplanValidation.Validate(Werkplan, ValidationOptions?)"/> on each
    /// schedule written back into the plan (<see cref="Planning.ApplyTo"/>) with <paramref name="kalender"/>, compared by
    /// code and path.</para>
    /// <para>The cost order: fewer moments lost (<see cref="Alternatief.MinderGepland"/>), then fewer other moments moved,
    /// then fewer findings that appear, then more that disappear, then more slack (none last), then the earlier meeting,
    /// then the meeting id (ordinal). One schedule and one validation per meeting of the period: meant for one moment at a
    /// time, not for a loop over a large plan. Deterministic; thread-safe.</para>
    /// </remarks>
    /// <param name="plan">The plan.</param>
    /// <param name="kalender">The meetings and blocked periods.</param>
    /// <param name="actie">The action's id.</param>
    /// <param name="fase">The moment's stage; null: the action's decision, else its first moment.</param>
    /// <param name="beleid">The governance policy; <see cref="Governancebeleid.Standaard"/> when null.</param>
    /// <param name="taal">The language of the findings' messages.</param>
    /// <returns>The alternatives.</returns>
    /// <exception cref="ArgumentException">The plan has no action <paramref name="actie"/>, or it has no such moment
    /// (<see cref="TryOf"/> answers false instead); or as <see cref="Planner.Schedule"/>.</exception>
    public static Alternatieven Of(Werkplan plan, Vergaderkalender kalender, string actie, Fase? fase = null, Governancebeleid? beleid = null, Taal taal = Taal.Nl) =>
        TryOf(plan, kalender, actie, fase, out var alternatieven, beleid, taal)
            ? alternatieven!
            : throw new ArgumentException($"the plan has no moment '{actie}{(fase is { } f ? ":" + f.Id : "")}'", nameof(actie));

    /// <summary>As <see cref="Of"/>, but false (and null) when the plan has no such action or moment.</summary>
    /// <param name="plan">The plan.</param>
    /// <param name="kalender">The meetings and blocked periods.</param>
    /// <param name="actie">The action's id.</param>
    /// <param name="fase">The moment's stage; null: the action's decision, else its first moment.</param>
    /// <param name="alternatieven">The alternatives, or null.</param>
    /// <param name="beleid">The governance policy; <see cref="Governancebeleid.Standaard"/> when null.</param>
    /// <param name="taal">The language of the findings' messages.</param>
    /// <returns>Whether the plan has the moment.</returns>
    public static bool TryOf(Werkplan plan, Vergaderkalender kalender, string actie, Fase? fase, out Alternatieven? alternatieven, Governancebeleid? beleid = null, Taal taal = Taal.Nl)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(kalender);
        ArgumentNullException.ThrowIfNull(actie);
        alternatieven = null;
        var basis = Planner.Schedule(plan, kalender, beleid);
        if (Zoek(plan, basis, actie, fase) is not { } moment)
        {
            return false;
        }

        var opties = Waarneming.Basis(plan, kalender, basis, taal);
        var gekozen = new List<Alternatief>();
        var uitgesloten = new List<string>();
        var gezien = new HashSet<string>(StringComparer.Ordinal);
        foreach (var bijeenkomst in kalender.Radenbijeenkomsten.OrderBy(r => r.Datum).ThenBy(r => r.Id, StringComparer.Ordinal))
        {
            if (!plan.Looptijd.Contains(bijeenkomst.Datum) || !gezien.Add(bijeenkomst.Id))
            {
                continue;
            }

            if (Forceer(plan, kalender, beleid, moment, bijeenkomst, opties, taal) is { } alternatief)
            {
                gekozen.Add(alternatief with { IsHuidig = string.Equals(moment.Huidig, bijeenkomst.Id, StringComparison.Ordinal) });
            }
            else
            {
                uitgesloten.Add(bijeenkomst.Id);
            }
        }

        alternatieven = new Alternatieven
        {
            Actie = actie,
            Moment = moment.Index,
            Fase = moment.Fase,
            Huidig = moment.Huidig,
            Opties = gekozen.Order(Kostenvolgorde.Instance).ToValueArray(),
            Uitgesloten = uitgesloten.ToValueArray(),
        };
        return true;
    }

    // The moment asked for: its action's position in the plan, its index (-1: added by the policy), stage and current meeting.
    private sealed record Gekozen(int ActieIndex, int Index, Fase Fase, string? Huidig);

    private static Gekozen? Zoek(Werkplan plan, Planning basis, string id, Fase? fase)
    {
        var a = -1;
        for (var i = 0; i < plan.Acties.Count; i++)
        {
            if (string.Equals(plan.Acties[i].Id, id, StringComparison.Ordinal))
            {
                a = i;
                break;
            }
        }

        if (a < 0)
        {
            return null;
        }

        var momenten = plan.Acties[a].Raadsmomenten;
        int index;
        if (fase is { } gevraagd)
        {
            index = Eerste(momenten, gevraagd);
            if (index < 0)
            {
                // A stage the plan lacks: the moment the policy adds, when it does.
                var toegevoegd = basis.Toewijzingen.Any(t => t.Actie == id && t.Moment < 0 && t.Fase == gevraagd)
                    || basis.Onplanbaar.Any(o => o.Actie == id && o.Moment < 0 && o.Fase == gevraagd);
                return toegevoegd && Eerste(momenten, plan.Profiel.Besluitfase) >= 0
                    ? new Gekozen(a, -1, gevraagd, HuidigeBijeenkomst(basis, id, -1, gevraagd))
                    : null;
            }
        }
        else
        {
            index = Eerste(momenten, plan.Profiel.Besluitfase);
            index = index >= 0 ? index : momenten.Count > 0 ? 0 : -1;
            if (index < 0)
            {
                return null;
            }
        }

        return new Gekozen(a, index, momenten[index].Fase, HuidigeBijeenkomst(basis, id, index, momenten[index].Fase));
    }

    private static int Eerste(ValueArray<Raadsmoment> momenten, Fase fase)
    {
        for (var i = 0; i < momenten.Count; i++)
        {
            if (momenten[i].Fase == fase)
            {
                return i;
            }
        }

        return -1;
    }

    private static string? HuidigeBijeenkomst(Planning planning, string actie, int moment, Fase fase) =>
        planning.Toewijzingen.FirstOrDefault(t => t.Actie == actie && t.Moment == moment && t.Fase == fase)?.Radenbijeenkomst;

    // Forces the moment into the meeting and plans again; null when the planner does not keep it there.
    private static Alternatief? Forceer(Werkplan plan, Vergaderkalender kalender, Governancebeleid? beleid, Gekozen moment, Radenbijeenkomst bijeenkomst, Waarneming basis, Taal taal)
    {
        var (vastgezet, ingevoegd) = Vastzetten(plan, moment, bijeenkomst);
        var planning = Planner.Schedule(vastgezet, kalender, beleid);
        var actie = plan.Acties[moment.ActieIndex].Id;
        var teruggenummerd = ingevoegd < 0 ? planning : Terugnummeren(planning, actie, ingevoegd);
        var eigen = teruggenummerd.Toewijzingen.FirstOrDefault(t => t.Actie == actie && t.Moment == moment.Index && t.Fase == moment.Fase);
        if (eigen is null || !string.Equals(eigen.Radenbijeenkomst, bijeenkomst.Id, StringComparison.Ordinal))
        {
            return null;
        }

        var bevindingen = planning.ApplyTo(vastgezet).Validate(new ValidationOptions { Kalender = kalender, Taal = taal });
        var profiel = plan.Profiel;
        var capaciteit = bijeenkomst.Agendaruimte ?? profiel.Soort(bijeenkomst)?.StandaardAgendaruimte;
        return new Alternatief
        {
            Radenbijeenkomst = bijeenkomst.Id,
            Datum = bijeenkomst.Datum,
            Verschuivingen = teruggenummerd.Compare(basis.Planning)
                .Where(v => !(v.Actie == actie && v.Moment == moment.Index && v.Fase == moment.Fase))
                .ToValueArray(),
            MinderGepland = basis.Planning.Toewijzingen.Count - planning.Toewijzingen.Count,
            Nieuw = Versievergelijking.Zonder(bevindingen, basis.Bevindingen).ToValueArray(),
            Vervallen = Versievergelijking.Zonder(basis.Bevindingen, bevindingen).ToValueArray(),
            Speling = planning.Speling.FirstOrDefault(s => s.Actie == actie)?.Dagen,
            VrijePlaatsen = capaciteit - planning.Agenda(bijeenkomst.Id).Count(t => profiel.IsAgendapunt(t.Fase)),
        };
    }

    // The plan with the moment fixed to the meeting (and its quarter); for a moment the policy adds, inserted before the
    // action's first decision, whose index is returned (-1 otherwise).
    private static (Werkplan Plan, int Ingevoegd) Vastzetten(Werkplan plan, Gekozen moment, Radenbijeenkomst bijeenkomst)
    {
        var actie = plan.Acties[moment.ActieIndex];
        var kwartaal = Kwartaal.FromDate(bijeenkomst.Datum);
        ValueArray<Raadsmoment> momenten;
        var ingevoegd = -1;
        if (moment.Index >= 0)
        {
            momenten = actie.Raadsmomenten.SetItem(moment.Index, actie.Raadsmomenten[moment.Index] with { Kwartaal = kwartaal, Radenbijeenkomst = bijeenkomst.Id });
        }
        else
        {
            ingevoegd = Eerste(actie.Raadsmomenten, plan.Profiel.Besluitfase);
            var toegevoegd = new Raadsmoment { Fase = moment.Fase, Kwartaal = kwartaal, Radenbijeenkomst = bijeenkomst.Id };
            momenten = actie.Raadsmomenten.Take(ingevoegd).Append(toegevoegd).Concat(actie.Raadsmomenten.Skip(ingevoegd)).ToValueArray();
        }

        return (plan with { Acties = plan.Acties.SetItem(moment.ActieIndex, actie with { Raadsmomenten = momenten }) }, ingevoegd);
    }

    // The schedule of the plan with an inserted moment, in the numbering of the plan without it: the inserted one is -1
    // again (added), the later ones one lower.
    private static Planning Terugnummeren(Planning planning, string actie, int ingevoegd)
    {
        int Nummer(string a, int m) => a != actie || m < ingevoegd ? m : m == ingevoegd ? -1 : m - 1;
        return planning with
        {
            Toewijzingen = planning.Toewijzingen.Select(t => t with { Moment = Nummer(t.Actie, t.Moment) }).ToValueArray(),
            Onplanbaar = planning.Onplanbaar.Select(o => o with { Moment = Nummer(o.Actie, o.Moment) }).ToValueArray(),
        };
    }

    // The schedule as it stands and its findings.
    private sealed record Waarneming(Planning Planning, ValueArray<Bevinding> Bevindingen)
    {
        public static Waarneming Basis(Werkplan plan, Vergaderkalender kalender, Planning planning, Taal taal) =>
            new(planning, planning.ApplyTo(plan).Validate(new ValidationOptions { Kalender = kalender, Taal = taal }));
    }

    private sealed class Kostenvolgorde : IComparer<Alternatief>
    {
        public static readonly Kostenvolgorde Instance = new();

        public int Compare(Alternatief? x, Alternatief? y)
        {
            ArgumentNullException.ThrowIfNull(x);
            ArgumentNullException.ThrowIfNull(y);
            var c = x.MinderGepland.CompareTo(y.MinderGepland);
            c = c != 0 ? c : x.Verschuivingen.Count.CompareTo(y.Verschuivingen.Count);
            c = c != 0 ? c : x.Nieuw.Count.CompareTo(y.Nieuw.Count);
            c = c != 0 ? c : y.Vervallen.Count.CompareTo(x.Vervallen.Count);
            c = c != 0 ? c : (y.Speling ?? int.MinValue).CompareTo(x.Speling ?? int.MinValue);
            c = c != 0 ? c : x.Datum.CompareTo(y.Datum);
            return c != 0 ? c : string.CompareOrdinal(x.Radenbijeenkomst, y.Radenbijeenkomst);
        }
    }
}
