using Zk.Domain.Collections;

namespace Zk.Domain.Regels.Catalogus;

/// <summary>
/// ZK001: every id is unique within its kind (sub-actions, results and targets across the whole plan; one membership
/// period per member; the stages and the kinds of meeting of the governance profile).
/// </summary>
internal sealed class ZK001UniekeIds() : Regeldefinitie(
    Regelcatalogus.ZK001, FindingSeverity.Error, "—",
    nl: new("Elk id is uniek binnen zijn soort.", "Het id '{id}' komt al eerder voor bij {soort}."),
    en: new("Every id is unique within its kind.", "The id '{id}' already occurs among {soort}."))
{
    public override void CheckPlan(Regelcontext c, Bevindingen uit)
    {
        var p = c.Plan;
        // The index knows each id's first place: any other place repeats it.
        Eerste(uit, p.Partijen, static x => x.Id, c.Index.Partijen, "partijen");
        Uniek(uit, p.Uitgangspunten, static x => x.Id, "uitgangspunten");
        Eerste(uit, p.Hoofdopgaven, static x => x.Id, c.Index.Hoofdopgaven, "hoofdopgaven");
        Eerste(uit, p.Acties, static x => x.Id, c.Index.Acties, "acties");
        Uniek(uit, p.Koppelkansen, static x => x.Id, "koppelkansen");
        Uniek(uit, p.Vraagstukken, static x => x.Id, "vraagstukken");
        Uniek(uit, p.Radenbijeenkomsten, static x => x.Id, "radenbijeenkomsten");
        Uniek(uit, p.Akkoorden, static x => x.Id, "akkoorden");
        Uniek(uit, p.OverigeProjecten, static x => x.Id, "overigeProjecten");
        Uniek(uit, p.Profiel.Fasen, static x => x.Id, "profiel.fasen");
        Uniek(uit, p.Profiel.Bijeenkomstsoorten, static x => x.Id, "profiel.bijeenkomstsoorten");

        // A member has one membership period: its party id is the period's id.
        if (!p.Lidmaatschappen.IsEmpty)
        {
            var leden = new HashSet<string>(p.Lidmaatschappen.Count, StringComparer.Ordinal);
            for (var i = 0; i < p.Lidmaatschappen.Count; i++)
            {
                if (!leden.Add(p.Lidmaatschappen[i].Partij))
                {
                    uit.Meld(this, Regelcontext.Pad("lidmaatschappen", i) + ".partij", ("id", p.Lidmaatschappen[i].Partij), ("soort", "lidmaatschappen"));
                }
            }
        }

        // Sized up front (a set that grows rehashes everything it holds, and large plans hold a few results per action), on
        // pooled arrays.
        int aantalDeelacties = 0, aantalResultaten = 0, aantalDoelen = 0;
        foreach (var actie in p.Acties)
        {
            aantalDeelacties += actie.Deelacties.Count;
            aantalResultaten += actie.Resultaten.Count;
            aantalDoelen += actie.Doelen.Count;
        }

        using var deelacties = new Idtabel(aantalDeelacties);
        using var resultaten = new Idtabel(aantalResultaten);
        using var doelen = new Idtabel(aantalDoelen);
        for (var i = 0; i < p.Acties.Count; i++)
        {
            var actie = p.Acties[i];
            var pad = new ActiePad(i);
            for (var j = 0; j < actie.Deelacties.Count; j++)
            {
                if (!deelacties.Add(actie.Deelacties[j].Id))
                {
                    uit.Meld(this, pad.Met(".deelacties", j, ".id"), ("id", actie.Deelacties[j].Id), ("soort", "deelacties"));
                }
            }

            for (var j = 0; j < actie.Resultaten.Count; j++)
            {
                if (!resultaten.Add(actie.Resultaten[j].Id))
                {
                    uit.Meld(this, pad.Met(".resultaten", j, ".id"), ("id", actie.Resultaten[j].Id), ("soort", "resultaten"));
                }
            }

            for (var j = 0; j < actie.Doelen.Count; j++)
            {
                if (!doelen.Add(actie.Doelen[j].Id))
                {
                    uit.Meld(this, pad.Met(".doelen", j, ".id"), ("id", actie.Doelen[j].Id), ("soort", "doelen"));
                }
            }
        }
    }

    private void Eerste<T>(Bevindingen uit, ValueArray<T> items, Func<T, string> id, IReadOnlyDictionary<string, int> eerste, string veld)
    {
        if (eerste.Count == items.Count)
        {
            return; // as many distinct ids as items: none repeats
        }

        for (var i = 0; i < items.Count; i++)
        {
            if (eerste[id(items[i])] != i)
            {
                uit.Meld(this, Regelcontext.Pad(veld, i) + ".id", ("id", id(items[i])), ("soort", veld));
            }
        }
    }

    // Up to this many ids a list is checked pairwise (at most 120 comparisons of short strings).
    private const int KleineLijst = 16;

    private void Uniek<T>(Bevindingen uit, ValueArray<T> items, Func<T, string> id, string veld)
    {
        if (items.Count <= KleineLijst)
        {
            // A short list (every list of a small plan) compares its ids pairwise: no table at all.
            for (var i = 1; i < items.Count; i++)
            {
                for (var j = 0; j < i; j++)
                {
                    if (string.Equals(id(items[j]), id(items[i]), StringComparison.Ordinal))
                    {
                        uit.Meld(this, Regelcontext.Pad(veld, i) + ".id", ("id", id(items[i])), ("soort", veld));
                        break;
                    }
                }
            }

            return;
        }

        using var gezien = new Idtabel(items.Count);
        for (var i = 0; i < items.Count; i++)
        {
            if (!gezien.Add(id(items[i])))
            {
                uit.Meld(this, Regelcontext.Pad(veld, i) + ".id", ("id", id(items[i])), ("soort", veld));
            }
        }
    }
}
