namespace Zk.Domain.Regels.Catalogus;

/// <summary>ZK012: the plan mixes short- and long-term actions. One plan's own rule: it runs where the plan's profile sets it (Zuid-Kennemerland's does).</summary>
internal sealed class ZK012MixVanTermijnen() : Regeldefinitie(
    Regelcatalogus.ZK012, FindingSeverity.Warning, "ch. 2",
    nl: new("Het plan mengt acties op korte en lange termijn.", "Alle acties zijn op {termijn} termijn; het plan mengt geen korte en lange termijn."),
    en: new("The plan mixes short- and long-term actions.", "All actions are {termijn}-term; the plan does not mix short and long term."),
    profielregel: true)
{
    public override void CheckPlan(Regelcontext c, Bevindingen uit)
    {
        var acties = c.Plan.Acties;
        if (acties.IsEmpty)
        {
            return;
        }

        foreach (var actie in acties)
        {
            if (actie.Termijn != acties[0].Termijn)
            {
                return;
            }
        }

        uit.Meld(this, "acties", ("termijn", Woorden.Termijn(acties[0].Termijn, c.Taal)));
    }
}
