using System.Globalization;
using Zk.Domain.Collections;
using Zk.Domain.Partijen;
using Zk.Domain.Werkplannen;

namespace Zk.Domain.Regels.Controles;

/// <summary>The rules about one action, in the context of its plan.</summary>
internal static class ActieRegels
{
    public static void Check(Controle c, Actie actie, ActiePad pad)
    {
        ZK002Verwijzingen(c, actie, pad);
        ZK003DoelPeriode(c, actie, pad);
        ZK013NietAlLopend(c, actie, pad);
        ZK014GeenClaim(c, actie, pad);
        ZK020BestuurlijkTrekker(c, actie, pad);
        ZK021TrekkersZijnDeelnemers(c, actie, pad);
        ZK022Projectorganisatie(c, actie, pad);
        ZK030Resultaat(c, actie, pad);
        ZK031BinnenLooptijd(c, actie, pad);
        RaadsmomentRegels.Check(c, actie, pad);
    }

    /// <summary>ZK002 inside an action: its main task, the parties of its leads, project organisation and financiers, its results' sub-actions.</summary>
    private static void ZK002Verwijzingen(Controle c, Actie actie, ActiePad pad)
    {
        if (!c.Hoofdopgaven.ContainsKey(actie.Hoofdopgave))
        {
            c.Add(Regelcatalogus.ZK002, pad.Met(".hoofdopgave"), actie.Hoofdopgave, "hoofdopgaven");
        }

        Partijen(c, actie.Trekkerschap, pad, ".trekkerschap");
        for (var j = 0; j < actie.Deelacties.Count; j++)
        {
            if (actie.Deelacties[j].Trekkerschap is { } eigen)
            {
                Partijen(c, eigen, pad, Controle.Index(".deelacties", j) + ".trekkerschap");
            }
        }

        Ids(c, actie.Projectorganisatie.Partijen, pad, ".projectorganisatie");
        Ids(c, actie.Financiering.Financiers, pad, ".financiering.financiers");
        for (var j = 0; j < actie.Resultaten.Count; j++)
        {
            if (actie.Resultaten[j].Deelactie is { } deelactie && !HeeftDeelactie(actie, deelactie))
            {
                c.Add(Regelcatalogus.ZK002, pad.Met(".resultaten", j, ".deelactie"), deelactie, "deelacties");
            }
        }
    }

    private static bool HeeftDeelactie(Actie actie, string id)
    {
        foreach (var deelactie in actie.Deelacties)
        {
            if (deelactie.Id == id)
            {
                return true;
            }
        }

        return false;
    }

    private static void Partijen(Controle c, Trekkerschap t, ActiePad pad, string veld)
    {
        Ids(c, t.Bestuurlijk, pad, veld, ".bestuurlijk");
        Ids(c, t.Ambtelijk, pad, veld, ".ambtelijk");
        Ids(c, t.Partners, pad, veld, ".partners");
        if (t.Regie is { } regie && !c.Partijen.Contains(regie))
        {
            c.Add(Regelcatalogus.ZK002, pad.Met(veld + ".regie"), regie, "partijen");
        }
    }

    // The field is veld + sub, joined only for a finding.
    private static void Ids(Controle c, ValueArray<string> ids, ActiePad pad, string veld, string sub = "")
    {
        for (var k = 0; k < ids.Count; k++)
        {
            if (!c.Partijen.Contains(ids[k]))
            {
                c.Add(Regelcatalogus.ZK002, pad.Met(veld + sub, k), ids[k], "partijen");
            }
        }
    }

    /// <summary>ZK003 for targets: a target's period does not end before it starts.</summary>
    private static void ZK003DoelPeriode(Controle c, Actie actie, ActiePad pad)
    {
        for (var j = 0; j < actie.Doelen.Count; j++)
        {
            if (actie.Doelen[j] is { VanafJaar: { } vanaf, TotEnMetJaar: { } tot } && tot < vanaf)
            {
                c.Add(Regelcatalogus.ZK003, pad.Met(".doelen", j), string.Create(CultureInfo.InvariantCulture, $"{vanaf}–{tot}"));
            }
        }
    }

    /// <summary>ZK013: the action is not already running.</summary>
    private static void ZK013NietAlLopend(Controle c, Actie actie, ActiePad pad)
    {
        if (actie.AlLopend)
        {
            c.Add(Regelcatalogus.ZK013, pad.Met(".alLopend"), actie.Id);
        }
    }

    /// <summary>ZK014: the action claims no funds.</summary>
    private static void ZK014GeenClaim(Controle c, Actie actie, ActiePad pad)
    {
        if (actie.Financiering.ClaimOpMiddelen)
        {
            c.Add(Regelcatalogus.ZK014, pad.Met(".financiering.claimOpMiddelen"), actie.Id);
        }
    }

    /// <summary>ZK020: a political lead on the action, or on every one of its sub-actions.</summary>
    private static void ZK020BestuurlijkTrekker(Controle c, Actie actie, ActiePad pad)
    {
        if (!actie.Trekkerschap.Bestuurlijk.IsEmpty)
        {
            return;
        }

        var elkeDeelactie = !actie.Deelacties.IsEmpty;
        foreach (var deelactie in actie.Deelacties)
        {
            elkeDeelactie &= deelactie.Trekkerschap is { Bestuurlijk.IsEmpty: false };
        }

        if (!elkeDeelactie)
        {
            c.Add(Regelcatalogus.ZK020, pad.Met(".trekkerschap.bestuurlijk"), actie.Id);
        }
    }

    /// <summary>ZK021: political and civil-service leads are member municipalities (unknown ids are ZK002's).</summary>
    private static void ZK021TrekkersZijnDeelnemers(Controle c, Actie actie, ActiePad pad)
    {
        Leden(c, actie.Trekkerschap, pad, ".trekkerschap");
        for (var j = 0; j < actie.Deelacties.Count; j++)
        {
            if (actie.Deelacties[j].Trekkerschap is { } eigen)
            {
                Leden(c, eigen, pad, Controle.Index(".deelacties", j) + ".trekkerschap");
            }
        }
    }

    private static void Leden(Controle c, Trekkerschap t, ActiePad pad, string veld)
    {
        Leden(c, t.Bestuurlijk, pad, veld, ".bestuurlijk");
        Leden(c, t.Ambtelijk, pad, veld, ".ambtelijk");
    }

    private static void Leden(Controle c, ValueArray<string> ids, ActiePad pad, string veld, string sub)
    {
        for (var k = 0; k < ids.Count; k++)
        {
            if (c.Partijen.Contains(ids[k]) && !c.Leden.Contains(ids[k]))
            {
                c.Add(Regelcatalogus.ZK021, pad.Met(veld + sub, k), ids[k]);
            }
        }
    }

    /// <summary>ZK022: every member municipality is in the project organisation.</summary>
    private static void ZK022Projectorganisatie(Controle c, Actie actie, ActiePad pad)
    {
        if (actie.Projectorganisatie.IsAlleDeelnemers)
        {
            return;
        }

        foreach (var lid in c.Options.Deelnemers ?? c.Plan.Deelnemers)
        {
            if (!actie.Projectorganisatie.Partijen.AsSpan().Contains(lid))
            {
                c.Add(Regelcatalogus.ZK022, pad.Met(".projectorganisatie"), lid, actie.Id);
            }
        }
    }

    /// <summary>ZK030: at least one result.</summary>
    private static void ZK030Resultaat(Controle c, Actie actie, ActiePad pad)
    {
        if (actie.Resultaten.IsEmpty)
        {
            c.Add(Regelcatalogus.ZK030, pad.Met(".resultaten"), actie.Id);
        }
    }

    /// <summary>ZK031: results, and targets of the plan's own (no framework), are due within the period.</summary>
    private static void ZK031BinnenLooptijd(Controle c, Actie actie, ActiePad pad)
    {
        for (var j = 0; j < actie.Resultaten.Count; j++)
        {
            if (actie.Resultaten[j].Gereed is { } gereed && gereed > c.LaatsteKwartaal)
            {
                c.Add(Regelcatalogus.ZK031, pad.Met(".resultaten", j, ".gereed"), actie.Resultaten[j].Id, gereed, c.LaatsteKwartaal);
            }
        }

        for (var j = 0; j < actie.Doelen.Count; j++)
        {
            if (actie.Doelen[j] is { Kader: null, TotEnMetJaar: { } tot } doel && tot > c.Plan.Looptijd.End.Year)
            {
                c.Add(Regelcatalogus.ZK031, pad.Met(".doelen", j, ".totEnMetJaar"), doel.Id, tot, c.LaatsteKwartaal);
            }
        }
    }
}
