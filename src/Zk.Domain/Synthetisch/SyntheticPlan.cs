using System.Globalization;
using NodaTime;
using Zk.Domain.Besturing;
using Zk.Domain.Collections;
using Zk.Domain.Partijen;
using Zk.Domain.Tijd;
using Zk.Domain.Werkplannen;
using Zk.Domain.Wisselwerkingen;

namespace Zk.Domain.Synthetisch;

/// <summary>
/// Generates synthetic work plans of a given size, deterministically from a seed, for benchmarks and load tests:
/// consistent plans (no errors) with realistic proportions — per 1,000 actions about 100 main tasks, 40 member
/// municipalities, 5,000 koppelkansen and vraagstukken and 40 radenbijeenkomsten over a two-year period.
/// </summary>
/// <remarks>The same size and seed give the same plan, on any machine and culture. Thread-safe.</remarks>
public static class SyntheticPlan
{
    private static readonly DateInterval Looptijd = new(new LocalDate(2024, 1, 1), new LocalDate(2025, 12, 31));

    /// <summary>The most actions <see cref="Generate"/> makes: 1,000,000 (ten times the largest benchmark; such a plan
    /// holds five million koppelkansen and vraagstukken and takes gigabytes of memory).</summary>
    public const int MaxActies = 1_000_000;

    /// <summary>Generates a plan with <paramref name="acties"/> actions.</summary>
    /// <param name="acties">The number of actions, 1 to <see cref="MaxActies"/>.</param>
    /// <param name="seed">The seed.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="acties"/> is less than 1 or more than <see cref="MaxActies"/>.</exception>
    public static Werkplan Generate(int acties, int seed)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(acties, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(acties, MaxActies);
        var random = new Random(seed);
        var aantalLeden = Math.Max(4, (int)Math.Round(acties * 0.04));
        var aantalOpgaven = Math.Clamp((int)Math.Round(acties * 0.1), 1, acties);
        var aantalBijeenkomsten = Math.Max(8, (int)Math.Round(acties * 0.04));
        var aantalLinks = acties * 5;

        string Id(string prefix, int i) => prefix + i.ToString(CultureInfo.InvariantCulture);
        var leden = Enumerable.Range(1, aantalLeden).Select(i => Id("gemeente-", i)).ToArray();
        var ledenArray = leden.ToValueArray();
        var partijen = leden.Select(l => new Partij { Id = l, Naam = "Gemeente " + l[9..], Soort = PartijSoort.Gemeente })
            .Append(new Partij { Id = "provincie", Naam = "Provincie", Soort = PartijSoort.Provincie })
            .ToValueArray();
        var opgaven = Enumerable.Range(1, aantalOpgaven)
            .Select(i => new Hoofdopgave { Id = Id("opgave-", i), Naam = "Opgave " + i.ToString(CultureInfo.InvariantCulture) })
            .ToValueArray();

        var eerste = Kwartaal.FromDate(Looptijd.Start);
        var kwartalen = Kwartaal.FromDate(Looptijd.End) - eerste + 1;
        var bijeenkomsten = Enumerable.Range(0, aantalBijeenkomsten).Select(i =>
        {
            var kwartaal = eerste + (i % kwartalen);
            var dag = kwartaal.EersteDag.PlusDays(14 + (7 * (i / kwartalen) % 70));
            return new Radenbijeenkomst { Id = Id("rb-", i + 1), Datum = dag, Agendaruimte = 1 + (acties * 3 / aantalBijeenkomsten) * 2 };
        }).ToValueArray();

        var actieLijst = new Actie[acties];
        for (var i = 0; i < acties; i++)
        {
            var id = Id("a", i + 1);
            var lead = leden[random.Next(leden.Length)];
            var start = random.Next(0, kwartalen - 2);
            var momenten = new List<Raadsmoment>
            {
                new() { Fase = Fase.Bespreking, Kwartaal = eerste + start },
                new() { Fase = Fase.Besluitvorming, Kwartaal = eerste + start + 1 + random.Next(0, kwartalen - start - 1) },
            };
            if (random.Next(4) == 0)
            {
                momenten.Insert(0, new Raadsmoment { Fase = Fase.Informatie });
            }

            actieLijst[i] = new Actie
            {
                Id = id,
                Nummer = i + 1,
                Titel = "Actie " + (i + 1).ToString(CultureInfo.InvariantCulture),
                Hoofdopgave = opgaven[i < aantalOpgaven ? i : random.Next(aantalOpgaven)].Id,
                Aanleiding = "Synthetisch",
                Termijn = i % 2 == 0 ? Termijn.Kort : Termijn.Lang,
                Trekkerschap = new Trekkerschap { Bestuurlijk = [lead], Ambtelijk = [lead], Partners = random.Next(3) == 0 ? ["provincie"] : [] },
                Projectorganisatie = Projectorganisatie.AlleDeelnemers,
                Resultaten = Enumerable.Range(1, 1 + random.Next(3))
                    .Select(r => new Resultaat { Id = id + "-r" + r.ToString(CultureInfo.InvariantCulture), Omschrijving = "Resultaat " + r.ToString(CultureInfo.InvariantCulture) })
                    .ToValueArray(),
                Financiering = random.Next(5) == 0 ? new Financiering { Status = FinancieringsStatus.Geregeld, Financiers = ["provincie"] } : Financiering.Bestaand,
                Raadsmomenten = momenten.ToValueArray(),
            };
        }

        Verwijzing Element() => random.Next(4) == 0
            ? Verwijzing.NaarHoofdopgave(opgaven[random.Next(aantalOpgaven)].Id)
            : Verwijzing.NaarActie(actieLijst[random.Next(acties)].Id);

        var koppelkansen = new List<Koppelkans>();
        var vraagstukken = new List<BestuurlijkVraagstuk>();
        for (var k = 0; k < aantalLinks; k++)
        {
            var van = Element();
            var naar = Element();
            while (naar == van)
            {
                naar = Element();
            }

            if (k % 2 == 0)
            {
                koppelkansen.Add(new Koppelkans { Id = Id("K", koppelkansen.Count + 1), Titel = "Kans", Van = van, Naar = naar, Sterkte = 1 + random.Next(3) });
            }
            else
            {
                vraagstukken.Add(new BestuurlijkVraagstuk { Id = Id("V", vraagstukken.Count + 1), Titel = "Vraagstuk", Van = van, Naar = naar, Sterkte = -1 - random.Next(3) });
            }
        }

        return new Werkplan
        {
            Id = "synthetisch-" + acties.ToString(CultureInfo.InvariantCulture) + "-" + seed.ToString(CultureInfo.InvariantCulture),
            Titel = "Synthetisch werkplan met " + acties.ToString(CultureInfo.InvariantCulture) + " acties",
            Regio = "Synthetisch",
            Looptijd = Looptijd,
            Plancapaciteit = acties,
            Deelnemers = ledenArray,
            Partijen = partijen,
            Hoofdopgaven = opgaven,
            Acties = actieLijst,
            Koppelkansen = koppelkansen.ToValueArray(),
            Vraagstukken = vraagstukken.ToValueArray(),
            Radenbijeenkomsten = bijeenkomsten,
        };
    }

    /// <summary>The calendar the synthetic plan's meetings form (its <c>Radenbijeenkomsten</c>), without blocked periods.</summary>
    /// <param name="plan">A synthetic plan.</param>
    public static Vergaderkalender Kalender(Werkplan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return new Vergaderkalender { Radenbijeenkomsten = plan.Radenbijeenkomsten };
    }
}
