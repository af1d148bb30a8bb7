using System.Diagnostics;
using System.Globalization;
using Google.OrTools.Sat;
using NodaTime;
using Zk.Domain.Besturing;
using Zk.Domain.Inplannen;
using Zk.Domain.Tijd;
using Zk.Domain.Werkplannen;

namespace Zk.Domain.Benchmarks;

/// <summary>
/// The planner against OR-Tools CP-SAT on the benchmark plans (S, M, L, or those <c>ZK_BENCH_SIZES</c> names): time and
/// moments planned (and fixed moments kept) by each. Run by the <c>cpsat</c> command, outside BenchmarkDotNet, so the CI
/// smoke run (<c>--filter '*'</c>) never runs it: CP-SAT takes minutes at L. The model is written from the brief
/// (chains per action, an interim discussion before a decision that has none, the period, quarters, deadlines, decision
/// time, gap, blocked periods, capacity), not from the planner; <c>ZK_CPSAT_SECONDS</c> bounds its time (default 300).
/// </summary>
internal static class PlannerTegenCpSat
{
    public static int Run()
    {
        var seconden = double.TryParse(Environment.GetEnvironmentVariable("ZK_CPSAT_SECONDS"), NumberStyles.Float, CultureInfo.InvariantCulture, out var s) ? s : 300;
        Console.WriteLine("| size | moments | planner: planned / kept | planner time | proven | CP-SAT: planned / kept | CP-SAT time | CP-SAT status |");
        Console.WriteLine("|---|---:|---:|---:|---|---:|---:|---|");
        foreach (var size in Plannen.Sizes().Where(z => z != "XL"))
        {
            var (plan, kalender) = Plannen.Get(size);
            Planner.Schedule(plan, kalender); // warm-up
            var tijden = new List<double>();
            Planning planning = null!;
            for (var k = 0; k < 5; k++)
            {
                var klok = Stopwatch.StartNew();
                planning = Planner.Schedule(plan, kalender);
                tijden.Add(klok.Elapsed.TotalMilliseconds);
            }

            tijden.Sort();
            var cpKlok = Stopwatch.StartNew();
            var (gepland, behouden, momenten, status) = Los(plan, kalender, Governancebeleid.Standaard, seconden);
            var cpTijd = cpKlok.Elapsed.TotalMilliseconds;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {size} | {momenten:N0} | {planning.Toewijzingen.Count:N0} / {planning.Toewijzingen.Count(t => t.Status == ToewijzingStatus.Behouden):N0} | {tijden[2]:N1} ms | {(planning.IsBewezenOptimaal ? "yes" : "no")} | {gepland:N0} / {behouden:N0} | {cpTijd:N0} ms | {status} |"));
        }

        return 0;
    }

    private static (int Gepland, int Behouden, int Momenten, CpSolverStatus Status) Los(Werkplan plan, Vergaderkalender kalender, Governancebeleid beleid, double seconden)
    {
        var profiel = plan.Profiel;
        var bijeenkomsten = kalender.Radenbijeenkomsten.OrderBy(r => r.Datum).ThenBy(r => r.Id, StringComparer.Ordinal).ToArray();
        var gap = Math.Max(1, beleid.MinimaleTussenruimteInDagen);
        var model = new CpModel();
        var perBijeenkomst = bijeenkomsten.Select(_ => new List<BoolVar>()).ToArray();
        var gepland = new List<BoolVar>();
        var behouden = new List<BoolVar>();
        foreach (var actie in plan.Acties)
        {
            var deadline = beleid.Deadlines.Where(d => d.Actie == actie.Id).Select(d => d.Datum).Append(plan.Looptijd.End).Min();

            // The chain: the plan's moments, an interim discussion added before a decision with none earlier.
            var keten = new List<(Fase Fase, Raadsmoment? Moment)>();
            var tussentijds = false;
            foreach (var moment in actie.Raadsmomenten)
            {
                if (profiel.IsBesluit(moment.Fase) && beleid.TussentijdseBesprekingVerplicht && !tussentijds)
                {
                    keten.Add((profiel.VereisteFasen.Where(profiel.IsTussentijds).DefaultIfEmpty(Fase.Bespreking).First(), null));
                }

                tussentijds |= profiel.IsTussentijds(moment.Fase);
                keten.Add((moment.Fase, moment));
            }

            List<(int M, BoolVar X)>? vorige = null;
            BoolVar? vorigeGepland = null;
            foreach (var (fase, moment) in keten)
            {
                var laatst = profiel.NaBesluitvormingstermijn(fase) ? deadline.PlusDays(-beleid.BesluitvormingstermijnInDagen) : deadline;
                var vast = moment?.Radenbijeenkomst is { } id ? bijeenkomsten.FirstOrDefault(r => r.Id == id) : null;
                var kwartaal = vast is not null ? Kwartaal.FromDate(vast.Datum) : moment?.Kwartaal;
                var vroegst = kwartaal is { } q && q.EersteDag > plan.Looptijd.Start ? q.EersteDag : plan.Looptijd.Start;
                var keuzes = new List<(int M, BoolVar X)>();
                for (var m = 0; m < bijeenkomsten.Length; m++)
                {
                    var r = bijeenkomsten[m];
                    if (r.Datum < vroegst || r.Datum > laatst || kalender.BlokkadeOp(r.Datum) is not null)
                    {
                        continue;
                    }

                    var x = model.NewBoolVar("");
                    keuzes.Add((m, x));
                    if (profiel.IsAgendapunt(fase))
                    {
                        perBijeenkomst[m].Add(x);
                    }

                    if (moment?.Radenbijeenkomst is { } vastId ? r.Id == vastId : moment?.Kwartaal is { } k && k.Contains(r.Datum))
                    {
                        behouden.Add(x);
                    }

                    if (vorige is not null)
                    {
                        var eerder = vorige.Where(v => Period.Between(bijeenkomsten[v.M].Datum, r.Datum, PeriodUnits.Days).Days >= gap).Select(v => (ILiteral)v.X).ToList();
                        model.AddBoolOr([.. eerder, x.Not()]);
                    }
                }

                var p = model.NewBoolVar("");
                model.Add(LinearExpr.Sum(keuzes.Select(k => k.X)) == p);
                if (vorigeGepland is not null)
                {
                    model.AddImplication(p, vorigeGepland);
                }

                gepland.Add(p);
                vorige = keuzes;
                vorigeGepland = p;
            }
        }

        for (var m = 0; m < bijeenkomsten.Length; m++)
        {
            var capaciteit = bijeenkomsten[m].Agendaruimte ?? profiel.Soort(bijeenkomsten[m])?.StandaardAgendaruimte;
            if (capaciteit is { } c && perBijeenkomst[m].Count > c)
            {
                model.Add(LinearExpr.Sum(perBijeenkomst[m]) <= c);
            }
        }

        long gewicht = behouden.Count + 1;
        model.Maximize(LinearExpr.WeightedSum(gepland, Enumerable.Repeat(gewicht, gepland.Count)) + LinearExpr.Sum(behouden));
        var solver = new CpSolver { StringParameters = string.Create(CultureInfo.InvariantCulture, $"num_workers:2,max_time_in_seconds:{seconden},random_seed:1") };
        var status = solver.Solve(model);
        if (status is not (CpSolverStatus.Optimal or CpSolverStatus.Feasible))
        {
            return (0, 0, gepland.Count, status);
        }

        var waarde = (long)Math.Round(solver.ObjectiveValue);
        return ((int)(waarde / gewicht), (int)(waarde % gewicht), gepland.Count, status);
    }
}
