using Zk.Domain.Werkplannen;

namespace Zk.Domain.Regels.Catalogus;

/// <summary>ZK043: an action has a council moment that is not yet planned (N.t.b.), or has no council moment at all.</summary>
internal sealed class ZK043NogTeBepalen() : Regeldefinitie(
    Regelcatalogus.ZK043, FindingSeverity.Warning, "ch. 8",
    nl: new("Een actie heeft een raadsmoment dat nog niet is gepland (N.t.b.).", "Het raadsmoment {fase} van actie '{actie}' is nog niet gepland (N.t.b.)."),
    en: new("An action has a council moment that is not yet planned (N.t.b.).", "The council moment {fase} of action '{actie}' is not yet planned (N.t.b.)."))
{
    public override void CheckActie(Regelcontext c, Actie actie, ActiePad pad, Bevindingen uit)
    {
        var momenten = actie.Raadsmomenten;
        if (momenten.IsEmpty)
        {
            if (!uit.Geteld(this))
            {
                uit.Meld(this, pad.Met(".raadsmomenten"), ("fase", Woorden.Geen(c.Taal)), ("actie", actie.Id));
            }

            return;
        }

        for (var j = 0; j < momenten.Count; j++)
        {
            if (momenten[j].Kwartaal is null && momenten[j].Radenbijeenkomst is null && !uit.Geteld(this))
            {
                uit.Meld(this, pad.Met(".raadsmomenten", j), ("fase", c.Fase(momenten[j].Fase)), ("actie", actie.Id));
            }
        }
    }
}
