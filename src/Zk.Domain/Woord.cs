namespace Zk.Domain;

/// <summary>
/// The key of a word, label or message template in the word tables of <see cref="Woorden"/>: every user-facing word
/// the library and the sample show (stage names, statuses, reasons, severities, kinds, headings) has one.
/// </summary>
/// <remarks>
/// The words of an enum value are reached through <see cref="Woorden"/> (<c>Woorden.Naam(FinancieringsStatus.Geregeld, Taal.En)</c>; a stage's words are in the plan's governance profile);
/// a key is for the labels and templates that belong to no enum. Templates name their placeholders in braces, e.g.
/// <c>{fase}</c>, and are filled by <see cref="Woorden.Format"/>.
/// </remarks>
public enum Woord
{









    /// <summary>The actor <see cref="Besturing.FaseActor.Bijeenkomst"/>.</summary>
    ActorBijeenkomst,

    /// <summary>The actor <see cref="Besturing.FaseActor.ElkeRaad"/>.</summary>
    ActorElkeRaad,

    /// <summary>The actor <see cref="Besturing.FaseActor.Regiobestuur"/>.</summary>
    ActorRegiobestuur,

    /// <summary>The actor <see cref="Besturing.FaseActor.Colleges"/>.</summary>
    ActorColleges,

    /// <summary>The actor <see cref="Besturing.FaseActor.Portefeuillehoudersoverleg"/>.</summary>
    ActorPortefeuillehoudersoverleg,

    /// <summary>The derived-kind <see cref="Besturing.AfleidingSoort.Kwartaal"/>.</summary>
    AfleidingKwartaal,

    /// <summary>The derived-kind <see cref="Besturing.AfleidingSoort.Moment"/>.</summary>
    AfleidingMoment,

    /// <summary>The party kind <see cref="Partijen.PartijSoort.Gemeente"/>.</summary>
    PartijGemeente,

    /// <summary>The party kind <see cref="Partijen.PartijSoort.Provincie"/>.</summary>
    PartijProvincie,

    /// <summary>The party kind <see cref="Partijen.PartijSoort.Regio"/>.</summary>
    PartijRegio,

    /// <summary>The party kind <see cref="Partijen.PartijSoort.Waterschap"/>.</summary>
    PartijWaterschap,

    /// <summary>The party kind <see cref="Partijen.PartijSoort.Rijk"/>.</summary>
    PartijRijk,

    /// <summary>The party kind <see cref="Partijen.PartijSoort.Organisatie"/>.</summary>
    PartijOrganisatie,

    /// <summary>The funding status <see cref="Werkplannen.FinancieringsStatus.BestaandeMiddelen"/>.</summary>
    FinancieringBestaandeMiddelen,

    /// <summary>The funding status <see cref="Werkplannen.FinancieringsStatus.Geregeld"/>.</summary>
    FinancieringGeregeld,

    /// <summary>The funding status <see cref="Werkplannen.FinancieringsStatus.NogTeVinden"/>.</summary>
    FinancieringNogTeVinden,

    /// <summary>The funding status <see cref="Werkplannen.FinancieringsStatus.DeelsGeregeld"/>.</summary>
    FinancieringDeelsGeregeld,

    /// <summary>The funding status <see cref="Werkplannen.FinancieringsStatus.Verwacht"/>.</summary>
    FinancieringVerwacht,

    /// <summary>The term <see cref="Werkplannen.Termijn.Kort"/>.</summary>
    TermijnKort,

    /// <summary>The term <see cref="Werkplannen.Termijn.Lang"/>.</summary>
    TermijnLang,

    /// <summary>The term <see cref="Werkplannen.Termijn.Kort"/> before a noun ("op korte termijn", "short-term").</summary>
    TermijnKortBijvoeglijk,

    /// <summary>The term <see cref="Werkplannen.Termijn.Lang"/> before a noun ("op lange termijn", "long-term").</summary>
    TermijnLangBijvoeglijk,

    /// <summary>The condition kind <see cref="Werkplannen.VoorwaardeSoort.UitersteDatum"/>.</summary>
    VoorwaardeUitersteDatum,

    /// <summary>The condition kind <see cref="Werkplannen.VoorwaardeSoort.Afhankelijkheid"/>.</summary>
    VoorwaardeAfhankelijkheid,

    /// <summary>What a caveat concerns: <see cref="Werkplannen.VoorbehoudBetreft.Planning"/>.</summary>
    VoorbehoudPlanning,

    /// <summary>What a caveat concerns: <see cref="Werkplannen.VoorbehoudBetreft.Samenhang"/>.</summary>
    VoorbehoudSamenhang,

    /// <summary>The governing body <see cref="Werkplannen.Bestuursorgaan.Gemeenteraad"/>.</summary>
    OrgaanGemeenteraad,

    /// <summary>The governing body <see cref="Werkplannen.Bestuursorgaan.College"/>.</summary>
    OrgaanCollege,

    /// <summary>The governing body <see cref="Werkplannen.Bestuursorgaan.Raadscommissie"/>.</summary>
    OrgaanRaadscommissie,

    /// <summary>The governing body <see cref="Werkplannen.Bestuursorgaan.Portefeuillehoudersoverleg"/>.</summary>
    OrgaanPortefeuillehoudersoverleg,

    /// <summary>The element kind <see cref="Wisselwerkingen.ElementSoort.Hoofdopgave"/>.</summary>
    ElementHoofdopgave,

    /// <summary>The element kind <see cref="Wisselwerkingen.ElementSoort.Actie"/>.</summary>
    ElementActie,

    /// <summary>The severity error (the rules' <c>FindingSeverity.Error</c>).</summary>
    ErnstFout,

    /// <summary>The severity warning (the rules' <c>FindingSeverity.Warning</c>).</summary>
    ErnstWaarschuwing,

    /// <summary>The severity info (the rules' <c>FindingSeverity.Info</c>).</summary>
    ErnstInfo,

    /// <summary>What a message names when there is nothing to name, e.g. an action without council moments.</summary>
    Geen,

    /// <summary>What a capacity counts, <c>Besturing.Capaciteitseenheid.Acties</c>, as a plural noun after a number (ZK011).</summary>
    CapaciteitActies,

    /// <summary>What a capacity counts, <c>Besturing.Capaciteitseenheid.Hoofdopgaven</c>, as a plural noun after a number (ZK011).</summary>
    CapaciteitHoofdopgaven,

    /// <summary>A rule switched off by a profile, <c>Besturing.Regelstand.Uit</c>.</summary>
    RegelUit,

    /// <summary>The scheduler's <c>ToewijzingStatus.Behouden</c>.</summary>
    ToewijzingBehouden,

    /// <summary>The scheduler's <c>ToewijzingStatus.Verplaatst</c>.</summary>
    ToewijzingVerplaatst,

    /// <summary>The scheduler's <c>ToewijzingStatus.Ingepland</c>.</summary>
    ToewijzingIngepland,

    /// <summary>The scheduler's <c>ToewijzingStatus.Toegevoegd</c>.</summary>
    ToewijzingToegevoegd,

    /// <summary>An assignment the planner added for a required stage of the profile that is no interim discussion (the sample's schedule).</summary>
    ToewijzingToegevoegdVereist,

    /// <summary>The scheduler's <c>OnplanbaarReden.Deadline</c>.</summary>
    OnplanbaarDeadline,

    /// <summary>The scheduler's <c>OnplanbaarReden.Capaciteit</c>.</summary>
    OnplanbaarCapaciteit,

    /// <summary>The scheduler's <c>OnplanbaarReden.Blokkade</c>.</summary>
    OnplanbaarBlokkade,

    /// <summary>The scheduler's <c>OnplanbaarReden.Volgorde</c>.</summary>
    OnplanbaarVolgorde,

    /// <summary>Why a moment cannot be planned, <c>OnplanbaarReden.Deadline</c>: <c>{fase}</c>, <c>{actie}</c>, <c>{deadline}</c>.</summary>
    MeldingDeadline,

    /// <summary>Why a moment cannot be planned, <c>OnplanbaarReden.Capaciteit</c>: <c>{deadline}</c>, <c>{bijeenkomsten}</c>, <c>{concurrenten}</c>, <c>{fase}</c>, <c>{actie}</c>.</summary>
    MeldingCapaciteit,

    /// <summary>Why a moment cannot be planned, <c>OnplanbaarReden.Blokkade</c>: <c>{fase}</c>, <c>{actie}</c>, <c>{bijeenkomsten}</c>.</summary>
    MeldingBlokkade,

    /// <summary>Why a moment cannot be planned, <c>OnplanbaarReden.Volgorde</c>: <c>{fase}</c>, <c>{actie}</c>.</summary>
    MeldingVolgorde,

    /// <summary>Why a moment cannot be planned, <c>OnplanbaarReden.Capaciteit</c>, when the full meetings hold no other action's moment (their capacity is 0): <c>{deadline}</c>, <c>{bijeenkomsten}</c>, <c>{fase}</c>, <c>{actie}</c>.</summary>
    MeldingCapaciteitZonderAgenda,

    /// <summary>The kind of constraint <c>BeperkingSoort.Periode</c>, in a word or two.</summary>
    SoortPeriode,

    /// <summary>The kind of constraint <c>BeperkingSoort.Deadline</c>, in a word or two.</summary>
    SoortDeadline,

    /// <summary>The kind of constraint <c>BeperkingSoort.Besluitvormingstermijn</c>, in a word or two.</summary>
    SoortBesluitvormingstermijn,

    /// <summary>The kind of constraint <c>BeperkingSoort.Tussenruimte</c>, in a word or two.</summary>
    SoortTussenruimte,

    /// <summary>The kind of constraint <c>BeperkingSoort.Blokkade</c>, in a word or two.</summary>
    SoortBlokkade,

    /// <summary>The kind of constraint <c>BeperkingSoort.Capaciteit</c>, in a word or two.</summary>
    SoortCapaciteit,

    /// <summary>The kind of constraint <c>BeperkingSoort.Volgorde</c>, in a word or two.</summary>
    SoortVolgorde,

    /// <summary>A constraint of an unplannable moment (the scheduler's <c>BeperkingSoort.Periode</c>): <c>{datum}</c> its first day.</summary>
    BeperkingPeriode,

    /// <summary>The scheduler's <c>BeperkingSoort.Deadline</c>: <c>{datum}</c> the action's deadline.</summary>
    BeperkingDeadline,

    /// <summary>The scheduler's <c>BeperkingSoort.Besluitvormingstermijn</c>: <c>{datum}</c> the last day, <c>{dagen}</c> the decision time.</summary>
    BeperkingBesluitvormingstermijn,

    /// <summary>The scheduler's <c>BeperkingSoort.Tussenruimte</c>: <c>{datum}</c> the first day after the previous moment's meeting and the gap.</summary>
    BeperkingTussenruimte,

    /// <summary>The scheduler's <c>BeperkingSoort.Blokkade</c>: <c>{periode}</c> the blocked period, <c>{reden}</c> its reason.</summary>
    BeperkingBlokkade,

    /// <summary>The scheduler's <c>BeperkingSoort.Capaciteit</c>: <c>{bijeenkomst}</c> the full meeting, <c>{capaciteit}</c> its capacity.</summary>
    BeperkingCapaciteit,

    /// <summary>The scheduler's <c>BeperkingSoort.Volgorde</c>.</summary>
    BeperkingVolgorde,

    /// <summary>A list cut short: <c>{genoemd}</c> the ones named, <c>{rest}</c> how many more.</summary>
    EnNogMeer,

    /// <summary>The end of a rule's message about a member that left, naming its successor: <c>{opvolger}</c>.</summary>
    MeldingOpvolger,

    /// <summary>The council decision <c>Raadsbesluit.Aangenomen</c>.</summary>
    BesluitAangenomen,

    /// <summary>The council decision <c>Raadsbesluit.Verworpen</c>.</summary>
    BesluitVerworpen,

    /// <summary>The council decision <c>Raadsbesluit.Geamendeerd</c>.</summary>
    BesluitGeamendeerd,

    /// <summary>The action status <c>ActieStatus.OpSchema</c>.</summary>
    StatusOpSchema,

    /// <summary>The action status <c>ActieStatus.Risico</c>.</summary>
    StatusRisico,

    /// <summary>The action status <c>ActieStatus.Vertraagd</c>.</summary>
    StatusVertraagd,

    /// <summary>The action status <c>ActieStatus.Vastgesteld</c>.</summary>
    StatusVastgesteld,

    /// <summary>The action status <c>ActieStatus.Gestopt</c>.</summary>
    StatusGestopt,

    /// <summary>The decision state <c>Besluitstand.Open</c>.</summary>
    BesluitstandOpen,

    /// <summary>The decision state <c>Besluitstand.Vastgesteld</c>.</summary>
    BesluitstandVastgesteld,

    /// <summary>The decision state <c>Besluitstand.DeelsAangenomen</c>.</summary>
    BesluitstandDeelsAangenomen,

    /// <summary>The decision state <c>Besluitstand.Verworpen</c>.</summary>
    BesluitstandVerworpen,

    /// <summary>The scenario step <c>StapSoort.Verwerpt</c>.</summary>
    StapVerwerpt,

    /// <summary>The scenario step <c>StapSoort.Amendeert</c>.</summary>
    StapAmendeert,

    /// <summary>The scenario step <c>StapSoort.Annuleert</c>.</summary>
    StapAnnuleert,

    /// <summary>The scenario step <c>StapSoort.Vertraagt</c>.</summary>
    StapVertraagt,

    /// <summary>The scenario step <c>StapSoort.Financiering</c>.</summary>
    StapFinanciering,

    /// <summary>The decision state <c>Besluitstand.VastgesteldMetAfwijkingen</c>.</summary>
    BesluitstandVastgesteldMetAfwijkingen,

    /// <summary>The round outcome <c>Besluituitkomst.Vastgesteld</c>.</summary>
    UitkomstVastgesteld,

    /// <summary>The round outcome <c>Besluituitkomst.VastgesteldMetAfwijkingen</c>.</summary>
    UitkomstVastgesteldMetAfwijkingen,

    /// <summary>The round outcome <c>Besluituitkomst.Herafstemming</c>.</summary>
    UitkomstHerafstemming,

    /// <summary>The round outcome <c>Besluituitkomst.Verworpen</c>.</summary>
    UitkomstVerworpen,

    /// <summary>The regional board's verdict <c>Oordeel.Open</c>.</summary>
    OordeelOpen,

    /// <summary>The regional board's verdict <c>Oordeel.Acceptabel</c>.</summary>
    OordeelAcceptabel,

    /// <summary>The regional board's verdict <c>Oordeel.NietAcceptabel</c>.</summary>
    OordeelNietAcceptabel,

    /// <summary>A decision round: <c>{ronde}</c>.</summary>
    RondeNummer,

    /// <summary>A new decision round planned: <c>{ronde}</c>.</summary>
    NieuweRonde,

    /// <summary>A proposal adopted by every council, with accepted amendments.</summary>
    VastgesteldMetAfwijkingen,

    /// <summary>A proposal rejected by every council.</summary>
    DoorAlleRadenVerworpen,

    /// <summary>Heading of a schedule.</summary>
    Planning,

    /// <summary>A schedule in which every council moment has a meeting.</summary>
    AllesIngepland,

    /// <summary>Heading of the moments that cannot be planned.</summary>
    NietTePlannen,

    /// <summary>Heading of the slack per action.</summary>
    Speling,

    /// <summary>The path of a finding about the plan as a whole.</summary>
    HetPlan,

    /// <summary>The count of findings: <c>{fouten}</c>, <c>{waarschuwingen}</c>, <c>{info}</c>.</summary>
    Bevindingentelling,

    /// <summary>Label of a plan's period.</summary>
    Looptijd,

    /// <summary>Between the first and the last day of a period.</summary>
    TotEnMet,

    /// <summary>Label of the date a run stops.</summary>
    VerloopTot,

    /// <summary>Label of a plan's member municipalities.</summary>
    Deelnemers,

    /// <summary>Label of a plan's region.</summary>
    Regio,

    /// <summary>Label of a plan's agreement (convenant).</summary>
    Convenant,

    /// <summary>Label of a run's scenario.</summary>
    Scenario,

    /// <summary>The scenario in which everything goes to plan.</summary>
    ScenarioVolgensPlan,

    /// <summary>A random scenario: <c>{seed}</c>.</summary>
    ScenarioWillekeurig,

    /// <summary>Heading of the warnings.</summary>
    Waarschuwingen,

    /// <summary>Column of an action.</summary>
    Actie,

    /// <summary>Column of a status.</summary>
    Status,

    /// <summary>Column of the next council moment.</summary>
    VolgendMoment,

    /// <summary>Heading of the status per action in a quarter.</summary>
    Stand,

    /// <summary>Label of an action's next moment.</summary>
    Volgend,

    /// <summary>Heading of the results.</summary>
    Bereikt,


    /// <summary>A meeting that is cancelled.</summary>
    Geannuleerd,

    /// <summary>A moment that moved.</summary>
    Verschoven,

    /// <summary>Where a moment moved when no meeting is left.</summary>
    GeenBijeenkomstMeer,

    /// <summary>Before the name of a municipality whose council decides.</summary>
    RaadVan,

    /// <summary>A proposal adopted by every council.</summary>
    DoorAlleRadenVastgesteld,

    /// <summary>A proposal not adopted by every council.</summary>
    NietVastgesteld,

    /// <summary>Funding found for an action.</summary>
    FinancieringGevonden,

    /// <summary>Label of an action's lead.</summary>
    Trekker,

    /// <summary>The political lead.</summary>
    Bestuurlijk,

    /// <summary>The civil-service lead.</summary>
    Ambtelijk,

    /// <summary>Leads per sub-action.</summary>
    PerDeelactie,

    /// <summary>The party that coordinates.</summary>
    Regie,

    /// <summary>The partners an action works with.</summary>
    InSamenwerkingMet,

    /// <summary>Heading of the planning table.</summary>
    PlanningVanDeRaadsmomenten,

    /// <summary>The key to the planning table's abbreviations.</summary>
    Legenda,

    /// <summary>Heading of the interaction matrix.</summary>
    Interactiematrix,

    /// <summary>Heading of the links per action.</summary>
    PerActie,

    /// <summary>Label of an action's koppelkansen.</summary>
    Kansen,

    /// <summary>Label of an action's vraagstukken.</summary>
    Vraagstukken,

    /// <summary>Heading of the botsproef.</summary>
    BotsproefVraag,

    /// <summary>Botsproef: the decisions are weighed together.</summary>
    Samen,

    /// <summary>Botsproef: the decisions are not weighed together.</summary>
    NietSamen,

    /// <summary>Not applicable.</summary>
    NietVanToepassing,

    /// <summary>Calendar source: the plan's own meetings.</summary>
    KalenderEigenVergaderingen,

    /// <summary>Calendar source: the default pattern, one joint meeting per quarter.</summary>
    KalenderStandaardpatroon,

    /// <summary>Calendar source: given by the caller.</summary>
    KalenderOpgegeven,
    /// <summary>The calendar a command used: the plan's own meetings (<c>{aantal}</c>).</summary>
    KalenderEigen,

    /// <summary>The calendar a command used: the generated one (<c>{bijeenkomst}</c>, <c>{aantal}</c>).</summary>
    KalenderStandaard,

    /// <summary>The calendar a command used: a calendar file (<c>{bestand}</c>, <c>{aantal}</c>).</summary>
    KalenderBestand,

    /// <summary>Heading of the alternatives for a moment (<c>{fase}</c>, <c>{actie}</c>, <c>{huidig}</c>).</summary>
    AlternatievenVoor,

    /// <summary>A moment that has no meeting.</summary>
    NietIngepland,

    /// <summary>Marks the meeting a moment has now.</summary>
    Huidig,

    /// <summary>No other moment moves.</summary>
    GeenVerschuivingen,

    /// <summary>A moment that moves (<c>{actie}</c>, <c>{fase}</c>, <c>{van}</c>, <c>{naar}</c>).</summary>
    Verschuift,

    /// <summary>How many fewer moments are planned (<c>{aantal}</c>).</summary>
    MinderGepland,

    /// <summary>A finding that would appear (<c>{code}</c>, <c>{pad}</c>).</summary>
    BevindingNieuw,

    /// <summary>A finding that would disappear (<c>{code}</c>, <c>{pad}</c>).</summary>
    BevindingVervallen,

    /// <summary>The room an alternative leaves (<c>{speling}</c> days, <c>{plaatsen}</c> free agenda items).</summary>
    SpelingEnPlaatsen,

    /// <summary>No meeting can take the moment.</summary>
    GeenAlternatieven,

    /// <summary>Label of the meetings a moment cannot be forced into.</summary>
    Uitgesloten,

    /// <summary>Heading of a comparison (<c>{oud}</c>, <c>{nieuw}</c>).</summary>
    VerschillenTussen,

    /// <summary>Two versions that do not differ.</summary>
    GeenVerschillen,

    /// <summary>Heading of the plan's changed fields.</summary>
    VerschilPlan,

    /// <summary>Heading of the changed actions.</summary>
    VerschilActies,

    /// <summary>Heading of the moved moments.</summary>
    VerschilPlanning,

    /// <summary>Heading of the run's differences.</summary>
    VerschilVerloop,

    /// <summary>Heading of the findings that came or went.</summary>
    VerschilBevindingen,

    /// <summary>An action only the new version has.</summary>
    ActieToegevoegd,

    /// <summary>An action only the old version has.</summary>
    ActieVerwijderd,

    /// <summary>An action with changed fields.</summary>
    ActieGewijzigd,


    /// <summary>A council's decision that differs (<c>{actie}</c>, <c>{gemeente}</c>, <c>{ronde}</c>, <c>{voor}</c>, <c>{na}</c>).</summary>
    Raadsbesluit,



}
