using Zk.Domain.Werkplannen;

namespace Zk.Domain.Regels.Catalogus;

/// <summary>
/// ZK020: every action has a political lead, its own or one on a sub-action (the Woonakkoord's actions are led per
/// agreement). A sub-action without a lead of its own under an action without one is ZK103, a warning.
/// </summary>
internal sealed class ZK020BestuurlijkTrekker() : Regeldefinitie(
    Regelcatalogus.ZK020, FindingSeverity.Error, "each action",
    nl: new("Elke actie heeft een bestuurlijk trekker (zelf, of bij een deelactie).", "De actie '{actie}' heeft geen bestuurlijk trekker."),
    en: new("Every action has a political lead (its own, or one on a sub-action).", "The action '{actie}' has no political lead."))
{
    public override void CheckActie(Regelcontext c, Actie actie, ActiePad pad, Bevindingen uit)
    {
        if (!actie.Trekkerschap.Bestuurlijk.IsEmpty)
        {
            return;
        }

        if (!actie.WordtPerDeelactieGetrokken)
        {
            uit.Meld(this, pad.Met(".trekkerschap.bestuurlijk"), ("actie", actie.Id));
        }
    }
}
