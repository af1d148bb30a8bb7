namespace Zk.Domain.Regels.Catalogus;

/// <summary>ZK010: every main task has at least one action ("spreiding over vijf hoofdopgaven"). One plan's own rule: it runs where the plan's profile sets it (Zuid-Kennemerland's does).</summary>
internal sealed class ZK010ElkeHoofdopgaveEenActie() : Regeldefinitie(
    Regelcatalogus.ZK010, FindingSeverity.Error, "ch. 2",
    nl: new("Elke hoofdopgave heeft minstens één actie (spreiding over de hoofdopgaven).", "De hoofdopgave '{hoofdopgave}' heeft geen actie."),
    en: new("Every main task has at least one action (spread over the main tasks).", "The main task '{hoofdopgave}' has no action."),
    profielregel: true)
{
    public override void CheckPlan(Regelcontext c, Bevindingen uit)
    {
        var hoofdopgaven = c.Plan.Hoofdopgaven;
        for (var i = 0; i < hoofdopgaven.Count; i++)
        {
            // A repeated id shares the actions of its first occurrence.
            if (c.Index.ActiesVan(c.Index.Hoofdopgaven[hoofdopgaven[i].Id]).IsEmpty)
            {
                uit.Meld(this, Regelcontext.Pad("hoofdopgaven", i), ("hoofdopgave", hoofdopgaven[i].Id));
            }
        }
    }
}
