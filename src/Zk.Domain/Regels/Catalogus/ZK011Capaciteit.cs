namespace Zk.Domain.Regels.Catalogus;

/// <summary>ZK011: the number of actions fits the capacity (the options', the plan's, or nine).</summary>
internal sealed class ZK011Capaciteit() : Regeldefinitie(
    Regelcatalogus.ZK011, FindingSeverity.Error, "ch. 2",
    nl: new("Het aantal acties past binnen de capaciteit (standaard 9).", "Het plan heeft {aantal} acties; de capaciteit is {capaciteit}."),
    en: new("The number of actions fits the capacity (9 by default).", "The plan has {aantal} actions; the capacity is {capaciteit}."))
{
    public override void CheckPlan(Regelcontext c, Bevindingen uit)
    {
        if (c.Plan.Acties.Count > c.Capaciteit)
        {
            uit.Meld(this, "acties", ("aantal", c.Plan.Acties.Count), ("capaciteit", c.Capaciteit));
        }
    }
}
