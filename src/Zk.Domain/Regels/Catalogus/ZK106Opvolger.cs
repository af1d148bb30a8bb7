namespace Zk.Domain.Regels.Catalogus;

/// <summary>
/// ZK106: a member's successor is a member municipality from the day after the member's last day, when that day lies
/// within the plan's period. A successor the plan does not know is ZK002's; a successor of a membership that has no
/// last day, or ends on the period's last day, is never asked.
/// </summary>
internal sealed class ZK106Opvolger() : Regeldefinitie(
    Regelcatalogus.ZK106, FindingSeverity.Error, "—",
    nl: new(
        "De opvolger van een gemeente is deelnemende gemeente vanaf de dag na het einde van haar lidmaatschap.",
        "De opvolger '{opvolger}' van '{gemeente}' is op {datum}, de dag na het einde van het lidmaatschap, geen deelnemende gemeente."),
    en: new(
        "A municipality's successor is a member municipality from the day after its membership ends.",
        "The successor '{opvolger}' of '{gemeente}' is not a member municipality on {datum}, the day after the membership ends."))
{
    public override void CheckPlan(Regelcontext c, Bevindingen uit)
    {
        var looptijd = c.Plan.Looptijd;
        for (var i = 0; i < c.Plan.Lidmaatschappen.Count; i++)
        {
            var l = c.Plan.Lidmaatschappen[i];
            if (l is { Opvolger: { } opvolger, TotEnMet: { } tot } && tot < looptijd.End && c.Index.Partijen.ContainsKey(opvolger))
            {
                var dag = tot.PlusDays(1);
                if (!c.Leden.IsLidOp(opvolger, dag))
                {
                    uit.Meld(
                        this,
                        Regelcontext.Pad("lidmaatschappen", i) + ".opvolger",
                        ("opvolger", opvolger),
                        ("gemeente", l.Partij),
                        ("datum", NodaTime.Text.LocalDatePattern.Iso.Format(dag)));
                }
            }
        }
    }
}
