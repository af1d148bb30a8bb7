using Zk.Domain.Werkplannen;

namespace Zk.Domain.Regels.Catalogus;

/// <summary>
/// ZK103: a sub-action has no political lead of its own while its action has none, so the plan names nobody who leads
/// it (the seed's 5.1 item 1 and the Pact van Uitstroom of 5.2). Only under an action that is led per sub-action (some
/// sub-action has a lead); an action with no lead anywhere is ZK020.
/// </summary>
internal sealed class ZK103DeelactieZonderTrekker() : Regeldefinitie(
    Regelcatalogus.ZK103, FindingSeverity.Warning, "5.1, 5.2",
    nl: new(
        "Een deelactie heeft een eigen bestuurlijk trekker wanneer de actie zelf er geen heeft.",
        "De deelactie '{deelactie}' van actie '{actie}' heeft geen trekker: het plan noemt niemand die haar trekt."),
    en: new(
        "A sub-action has a political lead of its own when its action has none.",
        "The sub-action '{deelactie}' of action '{actie}' has no lead: the plan names nobody who leads it."))
{
    public override void CheckActie(Regelcontext c, Actie actie, ActiePad pad, Bevindingen uit)
    {
        // Only under an action led per sub-action: with no lead anywhere, ZK020 reports the action itself.
        if (!actie.Trekkerschap.Bestuurlijk.IsEmpty || !actie.WordtPerDeelactieGetrokken)
        {
            return;
        }

        for (var j = 0; j < actie.Deelacties.Count; j++)
        {
            if (actie.Deelacties[j].Trekkerschap is not { Bestuurlijk.IsEmpty: false })
            {
                uit.Meld(this, pad.Met(".deelacties", j, ".trekkerschap"), ("deelactie", actie.Deelacties[j].Id), ("actie", actie.Id));
            }
        }
    }
}
