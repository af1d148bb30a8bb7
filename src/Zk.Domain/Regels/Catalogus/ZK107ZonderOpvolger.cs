namespace Zk.Domain.Regels.Catalogus;

/// <summary>
/// ZK107: a member that stops taking part during the period without a successor takes part in an action whose last
/// decision comes after its last day: that decision is taken without it (a warning: a member may leave the region). A
/// decision with only a quarter counts at the quarter's last day. One finding per member and action.
/// </summary>
internal sealed class ZK107ZonderOpvolger() : Regeldefinitie(
    Regelcatalogus.ZK107, FindingSeverity.Warning, "—",
    nl: new(
        "Een gemeente die vóór een besluit van haar actie ophoudt deel te nemen, heeft een opvolger.",
        "De gemeente '{gemeente}' is deelnemer tot en met {totEnMet} zonder opvolger; het besluit over actie '{actie}' ({moment}) valt later en wordt zonder haar genomen."),
    en: new(
        "A municipality that stops taking part before a decision of its action has a successor.",
        "The municipality '{gemeente}' is a member up to {totEnMet} without a successor; the decision on action '{actie}' ({moment}) comes later and is taken without it."))
{
    public override void CheckPlan(Regelcontext c, Bevindingen uit)
    {
        var plan = c.Plan;
        for (var i = 0; i < plan.Lidmaatschappen.Count; i++)
        {
            var l = plan.Lidmaatschappen[i];
            if (l is not { Opvolger: null, TotEnMet: { } tot } || tot >= plan.Looptijd.End || !ReferenceEquals(c.Leden.Van(l.Partij), l))
            {
                continue;
            }

            for (var a = 0; a < plan.Acties.Count; a++)
            {
                var actie = plan.Acties[a];
                if (c.LaatsteBesluit[a] is { } besluit && (besluit.Datum ?? besluit.Kwartaal.LaatsteDag) > tot
                    && (actie.Projectorganisatie.IsAlleDeelnemers || actie.Projectorganisatie.Partijen.AsSpan().Contains(l.Partij)))
                {
                    uit.Meld(
                        this,
                        Regelcontext.Pad("lidmaatschappen", i) + ".totEnMet",
                        ("gemeente", l.Partij),
                        ("totEnMet", NodaTime.Text.LocalDatePattern.Iso.Format(tot)),
                        ("actie", actie.Id),
                        ("moment", besluit));
                }
            }
        }
    }
}
