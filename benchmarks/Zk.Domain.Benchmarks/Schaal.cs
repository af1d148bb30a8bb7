using System.Diagnostics;
using System.Globalization;
using Zk.Domain.Collections;
using Zk.Domain.Context;
using Zk.Domain.Documenten;
using Zk.Domain.Documenten.Export;
using Zk.Domain.Regels;
using Zk.Domain.Sample;
using Zk.Domain.Synthetisch;

namespace Zk.Domain.Benchmarks;

/// <summary>
/// The <c>schaal</c> command: each console command's work, as the console does it (read the document's bytes, the
/// library's operation, the text into a string), timed with a stopwatch on synthetic plans of 1,000 to 100,000 actions,
/// for the table "the largest plan each command handles in 10 s" in docs/performance.md. One measurement per size
/// after a warm-up at 1,000 actions; a command that took more than 10 s is not run at larger sizes. <c>run</c> emits
/// one decision per member council per proposal (the members grow with the plan), so it stops at the first size over 10 s.
/// </summary>
internal static class Schaal
{
    private static readonly int[] Groottes = [1_000, 2_000, 5_000, 10_000, 20_000, 50_000, 100_000];

    private static readonly (string Opdracht, Func<int, byte[], int> Werk)[] Opdrachten =
    [
        ("load", (_, bytes) => WerkplanDocument.Load(bytes).Acties.Count),
        ("validate", (_, bytes) =>
        {
            var bevindingen = WerkplanDocument.Load(bytes).Validate();
            return Tekst(o => Rapport.WriteFindings(bevindingen, Taal.Nl, o));
        }),
        ("schedule", (_, bytes) =>
        {
            var context = new WerkplanContext(WerkplanDocument.Load(bytes));
            var planning = context.Schedule();
            return Tekst(o => PlanningTekst.Write(context.Plan, planning, Kalendervermelding.From(context), Taal.Nl, o));
        }),
        ("samenhang", (_, bytes) =>
        {
            var context = new WerkplanContext(WerkplanDocument.Load(bytes));
            var analyse = context.Analyze();
            return Tekst(o => SamenhangTekst.Write(context.Plan, analyse, Taal.Nl, o));
        }),
        ("overzicht", (_, bytes) =>
        {
            var plan = WerkplanDocument.Load(bytes);
            return Tekst(o => Overzicht.Write(plan, Taal.Nl, o));
        }),
        ("run", (_, bytes) =>
        {
            var context = new WerkplanContext(WerkplanDocument.Load(bytes));
            var bevindingen = context.Validate();
            var verslag = context.Run();
            var kalendertekst = Kalendervermelding.From(context).Tekst(Taal.Nl, context.Plan.Profiel);
            return Tekst(o => RunTekst.Write(context.Plan, context.Kalender, verslag, ValueArray<Bevinding>.Empty, "volgens plan", kalendertekst, Taal.Nl, false, false, o));
        }),
        ("generate (plan and save)", (n, _) => WerkplanDocument.SaveToString(SyntheticPlan.Generate(n, seed: 1)).Length),
    ];

    public static int Run()
    {
        var documenten = Groottes.ToDictionary(n => n, n => WerkplanDocument.Save(SyntheticPlan.Generate(n, seed: 1)));
        foreach (var (_, werk) in Opdrachten)
        {
            werk(1_000, documenten[1_000]); // warm-up
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| size (actions) | document | within the {WerkplanDocument.MaxFileSize / (1024 * 1024)} MiB file limit |"));
        Console.WriteLine("|---:|---:|---|");
        foreach (var n in Groottes)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {n:N0} | {documenten[n].Length / (1024.0 * 1024):N1} MiB | {(documenten[n].Length <= WerkplanDocument.MaxFileSize ? "yes" : "no")} |"));
        }

        Console.WriteLine();
        Console.WriteLine("| command | " + string.Join(" | ", Groottes.Select(n => n.ToString("N0", CultureInfo.InvariantCulture))) + " | largest within 10 s |");
        Console.WriteLine("|---|" + string.Concat(Groottes.Select(_ => "---:|")) + "---:|");
        foreach (var (opdracht, werk) in Opdrachten)
        {
            var cellen = new List<string>();
            var grootste = "—";
            var gestopt = false;
            foreach (var n in Groottes)
            {
                if (gestopt)
                {
                    cellen.Add("not run");
                    continue;
                }

                GC.Collect();
                GC.WaitForPendingFinalizers();
                var klok = Stopwatch.StartNew();
                werk(n, documenten[n]);
                var seconden = klok.Elapsed.TotalSeconds;
                cellen.Add(string.Create(CultureInfo.InvariantCulture, $"{seconden:N2} s"));
                if (seconden <= 10)
                {
                    grootste = n.ToString("N0", CultureInfo.InvariantCulture);
                }
                else
                {
                    gestopt = true;
                }
            }

            Console.WriteLine($"| {opdracht} | {string.Join(" | ", cellen)} | {grootste} |");
        }

        return 0;
    }

    private static int Tekst(Action<TextWriter> schrijf)
    {
        using var tekst = new StringWriter(CultureInfo.InvariantCulture);
        schrijf(new VeiligeUitvoer(tekst));
        return tekst.GetStringBuilder().Length;
    }
}
