using Zk.Domain.Werkplannen;

namespace Zk.Domain.Regels.Catalogus;

/// <summary>ZK022: all member municipalities take part in every action's project organisation.</summary>
internal sealed class ZK022Projectorganisatie() : Regeldefinitie(
    Regelcatalogus.ZK022, FindingSeverity.Error, "ch. 8",
    nl: new("Alle deelnemende gemeenten nemen deel aan de projectorganisatie van elke actie.", "De gemeente '{gemeente}' ontbreekt in de projectorganisatie van actie '{actie}'."),
    en: new("All member municipalities take part in every action's project organisation.", "The municipality '{gemeente}' is missing from the project organisation of action '{actie}'."))
{
    public override void CheckActie(Regelcontext c, Actie actie, ActiePad pad, Bevindingen uit)
    {
        if (actie.Projectorganisatie.IsAlleDeelnemers)
        {
            return;
        }

        foreach (var lid in c.Options.Deelnemers ?? c.Plan.Deelnemers)
        {
            if (!actie.Projectorganisatie.Partijen.AsSpan().Contains(lid))
            {
                uit.Meld(this, pad.Met(".projectorganisatie"), ("gemeente", lid), ("actie", actie.Id));
            }
        }
    }
}
