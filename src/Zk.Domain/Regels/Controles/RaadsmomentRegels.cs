using Zk.Domain.Besturing;
using Zk.Domain.Tijd;
using Zk.Domain.Werkplannen;

namespace Zk.Domain.Regels.Controles;

/// <summary>The rules about an action's council moments: order, interim discussion, period, planning, funding, calendar.</summary>
internal static class RaadsmomentRegels
{
    public static void Check(Controle c, Actie actie, ActiePad pad)
    {
        var momenten = actie.Raadsmomenten;
        if (momenten.IsEmpty)
        {
            c.Add(Regelcatalogus.ZK043, pad.Met(".raadsmomenten"), c.Taal == Taal.En ? "(none)" : "(geen)", actie.Id);
            return;
        }

        (Kwartaal Kwartaal, NodaTime.LocalDate? Datum)? besluit = null;
        for (var j = 0; j < momenten.Count; j++)
        {
            var moment = momenten[j];
            var positie = c.Positie(moment);
            if (moment.Fase == Fase.Besluitvorming && positie is { } p && (besluit is null || Controle.Vergelijk(p, besluit.Value) > 0))
            {
                besluit = positie;
            }

            ZK002Bijeenkomst(c, moment, pad, j);
            ZK040Volgorde(c, actie, pad, j, positie);
            ZK041TussentijdseBespreking(c, actie, pad, j, positie);
            ZK042BinnenLooptijd(c, actie, pad, j, positie);
            ZK043Gepland(c, actie, pad, j);
            ZK044Financiering(c, actie, pad, j, positie);
            ZK061Kalender(c, actie, pad, j);
            ZK062Blokkade(c, actie, pad, j);
            ZK101KwartaalVanBijeenkomst(c, moment, new MomentPad(pad, j));
            ZK102Bronnen(c, moment, new MomentPad(pad, j));
        }

        if (pad.Index >= 0)
        {
            c.Besluiten[pad.Index] = besluit; // for the botsproef (ZK052)
        }
    }

    private static void ZK002Bijeenkomst(Controle c, Raadsmoment moment, ActiePad pad, int j)
    {
        if (moment.Radenbijeenkomst is { } id && !c.Bijeenkomsten.ContainsKey(id))
        {
            c.Add(Regelcatalogus.ZK002, pad.Met(".raadsmomenten", j, ".radenbijeenkomst"), id, "radenbijeenkomsten");
        }
    }

    /// <summary>ZK040: a later stage never stands at or before an earlier stage's meeting.</summary>
    private static void ZK040Volgorde(Controle c, Actie actie, ActiePad pad, int j, (Kwartaal Kwartaal, NodaTime.LocalDate? Datum)? positie)
    {
        var moment = actie.Raadsmomenten[j];
        if (moment.Fase.Rang() is not { } rang || positie is not { } hier)
        {
            return;
        }

        for (var k = 0; k < actie.Raadsmomenten.Count; k++)
        {
            var eerder = actie.Raadsmomenten[k];
            if (eerder.Fase.Rang() is { } eerderRang && eerderRang < rang && c.Positie(eerder) is { } daar && Controle.Vergelijk(hier, daar) <= 0)
            {
                c.Add(Regelcatalogus.ZK040, pad.Met(".raadsmomenten", j), c.Fase(moment.Fase), Controle.Tekst(hier), actie.Id, c.Fase(eerder.Fase), Controle.Tekst(daar));
                return;
            }
        }
    }

    /// <summary>ZK041: a planned decision has an interim discussion in an earlier meeting.</summary>
    private static void ZK041TussentijdseBespreking(Controle c, Actie actie, ActiePad pad, int j, (Kwartaal Kwartaal, NodaTime.LocalDate? Datum)? positie)
    {
        if (actie.Raadsmomenten[j].Fase != Fase.Besluitvorming || positie is not { } hier)
        {
            return;
        }

        foreach (var eerder in actie.Raadsmomenten)
        {
            if (eerder.Fase.IsInterim() && c.Positie(eerder) is { } daar && Controle.Vergelijk(daar, hier) < 0)
            {
                return;
            }
        }

        c.Add(Regelcatalogus.ZK041, pad.Met(".raadsmomenten", j), actie.Id, Controle.Tekst(hier));
    }

    /// <summary>ZK042: the moment (its quarter, or its meeting's date) lies within the period.</summary>
    private static void ZK042BinnenLooptijd(Controle c, Actie actie, ActiePad pad, int j, (Kwartaal Kwartaal, NodaTime.LocalDate? Datum)? positie)
    {
        if (positie is not { } hier)
        {
            return;
        }

        var looptijd = c.Plan.Looptijd;
        var binnen = hier.Datum is { } datum
            ? looptijd.Contains(datum)
            : hier.Kwartaal.EersteDag <= looptijd.End && hier.Kwartaal.LaatsteDag >= looptijd.Start;
        if (!binnen)
        {
            c.Add(Regelcatalogus.ZK042, pad.Met(".raadsmomenten", j, ".kwartaal"), Controle.Tekst(hier), actie.Id, looptijd.ToString());
        }
    }

    /// <summary>ZK043: the moment is planned (not N.t.b.).</summary>
    private static void ZK043Gepland(Controle c, Actie actie, ActiePad pad, int j)
    {
        var moment = actie.Raadsmomenten[j];
        if (moment.Kwartaal is null && moment.Radenbijeenkomst is null)
        {
            c.Add(Regelcatalogus.ZK043, pad.Met(".raadsmomenten", j), c.Fase(moment.Fase), actie.Id);
        }
    }

    /// <summary>ZK044: a decision (planned or not yet) while funding is still to be found.</summary>
    private static void ZK044Financiering(Controle c, Actie actie, ActiePad pad, int j, (Kwartaal Kwartaal, NodaTime.LocalDate? Datum)? positie)
    {
        if (actie.Raadsmomenten[j].Fase == Fase.Besluitvorming && actie.Financiering.Status == FinancieringsStatus.NogTeVinden)
        {
            c.Add(Regelcatalogus.ZK044, pad.Met(".raadsmomenten", j), actie.Id, positie is { } p ? Controle.Tekst(p) : "N.t.b.");
        }
    }

    /// <summary>ZK061: with a calendar, a planned moment has a meeting there (its own, or one in its quarter).</summary>
    private static void ZK061Kalender(Controle c, Actie actie, ActiePad pad, int j)
    {
        var moment = actie.Raadsmomenten[j];
        if (c.Kalender is not { } kalender || (moment.Kwartaal is null && moment.Radenbijeenkomst is null))
        {
            return;
        }

        var heeftBijeenkomst = moment.Radenbijeenkomst is { } id
            ? Bevat(kalender, id)
            : kalender.In(moment.Kwartaal!.Value).Any();

        if (!heeftBijeenkomst)
        {
            c.Add(Regelcatalogus.ZK061, pad.Met(".raadsmomenten", j), c.Fase(moment.Fase), actie.Id, (object?)moment.Radenbijeenkomst ?? moment.Kwartaal);
        }
    }

    /// <summary>ZK062: the moment's meeting does not fall in a blocked period (without a meeting: not every meeting of its quarter does).</summary>
    private static void ZK062Blokkade(Controle c, Actie actie, ActiePad pad, int j)
    {
        if (c.Blokkades.Length == 0)
        {
            return;
        }

        var moment = actie.Raadsmomenten[j];
        NodaTime.LocalDate? datum = null;
        if (moment.Radenbijeenkomst is { } id && c.Bijeenkomsten.TryGetValue(id, out var bijeenkomst))
        {
            datum = bijeenkomst.Datum;
        }
        else if (moment.Radenbijeenkomst is null && moment.Kwartaal is { } kwartaal && c.Kalender is { } kalender)
        {
            datum = AllesGeblokkeerd(c, kalender, kwartaal);
        }

        if (datum is { } d && Blokkade(c, d) is { } blokkade)
        {
            c.Add(Regelcatalogus.ZK062, pad.Met(".raadsmomenten", j), c.Fase(moment.Fase), actie.Id, NodaTime.Text.LocalDatePattern.Iso.Format(d), blokkade.Reden);
        }
    }

    // Loops rather than lambdas: a lambda that captures a parameter costs an allocation on every call, for every moment.
    private static bool Bevat(Vergaderkalender kalender, string id)
    {
        foreach (var r in kalender.Radenbijeenkomsten)
        {
            if (r.Id == id)
            {
                return true;
            }
        }

        return false;
    }

    // The first meeting's date when the quarter has meetings and every one falls in a blocked period, otherwise null.
    private static NodaTime.LocalDate? AllesGeblokkeerd(Controle c, Vergaderkalender kalender, Tijd.Kwartaal kwartaal)
    {
        NodaTime.LocalDate? eerste = null;
        foreach (var r in kalender.In(kwartaal))
        {
            if (Blokkade(c, r.Datum) is null)
            {
                return null;
            }

            eerste ??= r.Datum;
        }

        return eerste;
    }

    private static Blokkade? Blokkade(Controle c, NodaTime.LocalDate datum)
    {
        foreach (var blokkade in c.Blokkades)
        {
            if (blokkade.Periode.Contains(datum))
            {
                return blokkade;
            }
        }

        return null;
    }

    /// <summary>ZK101: a moment assigned to a meeting is in that meeting's quarter.</summary>
    internal static void ZK101KwartaalVanBijeenkomst(Controle c, Raadsmoment moment, MomentPad pad)
    {
        if (moment is { Kwartaal: { } kwartaal, Radenbijeenkomst: { } id }
            && c.Bijeenkomsten.TryGetValue(id, out var bijeenkomst) && !kwartaal.Contains(bijeenkomst.Datum))
        {
            c.Add(Regelcatalogus.ZK101, pad.Tekst(), c.Fase(moment.Fase), kwartaal, id, NodaTime.Text.LocalDatePattern.Iso.Format(bijeenkomst.Datum));
        }
    }

    /// <summary>ZK102 (info): a source names another quarter than the moment holds to.</summary>
    internal static void ZK102Bronnen(Controle c, Raadsmoment moment, MomentPad pad)
    {
        for (var b = 0; b < moment.Bronnen.Count; b++)
        {
            var bron = moment.Bronnen[b];
            if (bron.Kwartaal is { } genoemd && genoemd != moment.Kwartaal)
            {
                c.Add(Regelcatalogus.ZK102, pad.Tekst() + Controle.Index(".bronnen", b), bron.Bron, genoemd, (object?)moment.Kwartaal ?? "N.t.b.");
            }
        }
    }
}
