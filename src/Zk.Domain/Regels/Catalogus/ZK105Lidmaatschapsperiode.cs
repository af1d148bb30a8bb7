using NodaTime;

namespace Zk.Domain.Regels.Catalogus;

/// <summary>
/// ZK105: a membership period does not end before it starts, and shares at least one day with the plan's period (a
/// member whose membership lies wholly outside it is no member of this plan). Open ends are written "…".
/// </summary>
internal sealed class ZK105Lidmaatschapsperiode() : Regeldefinitie(
    Regelcatalogus.ZK105, FindingSeverity.Error, "—",
    nl: new(
        "Een lidmaatschapsperiode eindigt niet vóór ze begint en valt (ten dele) binnen de looptijd.",
        "Het lidmaatschap van '{gemeente}' ({vanaf} t/m {totEnMet}) eindigt vóór het begint of valt buiten de looptijd ({begin} t/m {einde})."),
    en: new(
        "A membership period does not end before it starts and lies (at least partly) within the period.",
        "The membership of '{gemeente}' ({vanaf} to {totEnMet}) ends before it starts or lies outside the period ({begin} to {einde})."))
{
    public override void CheckPlan(Regelcontext c, Bevindingen uit)
    {
        var looptijd = c.Plan.Looptijd;
        for (var i = 0; i < c.Plan.Lidmaatschappen.Count; i++)
        {
            var l = c.Plan.Lidmaatschappen[i];
            if (!l.IsLidTijdens(looptijd.Start, looptijd.End))
            {
                uit.Meld(
                    this,
                    Regelcontext.Pad("lidmaatschappen", i),
                    ("gemeente", l.Partij),
                    ("vanaf", Iso(l.Vanaf)),
                    ("totEnMet", Iso(l.TotEnMet)),
                    ("begin", Iso(looptijd.Start)),
                    ("einde", Iso(looptijd.End)));
            }
        }
    }

    private static string Iso(LocalDate? datum) => datum is { } d ? NodaTime.Text.LocalDatePattern.Iso.Format(d) : "…";
}
