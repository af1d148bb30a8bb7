using Zk.Domain.Werkplannen;

namespace Zk.Domain.Regels.Catalogus;

/// <summary>ZK020: every action has a political lead, its own or one on every one of its sub-actions.</summary>
internal sealed class ZK020BestuurlijkTrekker() : Regeldefinitie(
    Regelcatalogus.ZK020, FindingSeverity.Error, "each action",
    nl: new("Elke actie heeft een bestuurlijk trekker (zelf, of bij elke deelactie).", "De actie '{actie}' heeft geen bestuurlijk trekker."),
    en: new("Every action has a political lead (its own, or one on every sub-action).", "The action '{actie}' has no political lead."))
{
    public override void CheckActie(Regelcontext c, Actie actie, ActiePad pad, Bevindingen uit)
    {
        if (!actie.Trekkerschap.Bestuurlijk.IsEmpty)
        {
            return;
        }

        var elkeDeelactie = !actie.Deelacties.IsEmpty;
        foreach (var deelactie in actie.Deelacties)
        {
            elkeDeelactie &= deelactie.Trekkerschap is { Bestuurlijk.IsEmpty: false };
        }

        if (!elkeDeelactie)
        {
            uit.Meld(this, pad.Met(".trekkerschap.bestuurlijk"), ("actie", actie.Id));
        }
    }
}
