using System.Collections.Frozen;
using Zk.Domain.Collections;

namespace Zk.Domain.Regels;

/// <summary>
/// The rules catalogue (regelcatalogus): every consistency rule with its stable code. This class is the single
/// source: the validators, the sample and <c>docs/rules.md</c> (<c>BevindingenExport.CatalogusToMarkdown</c>) all take the rules from here, and it is built from the
/// rules themselves (one type per code, holding its code, severity, texts and check).
/// </summary>
/// <remarks>
/// Codes ZK001–ZK062 are those of the domain brief, but for ZK004 (a required member set to null); ZK1xx are rules
/// users expect beyond it. Some rules are one plan's own (<see cref="Regel.IsProfielregel"/>: Zuid-Kennemerland's
/// selection criteria ZK010, ZK012–ZK014 and its terms ZK021, ZK022): they run only where the plan's profile sets them.
/// Codes never change
/// and are never reused. Thread-safe.
/// </remarks>
public static class Regelcatalogus
{
    /// <summary>Every id is unique within its kind.</summary>
    public const string ZK001 = nameof(ZK001);

    /// <summary>Every reference resolves.</summary>
    public const string ZK002 = nameof(ZK002);

    /// <summary>Periods are valid and dates parse.</summary>
    public const string ZK003 = nameof(ZK003);

    /// <summary>Every required member has a value.</summary>
    public const string ZK004 = nameof(ZK004);

    /// <summary>Every main task has an action.</summary>
    public const string ZK010 = nameof(ZK010);

    /// <summary>The number of actions stays within capacity.</summary>
    public const string ZK011 = nameof(ZK011);

    /// <summary>Short- and long-term actions are mixed.</summary>
    public const string ZK012 = nameof(ZK012);

    /// <summary>No action is already running.</summary>
    public const string ZK013 = nameof(ZK013);

    /// <summary>No claims on funds.</summary>
    public const string ZK014 = nameof(ZK014);

    /// <summary>Every action has a political lead.</summary>
    public const string ZK020 = nameof(ZK020);

    /// <summary>Leads are member municipalities.</summary>
    public const string ZK021 = nameof(ZK021);

    /// <summary>All members take part in every project organisation.</summary>
    public const string ZK022 = nameof(ZK022);

    /// <summary>Every action has a result.</summary>
    public const string ZK030 = nameof(ZK030);

    /// <summary>Nothing is due after the period.</summary>
    public const string ZK031 = nameof(ZK031);

    /// <summary>Stages follow their order, each in a later meeting.</summary>
    public const string ZK040 = nameof(ZK040);

    /// <summary>No decision without an earlier interim discussion.</summary>
    public const string ZK041 = nameof(ZK041);

    /// <summary>Council moments lie within the period.</summary>
    public const string ZK042 = nameof(ZK042);

    /// <summary>A council moment is not yet planned.</summary>
    public const string ZK043 = nameof(ZK043);

    /// <summary>A decision while funding is not worked out.</summary>
    public const string ZK044 = nameof(ZK044);

    /// <summary>A link connects two distinct elements.</summary>
    public const string ZK050 = nameof(ZK050);

    /// <summary>A pair has more than one koppelkans or vraagstuk.</summary>
    public const string ZK051 = nameof(ZK051);

    /// <summary>The two sides of a vraagstuk are decided in different meetings.</summary>
    public const string ZK052 = nameof(ZK052);

    /// <summary>A meeting holds more items than its capacity.</summary>
    public const string ZK060 = nameof(ZK060);

    /// <summary>A moment where the calendar has no meeting.</summary>
    public const string ZK061 = nameof(ZK061);

    /// <summary>A moment in a blocked period.</summary>
    public const string ZK062 = nameof(ZK062);

    /// <summary>A strength has the wrong sign.</summary>
    public const string ZK100 = nameof(ZK100);

    /// <summary>A moment's quarter differs from its meeting's date.</summary>
    public const string ZK101 = nameof(ZK101);

    /// <summary>A source gives another quarter than the moment.</summary>
    public const string ZK102 = nameof(ZK102);

    /// <summary>A sub-action has no lead of its own while its action has none (warning).</summary>
    public const string ZK103 = nameof(ZK103);

    /// <summary>A stage the plan names is not a stage of its governance profile.</summary>
    public const string ZK104 = nameof(ZK104);

    /// <summary>A membership period ends before it starts or lies outside the plan's period.</summary>
    public const string ZK105 = nameof(ZK105);

    /// <summary>A member's successor is not a member from the day after the member's last day.</summary>
    public const string ZK106 = nameof(ZK106);

    /// <summary>A member leaves without a successor before a decision of an action it takes part in (warning).</summary>
    public const string ZK107 = nameof(ZK107);

    /// <summary>A rule the plan's profile sets is not in the catalogue (warning).</summary>
    public const string ZK108 = nameof(ZK108);

    /// <summary>A party's TOOI identifier does not have the standard's form (error).</summary>
    public const string ZK109 = nameof(ZK109);

    /// <summary>
    /// Every rule as a named type (one file per code in <c>Regels/Catalogus</c>), ordered by code. Adding a rule is one
    /// type, one line here and one law; a test checks that every rule type of the assembly is listed.
    /// </summary>
    internal static ValueArray<Regeldefinitie> Definities { get; } =
    [
        new Catalogus.ZK001UniekeIds(),
        new Catalogus.ZK002Verwijzingen(),
        new Catalogus.ZK003Perioden(),
        new Catalogus.ZK004VerplichteWaarden(),
        new Catalogus.ZK010ElkeHoofdopgaveEenActie(),
        new Catalogus.ZK011Capaciteit(),
        new Catalogus.ZK012MixVanTermijnen(),
        new Catalogus.ZK013NietAlLopend(),
        new Catalogus.ZK014GeenClaimOpMiddelen(),
        new Catalogus.ZK020BestuurlijkTrekker(),
        new Catalogus.ZK021TrekkersZijnDeelnemers(),
        new Catalogus.ZK022Projectorganisatie(),
        new Catalogus.ZK030Resultaat(),
        new Catalogus.ZK031BinnenLooptijd(),
        new Catalogus.ZK040Fasevolgorde(),
        new Catalogus.ZK041TussentijdseBespreking(),
        new Catalogus.ZK042BinnenLooptijd(),
        new Catalogus.ZK043NogTeBepalen(),
        new Catalogus.ZK044FinancieringVoorBesluit(),
        new Catalogus.ZK050VerschillendeEinden(),
        new Catalogus.ZK051EenLinkPerPaar(),
        new Catalogus.ZK052Botsproef(),
        new Catalogus.ZK060BijeenkomstCapaciteit(),
        new Catalogus.ZK061KalenderHeeftBijeenkomst(),
        new Catalogus.ZK062Blokkade(),
        new Catalogus.ZK100SterkteTeken(),
        new Catalogus.ZK101KwartaalVanBijeenkomst(),
        new Catalogus.ZK102Bronnen(),
        new Catalogus.ZK103DeelactieZonderTrekker(),
        new Catalogus.ZK104FaseInProfiel(),
        new Catalogus.ZK105Lidmaatschapsperiode(),
        new Catalogus.ZK106Opvolger(),
        new Catalogus.ZK107ZonderOpvolger(),
        new Catalogus.ZK108RegelInCatalogus(),
        new Catalogus.ZK109TooiIdentificatie(),
    ];

    /// <summary>All rules, ordered by code.</summary>
    public static ValueArray<Regel> Regels { get; } = Definities.Select(d => d.Regel).ToValueArray();

    private static readonly FrozenDictionary<string, Regel> ByCode = Regels.ToFrozenDictionary(r => r.Code, StringComparer.Ordinal);

    /// <summary>Whether the catalogue has a rule <paramref name="code"/>, and which.</summary>
    internal static bool TryGet(string code, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Regel? regel) => ByCode.TryGetValue(code, out regel);

    /// <summary>The rule with <paramref name="code"/>.</summary>
    /// <param name="code">A code of the catalogue, e.g. <c>ZK040</c>.</param>
    /// <exception cref="KeyNotFoundException">The catalogue has no such code.</exception>
    public static Regel Get(string code) =>
        ByCode.TryGetValue(code, out var regel) ? regel : throw new KeyNotFoundException($"The catalogue has no rule {code}.");
}
