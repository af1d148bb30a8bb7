using Zk.Domain.Besturing;
using Zk.Domain.Collections;
using Zk.Domain.Samenhang;

namespace Zk.Domain.Regels.Controles;

/// <summary>The rules about koppelkansen and vraagstukken, the calendar's capacity, and the plan's own history.</summary>
internal static class SamenhangRegels
{
    public static void Check(Controle c)
    {
        ZK052Botsproef(c);
        ZK060Capaciteit(c);
        for (var i = 0; i < c.Plan.Totstandkoming.Count; i++)
        {
            RaadsmomentRegels.ZK101KwartaalVanBijeenkomst(c, c.Plan.Totstandkoming[i], MomentPad.Totstandkoming(i));
            RaadsmomentRegels.ZK102Bronnen(c, c.Plan.Totstandkoming[i], MomentPad.Totstandkoming(i));
        }
    }

    /// <summary>
    /// The rules about each link on its own, in one pass over the list (large plans hold five links per action):
    /// ZK001 (unique id), ZK002 (both ends resolve; the resolved indexes are returned for the later rules),
    /// ZK050 (two distinct ends), ZK051 (one link per pair, in either direction) and ZK100 (the strength's sign).
    /// </summary>
    /// <remarks>Findings of one code keep the order of separate passes: the validation sorts by code only.</remarks>
    public static int[] Links<T>(Controle c, ValueArray<T> links, string veld, bool positief)
        where T : Wisselwerking
    {
        var ids = new HashSet<string>(links.Count, StringComparer.Ordinal);
        var einden = new int[links.Count * 2];
        // Pairs of resolved ends are keyed by their indexes; the rest (ZK002's) by their references.
        var paren = new Dictionary<long, int>(links.Count);
        Dictionary<(Verwijzing, Verwijzing), int>? andere = null;
        for (var i = 0; i < links.Count; i++)
        {
            var link = links[i];
            if (!ids.Add(link.Id))
            {
                c.Add(Regelcatalogus.ZK001, Controle.Index(veld, i) + ".id", link.Id, veld);
            }

            var van = einden[2 * i] = Einde(c, link.Van, veld, i, ".van");
            var naar = einden[(2 * i) + 1] = Einde(c, link.Naar, veld, i, ".naar");
            if (link.Sterkte is { } sterkte && (positief ? sterkte <= 0 : sterkte >= 0))
            {
                c.Add(Regelcatalogus.ZK100, Controle.Index(veld, i) + ".sterkte", link.Id, sterkte, positief ? "+1…+3" : "−3…−1");
            }

            if (link.Van == link.Naar)
            {
                c.Add(Regelcatalogus.ZK050, Controle.Index(veld, i), link.Id, link.Van);
                continue;
            }

            int eerder;
            if (van >= 0 && naar >= 0)
            {
                var sleutel = ((long)Math.Min(van, naar) << 32) | (uint)Math.Max(van, naar);
                if (paren.TryAdd(sleutel, i))
                {
                    continue;
                }

                eerder = paren[sleutel];
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
            c.Add(Regelcatalogus.ZK051, Controle.Index(veld, i), link.Id, paar.Item1, paar.Item2, links[eerder].Id);
        }

        return einden;
    }

    // An end's index (an action's, or the number of actions plus a main task's), or -1 with ZK002 when it does not
    // resolve. The path is built only for a finding.
    private static int Einde(Controle c, Verwijzing verwijzing, string veld, int i, string kant)
    {
        if (verwijzing.Soort == ElementSoort.Actie)
        {
            if (c.Acties.TryGetValue(verwijzing.Id, out var actie))
            {
                return actie;
            }
        }
        else if (c.Hoofdopgaven.TryGetValue(verwijzing.Id, out var hoofdopgave))
        {
            return c.Plan.Acties.Count + hoofdopgave;
        }

        c.Add(Regelcatalogus.ZK002, Controle.Index(veld, i) + kant, verwijzing.Id, verwijzing.Soort == ElementSoort.Actie ? "acties" : "hoofdopgaven");
        return -1;
    }

    private static (Verwijzing, Verwijzing) Paar(Wisselwerking link) =>
        Compare(link.Van, link.Naar) < 0 ? (link.Van, link.Naar) : (link.Naar, link.Van);

    private static int Compare(Verwijzing a, Verwijzing b)
    {
        var bySoort = ((int)a.Soort).CompareTo((int)b.Soort); // Enum.CompareTo would box
        return bySoort != 0 ? bySoort : string.CompareOrdinal(a.Id, b.Id);
    }

    /// <summary>ZK052: two actions in a vraagstuk with planned decisions decide in the same meeting.</summary>
    private static void ZK052Botsproef(Controle c)
    {
        var vraagstukken = c.Plan.Vraagstukken;
        var acties = c.Plan.Acties.Count;
        for (var i = 0; i < vraagstukken.Count; i++)
        {
            var v = vraagstukken[i];
            var (van, naar) = (c.VraagstukEinden[2 * i], c.VraagstukEinden[(2 * i) + 1]);
            if (van < 0 || van >= acties || naar < 0 || naar >= acties
                || c.Besluiten[van] is not { } a || c.Besluiten[naar] is not { } b)
            {
                continue;
            }

            var zelfde = a.Datum is { } da && b.Datum is { } db ? da == db : a.Kwartaal == b.Kwartaal;
            if (!zelfde)
            {
                c.Add(Regelcatalogus.ZK052, Controle.Index("vraagstukken", i), v.Id, v.Van.Id, Controle.Tekst(a), v.Naar.Id, Controle.Tekst(b));
            }
        }
    }

    /// <summary>ZK060: no meeting holds more of the actions' moments than its capacity.</summary>
    private static void ZK060Capaciteit(Controle c)
    {
        var agenda = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var actie in c.Plan.Acties)
        {
            foreach (var moment in actie.Raadsmomenten)
            {
                if (moment.Radenbijeenkomst is { } id)
                {
                    agenda[id] = agenda.GetValueOrDefault(id) + 1;
                }
            }
        }

        Vol(c, c.Plan.Radenbijeenkomsten, "radenbijeenkomsten", agenda, c.Kalender);
        if (c.Kalender is { } kalender)
        {
            Vol(c, kalender.Radenbijeenkomsten, "kalender.radenbijeenkomsten", agenda, null);
        }
    }

    private static void Vol(Controle c, ValueArray<Radenbijeenkomst> bijeenkomsten, string veld, Dictionary<string, int> agenda, Vergaderkalender? voorrang)
    {
        for (var i = 0; i < bijeenkomsten.Count; i++)
        {
            var r = bijeenkomsten[i];
            if (voorrang is not null && voorrang.Radenbijeenkomsten.Any(k => k.Id == r.Id))
            {
                continue; // the calendar's meeting of this id is checked instead
            }

            if (r.Capaciteit is { } capaciteit && agenda.GetValueOrDefault(r.Id) > capaciteit)
            {
                c.Add(Regelcatalogus.ZK060, Controle.Index(veld, i), r.Id, agenda[r.Id], capaciteit);
            }
        }
    }
}
