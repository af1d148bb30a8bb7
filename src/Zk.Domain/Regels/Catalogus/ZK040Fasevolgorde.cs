using Zk.Domain.Werkplannen;

namespace Zk.Domain.Regels.Catalogus;

/// <summary>
/// ZK040: an action's council moments follow the stage order (50 % → 80 % → besluitvorming): a later stage never
/// stands at or before the place of an earlier stage.
/// </summary>
internal sealed class ZK040Fasevolgorde() : Regeldefinitie(
    Regelcatalogus.ZK040, FindingSeverity.Error, "ch. 1, 4.1",
    nl: new(
        "De raadsmomenten van een actie volgen de fasen (50 % → 80 % → besluitvorming), elk in een latere bijeenkomst.",
        "De fase {fase} ({plaats}) van actie '{actie}' komt niet na de fase {eerdereFase} ({eerderePlaats})."),
    en: new(
        "An action's council moments follow the stage order (50 % → 80 % → decision), each in a later meeting.",
        "The stage {fase} ({plaats}) of action '{actie}' does not come after the stage {eerdereFase} ({eerderePlaats})."))
{
    public override void CheckActie(Regelcontext c, Actie actie, ActiePad pad, Bevindingen uit)
    {
        var momenten = actie.Raadsmomenten;
        for (var j = 0; j < momenten.Count; j++)
        {
            var moment = momenten[j];
            if (c.Plan.Profiel.Rang(moment.Fase) is not { } rang || c.Plaats(moment) is not { } hier)
            {
                continue;
            }

            foreach (var eerder in momenten)
            {
                if (c.Plan.Profiel.Rang(eerder.Fase) is { } eerderRang && eerderRang < rang && c.Plaats(eerder) is { } daar && Plaats.Vergelijk(hier, daar) <= 0)
                {
                    uit.Meld(
                        this,
                        pad.Met(".raadsmomenten", j),
                        ("fase", c.Fase(moment.Fase)),
                        ("plaats", hier),
                        ("actie", actie.Id),
                        ("eerdereFase", c.Fase(eerder.Fase)),
                        ("eerderePlaats", daar));
                    break;
                }
            }
        }
    }
}
