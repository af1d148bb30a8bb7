using System.Collections.Frozen;
using System.Globalization;
using System.Text;
using Zk.Domain.Collections;

namespace Zk.Domain.Regels;

/// <summary>
/// The rules catalogue (regelcatalogus): every consistency rule with its stable code. This class is the single
/// source: the validators, the sample and <c>docs/rules.md</c> all take the rules from here.
/// </summary>
/// <remarks>
/// Codes ZK001–ZK062 are those of the domain brief; ZK1xx are rules users expect beyond it. Codes never change
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

    private static Regel R(string code, FindingSeverity severity, string bron, string nl, string en, string meldingNl, string meldingEn) =>
        new() { Code = code, Severity = severity, Bron = bron, OmschrijvingNl = nl, OmschrijvingEn = en, MeldingNl = meldingNl, MeldingEn = meldingEn };

    /// <summary>All rules, ordered by code.</summary>
    public static ValueArray<Regel> Regels { get; } =
    [
        R(ZK001, FindingSeverity.Error, "—",
            "Elk id is uniek binnen zijn soort.",
            "Every id is unique within its kind.",
            "Het id '{0}' komt al eerder voor bij {1}.",
            "The id '{0}' already occurs among {1}."),
        R(ZK002, FindingSeverity.Error, "—",
            "Elke verwijzing bestaat (hoofdopgave van een actie, partijen van een trekker, uiteinden van een koppeling, radenbijeenkomsten).",
            "Every reference resolves (main task of an action, parties of a lead, ends of a link, meetings).",
            "De verwijzing '{0}' naar {1} bestaat niet.",
            "The reference '{0}' to {1} does not resolve."),
        R(ZK003, FindingSeverity.Error, "ch. 1",
            "De looptijd en andere perioden zijn geldig (het einde ligt na het begin); alle datums zijn te lezen.",
            "The period and other periods are valid (end after start); all dates parse.",
            "De periode {0} eindigt niet na haar begin.",
            "The period {0} does not end after it starts."),
        R(ZK010, FindingSeverity.Error, "ch. 2",
            "Elke hoofdopgave heeft minstens één actie (spreiding over de hoofdopgaven).",
            "Every main task has at least one action (spread over the main tasks).",
            "De hoofdopgave '{0}' heeft geen actie.",
            "The main task '{0}' has no action."),
        R(ZK011, FindingSeverity.Error, "ch. 2",
            "Het aantal acties past binnen de capaciteit (standaard 9).",
            "The number of actions fits the capacity (9 by default).",
            "Het plan heeft {0} acties; de capaciteit is {1}.",
            "The plan has {0} actions; the capacity is {1}."),
        R(ZK012, FindingSeverity.Warning, "ch. 2",
            "Het plan mengt acties op korte en lange termijn.",
            "The plan mixes short- and long-term actions.",
            "Alle acties zijn op {0} termijn; het plan mengt geen korte en lange termijn.",
            "All actions are {0}-term; the plan does not mix short and long term."),
        R(ZK013, FindingSeverity.Error, "ch. 2",
            "Geen actie is iets dat al loopt (wat er al loopt is niet opgenomen).",
            "No action is an activity that is already running.",
            "De actie '{0}' loopt al; het werkplan neemt alleen nieuwe acties op.",
            "The action '{0}' is already running; the plan takes in only new actions."),
        R(ZK014, FindingSeverity.Error, "ch. 2",
            "Het plan doet geen claims op middelen.",
            "The plan makes no claims on funds.",
            "De actie '{0}' claimt middelen; het werkplan doet geen claims op middelen.",
            "The action '{0}' claims funds; the plan makes no claims on funds."),
        R(ZK020, FindingSeverity.Error, "each action",
            "Elke actie heeft een bestuurlijk trekker (zelf, of bij elke deelactie).",
            "Every action has a political lead (its own, or one on every sub-action).",
            "De actie '{0}' heeft geen bestuurlijk trekker.",
            "The action '{0}' has no political lead."),
        R(ZK021, FindingSeverity.Error, "ch. 8, 3.1",
            "De bestuurlijk en ambtelijk trekkers zijn deelnemende gemeenten (een externe partij kan de regie hebben).",
            "The political and civil-service leads are member municipalities (an external party may hold the regie).",
            "De trekker '{0}' is geen deelnemende gemeente.",
            "The lead '{0}' is not a member municipality."),
        R(ZK022, FindingSeverity.Error, "ch. 8",
            "Alle deelnemende gemeenten nemen deel aan de projectorganisatie van elke actie.",
            "All member municipalities take part in every action's project organisation.",
            "De gemeente '{0}' ontbreekt in de projectorganisatie van actie '{1}'.",
            "The municipality '{0}' is missing from the project organisation of action '{1}'."),
        R(ZK030, FindingSeverity.Error, "each action",
            "Elke actie heeft minstens één resultaat.",
            "Every action has at least one result.",
            "De actie '{0}' heeft geen resultaat.",
            "The action '{0}' has no result."),
        R(ZK031, FindingSeverity.Error, "ch. 1",
            "Geen resultaat of eigen doel is pas na het einde van de looptijd gereed.",
            "No result or target of the plan's own is due after the end of the period.",
            "'{0}' is gereed in {1}, na het einde van de looptijd ({2}).",
            "'{0}' is due in {1}, after the end of the period ({2})."),
        R(ZK040, FindingSeverity.Error, "ch. 1, 4.1",
            "De raadsmomenten van een actie volgen de fasen (50 % → 80 % → besluitvorming), elk in een latere bijeenkomst.",
            "An action's council moments follow the stage order (50 % → 80 % → decision), each in a later meeting.",
            "De fase {0} ({1}) van actie '{2}' komt niet na de fase {3} ({4}).",
            "The stage {0} ({1}) of action '{2}' does not come after the stage {3} ({4})."),
        R(ZK041, FindingSeverity.Error, "ch. 2 (convenant)",
            "Geen besluitvorming zonder eerdere tussentijdse bespreking (50 %, 80 % of concept) in een radenbijeenkomst.",
            "No decision without an earlier interim discussion (50 %, 80 % or concept) in a radenbijeenkomst.",
            "De besluitvorming over actie '{0}' ({1}) heeft geen eerdere tussentijdse bespreking.",
            "The decision on action '{0}' ({1}) has no earlier interim discussion."),
        R(ZK042, FindingSeverity.Error, "ch. 1",
            "Elk raadsmoment ligt binnen de looptijd.",
            "Every council moment lies within the period.",
            "Het raadsmoment {0} van actie '{1}' ligt buiten de looptijd ({2}).",
            "The council moment {0} of action '{1}' lies outside the period ({2})."),
        R(ZK043, FindingSeverity.Warning, "ch. 8",
            "Een actie heeft een raadsmoment dat nog niet is gepland (N.t.b.).",
            "An action has a council moment that is not yet planned (N.t.b.).",
            "Het raadsmoment {0} van actie '{1}' is nog niet gepland (N.t.b.).",
            "The council moment {0} of action '{1}' is not yet planned (N.t.b.)."),
        R(ZK044, FindingSeverity.Warning, "ch. 2, 6.2",
            "Besluitvorming is voorzien terwijl de financiering nog niet is uitgewerkt (een startbesluit vraagt financiering).",
            "A decision is foreseen while the funding is not worked out (a start decision needs funding).",
            "Actie '{0}' komt tot besluitvorming ({1}) terwijl de financiering nog gevonden moet worden.",
            "Action '{0}' comes to a decision ({1}) while its funding is still to be found."),
        R(ZK050, FindingSeverity.Error, "ch. 8",
            "Een koppelkans of bestuurlijk vraagstuk verbindt twee verschillende elementen.",
            "A koppelkans or bestuurlijk vraagstuk connects two distinct elements.",
            "'{0}' verbindt {1} met zichzelf.",
            "'{0}' connects {1} with itself."),
        R(ZK051, FindingSeverity.Warning, "ch. 8",
            "Hetzelfde paar heeft niet meer dan één koppelkans, of meer dan één bestuurlijk vraagstuk.",
            "The same pair has no more than one koppelkans, or more than one bestuurlijk vraagstuk.",
            "'{0}' verbindt hetzelfde paar ({1}, {2}) als '{3}'.",
            "'{0}' connects the same pair ({1}, {2}) as '{3}'."),
        R(ZK052, FindingSeverity.Warning, "ch. 8",
            "De acties van een bestuurlijk vraagstuk komen in dezelfde bijeenkomst tot besluitvorming (botsproef: samen afwegen).",
            "The actions of a bestuurlijk vraagstuk reach their decision in the same meeting (botsproef: weigh them together).",
            "Het vraagstuk '{0}': actie '{1}' besluit in {2}, actie '{3}' in {4}; de botsproef weegt ze samen.",
            "The dilemma '{0}': action '{1}' decides in {2}, action '{3}' in {4}; the botsproef weighs them together."),
        R(ZK060, FindingSeverity.Error, "—",
            "Een radenbijeenkomst heeft niet meer agendapunten dan haar capaciteit.",
            "A radenbijeenkomst holds no more agenda items than its capacity.",
            "De radenbijeenkomst '{0}' heeft {1} agendapunten; de capaciteit is {2}.",
            "The radenbijeenkomst '{0}' has {1} agenda items; its capacity is {2}."),
        R(ZK061, FindingSeverity.Error, "ch. 8",
            "Een raadsmoment is gepland waar de vergaderkalender een radenbijeenkomst heeft.",
            "A council moment is planned where the meeting calendar has a radenbijeenkomst.",
            "Het raadsmoment {0} van actie '{1}' valt in {2}, waar de kalender geen radenbijeenkomst heeft.",
            "The council moment {0} of action '{1}' falls in {2}, where the calendar has no radenbijeenkomst."),
        R(ZK062, FindingSeverity.Warning, "5 (verkiezingen 2022)",
            "Een raadsmoment valt niet in een geblokkeerde periode (reces, rond de gemeenteraadsverkiezingen).",
            "A council moment does not fall in a blocked period (recess, around the municipal elections).",
            "Het raadsmoment {0} van actie '{1}' valt op {2}, in de geblokkeerde periode '{3}'.",
            "The council moment {0} of action '{1}' falls on {2}, in the blocked period '{3}'."),
        R(ZK100, FindingSeverity.Warning, "ch. 8",
            "Een koppelkans heeft een positieve sterkte, een bestuurlijk vraagstuk een negatieve.",
            "A koppelkans has a positive strength, a bestuurlijk vraagstuk a negative one.",
            "'{0}' heeft sterkte {1}; verwacht is {2}.",
            "'{0}' has strength {1}; expected {2}."),
        R(ZK101, FindingSeverity.Error, "ch. 8",
            "Het kwartaal van een raadsmoment past bij de datum van zijn radenbijeenkomst.",
            "A council moment's quarter matches the date of its radenbijeenkomst.",
            "Het raadsmoment {0} staat in {1}, maar zijn radenbijeenkomst '{2}' is op {3}.",
            "The council moment {0} is in {1}, but its radenbijeenkomst '{2}' is on {3}."),
        R(ZK102, FindingSeverity.Info, "ch. 8, 6.1, 7.1",
            "Een bron noemt een ander kwartaal dan het raadsmoment aanhoudt.",
            "A source names another quarter than the council moment holds to.",
            "Bron '{0}' noemt {1}; het raadsmoment houdt {2} aan.",
            "Source '{0}' names {1}; the council moment holds to {2}."),
    ];

    private static readonly FrozenDictionary<string, Regel> ByCode = Regels.ToFrozenDictionary(r => r.Code, StringComparer.Ordinal);

    // The message templates, parsed once.
    private static readonly FrozenDictionary<string, (CompositeFormat Nl, CompositeFormat En)> Meldingen =
        Regels.ToFrozenDictionary(r => r.Code, r => (CompositeFormat.Parse(r.MeldingNl), CompositeFormat.Parse(r.MeldingEn)), StringComparer.Ordinal);

    internal static string Melding(Regel regel, Taal taal, object?[] details) =>
        Meldingen.TryGetValue(regel.Code, out var formats)
            ? string.Format(CultureInfo.InvariantCulture, taal == Taal.En ? formats.En : formats.Nl, details)
            : regel.Melding(taal, details);

    /// <summary>The rule with <paramref name="code"/>.</summary>
    /// <param name="code">A code of the catalogue, e.g. <c>ZK040</c>.</param>
    /// <exception cref="KeyNotFoundException">The catalogue has no such code.</exception>
    public static Regel Get(string code) =>
        ByCode.TryGetValue(code, out var regel) ? regel : throw new KeyNotFoundException($"The catalogue has no rule {code}.");

    /// <summary>The catalogue as a Markdown table (the text of <c>docs/rules.md</c>).</summary>
    public static string ToMarkdown()
    {
        var text = new StringBuilder();
        text.Append("# Rules catalogue\n\n");
        text.Append("Generated from `Regelcatalogus` (src/Zk.Domain/Regels); a test keeps this file in step. ");
        text.Append("Codes never change. ZK001–ZK062 come from the domain brief, ZK1xx are added rules.\n\n");
        text.Append("| code | severity | rule (en) | regel (nl) | seed |\n|---|---|---|---|---|\n");
        foreach (var regel in Regels)
        {
            text.Append("| ").Append(regel.Code)
                .Append(" | ").Append(regel.Severity.ToString().ToLowerInvariant())
                .Append(" | ").Append(regel.OmschrijvingEn)
                .Append(" | ").Append(regel.OmschrijvingNl)
                .Append(" | ").Append(regel.Bron)
                .Append(" |\n");
        }

        return text.ToString();
    }
}
