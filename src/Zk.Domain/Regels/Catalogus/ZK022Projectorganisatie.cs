using Zk.Domain.Werkplannen;

namespace Zk.Domain.Regels.Catalogus;

/// <summary>
/// ZK022: all member municipalities take part in every action's project organisation: every party that is a member on
/// some day of the action's time, from the period's start to <see cref="Regelcontext.ActieEinde"/>. A member that joins
/// after the action's last council moment, or left before the period, need not take part.
/// One plan's own rule: it runs where the plan's profile sets it (Zuid-Kennemerland's does).</summary>
internal sealed class ZK022Projectorganisatie() : Regeldefinitie(
    Regelcatalogus.ZK022, FindingSeverity.Error, "ch. 8",
    nl: new("Alle deelnemende gemeenten nemen deel aan de projectorganisatie van elke actie (ieder die tijdens de actie deelnemer is).", "De gemeente '{gemeente}' ontbreekt in de projectorganisatie van actie '{actie}'."),
    en: new("All member municipalities take part in every action's project organisation (each that is a member during the action).", "The municipality '{gemeente}' is missing from the project organisation of action '{actie}'."),
    profielregel: true)
{
    public override void CheckActie(Regelcontext c, Actie actie, ActiePad pad, Bevindingen uit)
    {
        if (actie.Projectorganisatie.IsAlleDeelnemers)
        {
            return;
        }

        var leden = c.Leden;
        var (begin, einde) = leden.HeeftPerioden ? (c.Plan.Looptijd.Start, c.ActieEinde(actie)) : default;
        foreach (var lid in leden.Deelnemers)
        {
            if (!actie.Projectorganisatie.Partijen.AsSpan().Contains(lid) && (!leden.HeeftPerioden || leden.IsLidTijdens(lid, begin, einde)))
            {
                uit.Meld(this, pad.Met(".projectorganisatie"), ("gemeente", lid), ("actie", actie.Id));
            }
        }
    }
}
