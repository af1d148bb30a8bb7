using Zk.Domain.Besturing;
using Zk.Domain.Werkplannen;

namespace Zk.Domain.Regels.Catalogus;

/// <summary>ZK101: a moment (of an action, or of the plan's own history) assigned to a meeting is in that meeting's quarter.</summary>
internal sealed class ZK101KwartaalVanBijeenkomst() : Regeldefinitie(
    Regelcatalogus.ZK101, FindingSeverity.Error, "ch. 8",
    nl: new("Het kwartaal van een raadsmoment past bij de datum van zijn radenbijeenkomst.", "Het raadsmoment {fase} staat in {kwartaal}, maar zijn {soort} '{bijeenkomst}' is op {datum}."),
    en: new("A council moment's quarter matches the date of its radenbijeenkomst.", "The council moment {fase} is in {kwartaal}, but its {soort} '{bijeenkomst}' is on {datum}."))
{
    public override void CheckPlan(Regelcontext c, Bevindingen uit)
    {
        for (var i = 0; i < c.Plan.Totstandkoming.Count; i++)
        {
            Check(c, uit, c.Plan.Totstandkoming[i], MomentPad.Totstandkoming(i));
        }
    }

    public override void CheckActie(Regelcontext c, Actie actie, ActiePad pad, Bevindingen uit)
    {
        for (var j = 0; j < actie.Raadsmomenten.Count; j++)
        {
            Check(c, uit, actie.Raadsmomenten[j], new MomentPad(pad, j));
        }
    }

    private void Check(Regelcontext c, Bevindingen uit, Raadsmoment moment, MomentPad pad)
    {
        if (moment is { Kwartaal: { } kwartaal, Radenbijeenkomst: { } id } && c.Bijeenkomst(id) is { } bijeenkomst && !kwartaal.Contains(bijeenkomst.Datum))
        {
            uit.Meld(
                this,
                pad.Tekst(),
                ("fase", c.Fase(moment.Fase)),
                ("kwartaal", kwartaal),
                ("soort", c.Soort(bijeenkomst)),
                ("bijeenkomst", id),
                ("datum", NodaTime.Text.LocalDatePattern.Iso.Format(bijeenkomst.Datum)));
        }
    }
}
