using Zk.Domain.Collections;
using Zk.Domain.Werkplannen;

namespace Zk.Domain.Regels.Controles;

/// <summary>The rules about the plan as a whole: ids, references outside actions, the period, the composition.</summary>
internal static class PlanRegels
{
    public static void Check(Controle c)
    {
        ZK001UniekeIds(c);
        ZK002Totstandkoming(c);
        ZK003Looptijd(c);
        ZK010ElkeHoofdopgaveEenActie(c);
        ZK011Capaciteit(c);
        ZK012MixVanTermijnen(c);
    }

    /// <summary>ZK001: every id is unique within its kind (deelacties, resultaten and doelen across the plan).</summary>
    private static void ZK001UniekeIds(Controle c)
    {
        var p = c.Plan;
        Uniek(c, p.Partijen, x => x.Id, "partijen", "partijen");
        Uniek(c, p.Uitgangspunten, x => x.Id, "uitgangspunten", "uitgangspunten");
        Uniek(c, p.Hoofdopgaven, x => x.Id, "hoofdopgaven", "hoofdopgaven");
        Uniek(c, p.Acties, x => x.Id, "acties", "acties");

        // Between the actions' ids and the meetings' (the order of ZK001's and ZK002's findings): the members, then the
        // links, each list in one pass over its rules.
        ZK002Deelnemers(c);
        c.KoppelkansEinden = SamenhangRegels.Links(c, p.Koppelkansen, "koppelkansen", positief: true);
        c.VraagstukEinden = SamenhangRegels.Links(c, p.Vraagstukken, "vraagstukken", positief: false);
        Uniek(c, p.Radenbijeenkomsten, x => x.Id, "radenbijeenkomsten", "radenbijeenkomsten");

        var deelacties = new HashSet<string>(StringComparer.Ordinal);
        var resultaten = new HashSet<string>(StringComparer.Ordinal);
        var doelen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < p.Acties.Count; i++)
        {
            var actie = p.Acties[i];
            var pad = new ActiePad(i);
            for (var j = 0; j < actie.Deelacties.Count; j++)
            {
                if (!deelacties.Add(actie.Deelacties[j].Id))
                {
                    c.Add(Regelcatalogus.ZK001, pad.Met(".deelacties", j, ".id"), actie.Deelacties[j].Id, "deelacties");
                }
            }

            for (var j = 0; j < actie.Resultaten.Count; j++)
            {
                if (!resultaten.Add(actie.Resultaten[j].Id))
                {
                    c.Add(Regelcatalogus.ZK001, pad.Met(".resultaten", j, ".id"), actie.Resultaten[j].Id, "resultaten");
                }
            }

            for (var j = 0; j < actie.Doelen.Count; j++)
            {
                if (!doelen.Add(actie.Doelen[j].Id))
                {
                    c.Add(Regelcatalogus.ZK001, pad.Met(".doelen", j, ".id"), actie.Doelen[j].Id, "doelen");
                }
            }
        }
    }

    private static void Uniek<T>(Controle c, ValueArray<T> items, Func<T, string> id, string veld, string soort)
    {
        var gezien = new HashSet<string>(items.Count, StringComparer.Ordinal);
        for (var i = 0; i < items.Count; i++)
        {
            if (!gezien.Add(id(items[i])))
            {
                c.Add(Regelcatalogus.ZK001, Controle.Index(veld, i) + ".id", id(items[i]), soort);
            }
        }
    }

    /// <summary>ZK002 for the plan's members.</summary>
    private static void ZK002Deelnemers(Controle c)
    {
        var p = c.Plan;
        for (var i = 0; i < p.Deelnemers.Count; i++)
        {
            if (!c.Partijen.Contains(p.Deelnemers[i]))
            {
                c.Add(Regelcatalogus.ZK002, Controle.Index("deelnemers", i), p.Deelnemers[i], "partijen");
            }
        }
    }

    /// <summary>ZK002 for the meetings of the plan's own history.</summary>
    private static void ZK002Totstandkoming(Controle c)
    {
        var p = c.Plan;
        for (var i = 0; i < p.Totstandkoming.Count; i++)
        {
            if (p.Totstandkoming[i].Radenbijeenkomst is { } id && !c.Bijeenkomsten.ContainsKey(id))
            {
                c.Add(Regelcatalogus.ZK002, Controle.Index("totstandkoming", i) + ".radenbijeenkomst", id, "radenbijeenkomsten");
            }
        }
    }

    /// <summary>ZK003: the period ends after it starts (a period of one day does not).</summary>
    private static void ZK003Looptijd(Controle c)
    {
        if (c.Plan.Looptijd.End <= c.Plan.Looptijd.Start)
        {
            c.Add(Regelcatalogus.ZK003, "looptijd", c.Plan.Looptijd.ToString());
        }
    }

    /// <summary>ZK010: every main task has at least one action.</summary>
    private static void ZK010ElkeHoofdopgaveEenActie(Controle c)
    {
        var metActie = new HashSet<string>(StringComparer.Ordinal);
        foreach (var actie in c.Plan.Acties)
        {
            metActie.Add(actie.Hoofdopgave);
        }

        for (var i = 0; i < c.Plan.Hoofdopgaven.Count; i++)
        {
            if (!metActie.Contains(c.Plan.Hoofdopgaven[i].Id))
            {
                c.Add(Regelcatalogus.ZK010, Controle.Index("hoofdopgaven", i), c.Plan.Hoofdopgaven[i].Id);
            }
        }
    }

    /// <summary>ZK011: the number of actions fits the capacity.</summary>
    private static void ZK011Capaciteit(Controle c)
    {
        var capaciteit = c.Options.Capaciteit ?? c.Plan.Capaciteit ?? ValidationOptions.StandaardCapaciteit;
        if (c.Plan.Acties.Count > capaciteit)
        {
            c.Add(Regelcatalogus.ZK011, "acties", c.Plan.Acties.Count, capaciteit);
        }
    }

    /// <summary>ZK012: the plan mixes short- and long-term actions.</summary>
    private static void ZK012MixVanTermijnen(Controle c)
    {
        var acties = c.Plan.Acties;
        if (acties.IsEmpty)
        {
            return;
        }

        foreach (var actie in acties)
        {
            if (actie.Termijn != acties[0].Termijn)
            {
                return;
            }
        }

        var termijn = acties[0].Termijn == Termijn.Kort ? (c.Taal == Taal.En ? "short" : "korte") : (c.Taal == Taal.En ? "long" : "lange");
        c.Add(Regelcatalogus.ZK012, "acties", termijn);
    }
}
