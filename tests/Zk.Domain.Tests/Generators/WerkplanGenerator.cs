using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using Zk.Domain.Besturing;
using Zk.Domain.Collections;
using Zk.Domain.Partijen;
using Zk.Domain.Tijd;
using Zk.Domain.Werkplannen;
using Zk.Domain.Wisselwerkingen;

namespace Zk.Domain.Tests.Generators;

/// <summary>
/// FsCheck generators of work plans whose references all resolve and whose ids are unique: plans of
/// another region (2 to 7 members, 1 to 6 main tasks, other parties), with text that exercises JSON
/// escaping (Dutch diacritics, quotes, backslashes, line breaks, emoji).
/// </summary>
internal static class WerkplanGenerator
{
    private static readonly string[] Fragments =
    [
        "Zuid-Kennemerland", "één", "coördinatie", "financiële", "“regie”", "'s-Gravenhage", "a\\b", "regel\nregel",
        "tab\there", "50 %-versie", "<b>&amp;</b>", "🚲", "IJmond", "ŞİŞLİ", "ß", "\u00A0", "\"quoted\"", "",
    ];

    public static Gen<string> Tekst { get; } =
        Gen.Elements(Fragments).ArrayOf().Select(parts => string.Concat(parts));

    public static Gen<string?> OptioneleTekst { get; } = Gen.OneOf(Gen.Constant<string?>(null), Tekst.Select(t => (string?)t));

    private static Gen<List<T>> Between<T>(this Gen<T> gen, int min, int max) =>
        Gen.Choose(min, max).SelectMany(n => gen.ListOf(n)).Select(l => l.ToList());

    private static Gen<ValueArray<T>> SubsetOf<T>(IReadOnlyList<T> items, int min = 0) =>
        Gen.Choose(min, items.Count).SelectMany(n => Gen.Shuffle(items.ToArray()).Select(s => s.Take(n).ToValueArray()));

    public static Gen<Kwartaal> KwartaalIn(DateInterval looptijd)
    {
        var eerste = Kwartaal.FromDate(looptijd.Start);
        var aantal = Kwartaal.FromDate(looptijd.End) - eerste;
        return Gen.Choose(0, aantal).Select(i => eerste + i);
    }

    public static Gen<DateInterval> Looptijd { get; } =
        from start in Gen.Choose(0, 20_000).Select(d => new LocalDate(1990, 1, 1).PlusDays(d))
        from lengte in Gen.Choose(90, 2_000)
        select new DateInterval(start, start.PlusDays(lengte));

    private static Gen<Trekkerschap> TrekkerschapVan(IReadOnlyList<string> leden, IReadOnlyList<string> externen) =>
        from bestuurlijk in SubsetOf(leden, 1).Select(s => s.Take(2).ToValueArray())
        from zelfdeAmbtelijk in Gen.Elements(true, true, false)
        from ambtelijk in zelfdeAmbtelijk ? Gen.Constant(bestuurlijk) : SubsetOf(leden, 1).Select(s => s.Take(1).ToValueArray())
        from regie in externen.Count == 0 ? Gen.Constant<string?>(null) : Gen.OneOf(Gen.Constant<string?>(null), Gen.Elements(externen.ToArray()).Select(e => (string?)e))
        from partners in SubsetOf(externen)
        from toelichting in OptioneleTekst
        select new Trekkerschap { Bestuurlijk = bestuurlijk, Ambtelijk = ambtelijk, Regie = regie, Partners = partners, Toelichting = toelichting };

    private static Gen<Raadsmoment> RaadsmomentIn(DateInterval looptijd, IReadOnlyList<string> bijeenkomsten) =>
        from fase in Gen.Elements(Bestuursprofiel.ZuidKennemerland.Fasen.Select(f => f.Fase).ToArray())
        from kwartaal in Gen.OneOf(Gen.Constant<Kwartaal?>(null), KwartaalIn(looptijd).Select(k => (Kwartaal?)k))
        from bijeenkomst in bijeenkomsten.Count == 0 ? Gen.Constant<string?>(null) : Gen.OneOf(Gen.Constant<string?>(null), Gen.Elements(bijeenkomsten.ToArray()).Select(b => (string?)b))
        from bronnen in (
            from bron in Tekst
            from bk in Gen.OneOf(Gen.Constant<Kwartaal?>(null), KwartaalIn(looptijd).Select(k => (Kwartaal?)k))
            from citaat in OptioneleTekst
            select new Bronvermelding { Bron = bron, Kwartaal = bk, Citaat = citaat }).Between(0, 2)
        from toelichting in OptioneleTekst
        from afgeleid in Afleidingen
        select new Raadsmoment { Fase = fase, Kwartaal = kwartaal, Radenbijeenkomst = bijeenkomst, Bronnen = bronnen.ToValueArray(), Toelichting = toelichting, Afgeleid = afgeleid };

    private static Gen<Afleiding?> Afleidingen { get; } = Gen.OneOf(
        Gen.Constant<Afleiding?>(null),
        from soort in Gen.Elements(Enum.GetValues<AfleidingSoort>())
        from reden in Tekst
        select (Afleiding?)new Afleiding { Soort = soort, Reden = reden });

    private static Gen<Bronvermelding> BronIn(DateInterval looptijd) =>
        from bron in Tekst
        from kwartaal in Gen.OneOf(Gen.Constant<Kwartaal?>(null), KwartaalIn(looptijd).Select(k => (Kwartaal?)k))
        from citaat in OptioneleTekst
        select new Bronvermelding { Bron = bron, Kwartaal = kwartaal, Citaat = citaat };

    // Moments that keep the governance rules: ranked stages in order, each in a later quarter, a decision only
    // after an interim discussion; others anywhere in the period or N.t.b.; no meeting assigned.
    private static Gen<List<Raadsmoment>> GeordendeMomenten(DateInterval looptijd)
    {
        var eerste = Kwartaal.FromDate(looptijd.Start);
        var aantal = Kwartaal.FromDate(looptijd.End) - eerste + 1;
        Fase[][] paden = [[], [Fase.Versie50], [Fase.Bespreking, Fase.Besluitvorming], [Fase.Versie50, Fase.Versie80, Fase.Besluitvorming], [Fase.Concept, Fase.Besluitvorming]];
        return
            from pad in Gen.Elements(paden).Select(p => p.Take(aantal).ToArray()).Select(p => p.Length > 0 && p[^1] == Fase.Besluitvorming && p.Length == 1 ? [] : p)
            from kwartalen in Gen.Choose(0, aantal - 1).ArrayOf(pad.Length).Select(ks => ks.Distinct().Order().ToArray())
            from overige in (
                from fase in Gen.Elements(Fase.Informatie, Fase.Terugkoppeling, Fase.Verkenning, Fase.Evaluatie)
                from kwartaal in Gen.OneOf(Gen.Constant<Kwartaal?>(null), KwartaalIn(looptijd).Select(k => (Kwartaal?)k))
                select new Raadsmoment { Fase = fase, Kwartaal = kwartaal }).Between(0, 2)
            let gerangschikt = pad.Take(kwartalen.Length)
                .Select((fase, i) => new Raadsmoment { Fase = fase, Kwartaal = eerste + kwartalen[i] })
                .Where((m, i) => m.Fase != Fase.Besluitvorming || i > 0)
            select gerangschikt.Concat(overige).ToList();
    }

    private static Gen<Actie> ActieVan(
        int nummer, string hoofdopgave, DateInterval looptijd, IReadOnlyList<string> leden, IReadOnlyList<string> alleLeden, IReadOnlyList<string> externen, IReadOnlyList<string> bijeenkomsten, bool geldig = false)
    {
        var id = $"a{nummer}";
        return
            from titel in Tekst
            from aanleiding in OptioneleTekst
            from inhoud in OptioneleTekst
            from termijn in Gen.Elements(Termijn.Kort, Termijn.Lang)
            from trekkerschap in TrekkerschapVan(leden, externen)
            from deelacties in Gen.Choose(0, 3).SelectMany(n => Gen.CollectToSequence(Enumerable.Range(1, n), i =>
                from t in Tekst
                from o in OptioneleTekst
                from eigen in Gen.OneOf(Gen.Constant<Trekkerschap?>(null), TrekkerschapVan(leden, externen).Select(x => (Trekkerschap?)x))
                from betrokkenen in SubsetOf(externen)
                select new Deelactie { Id = $"{id}-{i}", Titel = t, Omschrijving = o, Trekkerschap = eigen, Betrokkenen = betrokkenen }))
            from resultaten in Gen.Choose(1, 3).SelectMany(n => Gen.CollectToSequence(Enumerable.Range(1, n), i =>
                from o in Tekst
                from gereed in Gen.OneOf(Gen.Constant<Kwartaal?>(null), KwartaalIn(looptijd).Select(k => (Kwartaal?)k))
                from naLooptijd in Gen.Elements(false, false, true) // a framework's milestone in a year after the period
                select naLooptijd
                    ? new Resultaat { Id = $"{id}-r{i}", Omschrijving = o, GereedJaar = looptijd.End.Year + 1, Kader = "Woonakkoord" }
                    : new Resultaat { Id = $"{id}-r{i}", Omschrijving = o, Gereed = gereed }))
            from doelen in Gen.Choose(0, 2).SelectMany(n => Gen.CollectToSequence(Enumerable.Range(1, n), i =>
                from o in Tekst
                from waarde in Gen.Choose(-1_000_000, 1_000_000).Select(v => v / 100m)
                from eenheid in Gen.Elements("ha", "woningen", "%", "km")
                from minimaal in Gen.Elements(true, false)
                from vanaf in Gen.OneOf(Gen.Constant<int?>(null), Gen.Choose(1990, 2040).Select(j => (int?)j))
                from kader in OptioneleTekst
                let tot = geldig && kader is null && vanaf is not null ? Math.Min(vanaf.Value + 5, looptijd.End.Year) : vanaf + 5
                select new Doel
                {
                    Id = $"{id}-d{i}", Omschrijving = o, Waarde = waarde, Eenheid = eenheid, Minimaal = minimaal,
                    VanafJaar = tot is null ? vanaf : Math.Min(vanaf!.Value, tot.Value), TotEnMetJaar = tot, Kader = kader,
                }))
            from status in Gen.Elements(Enum.GetValues<FinancieringsStatus>())
            from financiers in SubsetOf(externen)
            from alleDeelnemers in Gen.Elements(true, false)
            from momenten in geldig ? GeordendeMomenten(looptijd) : RaadsmomentIn(looptijd, bijeenkomsten).Between(0, 4)
            from termijnAfleiding in OptioneleTekst
            from voorwaarden in (
                from soort in Gen.Elements(Enum.GetValues<VoorwaardeSoort>())
                from omschrijving in Tekst
                from dag in Gen.OneOf(Gen.Constant<LocalDate?>(null), Gen.Choose(0, 2_000).Select(d => (LocalDate?)looptijd.Start.PlusDays(d)))
                from bron in BronIn(looptijd)
                select new Voorwaarde { Soort = soort, Omschrijving = omschrijving, Uiterlijk = dag, Bron = bron }).Between(0, 2)
            select new Actie
            {
                Id = id,
                Nummer = nummer,
                Titel = titel,
                Hoofdopgave = hoofdopgave,
                Aanleiding = aanleiding,
                Inhoud = inhoud,
                Termijn = termijn,
                TermijnAfleiding = termijnAfleiding,
                Trekkerschap = trekkerschap,
                Projectorganisatie = alleDeelnemers ? Projectorganisatie.AlleDeelnemers : alleLeden.ToValueArray(),
                Deelacties = deelacties.ToValueArray(),
                Resultaten = resultaten.ToValueArray(),
                Doelen = doelen.ToValueArray(),
                Financiering = new Financiering { Status = status, Financiers = financiers },
                Raadsmomenten = momenten.ToValueArray(),
                Voorwaarden = voorwaarden.ToValueArray(),
            };
    }

    /// <summary>
    /// Another region's profile that means for Zuid-Kennemerland's stages what that profile means (so that the rules
    /// and the planner judge a generated plan alike), with its own id, name and words, an extra stage no moment uses and
    /// a second kind of meeting: the document's version 2 fields, for the round trip, the schema and Save's laws.
    /// </summary>
    internal static Bestuursprofiel AnderProfiel { get; } = Bestuursprofiel.ZuidKennemerland with
    {
        Id = "regio-west",
        Naam = "Regio West",
        Fasen =
        [
            new Fasedefinitie { Id = "startnotitie", NaamNl = "startnotitie", NaamEn = "scope note", Afkorting = "S", Actor = FaseActor.Portefeuillehoudersoverleg },
            .. Bestuursprofiel.ZuidKennemerland.Fasen.Select(f => f with { NaamNl = f.NaamNl + " (west)" }),
            new Fasedefinitie { Id = "zienswijzen", NaamNl = "zienswijzen", NaamEn = "views", Afkorting = "Z", Actor = FaseActor.ElkeRaad, Agendapunt = false },
        ],
        Bijeenkomstsoorten =
        [
            new Bijeenkomstsoort { Id = "regiopodium", NaamNl = "Regiopodium", NaamEn = "regional podium" },
            new Bijeenkomstsoort { Id = "werksessie", NaamNl = "werksessie", NaamEn = "working session" },
        ],
    };

    /// <summary>Plans whose ids are unique and whose references resolve; one in four has another region's profile.</summary>
    public static Gen<Werkplan> Werkplan { get; } = Plannen(geldig: false);

    /// <summary>Plans that break no rule of severity error (they may have warnings).</summary>
    public static Gen<Werkplan> GeldigWerkplan { get; } = Plannen(geldig: true);

    private static Gen<Werkplan> Plannen(bool geldig) =>
        from looptijd in Looptijd
        from aantalLeden in Gen.Choose(2, 7)
        from aantalExternen in Gen.Choose(0, 4)
        from aantalHoofdopgaven in Gen.Choose(1, 6)
        from aantalBijeenkomsten in Gen.Choose(0, 4)
        let leden = Enumerable.Range(1, aantalLeden).Select(i => $"gemeente-{i}").ToArray()
        let externen = Enumerable.Range(1, aantalExternen).Select(i => $"partij-{i}").ToArray()
        let hoofdopgaven = Enumerable.Range(1, aantalHoofdopgaven).Select(i => $"h{i}").ToArray()
        let bijeenkomsten = Enumerable.Range(1, aantalBijeenkomsten).Select(i => $"rb{i}").ToArray()
        from fusie in Fusies(looptijd)
        let alleLeden = leden.Concat(fusie.Select(l => l.Partij)).ToArray()
        from extraActies in Gen.Choose(0, 5)
        from toewijzing in Gen.Elements(hoofdopgaven).ArrayOf(extraActies)
        let actieHoofdopgaven = hoofdopgaven.Concat(toewijzing).ToArray()
        from acties in Gen.CollectToSequence(
            Enumerable.Range(0, actieHoofdopgaven.Length),
            i => ActieVan(i + 1, actieHoofdopgaven[i], looptijd, leden, alleLeden, externen, bijeenkomsten, geldig))
        let actieIds = acties.Select(a => a.Id).ToArray()
        let elementen = actieIds.Select(Verwijzing.NaarActie).Concat(hoofdopgaven.Select(Verwijzing.NaarHoofdopgave)).ToArray()
        from koppelkansen in WisselwerkingenVan(elementen, "K", 1, 3).Select(ws => ws.Select(w => new Koppelkans
            { Id = w.Id, Titel = w.Titel, Omschrijving = w.Omschrijving, Van = w.Van, Naar = w.Naar, Sterkte = w.Sterkte is { } s ? Math.Abs(s) : null }))
        from vraagstukken in WisselwerkingenVan(elementen, "V", -3, -1).Select(ws => ws.Select(w => new BestuurlijkVraagstuk
            { Id = w.Id, Titel = w.Titel, Omschrijving = w.Omschrijving, Van = w.Van, Naar = w.Naar, Sterkte = w.Sterkte }))
        from bijeenkomstData in Gen.CollectToSequence(bijeenkomsten, id =>
            from dag in Gen.Choose(0, looptijd.Length - 1)
            from capaciteit in Gen.OneOf(Gen.Constant<int?>(null), Gen.Choose(1, 12).Select(c => (int?)c))
            from toelichting in OptioneleTekst
            select new Radenbijeenkomst { Id = id, Datum = looptijd.Start.PlusDays(dag), Agendaruimte = capaciteit, Toelichting = toelichting })
        from titel in Tekst
        from regio in Tekst
        from agenda in OptioneleTekst
        from capaciteit in Gen.OneOf(
            actieIds.Length <= 9 ? Gen.Constant<int?>(null) : Gen.Constant<int?>(actieIds.Length),
            Gen.Choose(actieIds.Length, actieIds.Length + 5).Select(c => (int?)c))
        from convenant in Gen.OneOf(
            Gen.Constant<Convenant?>(null),
            Tekst.Select(n => (Convenant?)new Convenant { Naam = n, Ondertekend = looptijd.Start.PlusDays(-10) }))
        from totstandkoming in RaadsmomentIn(looptijd, geldig ? [] : bijeenkomsten).Between(0, 3)
        from profiel in geldig ? Gen.Constant(Bestuursprofiel.ZuidKennemerland) : Gen.Elements(Bestuursprofiel.ZuidKennemerland, Bestuursprofiel.ZuidKennemerland, Bestuursprofiel.ZuidKennemerland, AnderProfiel)
        from soorten in Gen.Elements<string?>(null, "regiopodium", "werksessie").ArrayOf(bijeenkomsten.Length)
        from voorbehouden in (
            from betreft in Gen.Elements(Enum.GetValues<VoorbehoudBetreft>())
            from bron in Tekst
            from citaat in Tekst
            from toelichting in OptioneleTekst
            select new Voorbehoud { Betreft = betreft, Bron = bron, Citaat = citaat, Toelichting = toelichting }).Between(0, 2)
        from overige in Gen.Choose(0, 2).SelectMany(n => Gen.CollectToSequence(Enumerable.Range(1, n), i =>
            from t in Tekst
            from h in Gen.OneOf(Gen.Constant<string?>(null), Gen.Elements(hoofdopgaven).Select(x => (string?)x))
            from o in OptioneleTekst
            select new OverigProject { Id = $"p{i}", Titel = t, Hoofdopgave = h, Omschrijving = o, Bron = "§7.2" }))
        from akkoorden in Gen.Choose(0, 1).SelectMany(n => Gen.CollectToSequence(Enumerable.Range(1, n), i =>
            from naam in Tekst
            from uitvoerders in SubsetOf(actieIds)
            from gemeenten in SubsetOf(leden)
            from orgaan in Gen.Elements(Enum.GetValues<Bestuursorgaan>())
            from bron in BronIn(looptijd)
            from jaar in Gen.OneOf(Gen.Constant<int?>(null), Gen.Choose(1990, 2050).Select(j => (int?)j))
            select new Akkoord
            {
                Id = $"akkoord-{i}", Naam = naam, VanafJaar = looptijd.Start.Year, TotEnMetJaar = looptijd.End.Year + 2, Acties = uitvoerders,
                Vaststellingen = [new Vaststelling { Onderdeel = "Bestuursakkoord", Orgaan = orgaan, Gemeenten = gemeenten, Bron = bron }],
                Afspraken = [new Afspraak { Omschrijving = naam, Orgaan = jaar is null ? null : orgaan, Gemeenten = gemeenten, Jaar = jaar, Bron = bron }],
            }))
        select new Werkplan
        {
            Id = "plan",
            Titel = titel,
            Regio = regio,
            Agenda = agenda,
            Looptijd = looptijd,
            Convenant = convenant,
            Plancapaciteit = capaciteit,
            Deelnemers = alleLeden.ToValueArray(),
            Lidmaatschappen = fusie,
            Partijen = alleLeden.Select(l => new Partij { Id = l, Naam = l.ToUpperInvariant(), Soort = PartijSoort.Gemeente })
                .Concat(externen.Select((e, i) => new Partij { Id = e, Naam = e, Soort = (PartijSoort)(1 + (i % 5)) }))
                .ToValueArray(),
            Uitgangspunten = [new Uitgangspunt { Id = "spreiding", Titel = "Spreiding" }],
            Hoofdopgaven = hoofdopgaven.Select((h, i) => new Hoofdopgave { Id = h, Naam = "Opgave " + h, Hoofdstuk = i + 3 }).ToValueArray(),
            Acties = acties.ToValueArray(),
            Koppelkansen = koppelkansen.ToValueArray(),
            Vraagstukken = vraagstukken.ToValueArray(),
            Profiel = profiel,
            Radenbijeenkomsten = profiel == Bestuursprofiel.ZuidKennemerland
                ? bijeenkomstData.ToValueArray()
                : bijeenkomstData.Select((r, i) => r with { Soort = soorten[i] }).ToValueArray(),
            Totstandkoming = totstandkoming.ToValueArray(),
            Voorbehouden = voorbehouden.ToValueArray(),
            OverigeProjecten = overige.ToValueArray(),
            Akkoorden = akkoorden.ToValueArray(),
        };

    // In one plan in three, two members merge on a day within the period into a third, which is a member from the next
    // day (as Heerhugowaard and Langedijk became Dijk en Waard); the merging members lead nothing, so the plan stays valid.
    private static Gen<ValueArray<Lidmaatschap>> Fusies(DateInterval looptijd) =>
        from fusie in Gen.Elements(false, false, true)
        from dag in Gen.Choose(0, looptijd.Length - 2)
        let laatste = looptijd.Start.PlusDays(dag)
        select fusie
            ? (ValueArray<Lidmaatschap>)[
                new Lidmaatschap { Partij = "fusie-a", TotEnMet = laatste, Opvolger = "fusie-ab" },
                new Lidmaatschap { Partij = "fusie-b", TotEnMet = laatste, Opvolger = "fusie-ab" },
                new Lidmaatschap { Partij = "fusie-ab", Vanaf = laatste.PlusDays(1) },
            ]
            : [];

    private sealed record Link(string Id, string Titel, string? Omschrijving, Verwijzing Van, Verwijzing Naar, int? Sterkte);

    private static Gen<IEnumerable<Link>> WisselwerkingenVan(Verwijzing[] elementen, string prefix, int min, int max) =>
        Gen.Choose(0, Math.Min(4, elementen.Length - 1)).SelectMany(n => Gen.CollectToSequence(Enumerable.Range(1, n), i =>
            from paar in Gen.Shuffle(elementen).Select(s => (s[0], s[1]))
            from titel in Tekst
            from omschrijving in OptioneleTekst
            from sterkte in Gen.OneOf(Gen.Constant<int?>(null), Gen.Choose(min, max).Select(s => (int?)s))
            select new Link($"{prefix}{i}", titel, omschrijving, paar.Item1, paar.Item2, sterkte)));

    public static Arbitrary<Werkplan> Arbitrary() => Arb.From(Werkplan);

    public static Arbitrary<Werkplan> GeldigArbitrary() => Arb.From(GeldigWerkplan);
}
