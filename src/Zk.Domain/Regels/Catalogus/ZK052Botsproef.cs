using Zk.Domain.Samenhang;

namespace Zk.Domain.Regels.Catalogus;

/// <summary>
/// ZK052: the two sides of a bestuurlijk vraagstuk reach their decision in the same meeting, so the councils can weigh
/// them together (the botsproef). The verdict is <see cref="Botsproef.Oordeel"/>'s, the same the coherence analysis
/// reports; the message names two actions decided in different meetings.
/// </summary>
internal sealed class ZK052Botsproef() : Regeldefinitie(
    Regelcatalogus.ZK052, FindingSeverity.Warning, "ch. 8",
    nl: new(
        "De acties van een bestuurlijk vraagstuk komen in dezelfde bijeenkomst tot besluitvorming (botsproef: samen afwegen).",
        "Het vraagstuk '{vraagstuk}': actie '{van}' besluit in {vanPlaats}, actie '{naar}' in {naarPlaats}; de botsproef weegt ze samen."),
    en: new(
        "The actions of a bestuurlijk vraagstuk reach their decision in the same meeting (botsproef: weigh them together).",
        "The dilemma '{vraagstuk}': action '{van}' decides in {vanPlaats}, action '{naar}' in {naarPlaats}; the botsproef weighs them together."))
{
    public override void CheckPlan(Regelcontext c, Bevindingen uit)
    {
        // Most vraagstukken of a large plan are a finding: beyond the cap they are only counted (no path, no boxed places).
        var vraagstukken = c.Plan.Vraagstukken;
        for (var i = 0; i < vraagstukken.Count; i++)
        {
            var uitkomst = Botsproef.Oordeel(c.Index, c.LaatsteBesluit, i);
            if (uitkomst.Oordeel == Botsproefoordeel.AndereBijeenkomsten && !uit.Geteld(this))
            {
                uit.Meld(
                    this,
                    Regelcontext.Pad("vraagstukken", i),
                    ("vraagstuk", vraagstukken[i].Id),
                    ("van", c.Plan.Acties[uitkomst.Van].Id),
                    ("vanPlaats", c.LaatsteBesluit[uitkomst.Van]),
                    ("naar", c.Plan.Acties[uitkomst.Naar].Id),
                    ("naarPlaats", c.LaatsteBesluit[uitkomst.Naar]));
            }
        }
    }
}
