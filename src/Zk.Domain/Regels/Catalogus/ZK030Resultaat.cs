using Zk.Domain.Werkplannen;

namespace Zk.Domain.Regels.Catalogus;

/// <summary>ZK030: every action has at least one result.</summary>
internal sealed class ZK030Resultaat() : Regeldefinitie(
    Regelcatalogus.ZK030, FindingSeverity.Error, "each action",
    nl: new("Elke actie heeft minstens één resultaat.", "De actie '{actie}' heeft geen resultaat."),
    en: new("Every action has at least one result.", "The action '{actie}' has no result."))
{
    public override void CheckActie(Regelcontext c, Actie actie, ActiePad pad, Bevindingen uit)
    {
        if (actie.Resultaten.IsEmpty)
        {
            uit.Meld(this, pad.Met(".resultaten"), ("actie", actie.Id));
        }
    }
}
