using Zk.Domain.Besturing;
using Zk.Domain.Werkplannen;

namespace Zk.Domain.Regels.Catalogus;

/// <summary>
/// ZK104: every stage the plan names is a stage of its governance profile: the council moments of the actions and of the
/// plan's own history, and the profile's decision stage and required stages. A stage the profile does not define has no
/// rank, no actor and no words, so the other rules and the planner cannot place it.
/// </summary>
internal sealed class ZK104FaseInProfiel() : Regeldefinitie(
    Regelcatalogus.ZK104, FindingSeverity.Error, "—",
    nl: new(
        "Elke fase die het plan noemt, is een fase van zijn bestuursprofiel.",
        "De fase '{fase}' is geen fase van het bestuursprofiel '{profiel}'."),
    en: new(
        "Every stage the plan names is a stage of its governance profile.",
        "The stage '{fase}' is not a stage of the governance profile '{profiel}'."))
{
    public override void CheckPlan(Regelcontext c, Bevindingen uit)
    {
        var profiel = c.Plan.Profiel;
        if (profiel is null)
        {
            return; // ZK004 reports a missing profile
        }

        if (!profiel.Defines(profiel.Besluitfase))
        {
            Meld(uit, profiel, profiel.Besluitfase, "profiel.besluitfase");
        }

        for (var k = 0; k < profiel.VereisteFasen.Count; k++)
        {
            if (!profiel.Defines(profiel.VereisteFasen[k]))
            {
                Meld(uit, profiel, profiel.VereisteFasen[k], Regelcontext.Pad("profiel.vereisteFasen", k));
            }
        }

        for (var i = 0; i < c.Plan.Totstandkoming.Count; i++)
        {
            if (!profiel.Defines(c.Plan.Totstandkoming[i].Fase))
            {
                Meld(uit, profiel, c.Plan.Totstandkoming[i].Fase, MomentPad.Totstandkoming(i).Tekst());
            }
        }
    }

    public override void CheckActie(Regelcontext c, Actie actie, ActiePad pad, Bevindingen uit)
    {
        if (c.Plan.Profiel is not { } profiel)
        {
            return;
        }

        // The path is made only for a finding: every council moment of the plan passes here.
        for (var j = 0; j < actie.Raadsmomenten.Count; j++)
        {
            if (!profiel.Defines(actie.Raadsmomenten[j].Fase))
            {
                Meld(uit, profiel, actie.Raadsmomenten[j].Fase, new MomentPad(pad, j).Tekst());
            }
        }
    }

    private void Meld(Bevindingen uit, Bestuursprofiel profiel, Fase fase, string pad) =>
        uit.Meld(this, pad, ("fase", fase.Id), ("profiel", profiel.Id));
}
