using Zk.Domain.Werkplannen;

namespace Zk.Domain.Regels.Catalogus;

/// <summary>ZK044: a decision (planned or not yet) while the funding is still to be found ("startbesluit" needs financing).</summary>
internal sealed class ZK044FinancieringVoorBesluit() : Regeldefinitie(
    Regelcatalogus.ZK044, FindingSeverity.Warning, "ch. 2, 6.2",
    nl: new(
        "Besluitvorming is voorzien terwijl de financiering nog niet is uitgewerkt (een startbesluit vraagt financiering).",
        "Actie '{actie}' komt tot besluitvorming ({plaats}) terwijl de financiering nog niet is uitgewerkt."),
    en: new(
        "A decision is foreseen while the funding is not worked out (a start decision needs funding).",
        "Action '{actie}' comes to a decision ({plaats}) while its funding is not worked out."))
{
    public override void CheckActie(Regelcontext c, Actie actie, ActiePad pad, Bevindingen uit)
    {
        if (actie.Financiering.Status.IsUitgewerkt())
        {
            return;
        }

        for (var j = 0; j < actie.Raadsmomenten.Count; j++)
        {
            var moment = actie.Raadsmomenten[j];
            if (c.Plan.Profiel.IsBesluit(moment.Fase))
            {
                uit.Meld(this, pad.Met(".raadsmomenten", j), ("actie", actie.Id), ("plaats", c.Plaats(moment) is { } p ? p.ToString() : "N.t.b."));
            }
        }
    }
}
