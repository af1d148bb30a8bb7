using Zk.Domain.Collections;
using Zk.Domain.Partijen;
using Zk.Domain.Werkplannen;

namespace Zk.Domain.Regels.Catalogus;

/// <summary>
/// ZK021: the political and civil-service leads (of the action and of its sub-actions) are member municipalities;
/// an external party may hold the regie. Ids the plan does not know are ZK002's.
/// </summary>
internal sealed class ZK021TrekkersZijnDeelnemers() : Regeldefinitie(
    Regelcatalogus.ZK021, FindingSeverity.Error, "ch. 8, 3.1",
    nl: new(
        "De bestuurlijk en ambtelijk trekkers zijn deelnemende gemeenten (een externe partij kan de regie hebben).",
        "De trekker '{trekker}' is geen deelnemende gemeente."),
    en: new(
        "The political and civil-service leads are member municipalities (an external party may hold the regie).",
        "The lead '{trekker}' is not a member municipality."))
{
    public override void CheckActie(Regelcontext c, Actie actie, ActiePad pad, Bevindingen uit)
    {
        Leden(c, uit, actie.Trekkerschap, pad, ".trekkerschap");
        for (var j = 0; j < actie.Deelacties.Count; j++)
        {
            if (actie.Deelacties[j].Trekkerschap is { } eigen)
            {
                Leden(c, uit, eigen, pad, Regelcontext.Pad(".deelacties", j) + ".trekkerschap");
            }
        }
    }

    private void Leden(Regelcontext c, Bevindingen uit, Trekkerschap t, ActiePad pad, string veld)
    {
        Leden(c, uit, t.Bestuurlijk, pad, veld, ".bestuurlijk");
        Leden(c, uit, t.Ambtelijk, pad, veld, ".ambtelijk");
    }

    // The field is veld + sub, joined only for a finding (every action passes here).
    private void Leden(Regelcontext c, Bevindingen uit, ValueArray<string> ids, ActiePad pad, string veld, string sub)
    {
        for (var k = 0; k < ids.Count; k++)
        {
            if (c.Index.Partijen.ContainsKey(ids[k]) && !c.Leden.Contains(ids[k]))
            {
                uit.Meld(this, pad.Met(veld + sub, k), ("trekker", ids[k]));
            }
        }
    }
}
