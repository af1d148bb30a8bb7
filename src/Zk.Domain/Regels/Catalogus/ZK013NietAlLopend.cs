using Zk.Domain.Werkplannen;

namespace Zk.Domain.Regels.Catalogus;

/// <summary>ZK013: no action is an activity that is already running ("wat er al loopt is niet opgenomen"). One plan's own rule: it runs where the plan's profile sets it (Zuid-Kennemerland's does).</summary>
internal sealed class ZK013NietAlLopend() : Regeldefinitie(
    Regelcatalogus.ZK013, FindingSeverity.Error, "ch. 2",
    nl: new("Geen actie is iets dat al loopt (wat er al loopt is niet opgenomen).", "De actie '{actie}' loopt al; het werkplan neemt alleen nieuwe acties op."),
    en: new("No action is an activity that is already running.", "The action '{actie}' is already running; the plan takes in only new actions."),
    profielregel: true)
{
    public override void CheckActie(Regelcontext c, Actie actie, ActiePad pad, Bevindingen uit)
    {
        if (actie.AlLopend)
        {
            uit.Meld(this, pad.Met(".alLopend"), ("actie", actie.Id));
        }
    }
}
