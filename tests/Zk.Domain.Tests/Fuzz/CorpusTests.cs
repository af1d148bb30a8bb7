using Zk.Domain.Tests.Sample;

namespace Zk.Domain.Tests.Fuzz;

/// <summary>
/// The fuzz corpus (<c>Fuzz/Corpus/</c>): every input that once broke the console's contract, and the examples
/// of hostile input, replayed through every command and format. A <c>*.plan.json</c> is run as the plan of validate,
/// schedule, samenhang, overzicht and run; a <c>*.scenario.json</c> as the scenario of a run of the second region's plan.
/// </summary>
public class CorpusTests
{
    private static readonly (string Opdracht, string[] Formaten)[] Opdrachten =
    [
        ("validate", ["text", "json"]),
        ("schedule", ["text", "json", "mermaid"]),
        ("samenhang", ["text", "json", "mermaid", "dot"]),
        ("overzicht", ["text", "json"]),
        ("run", ["text", "json", "markdown"]),
    ];

    private static string[] Namen => [.. Directory.GetFiles(Repository.Pad("tests", "Zk.Domain.Tests", "Fuzz", "Corpus"), "*.json").Select(p => Path.GetFileName(p)).Order(StringComparer.Ordinal)];

    public static TheoryData<string> Invoer => [.. Namen];

    [Fact]
    public void The_corpus_holds_plans_and_scenarios()
    {
        Assert.Contains(Namen, i => i.EndsWith(".plan.json", StringComparison.Ordinal));
        Assert.Contains(Namen, i => i.EndsWith(".scenario.json", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Invoer))]
    public void A_corpus_input_keeps_the_contract_in_every_command_and_format(string naam)
    {
        var pad = Repository.Pad("tests", "Zk.Domain.Tests", "Fuzz", "Corpus", naam);
        var gedraaid = 0;
        foreach (var taal in new[] { "nl", "en" })
        {
            if (naam.EndsWith(".scenario.json", StringComparison.Ordinal))
            {
                foreach (var formaat in new[] { "text", "json", "markdown" })
                {
                    string[] args = ["run", Fuzzbronnen.Bestand("regio"), "--scenario", pad, "--format", formaat, "--lang", taal];
                    Assert.Null(Contract.Fout(args, SampleCli.Run(args)));
                    gedraaid++;
                }

                continue;
            }

            foreach (var (opdracht, formaten) in Opdrachten)
            {
                foreach (var formaat in formaten)
                {
                    string[] args = [opdracht, pad, "--format", formaat, "--lang", taal];
                    Assert.Null(Contract.Fout(args, SampleCli.Run(args)));
                    gedraaid++;
                }
            }
        }

        Assert.True(gedraaid >= 6);
    }
}
