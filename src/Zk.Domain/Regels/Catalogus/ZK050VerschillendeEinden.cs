using Zk.Domain.Collections;
using Zk.Domain.Wisselwerkingen;

namespace Zk.Domain.Regels.Catalogus;

/// <summary>ZK050: a koppelkans or vraagstuk connects two distinct elements.</summary>
internal sealed class ZK050VerschillendeEinden() : Regeldefinitie(
    Regelcatalogus.ZK050, FindingSeverity.Error, "ch. 8",
    nl: new("Een koppelkans of bestuurlijk vraagstuk verbindt twee verschillende elementen.", "'{link}' verbindt {element} met zichzelf."),
    en: new("A koppelkans or bestuurlijk vraagstuk connects two distinct elements.", "'{link}' connects {element} with itself."))
{
    public override void CheckPlan(Regelcontext c, Bevindingen uit)
    {
        Check(uit, c.Plan.Koppelkansen, "koppelkansen");
        Check(uit, c.Plan.Vraagstukken, "vraagstukken");
    }

    private void Check<T>(Bevindingen uit, ValueArray<T> links, string veld)
        where T : Wisselwerking
    {
        for (var i = 0; i < links.Count; i++)
        {
            if (links[i].Van == links[i].Naar)
            {
                uit.Meld(this, Regelcontext.Pad(veld, i), ("link", links[i].Id), ("element", links[i].Van));
            }
        }
    }
}
