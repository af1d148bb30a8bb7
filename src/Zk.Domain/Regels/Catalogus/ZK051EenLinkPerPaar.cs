using Zk.Domain.Collections;
using Zk.Domain.Wisselwerkingen;

namespace Zk.Domain.Regels.Catalogus;

/// <summary>
/// ZK051: the same pair (in either direction) has no more than one koppelkans, and no more than one vraagstuk. A link
/// from an element to itself is ZK050's.
/// </summary>
internal sealed class ZK051EenLinkPerPaar() : Regeldefinitie(
    Regelcatalogus.ZK051, FindingSeverity.Warning, "ch. 8",
    nl: new("Hetzelfde paar heeft niet meer dan één koppelkans, of meer dan één bestuurlijk vraagstuk.", "'{link}' verbindt hetzelfde paar ({van}, {naar}) als '{eerder}'."),
    en: new("The same pair has no more than one koppelkans, or more than one bestuurlijk vraagstuk.", "'{link}' connects the same pair ({van}, {naar}) as '{eerder}'."))
{
    public override void CheckPlan(Regelcontext c, Bevindingen uit)
    {
        Check(uit, c.Plan.Koppelkansen, "koppelkansen", k => (c.Index.KoppelkansEinde(k, naar: false), c.Index.KoppelkansEinde(k, naar: true)));
        Check(uit, c.Plan.Vraagstukken, "vraagstukken", k => (c.Index.VraagstukEinde(k, naar: false), c.Index.VraagstukEinde(k, naar: true)));
    }

    private void Check<T>(Bevindingen uit, ValueArray<T> links, string veld, Func<int, (int Van, int Naar)> einden)
        where T : Wisselwerking
    {
        // Pairs of resolved ends are keyed by their indices (in a pooled table); the rest (ZK002's) by their references.
        using var paren = new Eerstetabel(links.Count);
        Dictionary<(Verwijzing, Verwijzing), int>? andere = null;
        for (var i = 0; i < links.Count; i++)
        {
            var link = links[i];
            if (link.Van == link.Naar)
            {
                continue;
            }

            var (van, naar) = einden(i);
            int eerder;
            if (van >= 0 && naar >= 0)
            {
                var sleutel = ((long)Math.Min(van, naar) << 32) | (uint)Math.Max(van, naar);
                eerder = paren.EersteOfAdd(sleutel, i);
                if (eerder < 0)
                {
                    continue;
                }
            }
            else
            {
                andere ??= [];
                if (andere.TryAdd(Paar(link), i))
                {
                    continue;
                }

                eerder = andere[Paar(link)];
            }

            var paar = Paar(link);
            uit.Meld(this, Regelcontext.Pad(veld, i), ("link", link.Id), ("van", paar.Item1), ("naar", paar.Item2), ("eerder", links[eerder].Id));
        }
    }

    private static (Verwijzing, Verwijzing) Paar(Wisselwerking link) =>
        Compare(link.Van, link.Naar) < 0 ? (link.Van, link.Naar) : (link.Naar, link.Van);

    private static int Compare(Verwijzing a, Verwijzing b)
    {
        var bySoort = ((int)a.Soort).CompareTo((int)b.Soort); // Enum.CompareTo would box
        return bySoort != 0 ? bySoort : string.CompareOrdinal(a.Id, b.Id);
    }
}
