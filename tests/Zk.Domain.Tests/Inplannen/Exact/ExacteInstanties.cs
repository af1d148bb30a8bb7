using NodaTime;
using Zk.Domain.Besturing;
using Zk.Domain.Collections;
using Zk.Domain.Inplannen;
using Zk.Domain.Tests.Generators;
using Zk.Domain.Tijd;
using Zk.Domain.Werkplannen;
using Zk.Domain.Wisselwerkingen;

namespace Zk.Domain.Tests.Inplannen.Exact;

/// <summary>
/// Generated scheduling instances of 5 to 200 actions for the comparison with CP-SAT, one per seed (System.Random with a
/// fixed seed is deterministic): tight capacities (the seats of all meetings between half and one and a half times the
/// moments), cancelled meetings (capacity 0), meetings before the period, moments fixed to a quarter or to a meeting
/// (one that may not exist), blocked periods, minimum gaps, decision times, deadlines and vraagstuk pairs.
/// </summary>
internal static class ExacteInstanties
{
    private static readonly Fase[][] Paden =
    [
        [Fase.Informatie], [Fase.Bespreking, Fase.Besluitvorming], [Fase.Besluitvorming], [Fase.Versie50, Fase.Versie80, Fase.Besluitvorming],
        [Fase.Informatie, Fase.Terugkoppeling], [Fase.Bespreking], [Fase.Concept, Fase.Besluitvorming, Fase.Evaluatie],
        [Fase.Informatie, Fase.Bespreking],
    ];

    /// <summary>The instance of <paramref name="seed"/>, with <paramref name="minActies"/> to <paramref name="maxActies"/> actions.</summary>
    public static Instantie Maak(int seed, int minActies = 5, int maxActies = 200)
    {
        var r = new Random(seed);
        var aantalActies = r.Next(minActies, maxActies + 1);
        var aantalBijeenkomsten = Math.Clamp(r.Next(aantalActies / 8, aantalActies / 3 + 2) + 2, 2, 60);
        var acties = new List<Actie>();
        var momenten = 0;
        for (var a = 1; a <= aantalActies; a++)
        {
            var pad = Paden[r.Next(Paden.Length)];
            var raadsmomenten = pad.Select(fase =>
            {
                var soort = r.Next(10);
                var kwartaal = new Kwartaal(2024, 1) + r.Next(-1, 8);
                return soort switch
                {
                    < 6 => new Raadsmoment { Fase = fase },
                    < 9 => new Raadsmoment { Fase = fase, Kwartaal = kwartaal },
                    _ => new Raadsmoment { Fase = fase, Kwartaal = kwartaal, Radenbijeenkomst = $"rb{r.Next(1, aantalBijeenkomsten + 2)}" },
                };
            }).ToValueArray();
            momenten += pad.Length + 1;
            acties.Add(PlanningGenerator.Actie(a, $"a{a}", raadsmomenten));
        }

        // Seats for between half and one and a half times the moments, spread unevenly; some meetings are cancelled (no seat) or unlimited.
        var ruimte = (0.5 + r.NextDouble()) * momenten / aantalBijeenkomsten;
        var bijeenkomsten = Enumerable.Range(1, aantalBijeenkomsten).Select(m => new Radenbijeenkomst
        {
            Id = $"rb{m}",
            Datum = PlanningGenerator.Looptijd.Start.PlusDays(r.Next(-40, 770)),
            Agendaruimte = r.Next(12) switch
            {
                0 => 0,
                1 => null,
                _ => Math.Max(1, (int)Math.Round(ruimte * (0.5 + r.NextDouble()))),
            },
        }).ToValueArray();
        var blokkades = Enumerable.Range(0, r.Next(0, 4)).Select(_ =>
        {
            var start = PlanningGenerator.Looptijd.Start.PlusDays(r.Next(-30, 760));
            return new Blokkade { Periode = new DateInterval(start, start.PlusDays(r.Next(0, 60))), Reden = "blok" };
        }).ToValueArray();
        var deadlines = Enumerable.Range(0, r.Next(0, aantalActies / 5 + 2))
            .Select(_ => new Deadline($"a{r.Next(1, aantalActies + 1)}", PlanningGenerator.Looptijd.Start.PlusDays(r.Next(90, 760))))
            .ToValueArray();
        var vraagstukken = Enumerable.Range(0, r.Next(0, aantalActies / 4 + 1)).Select(k => new BestuurlijkVraagstuk
        {
            Id = $"V{k}",
            Titel = "Vraagstuk",
            Van = Verwijzing.NaarActie($"a{r.Next(1, aantalActies + 1)}"),
            Naar = Verwijzing.NaarActie($"a{r.Next(1, aantalActies + 1)}"),
        }).Where(v => v.Van != v.Naar).ToValueArray();
        var beleid = new Governancebeleid
        {
            MinimaleTussenruimteInDagen = new[] { 0, 0, 30, 60, 90 }[r.Next(5)],
            BesluitvormingstermijnInDagen = new[] { 0, 42, 120 }[r.Next(3)],
            TussentijdseBesprekingVerplicht = r.Next(4) > 0,
            Deadlines = deadlines,
        };
        return new Instantie(
            PlanningGenerator.Plan("exact", "Exact", acties, vraagstukken),
            new Vergaderkalender { Radenbijeenkomsten = bijeenkomsten, Blokkades = blokkades },
            beleid);
    }
}
