using Zk.Domain.Werkplannen;

namespace Zk.Domain.Regels.Catalogus;

/// <summary>
/// ZK031: the results and targets of the plan's own (without a framework) are due within the period. A result's due
/// quarter is <see cref="Resultaat.UiterlijkIn"/> (its quarter, else the last quarter of its year); a result or target
/// that names its framework (<c>kader</c>) is that framework's milestone and may lie after the period.
/// </summary>
internal sealed class ZK031BinnenLooptijd() : Regeldefinitie(
    Regelcatalogus.ZK031, FindingSeverity.Error, "ch. 1",
    nl: new("Geen eigen resultaat of doel is pas na het einde van de looptijd gereed.", "'{id}' is gereed in {gereed}, na het einde van de looptijd ({einde})."),
    en: new("No result or target of the plan's own is due after the end of the period.", "'{id}' is due in {gereed}, after the end of the period ({einde})."))
{
    public override void CheckActie(Regelcontext c, Actie actie, ActiePad pad, Bevindingen uit)
    {
        for (var j = 0; j < actie.Resultaten.Count; j++)
        {
            var resultaat = actie.Resultaten[j];
            if (resultaat.Kader is null && resultaat.UiterlijkIn(c.Plan.Looptijd) is var gereed && gereed > c.LaatsteKwartaal)
            {
                var veld = resultaat.Gereed is null ? ".gereedJaar" : ".gereed";
                uit.Meld(this, pad.Met(".resultaten", j, veld), ("id", resultaat.Id), ("gereed", gereed), ("einde", c.LaatsteKwartaal));
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
