using Zk.Domain.Collections;
using Zk.Domain.Wisselwerkingen;

namespace Zk.Domain.Regels.Catalogus;

/// <summary>ZK100: a koppelkans has a positive strength (+1…+3), a vraagstuk a negative one (−3…−1).</summary>
internal sealed class ZK100SterkteTeken() : Regeldefinitie(
    Regelcatalogus.ZK100, FindingSeverity.Warning, "ch. 8",
    nl: new("Een koppelkans heeft een positieve sterkte, een bestuurlijk vraagstuk een negatieve.", "'{link}' heeft sterkte {sterkte}; verwacht is {verwacht}."),
    en: new("A koppelkans has a positive strength, a bestuurlijk vraagstuk a negative one.", "'{link}' has strength {sterkte}; expected {verwacht}."))
{
    public override void CheckPlan(Regelcontext c, Bevindingen uit)
    {
        Check(uit, c.Plan.Koppelkansen, "koppelkansen", positief: true);
        Check(uit, c.Plan.Vraagstukken, "vraagstukken", positief: false);
    }

    private void Check<T>(Bevindingen uit, ValueArray<T> links, string veld, bool positief)
        where T : Wisselwerking
    {
        for (var i = 0; i < links.Count; i++)
        {
            if (links[i].Sterkte is { } sterkte && (positief ? sterkte <= 0 : sterkte >= 0))
            {
                uit.Meld(this, Regelcontext.Pad(veld, i) + ".sterkte", ("link", links[i].Id), ("sterkte", sterkte), ("verwacht", positief ? "+1…+3" : "−3…−1"));
            }
        }
    }
}
