using System.Globalization;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using Microsoft.FSharp.Core;
using Zk.Domain.Bundled;
using Zk.Domain.Documenten;
using Zk.Domain.Synthetisch;
using Zk.Domain.Tests.Sample;

namespace Zk.Domain.Tests.Fuzz;

/// <summary>
/// The fuzz harness (issue 15 point 6): byte, token and value mutations of real documents (the bundled plan, the second
/// region's plan and scenario) and generated ones (a synthetic plan and a scenario on it), each run through a sample
/// command in process (<c>Cli.Run</c>, as <see cref="SampleTests"/> does) with one of its formats, and the outcome held
/// to the console's <see cref="Contract"/>. A fourth generator fuzzes the arguments of every command.
/// </summary>
/// <remarks>
/// FsCheck draws the cases from fixed replay seeds, so a run is the same on every machine. CI runs
/// <see cref="StandaardGevallen"/> cases of documents; <c>ZK_FUZZ_CASES=N</c> runs N, e.g.
/// <c>ZK_FUZZ_CASES=100000 dotnet test --project tests/Zk.Domain.Tests -c Release -- --filter-class "*FuzzTests"</c>
/// (README, "Testing"), and <c>ZK_FUZZ_SEED=N</c> draws them from another seed. Every case is run (a failure does not
/// stop the run) and counted per category (<see cref="Fuzztelling"/>); <c>ZK_FUZZ_REPORT=PATH</c> appends the counts to
/// PATH, and <c>tests/fuzz-long.sh</c> runs slices with other seeds and sums them (docs/fuzzing.md). A case that breaks
/// the contract is written to the temporary folder and named in the failure: put it in <c>Fuzz/Corpus/</c>, where
/// <see cref="CorpusTests"/> replays it through every command and format.
/// </remarks>
public class FuzzTests(ITestOutputHelper output)
{
    /// <summary>The cases of documents CI runs (about 10 s on the shared two-core machine).</summary>
    public const int StandaardGevallen = 900;

    // ZK_FUZZ_SEED=N draws other cases than CI's (a failure names the seed to replay it with).
    private static ulong Seed => ulong.TryParse(Environment.GetEnvironmentVariable("ZK_FUZZ_SEED"), NumberStyles.None, CultureInfo.InvariantCulture, out var s) ? s : 20261202;

    private static int Gevallen => int.TryParse(Environment.GetEnvironmentVariable("ZK_FUZZ_CASES"), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : StandaardGevallen;

    [Fact]
    public void Mutated_documents_keep_the_console_contract_through_every_command()
    {
        var bronnen = Fuzzbronnen.Alle;
        var soorten = Enum.GetValues<Mutatiesoort>();
        var gen =
            from soort in Gen.Elements(soorten)
            from bron in Gen.Choose(0, bronnen.Count - 1)
            from seed in Gen.Choose(0, int.MaxValue)
            from opdracht in Gen.Choose(0, 1_000)
            from nl in Gen.Elements(true, false)
            select (Soort: soort, Bron: bron, Seed: seed, Opdracht: opdracht, Nl: nl);

        var telling = new Fuzztelling("documents");
        var fouten = new List<string>();
        Controleer(gen, Gevallen, Seed, 20261203, geval =>
        {
            var bron = bronnen[geval.Bron];
            var mutant = Mutatoren.Muteer(bron.Bytes, geval.Soort, geval.Seed);
            var pad = Fuzzbronnen.Tijdelijk(mutant);
            try
            {
                var args = bron.Args(pad, geval.Opdracht, geval.Nl);
                var uitkomst = SampleCli.Run(args);
                var opdracht = args[0] + (bron.IsScenario ? " --scenario" : string.Empty);
                telling.Tel("cases", "all");
                telling.Tel("mutation", geval.Soort.ToString());
                telling.Tel("source", bron.Naam);
                telling.Tel("command", opdracht);
                telling.Tel("format", Optie(args, "--format") ?? "text");
                telling.Tel("language", Optie(args, "--lang") ?? "nl");
                telling.Tel("exit", uitkomst.Exit.ToString(CultureInfo.InvariantCulture));
                Noteer(telling, fouten, opdracht, Contract.Fout(args, uitkomst) is { } fout ? Bewaar(bron, mutant, fout) : null);
                return null;
            }
            finally
            {
                File.Delete(pad);
            }
        });
        telling.Schrijf(output);

        // No case broke the contract (each failure names its input, kept in the temporary folder for the corpus).
        Assert.True(fouten.Count == 0, fouten.Count.ToString(CultureInfo.InvariantCulture) + " failures: " + string.Join(Environment.NewLine, fouten.Take(10)));

        // Each kind of mutation got a fair share of the cases, every source, command and language ran, and the mutants
        // reached both the reader's refusals (exit 2) and the commands' answers (exit 0 or 1): the harness fuzzes more
        // than the parser.
        Assert.Equal(Gevallen, telling["cases", "all"]);
        Assert.All(soorten, s => Assert.True(telling["mutation", s.ToString()] >= Gevallen / 5, $"{s}: {telling["mutation", s.ToString()]} of {Gevallen}"));
        Assert.All(bronnen, b => Assert.True(telling["source", b.Naam] >= Gevallen / (3 * bronnen.Count), $"{b.Naam}: {telling["source", b.Naam]}"));
        Assert.All(["validate", "schedule", "samenhang", "overzicht", "run", "run --scenario"], o => Assert.True(telling["command", o] >= Gevallen / 30, $"{o}: {telling["command", o]}"));
        Assert.All(["nl", "en"], t => Assert.True(telling["language", t] >= Gevallen / 3, $"{t}: {telling["language", t]}"));
        Assert.All(["text", "json", "markdown", "mermaid", "dot"], f => Assert.True(telling["format", f] >= Gevallen / 100, $"{f}: {telling["format", f]}"));
        Assert.True(telling["exit", "2"] >= Gevallen / 5, $"exit 2: {telling["exit", "2"]}");
        Assert.True(telling["exit", "0"] + telling["exit", "1"] >= Gevallen / 10, $"exit 0 or 1: {telling["exit", "0"] + telling["exit", "1"]}");
    }

    [Fact]
    public void Fuzzed_arguments_keep_the_console_contract()
    {
        string[] opdrachten = ["run", "overzicht", "validate", "schedule", "samenhang", "rules", "example", "generate", "help", "frobnicate"];
        string[] opties = ["--until", "--seed", "--acties", "--format", "--lang", "--scenario", "--kalender", "--verbose"];
        string[] waarden =
        [
            "0000-06-30", "9999-12-31", "0001-01-01", "2022-02-30", "2022-07-01", "-1", "0", "1", "3", "1000001", "2147483647", "-2147483648",
            "99999999999", "json", "text", "markdown", "mermaid", "dot", "pdf", "nl", "en", "de", "", "\u001b[2J", "/dev/zero", "/", "/nonexistent.json",
        ];
        var plan = Fuzzbronnen.Bestand("zuid-kennemerland");
        var gen =
            from opdracht in Gen.Elements(opdrachten)
            from metBestand in Gen.Elements(true, false)
            from paren in Gen.ListOf(Gen.Zip(Gen.Elements(opties), Gen.Elements(waarden))).Resize(3)
            select (string[])[opdracht, .. metBestand ? [plan] : Array.Empty<string>(), .. paren.SelectMany(p => new[] { p.Item1, p.Item2 })];

        var gevallen = Math.Max(300, Gevallen / 3);
        var telling = new Fuzztelling("arguments");
        var fouten = new List<string>();
        Controleer(gen.Where(a => !a.Contains("generate") || !a.Any(x => x is "2147483647" or "99999999999" or "1000001")), gevallen, Seed + 4242, 4243, args =>
        {
            var uitkomst = SampleCli.Run(args);
            telling.Tel("cases", "all");
            telling.Tel("command", args[0]);
            telling.Tel("file", args.Length > 1 && args[1] == plan ? "a plan" : "none");
            telling.Tel("format", Soort(Optie(args, "--format"), "text", "json", "markdown", "mermaid", "dot"));
            telling.Tel("language", Soort(Optie(args, "--lang"), "nl", "en"));
            telling.Tel("exit", uitkomst.Exit.ToString(CultureInfo.InvariantCulture));
            Noteer(telling, fouten, args[0], Contract.Fout(args, uitkomst, gebruikMag: true));
            return null;
        });
        telling.Schrijf(output);

        Assert.True(fouten.Count == 0, fouten.Count.ToString(CultureInfo.InvariantCulture) + " failures: " + string.Join(Environment.NewLine, fouten.Take(10)));
        Assert.Equal(gevallen, telling["cases", "all"]);
        Assert.All(opdrachten, o => Assert.True(telling["command", o] >= gevallen / 30, $"{o}: {telling["command", o]}"));
        Assert.True(telling["exit", "64"] >= gevallen / 10, $"exit 64: {telling["exit", "64"]}");
        Assert.True(telling.Som("exit") - telling["exit", "64"] >= gevallen / 10, $"other exits: {telling.Som("exit") - telling["exit", "64"]}");
    }

    // Counts a case's failure (null: none) by the command and what broke (the failure's text before the command line),
    // and keeps its message for the assertion.
    private static void Noteer(Fuzztelling telling, List<string> fouten, string opdracht, string? fout)
    {
        telling.Tel("failures", fout is null ? "none" : "some");
        if (fout is null)
        {
            return;
        }

        var einde = fout.IndexOf(" for '", StringComparison.Ordinal);
        telling.Tel("failure", opdracht + ": " + (einde > 0 ? fout[..einde] : Weergave.Shorten(fout, 60)));
        fouten.Add(fout);
    }

    // An option's value for the counts: one of the documented values, "(none)" when not given, else "other".
    private static string Soort(string? waarde, params string[] gedocumenteerd) =>
        waarde is null ? "(none)" : gedocumenteerd.Contains(waarde, StringComparer.Ordinal) ? waarde : "other";

    // The value of option <paramref name="naam"/> in <paramref name="args"/>, or null when it is not given.
    private static string? Optie(string[] args, string naam)
    {
        var i = Array.IndexOf(args, naam);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }

    // A failing case, kept for the corpus: the mutant in the temporary folder, named in the failure.
    private static string Bewaar(Fuzzbron bron, byte[] mutant, string fout)
    {
        var pad = Path.Combine(Path.GetTempPath(), "zk-fuzz-" + bron.Naam + "-" + Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(mutant))[..12] + (bron.IsScenario ? ".scenario.json" : ".plan.json"));
        File.WriteAllBytes(pad, mutant);
        return fout + " (input: " + pad + ")";
    }

    /// <summary>Checks <paramref name="wet"/> (null when the case holds, else what broke) on cases from <paramref name="gen"/>, with a fixed replay seed.</summary>
    internal static void Controleer<T>(Gen<T> gen, int gevallen, ulong seed, ulong gamma, Func<T, string?> wet)
    {
        var config = Config.QuickThrowOnFailure
            .WithMaxTest(gevallen)
            .WithQuietOnSuccess(true)
            .WithReplay(FSharpOption<Replay>.Some(new Replay(new Rnd(seed, gamma), FSharpOption<int>.None)));
        Check.One(config, Prop.ForAll(Arb.From(gen), x =>
        {
            var fout = wet(x);
            return (fout is null).Label(fout ?? string.Empty);
        }));
    }
}

/// <summary>A document the harness mutates, and how a mutant is run.</summary>
internal sealed record Fuzzbron(string Naam, byte[] Bytes, bool IsScenario, string? Plan)
{
    private static readonly (string Opdracht, string[] Formaten)[] Opdrachten =
    [
        ("validate", ["text", "json"]),
        ("schedule", ["text", "json", "mermaid"]),
        ("samenhang", ["text", "json", "mermaid", "dot"]),
        ("overzicht", ["text", "json"]),
        ("run", ["text", "json", "markdown"]),
    ];

    /// <summary>The command line for a mutant at <paramref name="pad"/>: for a plan one of the plan commands, for a scenario a run of its plan with it.</summary>
    public string[] Args(string pad, int keuze, bool nl)
    {
        var taal = nl ? "nl" : "en";
        if (IsScenario)
        {
            string[] formaten = ["text", "json", "markdown"];
            return ["run", Plan!, "--scenario", pad, "--format", formaten[keuze % formaten.Length], "--lang", taal];
        }

        var (opdracht, opdrachtFormaten) = Opdrachten[keuze % Opdrachten.Length];
        return [opdracht, pad, "--format", opdrachtFormaten[keuze / Opdrachten.Length % opdrachtFormaten.Length], "--lang", taal];
    }
}

/// <summary>The documents the harness starts from: real ones (bundled, second region) and generated ones.</summary>
internal static class Fuzzbronnen
{
    private static readonly Lazy<Dictionary<string, string>> Bestanden = new(() =>
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (naam, bytes) in Plannen())
        {
            var pad = Path.Combine(Path.GetTempPath(), "zk-fuzz-bron-" + naam + "-" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture) + ".json");
            File.WriteAllBytes(pad, bytes);
            map[naam] = pad;
        }

        return map;
    });

    private static readonly Lazy<IReadOnlyList<Fuzzbron>> Lijst = new(() =>
    [
        .. Plannen().Select(p => new Fuzzbron(p.Naam, p.Bytes, false, null)),
        new Fuzzbron("regio-scenario", File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Regio", "scenario-regio-voorbeeld.json")), true, Bestand("regio")),
        new Fuzzbron("synthetisch-scenario", Encoding.UTF8.GetBytes(SynthetischScenario), true, Bestand("synthetisch")),
    ]);

    /// <summary>Every source document.</summary>
    public static IReadOnlyList<Fuzzbron> Alle => Lijst.Value;

    /// <summary>The path of the unmutated plan <paramref name="naam"/> (written once per test run).</summary>
    public static string Bestand(string naam) => Bestanden.Value[naam];

    /// <summary>Writes <paramref name="bytes"/> to a new temporary file; the caller deletes it.</summary>
    public static string Tijdelijk(byte[] bytes)
    {
        var pad = Path.Combine(Path.GetTempPath(), "zk-fuzz-" + Guid.NewGuid().ToString("N") + ".json");
        File.WriteAllBytes(pad, bytes);
        return pad;
    }

    private static IEnumerable<(string Naam, byte[] Bytes)> Plannen()
    {
        yield return ("zuid-kennemerland", WerkplanDocument.Save(BundledPlans.ZuidKennemerland));
        yield return ("regio", File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Regio", "werkplan-regio-voorbeeld.json")));
        yield return ("synthetisch", WerkplanDocument.Save(SyntheticPlan.Generate(40, 7)));
    }

    // A scenario on the synthetic plan of 40 actions (seed 7), one step of every kind.
    private const string SynthetischScenario = """
        {
          "formaat": "zk-scenario/1",
          "stappen": [
            { "soort": "verwerpt", "actie": "a1", "gemeente": "gemeente-1" },
            { "soort": "amendeert", "actie": "a2", "gemeente": "gemeente-2", "samenvatting": "Anders", "oordeel": "acceptabel" },
            { "soort": "annuleert", "radenbijeenkomst": "rb-3" },
            { "soort": "vertraagt", "actie": "a4", "kwartalen": 2, "datum": "2024-04-01" },
            { "soort": "financiering", "actie": "a5", "datum": "2024-07-01" }
          ]
        }
        """;
}
