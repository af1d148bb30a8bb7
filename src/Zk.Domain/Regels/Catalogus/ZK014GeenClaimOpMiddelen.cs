using Zk.Domain.Werkplannen;

namespace Zk.Domain.Regels.Catalogus;

/// <summary>ZK014: the plan makes no claims on funds ("geen claims op middelen"). One plan's own rule: it runs where the plan's profile sets it (Zuid-Kennemerland's does).</summary>
internal sealed class ZK014GeenClaimOpMiddelen() : Regeldefinitie(
    Regelcatalogus.ZK014, FindingSeverity.Error, "ch. 2",
    nl: new("Het plan doet geen claims op middelen.", "De actie '{actie}' claimt middelen; het werkplan doet geen claims op middelen."),
    en: new("The plan makes no claims on funds.", "The action '{actie}' claims funds; the plan makes no claims on funds."),
    profielregel: true)
{
    public override void CheckActie(Regelcontext c, Actie actie, ActiePad pad, Bevindingen uit)
    {
        if (actie.Financiering.ClaimOpMiddelen)
        {
            uit.Meld(this, pad.Met(".financiering.claimOpMiddelen"), ("actie", actie.Id));
        }
    }
}
