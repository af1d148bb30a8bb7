using Zk.Domain.Besturing;

namespace Zk.Domain.Regels.Catalogus;

/// <summary>
/// ZK011: the plan fits its capacity: the options' number, else the plan's, else its profile's (Zuid-Kennemerland: nine
/// actions); none of them stating one, the rule has nothing to check. It counts what the profile's capacity counts: the
/// actions, or the main tasks that have at least one action (a main task listed without an action takes no capacity;
/// a repeated id counts once).
/// </summary>
internal sealed class ZK011Capaciteit() : Regeldefinitie(
    Regelcatalogus.ZK011, FindingSeverity.Error, "ch. 2",
    nl: new(
        "Het aantal acties, of hoofdopgaven met een actie als het profiel die telt, past binnen de capaciteit (van de opties, het plan of zijn profiel).",
        "Het plan heeft {aantal} {eenheid}; de capaciteit is {capaciteit}."),
    en: new(
        "The number of actions, or of main tasks with an action where the profile counts those, fits the capacity (of the options, the plan or its profile).",
        "The plan has {aantal} {eenheid}; the capacity is {capaciteit}."))
{
    public override void CheckPlan(Regelcontext c, Bevindingen uit)
    {
        if (c.Capaciteit is not { } capaciteit)
        {
            return;
        }

        var (aantal, pad) = c.CapaciteitTelt == Capaciteitseenheid.Hoofdopgaven
            ? (MetActie(c), "hoofdopgaven")
            : (c.Plan.Acties.Count, "acties");
        if (aantal > capaciteit)
        {
            uit.Meld(this, pad, ("aantal", aantal), ("eenheid", Woorden.Naam(c.CapaciteitTelt, c.Taal)), ("capaciteit", capaciteit));
        }
    }

    private static int MetActie(Regelcontext c)
    {
        var geteld = new HashSet<string>(StringComparer.Ordinal);
        foreach (var hoofdopgave in c.Plan.Hoofdopgaven)
        {
            if (!c.Index.ActiesVan(c.Index.Hoofdopgaven[hoofdopgave.Id]).IsEmpty)
            {
                geteld.Add(hoofdopgave.Id);
            }
        }

        return geteld.Count;
    }
}
