using Zk.Domain.Collections;
using Zk.Domain.Partijen;
using Zk.Domain.Werkplannen;
using Zk.Domain.Wisselwerkingen;

namespace Zk.Domain.Regels.Catalogus;

/// <summary>
/// ZK002: every reference resolves: the plan's members, the members and successors of the membership periods, the
/// members whose council meetings the plan lists, the ends of every link and the meetings of the plan's own history; in
/// an action its main task, the parties of its leads (and its sub-actions' leads), project organisation and financiers,
/// its results' sub-actions and its moments' meetings (the calendar's or the plan's); a meeting's kind (one of the
/// profile's).
/// </summary>
internal sealed class ZK002Verwijzingen() : Regeldefinitie(
    Regelcatalogus.ZK002, FindingSeverity.Error, "—",
    nl: new(
        "Elke verwijzing bestaat (hoofdopgave van een actie, partijen van een trekker, uiteinden van een koppeling, radenbijeenkomsten).",
        "De verwijzing '{verwijzing}' naar {soort} bestaat niet."),
    en: new(
        "Every reference resolves (main task of an action, parties of a lead, ends of a link, meetings).",
        "The reference '{verwijzing}' to {soort} does not resolve."))
{
    public override void CheckPlan(Regelcontext c, Bevindingen uit)
    {
        var p = c.Plan;
        for (var i = 0; i < p.Deelnemers.Count; i++)
        {
            if (!c.Index.Partijen.ContainsKey(p.Deelnemers[i]))
            {
                uit.Meld(this, Regelcontext.Pad("deelnemers", i), ("verwijzing", p.Deelnemers[i]), ("soort", "partijen"));
            }
        }

        for (var i = 0; i < p.Lidmaatschappen.Count; i++)
        {
            // A period belongs to a member, and its successor is a party (whether a member, ZK106 says).
            var lidmaatschap = p.Lidmaatschappen[i];
            if (!c.Leden.IsLid(lidmaatschap.Partij))
            {
                uit.Meld(this, Regelcontext.Pad("lidmaatschappen", i) + ".partij", ("verwijzing", lidmaatschap.Partij), ("soort", "deelnemers"));
            }

            if (lidmaatschap.Opvolger is { } opvolger && !c.Index.Partijen.ContainsKey(opvolger))
            {
                uit.Meld(this, Regelcontext.Pad("lidmaatschappen", i) + ".opvolger", ("verwijzing", opvolger), ("soort", "partijen"));
            }
        }

        for (var i = 0; i < p.Raadsvergaderingen.Count; i++)
        {
            // A council meeting is a member's own council's.
            var gemeente = p.Raadsvergaderingen[i].Gemeente;
            if (!c.Leden.IsLid(gemeente))
            {
                uit.Meld(this, Regelcontext.Pad("raadsvergaderingen", i) + ".gemeente", ("verwijzing", gemeente), ("soort", "deelnemers"));
            }
        }

        for (var k = 0; k < p.Koppelkansen.Count; k++)
        {
            Einden(uit, p.Koppelkansen[k], "koppelkansen", k, c.Index.KoppelkansEinde(k, naar: false), c.Index.KoppelkansEinde(k, naar: true));
        }

        for (var k = 0; k < p.Vraagstukken.Count; k++)
        {
            Einden(uit, p.Vraagstukken[k], "vraagstukken", k, c.Index.VraagstukEinde(k, naar: false), c.Index.VraagstukEinde(k, naar: true));
        }

        for (var i = 0; i < p.Akkoorden.Count; i++)
        {
            var akkoord = p.Akkoorden[i];
            var veld = Regelcontext.Pad("akkoorden", i);
            for (var k = 0; k < akkoord.Acties.Count; k++)
            {
                if (!c.Index.Acties.ContainsKey(akkoord.Acties[k]))
                {
                    uit.Meld(this, Regelcontext.Pad(veld + ".acties", k), ("verwijzing", akkoord.Acties[k]), ("soort", "acties"));
                }
            }

            for (var k = 0; k < akkoord.Vaststellingen.Count; k++)
            {
                PlanPartijen(c, uit, akkoord.Vaststellingen[k].Gemeenten, Regelcontext.Pad(veld + ".vaststellingen", k) + ".gemeenten");
            }

            for (var k = 0; k < akkoord.Afspraken.Count; k++)
            {
                PlanPartijen(c, uit, akkoord.Afspraken[k].Gemeenten, Regelcontext.Pad(veld + ".afspraken", k) + ".gemeenten");
            }
        }

        for (var i = 0; i < p.OverigeProjecten.Count; i++)
        {
            if (p.OverigeProjecten[i].Hoofdopgave is { } hoofdopgave && !c.Index.Hoofdopgaven.ContainsKey(hoofdopgave))
            {
                uit.Meld(this, Regelcontext.Pad("overigeProjecten", i) + ".hoofdopgave", ("verwijzing", hoofdopgave), ("soort", "hoofdopgaven"));
            }
        }

        Soorten(c, uit, p.Radenbijeenkomsten, "radenbijeenkomsten");
        if (c.Kalender is { } kalender)
        {
            Soorten(c, uit, kalender.Bijeenkomsten, "kalender.radenbijeenkomsten");
        }

        for (var i = 0; i < p.Totstandkoming.Count; i++)
        {
            if (p.Totstandkoming[i].Radenbijeenkomst is { } id && c.Bijeenkomst(id) is null)
            {
                uit.Meld(this, Regelcontext.Pad("totstandkoming", i) + ".radenbijeenkomst", ("verwijzing", id), ("soort", "radenbijeenkomsten"));
            }
        }
    }

    private void PlanPartijen(Regelcontext c, Bevindingen uit, ValueArray<string> ids, string veld)
    {
        for (var k = 0; k < ids.Count; k++)
        {
            if (!c.Index.Partijen.ContainsKey(ids[k]))
            {
                uit.Meld(this, Regelcontext.Pad(veld, k), ("verwijzing", ids[k]), ("soort", "partijen"));
            }
        }
    }

    private void Einden(Bevindingen uit, Wisselwerking link, string veld, int k, int van, int naar)
    {
        if (van < 0)
        {
            uit.Meld(this, Regelcontext.Pad(veld, k) + ".van", ("verwijzing", link.Van.Id), ("soort", Soort(link.Van)));
        }

        if (naar < 0)
        {
            uit.Meld(this, Regelcontext.Pad(veld, k) + ".naar", ("verwijzing", link.Naar.Id), ("soort", Soort(link.Naar)));
        }
    }

    private static string Soort(Verwijzing v) => v.Soort == ElementSoort.Actie ? "acties" : "hoofdopgaven";

    // A meeting's kind is one of the profile's.
    private void Soorten(Regelcontext c, Bevindingen uit, ValueArray<Besturing.Radenbijeenkomst> bijeenkomsten, string veld)
    {
        for (var i = 0; i < bijeenkomsten.Count; i++)
        {
            if (bijeenkomsten[i].Soort is { } soort && c.Plan.Profiel.Bijeenkomstsoort(soort) is null)
            {
                uit.Meld(this, Regelcontext.Pad(veld, i) + ".soort", ("verwijzing", soort), ("soort", "profiel.bijeenkomstsoorten"));
            }
        }
    }

    public override void CheckActie(Regelcontext c, Actie actie, ActiePad pad, Bevindingen uit)
    {
        if (!c.Index.Hoofdopgaven.ContainsKey(actie.Hoofdopgave))
        {
            uit.Meld(this, pad.Met(".hoofdopgave"), ("verwijzing", actie.Hoofdopgave), ("soort", "hoofdopgaven"));
        }

        Trekkers(c, uit, actie.Trekkerschap, pad, ".trekkerschap");
        for (var j = 0; j < actie.Deelacties.Count; j++)
        {
            if (actie.Deelacties[j].Trekkerschap is { } eigen)
            {
                Trekkers(c, uit, eigen, pad, Regelcontext.Pad(".deelacties", j) + ".trekkerschap");
            }

            Partijen(c, uit, actie.Deelacties[j].Betrokkenen, pad, Regelcontext.Pad(".deelacties", j) + ".betrokkenen");
        }

        Partijen(c, uit, actie.Projectorganisatie.Partijen, pad, ".projectorganisatie");
        Partijen(c, uit, actie.Financiering.Financiers, pad, ".financiering.financiers");
        for (var j = 0; j < actie.Resultaten.Count; j++)
        {
            if (actie.Resultaten[j].Deelactie is { } deelactie && !HeeftDeelactie(actie, deelactie))
            {
                uit.Meld(this, pad.Met(".resultaten", j, ".deelactie"), ("verwijzing", deelactie), ("soort", "deelacties"));
            }
        }

        for (var j = 0; j < actie.Raadsmomenten.Count; j++)
        {
            if (actie.Raadsmomenten[j].Radenbijeenkomst is { } id && c.Bijeenkomst(id) is null)
            {
                uit.Meld(this, pad.Met(".raadsmomenten", j, ".radenbijeenkomst"), ("verwijzing", id), ("soort", "radenbijeenkomsten"));
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

    private void Trekkers(Regelcontext c, Bevindingen uit, Trekkerschap t, ActiePad pad, string veld)
    {
        Partijen(c, uit, t.Bestuurlijk, pad, veld, ".bestuurlijk");
        Partijen(c, uit, t.Ambtelijk, pad, veld, ".ambtelijk");
        Partijen(c, uit, t.Partners, pad, veld, ".partners");
        if (t.Regie is { } regie && !c.Index.Partijen.ContainsKey(regie))
        {
            uit.Meld(this, pad.Met(veld + ".regie"), ("verwijzing", regie), ("soort", "partijen"));
        }
    }

    // The field is veld + sub, joined only for a finding (every action passes here).
    private void Partijen(Regelcontext c, Bevindingen uit, ValueArray<string> ids, ActiePad pad, string veld, string sub = "")
    {
        for (var k = 0; k < ids.Count; k++)
        {
            if (!c.Index.Partijen.ContainsKey(ids[k]))
            {
                uit.Meld(this, pad.Met(veld + sub, k), ("verwijzing", ids[k]), ("soort", "partijen"));
            }
        }
    }
}
