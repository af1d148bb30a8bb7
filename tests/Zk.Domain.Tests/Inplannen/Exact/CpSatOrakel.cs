using Google.OrTools.Sat;
using NodaTime;
using Zk.Domain.Tests.Generators;

namespace Zk.Domain.Tests.Inplannen.Exact;

/// <summary>
/// The exact optimum of a scheduling instance, from OR-Tools CP-SAT, over the problem as brief §5 and the planner's
/// documentation state it (<see cref="PlannerSpecificatie.Ketens"/> builds the chains from the plan, calendar and policy,
/// not through the planner): one boolean per moment and admissible meeting; a moment is planned in at most one meeting;
/// a moment is planned only when the one before it in its chain is, in a meeting at least the minimum gap (and at least
/// a day) earlier; a meeting holds at most its capacity; blocked meetings take nothing. The objective is lexicographic:
/// first the number of planned moments, then the number of fixed moments kept where the plan fixes them (one weight
/// above the number of fixed moments makes the sum lexicographic).
/// </summary>
internal static class CpSatOrakel
{
    /// <summary>The optimum: planned moments, kept fixed moments, and whether CP-SAT proved it (false: it ran out of time).</summary>
    internal readonly record struct Optimum(int Gepland, int Behouden, bool Bewezen, int Momenten);

    public static Optimum Los(Instantie i, double seconden = 60)
    {
        var ketens = PlannerSpecificatie.Ketens(i);
        var bijeenkomsten = i.Kalender.Radenbijeenkomsten.ToArray();
        var gap = Math.Max(1, i.Beleid.MinimaleTussenruimteInDagen);
        var model = new CpModel();
        var vastAantal = ketens.Sum(k => k.Count(m => m.IsVast));
        long gewicht = vastAantal + 1;
        var doel = new List<(BoolVar Var, long Gewicht)>();
        var perBijeenkomst = new List<BoolVar>[bijeenkomsten.Length];
        for (var m = 0; m < bijeenkomsten.Length; m++)
        {
            perBijeenkomst[m] = [];
        }

        var momenten = 0;
        foreach (var keten in ketens)
        {
            List<(int Bijeenkomst, BoolVar Var)>? vorige = null;
            BoolVar? vorigeGepland = null;
            foreach (var moment in keten)
            {
                momenten++;
                var keuzes = new List<(int Bijeenkomst, BoolVar Var)>();
                for (var m = 0; m < bijeenkomsten.Length; m++)
                {
                    if (PlannerSpecificatie.Past(i, moment, bijeenkomsten[m], null))
                    {
                        var x = model.NewBoolVar($"x{momenten}_{m}");
                        keuzes.Add((m, x));
                        perBijeenkomst[m].Add(x);
                        if (moment.Behoudt(bijeenkomsten[m]))
                        {
                            doel.Add((x, 1));
                        }

                        // After the chain's previous moment: it is planned in a meeting at least the gap earlier.
                        if (vorige is not null)
                        {
                            var eerder = vorige.Where(v => Dagen(bijeenkomsten[v.Bijeenkomst].Datum, bijeenkomsten[m].Datum) >= gap).Select(v => (ILiteral)v.Var).ToList();
                            if (eerder.Count == 0)
                            {
                                model.Add(x == 0);
                            }
                            else
                            {
                                model.AddBoolOr([.. eerder, x.Not()]);
                            }
                        }
                    }
                }

                var gepland = model.NewBoolVar($"p{momenten}");
                model.Add(LinearExpr.Sum(keuzes.Select(k => k.Var)) == gepland);
                if (vorigeGepland is not null)
                {
                    model.AddImplication(gepland, vorigeGepland);
                }

                doel.Add((gepland, gewicht));
                vorige = keuzes;
                vorigeGepland = gepland;
            }
        }

        for (var m = 0; m < bijeenkomsten.Length; m++)
        {
            if (bijeenkomsten[m].Agendaruimte is { } capaciteit && perBijeenkomst[m].Count > capaciteit)
            {
                model.Add(LinearExpr.Sum(perBijeenkomst[m]) <= capaciteit);
            }
        }

        model.Maximize(LinearExpr.WeightedSum(doel.Select(d => d.Var), doel.Select(d => d.Gewicht)));
        var solver = new CpSolver { StringParameters = $"num_workers:2,max_time_in_seconds:{seconden.ToString(System.Globalization.CultureInfo.InvariantCulture)},random_seed:1" };
        var status = solver.Solve(model);
        if (status is not (CpSolverStatus.Optimal or CpSolverStatus.Feasible))
        {
            throw new InvalidOperationException($"CP-SAT found no schedule ({status}) for {i}");
        }

        var waarde = (long)Math.Round(solver.ObjectiveValue);
        return new Optimum((int)(waarde / gewicht), (int)(waarde % gewicht), status == CpSolverStatus.Optimal, momenten);
    }

    private static int Dagen(LocalDate van, LocalDate tot) => Period.Between(van, tot, PeriodUnits.Days).Days;
}
