using System.Globalization;
using Zk.Domain.Werkplannen;

namespace Zk.Domain.Regels.Catalogus;

/// <summary>ZK003: the period ends after it starts (a period of one day does not), and no target's years run backwards.</summary>
internal sealed class ZK003Perioden() : Regeldefinitie(
    Regelcatalogus.ZK003, FindingSeverity.Error, "ch. 1",
    nl: new("De looptijd en andere perioden zijn geldig (het einde ligt na het begin); alle datums zijn te lezen.", "De periode {periode} eindigt niet na haar begin."),
    en: new("The period and other periods are valid (end after start); all dates parse.", "The period {periode} does not end after it starts."))
{
    public override void CheckPlan(Regelcontext c, Bevindingen uit)
    {
        if (c.Plan.Looptijd.End <= c.Plan.Looptijd.Start)
        {
            uit.Meld(this, "looptijd", ("periode", c.Plan.Looptijd.ToString()));
        }
    }

    public override void CheckActie(Regelcontext c, Actie actie, ActiePad pad, Bevindingen uit)
    {
        for (var j = 0; j < actie.Doelen.Count; j++)
        {
            if (actie.Doelen[j] is { VanafJaar: { } vanaf, TotEnMetJaar: { } tot } && tot < vanaf)
            {
                uit.Meld(this, pad.Met(".doelen", j), ("periode", string.Create(CultureInfo.InvariantCulture, $"{vanaf}–{tot}")));
            }
        }
    }
}
