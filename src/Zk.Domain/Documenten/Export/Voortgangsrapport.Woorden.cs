namespace Zk.Domain.Documenten.Export;

public static partial class Voortgangsrapport
{
    // The report's own headings, one row per language; the words of statuses, decisions, outcomes and stages come from
    // Woorden (and the plan's profile).
    internal sealed record Koppen(
        string Titel, string Peildatum, string Looptijd, string StatusPerActie, string Actie, string TitelKolom, string Status, string Fase,
        string VolgendMoment, string VolgendeMomenten, string Datum, string Bijeenkomst, string Dilemmas, string DilemmasUitleg,
        string Vraagstuk, string Besluiten, string Samen, string Besluitvorming, string Ronde, string Uitkomst, string Planning,
        string PlanningUitleg, string Geen, string Open, string Gemaakt, string GrafiekTitel);

    private static readonly Koppen Nl = new(
        "Voortgangsrapportage", "Peildatum", "Looptijd", "Status per actie", "actie", "titel", "status", "laatst besproken fase",
        "volgend moment", "Volgende raadsmomenten", "datum", "bijeenkomst", "Samen te wegen dilemma's (bestuurlijke vraagstukken)",
        "Per vraagstuk de acties aan beide kanten, waar ze worden besloten, en of de raden ze samen kunnen wegen (botsproef).",
        "vraagstuk", "besluiten", "samen gewogen", "Besluitvorming per raad", "ronde", "uitkomst", "Planning van de raadsmomenten",
        "Per actie de raadsmomenten per kwartaal; de verticale lijn is de peildatum.", "geen", "open", "Opgesteld met Zk.Domain.",
        "Planning van de raadsmomenten per actie en kwartaal");

    private static readonly Koppen En = new(
        "Progress report", "Date", "Period", "Status per action", "action", "title", "status", "last stage discussed",
        "next moment", "Next council moments", "date", "meeting", "Dilemmas to weigh together (governance dilemmas)",
        "Per dilemma the actions on both sides, where they are decided, and whether the councils can weigh them together (botsproef).",
        "dilemma", "decisions", "weighed together", "Decisions per council", "round", "outcome", "Planned council moments",
        "Per action the council moments per quarter; the vertical line is the report's date.", "none", "open", "Made with Zk.Domain.",
        "Planned council moments per action and quarter");

    private static Koppen KoppenIn(Taal taal) => taal == Taal.En ? En : Nl;
}
