using Zk.Domain.Besturing;
using Zk.Domain.Inplannen;
using Zk.Domain.Regels;
using Zk.Domain.Verloop;

namespace Zk.Domain.Documenten.Export;

/// <summary>
/// The names the exports write for the model's enums and event kinds: one explicit table each, so that renaming a C#
/// member never changes an output. A stage (<see cref="Fase"/>) has the plan document's own wire name, its id in the plan's profile.
/// </summary>
/// <remarks>
/// Every table throws <see cref="ArgumentOutOfRangeException"/> for a value it does not know (an undefined enum value,
/// an event kind a host derived itself), rather than writing a name nobody has agreed on. Pure and thread-safe.
/// </remarks>
internal static class WireNames
{
    /// <summary>A stage: its id in the profile, the name of the plan document (<c>versie50</c>, <c>besluitvorming</c>).</summary>
    public static string Naam(Fase fase) => fase.Id;

    /// <summary>
    /// A stage as a label in a Mermaid gantt chart: its wire name with a capital (<c>Versie50</c>, <c>Besluitvorming</c>);
    /// an empty id (a document may name one) stays empty.
    /// </summary>
    public static string GanttLabel(Fase fase)
    {
        var naam = Naam(fase);
        return naam.Length == 0 ? naam : string.Concat(naam[..1].ToUpperInvariant(), naam[1..]);
    }

    /// <summary>How an assignment came about.</summary>
    public static string Naam(ToewijzingStatus status) => status switch
    {
        ToewijzingStatus.Behouden => "behouden",
        ToewijzingStatus.Verplaatst => "verplaatst",
        ToewijzingStatus.Ingepland => "ingepland",
        ToewijzingStatus.Toegevoegd => "toegevoegd",
        _ => throw Unknown(status),
    };

    /// <summary>Why a moment cannot be planned.</summary>
    public static string Naam(OnplanbaarReden reden) => reden switch
    {
        OnplanbaarReden.Deadline => "deadline",
        OnplanbaarReden.AgendaVol => "capaciteit",
        OnplanbaarReden.Blokkade => "blokkade",
        OnplanbaarReden.Volgorde => "volgorde",
        _ => throw Unknown(reden),
    };

    /// <summary>A kind of placement constraint (of an unplannable moment's minimal set).</summary>
    public static string Naam(BeperkingSoort soort) => soort switch
    {
        BeperkingSoort.Periode => "periode",
        BeperkingSoort.Deadline => "deadline",
        BeperkingSoort.Besluitvormingstermijn => "besluitvormingstermijn",
        BeperkingSoort.Tussenruimte => "tussenruimte",
        BeperkingSoort.Blokkade => "blokkade",
        BeperkingSoort.AgendaVol => "capaciteit",
        BeperkingSoort.Volgorde => "volgorde",
        _ => throw Unknown(soort),
    };

    /// <summary>An action's status in a run.</summary>
    public static string Naam(ActieStatus status) => status switch
    {
        ActieStatus.OpSchema => "op-schema",
        ActieStatus.Risico => "risico",
        ActieStatus.Vertraagd => "vertraagd",
        ActieStatus.Vastgesteld => "vastgesteld",
        ActieStatus.Gestopt => "gestopt",
        _ => throw Unknown(status),
    };

    /// <summary>Where the councils' decisions on an action's proposal stand.</summary>
    public static string Naam(Besluitstand stand) => stand switch
    {
        Besluitstand.Open => "open",
        Besluitstand.Vastgesteld => "vastgesteld",
        Besluitstand.DeelsAangenomen => "deels-aangenomen",
        Besluitstand.Verworpen => "verworpen",
        Besluitstand.VastgesteldMetAfwijkingen => "vastgesteld-met-afwijkingen",
        _ => throw Unknown(stand),
    };

    /// <summary>A decision round's outcome.</summary>
    public static string Naam(Besluituitkomst uitkomst) => uitkomst switch
    {
        Besluituitkomst.Vastgesteld => "vastgesteld",
        Besluituitkomst.VastgesteldMetAfwijkingen => "vastgesteld-met-afwijkingen",
        Besluituitkomst.Herafstemming => "herafstemming",
        Besluituitkomst.Verworpen => "verworpen",
        _ => throw Unknown(uitkomst),
    };

    /// <summary>A council's decision.</summary>
    public static string Naam(Raadsbesluit besluit) => besluit switch
    {
        Raadsbesluit.Aangenomen => "aangenomen",
        Raadsbesluit.Verworpen => "verworpen",
        Raadsbesluit.Geamendeerd => "geamendeerd",
        _ => throw Unknown(besluit),
    };

    /// <summary>The regional board's verdict on an amendment.</summary>
    public static string Naam(Oordeel oordeel) => oordeel switch
    {
        Oordeel.Open => "open",
        Oordeel.Acceptabel => "acceptabel",
        Oordeel.NietAcceptabel => "niet-acceptabel",
        _ => throw Unknown(oordeel),
    };

    /// <summary>A finding's or rule's severity: <c>error</c>, <c>warning</c> or <c>info</c>.</summary>
    public static string Naam(FindingSeverity severity) => severity switch
    {
        FindingSeverity.Error => "error",
        FindingSeverity.Warning => "warning",
        FindingSeverity.Info => "info",
        _ => throw Unknown(severity),
    };

    /// <summary>The kind of a run's event.</summary>
    public static string Soort(Gebeurtenis gebeurtenis) => gebeurtenis switch
    {
        RunGestart => "RunGestart",
        BijeenkomstGehouden => "BijeenkomstGehouden",
        BijeenkomstGeannuleerd => "BijeenkomstGeannuleerd",
        MomentBesproken => "MomentBesproken",
        MomentVerschoven => "MomentVerschoven",
        RaadBesloten => "RaadBesloten",
        VoorstelVastgesteld => "VoorstelVastgesteld",
        VoorstelNietVastgesteld => "VoorstelNietVastgesteld",
        RondeGepland => "RondeGepland",
        FinancieringGevonden => "FinancieringGevonden",
        _ => throw new ArgumentOutOfRangeException(nameof(gebeurtenis), gebeurtenis?.GetType().Name, "Not an event kind of the run."),
    };

    private static ArgumentOutOfRangeException Unknown<TEnum>(TEnum value)
        where TEnum : struct, Enum => new(nameof(value), value, $"Not a defined {typeof(TEnum).Name} value.");
}
