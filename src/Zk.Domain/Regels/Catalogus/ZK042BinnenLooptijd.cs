using Zk.Domain.Werkplannen;

namespace Zk.Domain.Regels.Catalogus;

/// <summary>ZK042: every council moment (its meeting's date, or its quarter) lies within the period.</summary>
internal sealed class ZK042BinnenLooptijd() : Regeldefinitie(
    Regelcatalogus.ZK042, FindingSeverity.Error, "ch. 1",
    nl: new("Elk raadsmoment ligt binnen de looptijd.", "Het raadsmoment {plaats} van actie '{actie}' ligt buiten de looptijd ({looptijd})."),
    en: new("Every council moment lies within the period.", "The council moment {plaats} of action '{actie}' lies outside the period ({looptijd})."))
{
    public override void CheckActie(Regelcontext c, Actie actie, ActiePad pad, Bevindingen uit)
    {
        var looptijd = c.Plan.Looptijd;
        for (var j = 0; j < actie.Raadsmomenten.Count; j++)
        {
            if (c.Plaats(actie.Raadsmomenten[j]) is not { } hier)
            {
                continue;
            }

            var binnen = hier.Datum is { } datum
                ? looptijd.Contains(datum)
                : hier.Kwartaal.EersteDag <= looptijd.End && hier.Kwartaal.LaatsteDag >= looptijd.Start;
            if (!binnen)
            {
                uit.Meld(this, pad.Met(".raadsmomenten", j, ".kwartaal"), ("plaats", hier), ("actie", actie.Id), ("looptijd", looptijd.ToString()));
            }
        }
    }
}
