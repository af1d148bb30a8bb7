using System.Runtime.CompilerServices;
using NodaTime;
using Zk.Domain.Besturing;
using Zk.Domain.Partijen;
using Zk.Domain.Werkplannen;
using Zk.Domain.Wisselwerkingen;

namespace Zk.Domain.Documenten.Json;

// THE DESCRIPTION OF THE FORMAT zk-werkplan/2 (and of zk-werkplan/1, its subset). The reader, the writer and docs/werkplan.schema.json follow from it.
//
// Each element is one object initializer; each line of it is one field, in document order:
//     Titel = v.Required("titel", Waarden.Tekst, a => a.Titel, "title of the action."),
//             ^ required / optional  ^ value kind   ^ where Save takes the value   ^ schema text (English)
// - v.Required: the field must be present (and is not null).
// - v.Optional: the field may be absent or null; it is absent from the document when the model holds null.
// - v.Defaulted: the field may be absent (it then reads as the default: false, an empty list) but not null;
//   Save always writes it.
// - Value kinds are in Waarden (Tekst, Id for recurring strings, GeheelGetal, Getal, JaNee, Datum, Kwartaal,
//   Planning, Ids, Keuze with explicit wire names) and on elements (Element.AlsObject, Element.AlsLijst).
//
// Version 1 is version 2 without the fields wrapped in Waarden.AlleenVersie2 (the profile, a meeting's kind, the
// membership periods) and with only Zuid-Kennemerland's stages (Waarden.Fase): the reader knows the version from the
// format field (LeesContext.Versie) and refuses a version 1 document that uses what only version 2 has. A field a later version adds is wrapped likewise.
//
// To add a field: add one line at its place in its element's initializer (the model property it sets is the
// line's left-hand side), then regenerate the schema (see docs/werkplan.schema.json's $comment) and, if the field
// is written for every plan, the bundled document. For a new enum, add a Keuze table below with one wire name per
// member. Elements are listed leaves first, the document (Werkplan) last: C# initialises static fields in
// textual order, and an element's value kinds refer to the elements it contains. The build function is run once to learn the fields and then once per object read: call each field
// exactly once, unconditionally, in document order.
internal static class WerkplanFormaat
{
    private static readonly Waarde<Termijn> Termijnen = Waarden.Keuze((Termijn.Kort, "kort"), (Termijn.Lang, "lang"));

    private static readonly Waarde<PartijSoort> PartijSoorten = Waarden.Keuze(
        (PartijSoort.Gemeente, "gemeente"),
        (PartijSoort.Provincie, "provincie"),
        (PartijSoort.Regio, "regio"),
        (PartijSoort.Waterschap, "waterschap"),
        (PartijSoort.Rijk, "rijk"),
        (PartijSoort.Organisatie, "organisatie"));

    private static readonly Waarde<FinancieringsStatus> FinancieringsStatussen = Waarden.Keuze(
        (FinancieringsStatus.BestaandeMiddelen, "bestaande-middelen"),
        (FinancieringsStatus.Geregeld, "geregeld"),
        (FinancieringsStatus.NogTeVinden, "nog-te-vinden"),
        (FinancieringsStatus.DeelsGeregeld, "deels-geregeld"),
        (FinancieringsStatus.Verwacht, "verwacht"));

    private static readonly Waarde<AfleidingSoort> AfleidingSoorten = Waarden.Keuze((AfleidingSoort.Kwartaal, "kwartaal"), (AfleidingSoort.Moment, "moment"));

    private static readonly Waarde<VoorbehoudBetreft> VoorbehoudBetreffen = Waarden.Keuze((VoorbehoudBetreft.Planning, "planning"), (VoorbehoudBetreft.Samenhang, "samenhang"));

    private static readonly Waarde<VoorwaardeSoort> VoorwaardeSoorten = Waarden.Keuze(
        (VoorwaardeSoort.UitersteDatum, "uiterste-datum"),
        (VoorwaardeSoort.Afhankelijkheid, "afhankelijkheid"));

    private static readonly Waarde<Bestuursorgaan> Bestuursorganen = Waarden.Keuze(
        (Bestuursorgaan.Gemeenteraad, "gemeenteraad"),
        (Bestuursorgaan.College, "college"),
        (Bestuursorgaan.Raadscommissie, "raadscommissie"),
        (Bestuursorgaan.Portefeuillehoudersoverleg, "portefeuillehoudersoverleg"));

    private static readonly Waarde<FaseActor> FaseActors = Waarden.Keuze(
        (FaseActor.Bijeenkomst, "bijeenkomst"),
        (FaseActor.ElkeRaad, "elke-raad"),
        (FaseActor.Regiobestuur, "regiobestuur"),
        (FaseActor.Colleges, "colleges"),
        (FaseActor.Portefeuillehoudersoverleg, "portefeuillehoudersoverleg"));

    public static readonly Element<Fasedefinitie> Fasedefinitie = new("fasedefinitie", "a governance stage of the profile (zk-werkplan/2).", v => new Fasedefinitie
    {
        Id = v.Required("id", Waarden.Id, f => f.Id, "identifier council moments use for the stage, e.g. versie50."),
        NaamNl = v.Required("naamNl", Waarden.Tekst, f => f.NaamNl, "Dutch name of the stage."),
        NaamEn = v.Required("naamEn", Waarden.Tekst, f => f.NaamEn, "English name of the stage."),
        Afkorting = v.Required("afkorting", Waarden.Tekst, f => f.Afkorting, "short abbreviation for tables."),
        Rang = v.Optional("rang", Waarden.OptioneelGeheelGetal, f => f.Rang, "rank on the path to a decision (lower first); absent for a stage outside that path."),
        IsTussentijds = v.Defaulted("tussentijds", Waarden.JaNee, f => f.IsTussentijds, "whether the stage is an interim discussion of a proposal."),
        Actor = v.Required("actor", FaseActors, f => f.Actor, "who acts: the joint meeting, every council separately, a regional board, the colleges, or the portfolio holders' meeting."),
        Agendapunt = v.Optional("agendapunt", Waarden.OptioneelJaNee, f => f.Agendapunt, "whether a moment of the stage takes an agenda item of the joint meeting; absent: only when the joint meeting acts."),
    });

    public static readonly Element<Bijeenkomstsoort> Bijeenkomstsoort = new("bijeenkomstsoort", "a kind of joint meeting of the profile (zk-werkplan/2).", v => new Bijeenkomstsoort
    {
        Id = v.Required("id", Waarden.Id, b => b.Id, "identifier meetings use for the kind, e.g. radenbijeenkomst."),
        NaamNl = v.Required("naamNl", Waarden.Tekst, b => b.NaamNl, "Dutch name, as used in a sentence."),
        NaamEn = v.Required("naamEn", Waarden.Tekst, b => b.NaamEn, "English name, as used in a sentence."),
        StandaardAgendaruimte = v.Optional("standaardCapaciteit", Waarden.OptioneelGeheelGetal, b => b.StandaardAgendaruimte, "agenda items a meeting of the kind holds when it sets none."),
    });

    private static readonly Waarden.KeuzeWaarde<Regelstand> Regelstanden = Waarden.Keuze(
        (Regelstand.Uit, "uit"),
        (Regelstand.Error, "error"),
        (Regelstand.Warning, "warning"),
        (Regelstand.Info, "info"));

    private static readonly Waarde<Capaciteitseenheid> Capaciteitseenheden = Waarden.Keuze(
        (Capaciteitseenheid.Acties, "acties"),
        (Capaciteitseenheid.Hoofdopgaven, "hoofdopgaven"));

    public static readonly Element<Plancapaciteit> Plancapaciteit = new("plancapaciteit", "the capacity of the profile: how many actions or main tasks a plan can take up (zk-werkplan/2).", v => new Plancapaciteit
    {
        Aantal = v.Required("aantal", Waarden.Aantal, c => c.Aantal, "the largest number the plan may count (0 or more)."),
        Telt = v.Required("telt", Capaciteitseenheden, c => c.Telt, "what is counted: the actions, or the main tasks that have at least one action."),
    });

    public static readonly Element<Bestuursprofiel> Profiel = new("profiel", "the governance profile: stages, decision stage, required stages, kinds of meeting, rule settings and capacity (zk-werkplan/2).", v => new Bestuursprofiel
    {
        Id = v.Required("id", Waarden.Tekst, p => p.Id, "identifier of the profile."),
        Naam = v.Required("naam", Waarden.Tekst, p => p.Naam, "name of the profile."),
        Fasen = v.Required("fasen", Fasedefinitie.AlsLijst, p => p.Fasen, "the stages."),
        Besluitfase = v.Required("besluitfase", Waarden.Fase, p => p.Besluitfase, "id of the stage that decides a proposal."),
        VereisteFasen = AlsFasen(v.Defaulted("vereisteFasen", Waarden.Ids, p => AlsIds(p.VereisteFasen), "ids of the stages a proposal needs before its decision (an interim one is met by any interim discussion).")),
        Bijeenkomstsoorten = v.Required("bijeenkomstsoorten", Bijeenkomstsoort.AlsLijst, p => p.Bijeenkomstsoorten, "kinds of joint meeting; the first is the kind of a meeting that names none."),
        Regels = v.Sparse(
            "regels", Waarden.Regels(Regelstanden), p => p.Regels,
            "rule settings by rule code: uit (off), or the severity its findings get (error, warning, info); a rule that is one plan's own (Zuid-Kennemerland's selection criteria) runs only when set here; absent when none."),
        Plancapaciteit = v.Optional("capaciteit", Plancapaciteit.AlsObject, p => p.Plancapaciteit, "how many actions or main tasks a plan can take up (rule ZK011); absent when the profile sets none."),
    });

    private static readonly Waarde<ElementSoort> ElementSoorten = Waarden.Keuze((ElementSoort.Hoofdopgave, "hoofdopgave"), (ElementSoort.Actie, "actie"));

    public static readonly Element<Verwijzing> Verwijzing = new("verwijzing", "reference to a main task or an action.", v => new Verwijzing(
        v.Required("soort", ElementSoorten, r => r.Soort, "kind of element referred to (main task or action)."),
        v.Required("id", Waarden.Tekst, r => r.Id, "id of the element referred to.")));

    // An end of a koppelkans or vraagstuk (a struct, kept unboxed while read).
    private static readonly Waarde<Verwijzing> Eind = Waarden.Verwijzing(Verwijzing);

    // Koppelkansen and vraagstukken share their fields: one description for both.
    // (Each kind makes its own object from the values: a `with` copy of an empty one would clone it for every link, and
    // links are most of a large plan's objects.) Each kind's build is a lambda of its own that the shared fields are
    // inlined into: as a build of the generic helper it would run as code shared over reference types, which looks up
    // every field's arguments at run time, for every link read.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static T Wisselwerking<T>(Velden<T> v, Func<string, string, string?, Verwijzing, Verwijzing, int?, T> maak)
        where T : Wisselwerking => maak(
            v.Required("id", Waarden.Tekst, w => w.Id, "identifier of the interaction."),
            v.Required("titel", Waarden.Tekst, w => w.Titel, "title of the interaction."),
            v.Optional("omschrijving", Waarden.Tekst, w => w.Omschrijving, "description."),
            v.Required("van", Eind, w => w.Van, "one end of the interaction."),
            v.Required("naar", Eind, w => w.Naar, "the other end of the interaction."),
            v.Optional("sterkte", Waarden.Sterkte, w => w.Sterkte, "strength on the interaction scale, -3 to +3."));

    public static readonly Element<Koppelkans> Koppelkans = new(
        "koppelkans",
        "synergy between two plan elements (main tasks and/or actions).",
        static v => Wisselwerking(v, static (id, titel, omschrijving, van, naar, sterkte) => new Koppelkans { Id = id, Titel = titel, Omschrijving = omschrijving, Van = van, Naar = naar, Sterkte = sterkte }));

    public static readonly Element<BestuurlijkVraagstuk> Vraagstuk = new(
        "vraagstuk",
        "governance dilemma (bestuurlijk vraagstuk) between two plan elements (main tasks and/or actions).",
        static v => Wisselwerking(v, static (id, titel, omschrijving, van, naar, sterkte) => new BestuurlijkVraagstuk { Id = id, Titel = titel, Omschrijving = omschrijving, Van = van, Naar = naar, Sterkte = sterkte }));

    public static readonly Element<Radenbijeenkomst> Radenbijeenkomst = new("radenbijeenkomst", "joint meeting of the member councils.", v => new Radenbijeenkomst
    {
        Id = v.Required("id", Waarden.Id, r => r.Id, "identifier of the meeting."),
        Datum = v.Required("datum", Waarden.Datum, r => r.Datum, "date of the meeting."),
        Soort = v.Optional("soort", Waarden.AlleenVersie2(Waarden.Id), r => r.Soort, "kind of meeting, an id of the profile's bijeenkomstsoorten; absent for the first kind (zk-werkplan/2)."),
        Agendaruimte = v.Optional("capaciteit", Waarden.OptioneelGeheelGetal, r => r.Agendaruimte, "number of agenda items the meeting can hold."),
        Toelichting = v.Optional("toelichting", Waarden.Tekst, r => r.Toelichting, "explanatory note."),
    });

    public static readonly Element<Bronvermelding> Bronvermelding = new("bronvermelding", "source citation saying where the plan dates a council moment.", v => new Bronvermelding
    {
        Bron = v.Required("bron", Waarden.Id, b => b.Bron, "place in the source document, e.g. H8 tabel or §6.1."),
        Kwartaal = v.Optional("kwartaal", Waarden.Kwartaal, b => b.Kwartaal, "quarter the source names, absent when it names no exact quarter."),
        Citaat = v.Optional("citaat", Waarden.Tekst, b => b.Citaat, "quoted text from the source."),
    });

    public static readonly Element<Afleiding> Afleiding = new("afleiding", "why a council moment, or its quarter, is derived rather than stated by a source.", v => new Afleiding
    {
        Soort = v.Required("soort", AfleidingSoorten, a => a.Soort, "what is derived: the quarter only, or the moment as a whole."),
        Reden = v.Required("reden", Waarden.Tekst, a => a.Reden, "how it was derived and from what."),
    });

    public static readonly Element<Raadsmoment> Raadsmoment = new("raadsmoment", "council moment, where the councils meet a proposal.", v => new Raadsmoment
    {
        Fase = v.Required(
            "fase", Waarden.Fase, r => r.Fase,
            "governance stage of the moment, an id of the profile's stages; zk-werkplan/1 has Zuid-Kennemerland's (verkenning, informatie, terugkoppeling, bespreking, versie50, versie80, concept, besluitvorming, evaluatie)."),
        Kwartaal = v.Required("kwartaal", Waarden.Planning, r => r.Kwartaal, "planned quarter, or \"n.t.b.\" when not yet planned."),
        Radenbijeenkomst = v.Optional("radenbijeenkomst", Waarden.Id, r => r.Radenbijeenkomst, "id of the joint council meeting the moment is assigned to."),
        Bronnen = v.Defaulted("bronnen", Bronvermelding.AlsLijst, r => r.Bronnen, "source citations for the moment."),
        Toelichting = v.Optional("toelichting", Waarden.Tekst, r => r.Toelichting, "explanatory note."),
        Afgeleid = v.Optional("afgeleid", Afleiding.AlsObject, r => r.Afgeleid, "why the moment or its quarter is derived; absent when a source states it."),
    });

    public static readonly Element<Financiering> Financiering = new("financiering", "how an action is funded.", v => new Financiering
    {
        Status = v.Required("status", FinancieringsStatussen, f => f.Status, "funding status (existing means, arranged, still to be found, partly arranged, expected)."),
        Financiers = v.Defaulted("financiers", Waarden.Ids, f => f.Financiers, "party ids of the funders."),
        ClaimOpMiddelen = v.Defaulted("claimOpMiddelen", Waarden.JaNee, f => f.ClaimOpMiddelen, "whether the plan itself claims funds for the action."),
        Toelichting = v.Optional("toelichting", Waarden.Tekst, f => f.Toelichting, "explanatory note."),
    });

    public static readonly Element<Doel> Doel = new("doel", "quantitative target of an action.", v => new Doel
    {
        Id = v.Required("id", Waarden.Tekst, d => d.Id, "identifier of the target."),
        Omschrijving = v.Required("omschrijving", Waarden.Tekst, d => d.Omschrijving, "description of the target."),
        Waarde = v.Required("waarde", Waarden.Getal, d => d.Waarde, "target value (a .NET decimal)."),
        Eenheid = v.Required("eenheid", Waarden.Id, d => d.Eenheid, "unit of the value, e.g. ha."),
        Minimaal = v.Defaulted("minimaal", Waarden.JaNee, d => d.Minimaal, "whether the value is a minimum (at least) rather than exact."),
        VanafJaar = v.Optional("vanafJaar", Waarden.OptioneelGeheelGetal, d => d.VanafJaar, "first year the target applies to."),
        TotEnMetJaar = v.Optional("totEnMetJaar", Waarden.OptioneelGeheelGetal, d => d.TotEnMetJaar, "last year (inclusive) the target applies to."),
        Kader = v.Optional("kader", Waarden.Tekst, d => d.Kader, "policy framework the target belongs to."),
    });

    public static readonly Element<Resultaat> Resultaat = new("resultaat", "result an action delivers by the end of the period.", v => new Resultaat
    {
        Id = v.Required("id", Waarden.Tekst, r => r.Id, "identifier of the result."),
        Omschrijving = v.Required("omschrijving", Waarden.Tekst, r => r.Omschrijving, "description of the result."),
        Deelactie = v.Optional("deelactie", Waarden.Tekst, r => r.Deelactie, "id of the sub-action the result belongs to; absent for the whole action."),
        Gereed = v.Optional("gereed", Waarden.Kwartaal, r => r.Gereed, "quarter by which the result is due; absent or null means the end of the period."),
        GereedJaar = v.Optional("gereedJaar", Waarden.OptioneelGeheelGetal, r => r.GereedJaar, "year in which the result is due when the plan names a year but no quarter."),
        Kader = v.Optional("kader", Waarden.Tekst, r => r.Kader, "framework the result belongs to when it is that framework's milestone."),
    });

    public static readonly Element<Trekkerschap> Trekkerschap = new("trekkerschap", "who leads an action or sub-action (political and civil-service leads).", v => new Trekkerschap
    {
        Bestuurlijk = v.Defaulted("bestuurlijk", Waarden.Ids, t => t.Bestuurlijk, "party ids of the political leads."),
        Ambtelijk = v.Defaulted("ambtelijk", Waarden.Ids, t => t.Ambtelijk, "party ids of the civil-service leads."),
        Regie = v.Optional("regie", Waarden.Id, t => t.Regie, "party id of an external party that directs the process."),
        Partners = v.Defaulted("partners", Waarden.Ids, t => t.Partners, "party ids of partners the leads work with."),
        Toelichting = v.Optional("toelichting", Waarden.Tekst, t => t.Toelichting, "explanatory note."),
    });

    public static readonly Element<Deelactie> Deelactie = new("deelactie", "sub-action or agreement within an action.", v => new Deelactie
    {
        Id = v.Required("id", Waarden.Tekst, d => d.Id, "identifier of the sub-action."),
        Titel = v.Required("titel", Waarden.Tekst, d => d.Titel, "title of the sub-action."),
        Omschrijving = v.Optional("omschrijving", Waarden.Tekst, d => d.Omschrijving, "description."),
        Trekkerschap = v.Optional("trekkerschap", Trekkerschap.AlsObject, d => d.Trekkerschap, "own lead of the sub-action; absent or null when the action's lead applies."),
        Betrokkenen = v.Sparse("betrokkenen", Waarden.Ids, d => d.Betrokkenen, "party ids of other parties that take part; absent when none."),
    });

    public static readonly Element<Voorwaarde> Voorwaarde = new("voorwaarde", "a deadline or a pending condition an action depends on.", v => new Voorwaarde
    {
        Soort = v.Required("soort", VoorwaardeSoorten, w => w.Soort, "kind of condition (a last date, or something pending)."),
        Omschrijving = v.Required("omschrijving", Waarden.Tekst, w => w.Omschrijving, "what the condition is."),
        Uiterlijk = v.Optional("uiterlijk", Waarden.OptioneleDatum, w => w.Uiterlijk, "last day the condition holds or must be met by."),
        Bron = v.Required("bron", Bronvermelding.AlsObject, w => w.Bron, "where the plan names the condition."),
    });

    public static readonly Element<Actie> Actie = new("actie", "action of the work plan, under one main task.", v => new Actie
    {
        Id = v.Required("id", Waarden.Tekst, a => a.Id, "identifier of the action, e.g. 3.1."),
        Nummer = v.Required("nummer", Waarden.GeheelGetal, a => a.Nummer, "number of the action in the plan's list of actions."),
        Titel = v.Required("titel", Waarden.Tekst, a => a.Titel, "title of the action."),
        Hoofdopgave = v.Required("hoofdopgave", Waarden.Id, a => a.Hoofdopgave, "id of the main task the action belongs to."),
        Aanleiding = v.Optional("aanleiding", Waarden.Tekst, a => a.Aanleiding, "why the action is in the plan."),
        Inhoud = v.Optional("inhoud", Waarden.Tekst, a => a.Inhoud, "what the action holds."),
        Termijn = v.Required("termijn", Termijnen, a => a.Termijn, "term of realisation (short or long)."),
        TermijnAfleiding = v.Optional("termijnAfleiding", Waarden.Tekst, a => a.TermijnAfleiding, "how the term was read when the plan does not state it."),
        AlLopend = v.Defaulted("alLopend", Waarden.JaNee, a => a.AlLopend, "whether the action was already running before the plan."),
        Trekkerschap = v.Required("trekkerschap", Trekkerschap.AlsObject, a => a.Trekkerschap, "leadership of the action."),
        Projectorganisatie = v.Defaulted(
            "projectorganisatie", Waarden.Projectorganisatie, a => a.Projectorganisatie,
            "\"alle-deelnemers\" (all member municipalities take part) or the party ids in the action's project organisation."),
        Deelacties = v.Defaulted("deelacties", Deelactie.AlsLijst, a => a.Deelacties, "sub-actions."),
        Resultaten = v.Defaulted("resultaten", Resultaat.AlsLijst, a => a.Resultaten, "results delivered by the end of the period."),
        Doelen = v.Defaulted("doelen", Doel.AlsLijst, a => a.Doelen, "quantitative targets."),
        Financiering = v.Required("financiering", Financiering.AlsObject, a => a.Financiering, "funding of the action."),
        Raadsmomenten = v.Defaulted("raadsmomenten", Raadsmoment.AlsLijst, a => a.Raadsmomenten, "council moments of the action."),
        Voorwaarden = v.Sparse("voorwaarden", Voorwaarde.AlsLijst, a => a.Voorwaarden, "deadlines and pending conditions the action depends on; absent when none."),
    });

    public static readonly Element<Voorbehoud> Voorbehoud = new("voorbehoud", "a caveat the plan makes about how firm what it says is.", v => new Voorbehoud
    {
        Betreft = v.Required("betreft", VoorbehoudBetreffen, w => w.Betreft, "what the caveat applies to (the planning, or the coherence)."),
        Bron = v.Required("bron", Waarden.Id, w => w.Bron, "place in the source document."),
        Citaat = v.Required("citaat", Waarden.Tekst, w => w.Citaat, "the source's words."),
        Toelichting = v.Optional("toelichting", Waarden.Tekst, w => w.Toelichting, "explanatory note."),
    });

    public static readonly Element<Vaststelling> Vaststelling = new("vaststelling", "adoption of a part of an agreement by a body of some or all members.", v => new Vaststelling
    {
        Onderdeel = v.Required("onderdeel", Waarden.Tekst, w => w.Onderdeel, "the part adopted, e.g. Uitvoeringsagenda."),
        Orgaan = v.Required("orgaan", Bestuursorganen, w => w.Orgaan, "the body that adopted it."),
        Gemeenten = v.Sparse("gemeenten", Waarden.Ids, w => w.Gemeenten, "party ids of the municipalities whose body adopted it; absent when every member's did."),
        Bron = v.Required("bron", Bronvermelding.AlsObject, w => w.Bron, "where the plan says so."),
    });

    public static readonly Element<Afspraak> Afspraak = new("afspraak", "an arrangement of an agreement for its review or for consulting a body.", v => new Afspraak
    {
        Omschrijving = v.Required("omschrijving", Waarden.Tekst, w => w.Omschrijving, "what is arranged."),
        Orgaan = v.Optional("orgaan", Waarden.Optioneel(Bestuursorganen), w => w.Orgaan, "the body that acts."),
        Gemeenten = v.Sparse("gemeenten", Waarden.Ids, w => w.Gemeenten, "party ids of the municipalities it applies to; absent when all."),
        Jaar = v.Optional("jaar", Waarden.OptioneelGeheelGetal, w => w.Jaar, "the year it takes place."),
        Bron = v.Required("bron", Bronvermelding.AlsObject, w => w.Bron, "where the plan says so."),
    });

    public static readonly Element<Akkoord> Akkoord = new("akkoord", "an agreement outside the plan that its actions carry out, with its own governance.", v => new Akkoord
    {
        Id = v.Required("id", Waarden.Tekst, w => w.Id, "identifier of the agreement."),
        Naam = v.Required("naam", Waarden.Tekst, w => w.Naam, "name of the agreement."),
        VanafJaar = v.Optional("vanafJaar", Waarden.OptioneelGeheelGetal, w => w.VanafJaar, "first year the agreement runs."),
        TotEnMetJaar = v.Optional("totEnMetJaar", Waarden.OptioneelGeheelGetal, w => w.TotEnMetJaar, "last year (inclusive) the agreement runs."),
        Acties = v.Sparse("acties", Waarden.Ids, w => w.Acties, "ids of the actions that carry the agreement out."),
        Vaststellingen = v.Sparse("vaststellingen", Vaststelling.AlsLijst, w => w.Vaststellingen, "who adopted which part, and when."),
        Afspraken = v.Sparse("afspraken", Afspraak.AlsLijst, w => w.Afspraken, "the agreement's own arrangements for review and consultation."),
    });

    public static readonly Element<OverigProject> OverigProject = new("overigProject", "a project the plan lists for information only; not an action.", v => new OverigProject
    {
        Id = v.Required("id", Waarden.Tekst, w => w.Id, "identifier of the project."),
        Titel = v.Required("titel", Waarden.Tekst, w => w.Titel, "title of the project."),
        Hoofdopgave = v.Optional("hoofdopgave", Waarden.Id, w => w.Hoofdopgave, "id of the main task it is listed under."),
        Omschrijving = v.Optional("omschrijving", Waarden.Tekst, w => w.Omschrijving, "description."),
        Bron = v.Required("bron", Waarden.Id, w => w.Bron, "place in the source document."),
        Toelichting = v.Optional("toelichting", Waarden.Tekst, w => w.Toelichting, "what the plan says of its outcomes and decisions during the period."),
    });

    public static readonly Element<Hoofdopgave> Hoofdopgave = new("hoofdopgave", "main task (theme) of the regional agenda.", v => new Hoofdopgave
    {
        Id = v.Required("id", Waarden.Id, h => h.Id, "identifier used by actions and links to refer to the main task."),
        Naam = v.Required("naam", Waarden.Tekst, h => h.Naam, "short name of the main task."),
        Titel = v.Optional("titel", Waarden.Tekst, h => h.Titel, "chapter title of the main task in the plan."),
        Hoofdstuk = v.Optional("hoofdstuk", Waarden.OptioneelGeheelGetal, h => h.Hoofdstuk, "number of the plan chapter that works the main task out."),
    });

    public static readonly Element<Uitgangspunt> Uitgangspunt = new("uitgangspunt", "a selection criterion the actions were chosen by.", v => new Uitgangspunt
    {
        Id = v.Required("id", Waarden.Tekst, u => u.Id, "identifier of the criterion."),
        Titel = v.Required("titel", Waarden.Tekst, u => u.Titel, "title of the criterion."),
        Toelichting = v.Optional("toelichting", Waarden.Tekst, u => u.Toelichting, "explanatory note."),
    });

    public static readonly Element<Partij> Partij = new("partij", "a party (organisation) the plan refers to by id.", v => new Partij
    {
        Id = v.Required("id", Waarden.Id, p => p.Id, "identifier used to refer to the party."),
        Naam = v.Required("naam", Waarden.Tekst, p => p.Naam, "display name of the party."),
        Soort = v.Required("soort", PartijSoorten, p => p.Soort, "kind of party (municipality, province, region, water authority, national government, other organisation)."),
        Tooi = v.Optional(
            "tooi", Waarden.AlleenVersie2(Waarden.Tekst), p => p.Tooi,
            "TOOI identifier of the party, for a municipality https://identifier.overheid.nl/tooi/id/gemeente/gmNNNN (rule ZK109 checks the form); absent when none (zk-werkplan/2)."),
    });

    public static readonly Element<Lidmaatschap> Lidmaatschap = new("lidmaatschap", "membership period of a member that joins or leaves during the plan (e.g. through a merger).", v => new Lidmaatschap
    {
        Partij = v.Required("partij", Waarden.Id, l => l.Partij, "party id of the member (one of deelnemers)."),
        Vanaf = v.Optional("vanaf", Waarden.OptioneleDatum, l => l.Vanaf, "first day of membership; absent when the member is one from before the period."),
        TotEnMet = v.Optional("totEnMet", Waarden.OptioneleDatum, l => l.TotEnMet, "last day of membership (inclusive); absent when the membership runs on past the period."),
        Opvolger = v.Optional("opvolger", Waarden.Id, l => l.Opvolger, "party id of the member that takes its place from the day after totEnMet."),
    });

    public static readonly Element<Raadsvergadering> Raadsvergadering = new("raadsvergadering", "a meeting of one member's own council, a date on which it can decide on a proposal of a joint meeting.", v => new Raadsvergadering
    {
        Gemeente = v.Required("gemeente", Waarden.Id, r => r.Gemeente, "party id of the member whose council meets (one of deelnemers)."),
        Datum = v.Required("datum", Waarden.Datum, r => r.Datum, "date of the meeting (yyyy-MM-dd)."),
    });

    public static readonly Element<Convenant> Convenant = new("convenant", "the governance agreement (bestuursconvenant) the cooperation works by.", v => new Convenant
    {
        Naam = v.Required("naam", Waarden.Tekst, c => c.Naam, "name of the covenant."),
        Ondertekend = v.Required("ondertekend", Waarden.Datum, c => c.Ondertekend, "date the covenant was signed."),
        Toelichting = v.Optional("toelichting", Waarden.Tekst, c => c.Toelichting, "explanatory note."),
    });

    // A period of days (the plan's looptijd, a blocked period): one description for both, each with its own name and
    // the message for an end before the begin.
    private static Element<DateInterval> Periode(string naam, string omschrijving, Melding omgekeerd) => new(naam, omschrijving, v =>
    {
        var begin = v.Required("begin", Waarden.Datum, p => p.Start, "first day of the period.");
        var einde = v.Required("einde", Waarden.Datum, p => p.End, "last day of the period.");
        return einde >= begin
            ? new DateInterval(begin, einde)
            : v.Refuse(omgekeerd, "ZK003", ("begin", Tekst.Letterlijk(Iso(begin))), ("einde", Tekst.Letterlijk(Iso(einde))));
    });

    public static readonly Element<DateInterval> Looptijd = Periode(
        "looptijd", "period the plan runs, first and last day included; einde may not precede begin.", Melding.LooptijdOmgekeerd);

    private static readonly Element<DateInterval> Blokkadeperiode = Periode(
        "periode", "blocked days, first and last included; einde may not precede begin.", Melding.PeriodeOmgekeerd);

    // Not part of the plan document: the calendar document (KalenderFormaat) lists its blocked periods with it.
    public static readonly Element<Blokkade> Blokkade = new("blokkade", "a blocked period in which the councils do not meet jointly (a recess, the weeks around municipal elections).", v => new Blokkade
    {
        Periode = v.Required("periode", Blokkadeperiode.AlsObject, b => b.Periode, "the blocked days."),
        Reden = v.Required("reden", Waarden.Tekst, b => b.Reden, "why the period is blocked, e.g. Zomerreces 2024."),
    });

    public static readonly Element<Werkplan> Werkplan = new("werkplan", "work plan of cooperating Dutch municipalities, document format zk-werkplan/2 (zk-werkplan/1 is read too: without profile, meeting kinds or stages other than Zuid-Kennemerland's).", v =>
    {
        v.Optional("$schema", Waarden.Genegeerd, _ => null, "URI of the JSON Schema the document claims to follow; ignored by the loader.");
        var formaat = v.Required("formaat", Waarden.Formaat, _ => WerkplanDocument.Formaat, "document format and major version: zk-werkplan/2, or zk-werkplan/1 (read with Zuid-Kennemerland's profile).");
        var plan = new Werkplan
        {
            Id = v.Required("id", Waarden.Tekst, p => p.Id, "identifier of the work plan."),
            Titel = v.Required("titel", Waarden.Tekst, p => p.Titel, "title of the work plan."),
            Regio = v.Required("regio", Waarden.Tekst, p => p.Regio, "name of the region."),
            Agenda = v.Optional("agenda", Waarden.Tekst, p => p.Agenda, "long-term regional agenda whose main tasks structure the plan."),
            Looptijd = v.Required("looptijd", Looptijd.AlsObject, p => p.Looptijd, "period the plan covers."),
            Convenant = v.Optional("convenant", Convenant.AlsObject, p => p.Convenant, "governance agreement of the cooperation."),
            Profiel = v.Optional(
                "profiel", Waarden.AlleenVersie2(Profiel.AlsObject), p => p.Profiel == Bestuursprofiel.ZuidKennemerland ? null : p.Profiel,
                "governance profile; absent for Zuid-Kennemerland's (the default, and the profile of every zk-werkplan/1 document).") ?? Bestuursprofiel.ZuidKennemerland,
            Plancapaciteit = v.Optional("capaciteit", Waarden.OptioneelGeheelGetal, p => p.Plancapaciteit, "number the available capacity allows, counted as the profile's capacity counts (actions when the profile sets none); replaces the profile's number."),
            Deelnemers = v.Required("deelnemers", Waarden.Ids, p => p.Deelnemers, "party ids of the member municipalities."),
            Lidmaatschappen = v.Sparse(
                "lidmaatschappen", Waarden.AlleenVersie2(Lidmaatschap.AlsLijst), p => p.Lidmaatschappen,
                "membership periods of members that join or leave during the plan; a member without one is a member for the whole period; absent when none (zk-werkplan/2)."),
            Partijen = v.Required("partijen", Partij.AlsLijst, p => p.Partijen, "every party the plan names."),
            Uitgangspunten = v.Defaulted("uitgangspunten", Uitgangspunt.AlsLijst, p => p.Uitgangspunten, "selection criteria the actions were chosen by."),
            Hoofdopgaven = v.Required("hoofdopgaven", Hoofdopgave.AlsLijst, p => p.Hoofdopgaven, "main tasks of the regional agenda."),
            Acties = v.Required("acties", Actie.AlsLijst, p => p.Acties, "actions of the plan."),
            Koppelkansen = v.Defaulted("koppelkansen", Koppelkans.AlsLijst, p => p.Koppelkansen, "synergies between main tasks and/or actions."),
            Vraagstukken = v.Defaulted("vraagstukken", Vraagstuk.AlsLijst, p => p.Vraagstukken, "governance dilemmas between main tasks and/or actions."),
            Radenbijeenkomsten = v.Defaulted("radenbijeenkomsten", Radenbijeenkomst.AlsLijst, p => p.Radenbijeenkomsten, "joint council meetings."),
            Raadsvergaderingen = v.Sparse(
                "raadsvergaderingen", Waarden.AlleenVersie2(Raadsvergadering.AlsLijst), p => p.Raadsvergaderingen,
                "the members' own council meetings: a council decides on a proposal of a joint meeting at its first own meeting within the decision window, otherwise at the window's end; absent when none (zk-werkplan/2)."),
            Totstandkoming = v.Defaulted("totstandkoming", Raadsmoment.AlsLijst, p => p.Totstandkoming, "council moments in the making of the plan itself."),
            Voorbehouden = v.Sparse("voorbehouden", Voorbehoud.AlsLijst, p => p.Voorbehouden, "the plan's caveats about its own firmness; absent when none."),
            Akkoorden = v.Sparse("akkoorden", Akkoord.AlsLijst, p => p.Akkoorden, "agreements outside the plan that its actions carry out; absent when none."),
            OverigeProjecten = v.Sparse("overigeProjecten", OverigProject.AlsLijst, p => p.OverigeProjecten, "projects listed for information only; absent when none."),
        };

        // A version 1 document whose format field came after something only version 2 has.
        return formaat == WerkplanDocument.Formaat1 && v.GebruiktVersie2
            ? v.Refuse(Melding.Versie1MetVersie2, null, ("formaat", Tekst.Letterlijk(WerkplanDocument.Formaat)), ("versie1", Tekst.Letterlijk(WerkplanDocument.Formaat1)))
            : plan;
    });

    private static Collections.ValueArray<Fase> AlsFasen(Collections.ValueArray<string> ids) => [.. ids.Select(id => new Fase(id))];

    private static Collections.ValueArray<string> AlsIds(Collections.ValueArray<Fase> fasen) => [.. fasen.Select(f => f.Id)];

    private static string Iso(LocalDate date) => NodaTime.Text.LocalDatePattern.Iso.Format(date);
}
