using NodaTime;
using Zk.Domain.Collections;
using Zk.Domain.Partijen;
using Zk.Domain.Werkplannen;

namespace Zk.Domain.Regels.Catalogus;

/// <summary>
/// ZK021: the political and civil-service leads (of the action and of its sub-actions) are member municipalities
/// through the action's time: a member on the day of the action's last council moment, or on the period's last day
/// when it has none (<see cref="Regelcontext.ActieEinde"/>). A lead whose membership ended before then is reported with
/// its successor, if it has one. An external party may hold the regie. Ids the plan does not know are ZK002's.
/// One plan's own rule: it runs where the plan's profile sets it (Zuid-Kennemerland's does).</summary>
internal sealed class ZK021TrekkersZijnDeelnemers() : Regeldefinitie(
    Regelcatalogus.ZK021, FindingSeverity.Error, "ch. 8, 3.1",
    nl: new(
        "De bestuurlijk en ambtelijk trekkers zijn deelnemende gemeenten tot het laatste raadsmoment van hun actie (een externe partij kan de regie hebben).",
        "De trekker '{trekker}' is op {datum} geen deelnemende gemeente{opvolger}."),
    en: new(
        "The political and civil-service leads are member municipalities up to their action's last council moment (an external party may hold the regie).",
        "The lead '{trekker}' is not a member municipality on {datum}{opvolger}."),
    profielregel: true)
{
    public override void CheckActie(Regelcontext c, Actie actie, ActiePad pad, Bevindingen uit)
    {
        // Without membership periods the date changes nothing: it is looked up only for a finding's message.
        var einde = c.Leden.HeeftPerioden ? c.ActieEinde(actie) : (LocalDate?)null;
        Leden(c, uit, actie, actie.Trekkerschap, einde, pad, ".trekkerschap");
        for (var j = 0; j < actie.Deelacties.Count; j++)
        {
            if (actie.Deelacties[j].Trekkerschap is { } eigen)
            {
                Leden(c, uit, actie, eigen, einde, pad, Regelcontext.Pad(".deelacties", j) + ".trekkerschap");
            }
        }
    }

    private void Leden(Regelcontext c, Bevindingen uit, Actie actie, Trekkerschap t, LocalDate? einde, ActiePad pad, string veld)
    {
        Leden(c, uit, actie, t.Bestuurlijk, einde, pad, veld, ".bestuurlijk");
        Leden(c, uit, actie, t.Ambtelijk, einde, pad, veld, ".ambtelijk");
    }

    // The field is veld + sub, joined only for a finding (every action passes here).
    private void Leden(Regelcontext c, Bevindingen uit, Actie actie, ValueArray<string> ids, LocalDate? einde, ActiePad pad, string veld, string sub)
    {
        for (var k = 0; k < ids.Count; k++)
        {
            if (c.Index.Partijen.ContainsKey(ids[k]) && (einde is { } dag ? !c.Leden.IsLidOp(ids[k], dag) : !c.Leden.IsLid(ids[k])))
            {
                var opvolger = c.Leden.Van(ids[k])?.Opvolger is { } id ? Woorden.Format(Woord.MeldingOpvolger, c.Taal, ("opvolger", id)) : "";
                var datum = NodaTime.Text.LocalDatePattern.Iso.Format(einde ?? c.ActieEinde(actie));
                uit.Meld(this, pad.Met(veld + sub, k), ("trekker", ids[k]), ("datum", datum), ("opvolger", opvolger));
            }
        }
    }
}
