using Zk.Domain.Besturing;
using Zk.Domain.Werkplannen;

namespace Zk.Domain.Regels.Catalogus;

/// <summary>ZK102 (info): a source names another quarter than the moment (of an action, or of the plan's own history) holds to.</summary>
internal sealed class ZK102Bronnen() : Regeldefinitie(
    Regelcatalogus.ZK102, FindingSeverity.Info, "ch. 8, 6.1, 7.1",
    nl: new("Een bron noemt een ander kwartaal dan het raadsmoment aanhoudt.", "Bron '{bron}' noemt {genoemd}; het raadsmoment houdt {kwartaal} aan."),
    en: new("A source names another quarter than the council moment holds to.", "Source '{bron}' names {genoemd}; the council moment holds to {kwartaal}."))
{
    public override void CheckPlan(Regelcontext c, Bevindingen uit)
    {
        for (var i = 0; i < c.Plan.Totstandkoming.Count; i++)
        {
            Check(uit, c.Plan.Totstandkoming[i], MomentPad.Totstandkoming(i));
        }
    }

    public override void CheckActie(Regelcontext c, Actie actie, ActiePad pad, Bevindingen uit)
    {
        for (var j = 0; j < actie.Raadsmomenten.Count; j++)
        {
            Check(uit, actie.Raadsmomenten[j], new MomentPad(pad, j));
        }
    }

    private void Check(Bevindingen uit, Raadsmoment moment, MomentPad pad)
    {
        for (var b = 0; b < moment.Bronnen.Count; b++)
        {
            var bron = moment.Bronnen[b];
            if (bron.Kwartaal is { } genoemd && genoemd != moment.Kwartaal)
            {
                uit.Meld(this, pad.Tekst() + Regelcontext.Pad(".bronnen", b), ("bron", bron.Bron), ("genoemd", genoemd), ("kwartaal", (object?)moment.Kwartaal ?? "N.t.b."));
            }
        }
    }
}
