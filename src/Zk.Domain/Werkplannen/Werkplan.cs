using System.Runtime.CompilerServices;
using NodaTime;
using Zk.Domain.Besturing;
using Zk.Domain.Collections;
using Zk.Domain.Partijen;
using Zk.Domain.Wisselwerkingen;

namespace Zk.Domain.Werkplannen;

/// <summary>
/// A work plan (werkplan) of cooperating municipalities: the actions they take up together for a period
/// (looptijd), grouped by the main tasks of their regional agenda, with the leads, council moments,
/// synergies and dilemmas.
/// </summary>
/// <remarks>
/// <para>The model holds what a plan says, also when it is inconsistent: ids are references, and the
/// consistency rules report what does not fit. Only local facts are enforced when a value is built (a
/// quarter is a quarter, a period does not end before it starts).</para>
/// <para>Equality is structural over the whole plan: two plans are equal when every element is. Immutable
/// and thread-safe: a plan can be shared freely; <c>with</c> expressions make changed copies.</para>
/// </remarks>
public sealed record Werkplan
{
    // What is derived from this instance, made on first use (see Afgeleid): its index, the members a host left null, and
    // the path of its first date outside the ISO years 1 to 9999.
    internal Afgeleid<PlanIndex> AfgeleideIndex;
    internal Afgeleid<StrongBox<ValueArray<string>>> AfgeleidOntbrekend;
    internal Afgeleid<StrongBox<string?>> AfgeleideIsofout;

    /// <summary>An empty plan, for an object initializer (every required member must be set there).</summary>
    public Werkplan()
    {
    }

    // The copy that `with` makes: every member, none of what was derived from the original (a copy indexes itself).
    // A test compares it with the properties by reflection.
    private Werkplan(Werkplan original)
    {
        Id = original.Id;
        Titel = original.Titel;
        Regio = original.Regio;
        Agenda = original.Agenda;
        Looptijd = original.Looptijd;
        Convenant = original.Convenant;
        Profiel = original.Profiel;
        Plancapaciteit = original.Plancapaciteit;
        Deelnemers = original.Deelnemers;
        Lidmaatschappen = original.Lidmaatschappen;
        Partijen = original.Partijen;
        Uitgangspunten = original.Uitgangspunten;
        Hoofdopgaven = original.Hoofdopgaven;
        Acties = original.Acties;
        Koppelkansen = original.Koppelkansen;
        Vraagstukken = original.Vraagstukken;
        Radenbijeenkomsten = original.Radenbijeenkomsten;
        Raadsvergaderingen = original.Raadsvergaderingen;
        Totstandkoming = original.Totstandkoming;
        Voorbehouden = original.Voorbehouden;
        Akkoorden = original.Akkoorden;
        OverigeProjecten = original.OverigeProjecten;
    }

    /// <summary>The id, e.g. <c>zuid-kennemerland-2021-2023</c>.</summary>
    public required string Id { get; init; }

    /// <summary>The title as in the plan (Dutch).</summary>
    public required string Titel { get; init; }

    /// <summary>The region, e.g. <c>Zuid-Kennemerland</c>.</summary>
    public required string Regio { get; init; }

    /// <summary>The long-term agenda whose main tasks structure the plan, e.g. <c>Zuid-Kennemer Agenda</c>; null when not named.</summary>
    public string? Agenda { get; init; }

    /// <summary>The period the plan runs (looptijd), first and last day included.</summary>
    public required DateInterval Looptijd { get; init; }

    /// <summary>The governance agreement the cooperation works by; null when the plan names none.</summary>
    public Convenant? Convenant { get; init; }

    /// <summary>
    /// The governance profile the plan works by: its stages, which stage decides, the kinds of meeting and their words.
    /// Default <see cref="Bestuursprofiel.ZuidKennemerland"/>.
    /// </summary>
    public Bestuursprofiel Profiel { get; init; } = Bestuursprofiel.ZuidKennemerland;

    /// <summary>
    /// The capacity's number as the plan itself states it (the seed's "capaciteit van negen acties"), counted in what the
    /// profile's capacity counts (<see cref="Plancapaciteit.Telt"/>; actions when the profile sets none); null when not
    /// stated. It takes the place of the profile's number (<see cref="Bestuursprofiel.Plancapaciteit"/>) for rule ZK011, and
    /// <c>ValidationOptions.Plancapaciteit</c> takes the place of both.
    /// </summary>
    public int? Plancapaciteit { get; init; }

    /// <summary>
    /// The member municipalities (deelnemers), as ids of <see cref="Partijen"/>: every party that is a member at any time
    /// of the period. Who is a member on a given date is <see cref="DeelnemersOp"/>.
    /// </summary>
    public ValueArray<string> Deelnemers { get; init; }

    /// <summary>
    /// The membership periods of members that join or leave during the plan (a merger, a move to another region), at most
    /// one per member; a member without one is a member for the whole period. Empty for most plans.
    /// </summary>
    public ValueArray<Lidmaatschap> Lidmaatschappen { get; init; }

    /// <summary>Every party the plan names: members, other municipalities, province, regions, organisations.</summary>
    public ValueArray<Partij> Partijen { get; init; }

    /// <summary>The selection criteria the actions were chosen by.</summary>
    public ValueArray<Uitgangspunt> Uitgangspunten { get; init; }

    /// <summary>The main tasks.</summary>
    public ValueArray<Hoofdopgave> Hoofdopgaven { get; init; }

    /// <summary>The actions.</summary>
    public ValueArray<Actie> Acties { get; init; }

    /// <summary>The synergies between actions and/or main tasks.</summary>
    public ValueArray<Koppelkans> Koppelkansen { get; init; }

    /// <summary>The governance dilemmas between actions and/or main tasks.</summary>
    public ValueArray<BestuurlijkVraagstuk> Vraagstukken { get; init; }

    /// <summary>The joint council meetings the plan names with a date.</summary>
    public ValueArray<Radenbijeenkomst> Radenbijeenkomsten { get; init; }

    /// <summary>
    /// The members' own council meetings (raadsvergaderingen) the plan names: the dates a council can decide on a proposal
    /// of a joint meeting (see <see cref="Besluitdatum"/>). Empty for most plans: every council then decides at the end of
    /// the decision window.
    /// </summary>
    public ValueArray<Raadsvergadering> Raadsvergaderingen { get; init; }

    /// <summary>How the plan itself came about: its own council moments (brainstorm, 50 %-versie, concept, vaststelling).</summary>
    public ValueArray<Raadsmoment> Totstandkoming { get; init; }

    /// <summary>The caveats the plan makes about its own firmness (its planning is an indication, its links are possible ones).</summary>
    public ValueArray<Voorbehoud> Voorbehouden { get; init; }

    /// <summary>The agreements outside the plan that its actions carry out, with their own governance (e.g. the Woonakkoord).</summary>
    public ValueArray<Akkoord> Akkoorden { get; init; }

    /// <summary>Projects the plan lists for information only; they are not actions and take no capacity.</summary>
    public ValueArray<OverigProject> OverigeProjecten { get; init; }

    /// <summary>
    /// The members on <paramref name="datum"/>, in the order of <see cref="Deelnemers"/>: each member whose membership
    /// period (<see cref="Lidmaatschappen"/>) holds the date, and each member without one. The one answer to "who is a
    /// member then": the rules, the run and the replay all ask it. Computed once per plan instance; allocates nothing.
    /// </summary>
    /// <param name="datum">The day.</param>
    /// <returns>The members of that day; <see cref="Deelnemers"/> itself when no member joins or leaves.</returns>
    public ValueArray<string> DeelnemersOp(LocalDate datum) => PlanIndex.Of(this).Leden.Op(datum);

    /// <summary>
    /// The date <paramref name="gemeente"/>'s council decides on a proposal put to the councils at a joint meeting on
    /// <paramref name="bijeenkomst"/>: its first own meeting (<see cref="Raadsvergaderingen"/>) on or after that date and
    /// within the decision window (<paramref name="bijeenkomst"/> plus <paramref name="termijnInDagen"/>), otherwise the
    /// window's end. The one answer to "when does this council decide": never later than the window's end, so a deadline
    /// that allows the window allows every council's date. Logarithmic in the council's own meetings (indexed once per plan).
    /// </summary>
    /// <remarks>A meeting on a day the council is no member (<see cref="IsDeelnemerOp"/>: a successor before its first
    /// day, a member after its last) is not used: the council decides as a member or at the window's end.</remarks>
    /// <param name="gemeente">The member's party id.</param>
    /// <param name="bijeenkomst">The date of the joint meeting.</param>
    /// <param name="termijnInDagen">The decision window in days (<c>Governancebeleid.BesluitvormingstermijnInDagen</c>).</param>
    /// <returns>The council's decision date.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="gemeente"/> is null.</exception>
    public LocalDate Besluitdatum(string gemeente, LocalDate bijeenkomst, int termijnInDagen)
    {
        ArgumentNullException.ThrowIfNull(gemeente);
        return PlanIndex.Of(this).Besluitdatum(gemeente, bijeenkomst, Tijd.Dagen.Plus(bijeenkomst, termijnInDagen));
    }

    /// <summary>Whether <paramref name="partij"/> is a member on <paramref name="datum"/> (see <see cref="DeelnemersOp"/>).</summary>
    /// <param name="partij">A party id.</param>
    /// <param name="datum">The day.</param>
    /// <exception cref="ArgumentNullException"><paramref name="partij"/> is null.</exception>
    public bool IsDeelnemerOp(string partij, LocalDate datum)
    {
        ArgumentNullException.ThrowIfNull(partij);
        return PlanIndex.Of(this).Leden.IsLidOp(partij, datum);
    }
}
