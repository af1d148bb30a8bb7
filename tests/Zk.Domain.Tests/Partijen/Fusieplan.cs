using NodaTime;
using Zk.Domain.Besturing;
using Zk.Domain.Collections;
using Zk.Domain.Partijen;
using Zk.Domain.Tijd;
using Zk.Domain.Werkplannen;

namespace Zk.Domain.Tests.Partijen;

/// <summary>
/// A small plan with a merger, after regions.md: Heerhugowaard and Langedijk are members up to and including
/// 31 December 2021 and become Dijk en Waard, a member from 1 January 2022; Alkmaar is a member throughout. The plan
/// runs 2021–2023 and has one meeting per quarter, on the first day of the quarter's last month (the councils decide 42
/// days later): action 1 is decided in July 2021 (before the merger), action 2 in a meeting of December 2021 whose
/// councils decide on 12 January 2022 (after it), action 3 in July 2022.
/// </summary>
internal static class Fusieplan
{
    public static readonly LocalDate LaatsteDag = new(2021, 12, 31);

    public static readonly LocalDate EersteDag = new(2022, 1, 1);

    public static ValueArray<string> Deelnemers { get; } = ["alkmaar", "heerhugowaard", "langedijk", "dijk-en-waard"];

    public static ValueArray<Lidmaatschap> Fusie { get; } =
    [
        new Lidmaatschap { Partij = "heerhugowaard", TotEnMet = LaatsteDag, Opvolger = "dijk-en-waard" },
        new Lidmaatschap { Partij = "langedijk", TotEnMet = LaatsteDag, Opvolger = "dijk-en-waard" },
        new Lidmaatschap { Partij = "dijk-en-waard", Vanaf = EersteDag },
    ];

    public static Actie Actie(string id, Kwartaal tussentijds, Kwartaal besluit, string trekker = "alkmaar", Projectorganisatie? projectorganisatie = null) => new()
    {
        Id = id,
        Nummer = int.Parse(id, System.Globalization.CultureInfo.InvariantCulture),
        Titel = "Actie " + id,
        Hoofdopgave = "h",
        Termijn = id == "1" ? Termijn.Kort : Termijn.Lang,
        Trekkerschap = new Trekkerschap { Bestuurlijk = [trekker], Ambtelijk = [trekker] },
        Projectorganisatie = projectorganisatie ?? Projectorganisatie.AlleDeelnemers,
        Resultaten = [new Resultaat { Id = "r" + id, Omschrijving = "Resultaat " + id }],
        Financiering = Financiering.Bestaand,
        Raadsmomenten =
        [
            new Raadsmoment { Fase = Fase.Bespreking, Kwartaal = tussentijds },
            new Raadsmoment { Fase = Fase.Besluitvorming, Kwartaal = besluit },
        ],
    };

    public static Werkplan Plan { get; } = new()
    {
        Id = "fusie",
        Titel = "Werkplan met een fusie",
        Regio = "Noord-Holland Noord",
        Looptijd = new DateInterval(new LocalDate(2021, 1, 1), new LocalDate(2023, 12, 31)),
        Deelnemers = Deelnemers,
        Lidmaatschappen = Fusie,
        Partijen =
        [
            new Partij { Id = "alkmaar", Naam = "Alkmaar", Soort = PartijSoort.Gemeente },
            new Partij { Id = "heerhugowaard", Naam = "Heerhugowaard", Soort = PartijSoort.Gemeente },
            new Partij { Id = "langedijk", Naam = "Langedijk", Soort = PartijSoort.Gemeente },
            new Partij { Id = "dijk-en-waard", Naam = "Dijk en Waard", Soort = PartijSoort.Gemeente },
            new Partij { Id = "provincie", Naam = "Provincie Noord-Holland", Soort = PartijSoort.Provincie },
        ],
        Hoofdopgaven = [new Hoofdopgave { Id = "h", Naam = "Wonen" }],
        Acties =
        [
            Actie("1", new Kwartaal(2021, 1), new Kwartaal(2021, 2)),
            Actie("2", new Kwartaal(2021, 3), new Kwartaal(2021, 4)),
            Actie("3", new Kwartaal(2022, 1), new Kwartaal(2022, 2)),
        ],
    };

    /// <summary>One meeting per quarter of the period, on the first day of the quarter's last month.</summary>
    public static Vergaderkalender Kalender { get; } = new()
    {
        Radenbijeenkomsten = Enumerable.Range(0, 12)
            .Select(k => new Kwartaal(2021, 1) + k)
            .Select(k => new Radenbijeenkomst { Id = "rb-" + k, Datum = k.LaatsteDag.PlusDays(1 - k.LaatsteDag.Day), Agendaruimte = 4 })
            .ToValueArray(),
    };

    /// <summary>The plan with action <paramref name="i"/> changed.</summary>
    public static Werkplan Met(int i, Func<Actie, Actie> change) => Plan with { Acties = Plan.Acties.SetItem(i, change(Plan.Acties[i])) };
}
