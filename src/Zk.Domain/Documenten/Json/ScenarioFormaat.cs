using Zk.Domain.Verloop;

namespace Zk.Domain.Documenten.Json;

// The description of the scenario format zk-scenario/1 (see WerkplanFormaat for how a description reads): the one
// place the format is written down. ScenarioDocument reads with it alone, as WerkplanDocument reads plans. The fields
// ronde, samenvatting and oordeel are optional: every document written before them reads and means what it did, so
// they need no new major version.
internal static class ScenarioFormaat
{
    private static readonly Waarde<StapSoort> StapSoorten = Waarden.Keuze(
        (StapSoort.Verwerpt, "verwerpt"),
        (StapSoort.Amendeert, "amendeert"),
        (StapSoort.Annuleert, "annuleert"),
        (StapSoort.Vertraagt, "vertraagt"),
        (StapSoort.Financiering, "financiering"));

    private static readonly Waarde<Oordeel?> Oordelen = Waarden.Optioneel(Waarden.Keuze(
        (Oordeel.Open, "open"),
        (Oordeel.Acceptabel, "acceptabel"),
        (Oordeel.NietAcceptabel, "niet-acceptabel")));

    public static readonly Element<ScenarioStap> Stap = new("stap", "a step of the scenario.", v => new ScenarioStap
    {
        Soort = v.Required("soort", StapSoorten, s => s.Soort, "what happens."),
        Actie = v.Optional("actie", Waarden.Tekst, s => s.Actie, "id of the action concerned."),
        Gemeente = v.Optional("gemeente", Waarden.Tekst, s => s.Gemeente, "party id of the council that decides."),
        Radenbijeenkomst = v.Optional("radenbijeenkomst", Waarden.Tekst, s => s.Radenbijeenkomst, "id of the meeting concerned."),
        Kwartalen = v.Optional("kwartalen", Waarden.OptioneelGeheelGetal, s => s.Kwartalen, "how many quarters an action slips."),
        Datum = v.Optional("datum", Waarden.OptioneleDatum, s => s.Datum, "when the step takes effect; for verwerpt and amendeert, the council's own decision date."),
        Ronde = v.Optional("ronde", Waarden.OptioneelGeheelGetal, s => s.Ronde, "for verwerpt and amendeert: the decision round the step is about (1 when absent)."),
        Samenvatting = v.Optional("samenvatting", Waarden.Tekst, s => s.Samenvatting, "for amendeert: what the amendment changes."),
        Oordeel = v.Optional("oordeel", Oordelen, s => s.Oordeel, "for amendeert: the regional board's verdict on the divergence (open when absent)."),
    });

    public static readonly Element<Scenario> Scenario = new("scenario", "scripted outcomes for a plan run, format zk-scenario/1.", v =>
    {
        v.Optional("$schema", Waarden.Genegeerd, _ => null, "URI of the JSON Schema the document claims to follow; ignored by the loader.");
        v.Required("formaat", Waarden.ScenarioFormaat, _ => ScenarioDocument.Formaat, "document format and major version.");
        return new Scenario { Stappen = [.. v.Defaulted("stappen", Stap.AlsLijst, s => [.. s.Stappen], "the steps.")] };
    });
}
