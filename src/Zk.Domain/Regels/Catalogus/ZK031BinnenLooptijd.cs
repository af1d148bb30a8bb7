using Zk.Domain.Werkplannen;

namespace Zk.Domain.Regels.Catalogus;

/// <summary>ZK031: results, and the targets of the plan's own (without a framework), are due within the period.</summary>
internal sealed class ZK031BinnenLooptijd() : Regeldefinitie(
    Regelcatalogus.ZK031, FindingSeverity.Error, "ch. 1",
    nl: new("Geen resultaat of eigen doel is pas na het einde van de looptijd gereed.", "'{id}' is gereed in {gereed}, na het einde van de looptijd ({einde})."),
    en: new("No result or target of the plan's own is due after the end of the period.", "'{id}' is due in {gereed}, after the end of the period ({einde})."))
{
    public override void CheckActie(Regelcontext c, Actie actie, ActiePad pad, Bevindingen uit)
    {
        for (var j = 0; j < actie.Resultaten.Count; j++)
        {
            if (actie.Resultaten[j].Gereed is { } gereed && gereed > c.LaatsteKwartaal)
            {
                uit.Meld(this, pad.Met(".resultaten", j, ".gereed"), ("id", actie.Resultaten[j].Id), ("gereed", gereed), ("einde", c.LaatsteKwartaal));
            }
        }

        for (var j = 0; j < actie.Doelen.Count; j++)
        {
            if (actie.Doelen[j] is { Kader: null, TotEnMetJaar: { } tot } doel && tot > c.Plan.Looptijd.End.Year)
            {
                uit.Meld(this, pad.Met(".doelen", j, ".totEnMetJaar"), ("id", doel.Id), ("gereed", tot), ("einde", c.LaatsteKwartaal));
            }
        }
    }
}
