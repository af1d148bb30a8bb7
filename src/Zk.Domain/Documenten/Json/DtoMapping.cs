using NodaTime;
using Zk.Domain.Besturing;
using Zk.Domain.Collections;
using Zk.Domain.Partijen;
using Zk.Domain.Samenhang;
using Zk.Domain.Werkplannen;

namespace Zk.Domain.Documenten.Json;

/// <summary>Maps between the document's shape and the model, both ways, without loss.</summary>
internal static class DtoMapping
{
    private static ValueArray<TOut> Map<TIn, TOut>(List<TIn> items, Func<TIn, TOut> map)
    {
        if (items.Count == 0)
        {
            return default;
        }

        var result = new TOut[items.Count];
        for (var i = 0; i < result.Length; i++)
        {
            result[i] = map(items[i]);
        }

        return ValueArray<TOut>.Wrap(result);
    }

    private static List<TOut> Map<TIn, TOut>(ValueArray<TIn> items, Func<TIn, TOut> map)
    {
        var result = new List<TOut>(items.Count);
        foreach (var item in items)
        {
            result.Add(map(item));
        }

        return result;
    }

    private static ValueArray<string> Ids(List<string> ids) => Map(ids, static id => id);

    private static List<string> Ids(ValueArray<string> ids) => [.. ids];

    // Document to model. The caller has checked the period (DateInterval refuses an end before the start).
    public static Werkplan ToModel(WerkplanDto d) => new()
    {
        Id = d.Id,
        Titel = d.Titel,
        Regio = d.Regio,
        Agenda = d.Agenda,
        Looptijd = new DateInterval(d.Looptijd.Begin, d.Looptijd.Einde),
        Convenant = d.Convenant is { } c ? new Convenant { Naam = c.Naam, Ondertekend = c.Ondertekend, Toelichting = c.Toelichting } : null,
        Capaciteit = d.Capaciteit,
        Deelnemers = Ids(d.Deelnemers),
        Partijen = Map(d.Partijen, static p => new Partij { Id = p.Id, Naam = p.Naam, Soort = p.Soort }),
        Uitgangspunten = Map(d.Uitgangspunten, static u => new Uitgangspunt { Id = u.Id, Titel = u.Titel, Toelichting = u.Toelichting }),
        Hoofdopgaven = Map(d.Hoofdopgaven, static h => new Hoofdopgave { Id = h.Id, Naam = h.Naam, Titel = h.Titel, Hoofdstuk = h.Hoofdstuk }),
        Acties = Map(d.Acties, ToModel),
        Koppelkansen = Map(d.Koppelkansen, static w => new Koppelkans
        {
            Id = w.Id, Titel = w.Titel, Omschrijving = w.Omschrijving, Van = ToModel(w.Van), Naar = ToModel(w.Naar), Sterkte = w.Sterkte,
        }),
        Vraagstukken = Map(d.Vraagstukken, static w => new BestuurlijkVraagstuk
        {
            Id = w.Id, Titel = w.Titel, Omschrijving = w.Omschrijving, Van = ToModel(w.Van), Naar = ToModel(w.Naar), Sterkte = w.Sterkte,
        }),
        Radenbijeenkomsten = Map(d.Radenbijeenkomsten, static r => new Radenbijeenkomst
        {
            Id = r.Id, Datum = r.Datum, Capaciteit = r.Capaciteit, Toelichting = r.Toelichting,
        }),
        Totstandkoming = Map(d.Totstandkoming, ToModel),
    };

    private static Actie ToModel(ActieDto a) => new()
    {
        Id = a.Id,
        Nummer = a.Nummer,
        Titel = a.Titel,
        Hoofdopgave = a.Hoofdopgave,
        Aanleiding = a.Aanleiding,
        Inhoud = a.Inhoud,
        Termijn = a.Termijn,
        AlLopend = a.AlLopend,
        Trekkerschap = ToModel(a.Trekkerschap),
        Projectorganisatie = a.Projectorganisatie.AlleDeelnemers ? Projectorganisatie.AlleDeelnemers : Projectorganisatie.Van(Ids(a.Projectorganisatie.Partijen)),
        Deelacties = Map(a.Deelacties, static d => new Deelactie
        {
            Id = d.Id, Titel = d.Titel, Omschrijving = d.Omschrijving, Trekkerschap = d.Trekkerschap is { } t ? ToModel(t) : null,
        }),
        Resultaten = Map(a.Resultaten, static r => new Resultaat { Id = r.Id, Omschrijving = r.Omschrijving, Deelactie = r.Deelactie, Gereed = r.Gereed }),
        Doelen = Map(a.Doelen, static d => new Doel
        {
            Id = d.Id, Omschrijving = d.Omschrijving, Waarde = d.Waarde, Eenheid = d.Eenheid, Minimaal = d.Minimaal,
            VanafJaar = d.VanafJaar, TotEnMetJaar = d.TotEnMetJaar, Kader = d.Kader,
        }),
        Financiering = new Financiering
        {
            Status = a.Financiering.Status,
            Financiers = Ids(a.Financiering.Financiers),
            ClaimOpMiddelen = a.Financiering.ClaimOpMiddelen,
            Toelichting = a.Financiering.Toelichting,
        },
        Raadsmomenten = Map(a.Raadsmomenten, ToModel),
    };

    private static Trekkerschap ToModel(TrekkerschapDto t) => new()
    {
        Bestuurlijk = Ids(t.Bestuurlijk),
        Ambtelijk = Ids(t.Ambtelijk),
        Regie = t.Regie,
        Partners = Ids(t.Partners),
        Toelichting = t.Toelichting,
    };

    private static Raadsmoment ToModel(RaadsmomentDto r) => new()
    {
        Fase = r.Fase,
        Kwartaal = r.Kwartaal,
        Radenbijeenkomst = r.Radenbijeenkomst,
        Bronnen = Map(r.Bronnen, static b => new Bronvermelding { Bron = b.Bron, Kwartaal = b.Kwartaal, Citaat = b.Citaat }),
        Toelichting = r.Toelichting,
    };

    private static Verwijzing ToModel(VerwijzingDto v) => new(v.Soort, v.Id);

    // Model to document.
    public static WerkplanDto ToDto(Werkplan p) => new()
    {
        Formaat = WerkplanDocument.Formaat,
        Id = p.Id,
        Titel = p.Titel,
        Regio = p.Regio,
        Agenda = p.Agenda,
        Looptijd = new LooptijdDto { Begin = p.Looptijd.Start, Einde = p.Looptijd.End },
        Convenant = p.Convenant is { } c ? new ConvenantDto { Naam = c.Naam, Ondertekend = c.Ondertekend, Toelichting = c.Toelichting } : null,
        Capaciteit = p.Capaciteit,
        Deelnemers = Ids(p.Deelnemers),
        Partijen = Map(p.Partijen, static x => new PartijDto { Id = x.Id, Naam = x.Naam, Soort = x.Soort }),
        Uitgangspunten = Map(p.Uitgangspunten, static u => new UitgangspuntDto { Id = u.Id, Titel = u.Titel, Toelichting = u.Toelichting }),
        Hoofdopgaven = Map(p.Hoofdopgaven, static h => new HoofdopgaveDto { Id = h.Id, Naam = h.Naam, Titel = h.Titel, Hoofdstuk = h.Hoofdstuk }),
        Acties = Map(p.Acties, ToDto),
        Koppelkansen = Map(p.Koppelkansen, static w => ToDto(w)),
        Vraagstukken = Map(p.Vraagstukken, static w => ToDto(w)),
        Radenbijeenkomsten = Map(p.Radenbijeenkomsten, static r => new RadenbijeenkomstDto
        {
            Id = r.Id, Datum = r.Datum, Capaciteit = r.Capaciteit, Toelichting = r.Toelichting,
        }),
        Totstandkoming = Map(p.Totstandkoming, ToDto),
    };

    private static ActieDto ToDto(Actie a) => new()
    {
        Id = a.Id,
        Nummer = a.Nummer,
        Titel = a.Titel,
        Hoofdopgave = a.Hoofdopgave,
        Aanleiding = a.Aanleiding,
        Inhoud = a.Inhoud,
        Termijn = a.Termijn,
        AlLopend = a.AlLopend,
        Trekkerschap = ToDto(a.Trekkerschap),
        Projectorganisatie = new ProjectorganisatieDto { AlleDeelnemers = a.Projectorganisatie.IsAlleDeelnemers, Partijen = Ids(a.Projectorganisatie.Partijen) },
        Deelacties = Map(a.Deelacties, static d => new DeelactieDto
        {
            Id = d.Id, Titel = d.Titel, Omschrijving = d.Omschrijving, Trekkerschap = d.Trekkerschap is { } t ? ToDto(t) : null,
        }),
        Resultaten = Map(a.Resultaten, static r => new ResultaatDto { Id = r.Id, Omschrijving = r.Omschrijving, Deelactie = r.Deelactie, Gereed = r.Gereed }),
        Doelen = Map(a.Doelen, static d => new DoelDto
        {
            Id = d.Id, Omschrijving = d.Omschrijving, Waarde = d.Waarde, Eenheid = d.Eenheid, Minimaal = d.Minimaal,
            VanafJaar = d.VanafJaar, TotEnMetJaar = d.TotEnMetJaar, Kader = d.Kader,
        }),
        Financiering = new FinancieringDto
        {
            Status = a.Financiering.Status,
            Financiers = Ids(a.Financiering.Financiers),
            ClaimOpMiddelen = a.Financiering.ClaimOpMiddelen,
            Toelichting = a.Financiering.Toelichting,
        },
        Raadsmomenten = Map(a.Raadsmomenten, ToDto),
    };

    private static TrekkerschapDto ToDto(Trekkerschap t) => new()
    {
        Bestuurlijk = Ids(t.Bestuurlijk),
        Ambtelijk = Ids(t.Ambtelijk),
        Regie = t.Regie,
        Partners = Ids(t.Partners),
        Toelichting = t.Toelichting,
    };

    private static RaadsmomentDto ToDto(Raadsmoment r) => new()
    {
        Fase = r.Fase,
        Kwartaal = r.Kwartaal,
        Radenbijeenkomst = r.Radenbijeenkomst,
        Bronnen = Map(r.Bronnen, static b => new BronvermeldingDto { Bron = b.Bron, Kwartaal = b.Kwartaal, Citaat = b.Citaat }),
        Toelichting = r.Toelichting,
    };

    private static WisselwerkingDto ToDto(Wisselwerking w) => new()
    {
        Id = w.Id,
        Titel = w.Titel,
        Omschrijving = w.Omschrijving,
        Van = new VerwijzingDto { Soort = w.Van.Soort, Id = w.Van.Id },
        Naar = new VerwijzingDto { Soort = w.Naar.Soort, Id = w.Naar.Id },
        Sterkte = w.Sterkte,
    };
}
