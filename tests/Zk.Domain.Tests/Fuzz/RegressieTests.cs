using System.Text;
using Zk.Domain.Bundled;
using Zk.Domain.Documenten;
using Zk.Domain.Sample;
using Zk.Domain.Tests.Sample;

namespace Zk.Domain.Tests.Fuzz;

/// <summary>What the fuzz harness found, pinned in the library (each input is also in <c>Fuzz/Corpus/</c>).</summary>
public class RegressieTests
{
    // An escape of an unpaired surrogate (\ud800) where the reader compares the text with the format's names: a choice
    // (enum) value, the format field, "alle-deelnemers", a field name. Found by the harness in a koppelkans's "soort"
    // (fuzz-ongepaard-surrogaat-in-keuzewaarde.plan.json): every command exited 70, the reader let an
    // InvalidOperationException escape.
    public static TheoryData<string, string, string> Plekken => new()
    {
        { "\"soort\": \"actie\"", "\"soort\": \"\\ud800\"", "$.koppelkansen[0].van.soort" },
        { "\"formaat\": \"zk-werkplan/2\"", "\"formaat\": \"zk-werkplan/\\ud800\"", "$.formaat" },
        { "\"projectorganisatie\": [", "\"projectorganisatie\": \"alle-\\ud800\", \"x\": [", "$.acties[0].projectorganisatie" },
        { "\"titel\":", "\"ti\\ud800tel\":", "$" },
    };

    [Theory]
    [MemberData(nameof(Plekken))]
    public void An_unpaired_surrogate_escape_where_a_name_is_compared_is_one_document_error(string origineel, string vervanging, string pad)
    {
        var document = WerkplanDocument.SaveToString(BundledPlans.ZuidKennemerland);
        Assert.Contains(origineel, document, StringComparison.Ordinal);
        var mutant = ReplaceFirst(document, origineel, vervanging);
        Assert.False(WerkplanDocument.TryLoad(Encoding.UTF8.GetBytes(mutant), out _, out var fout, "mutant.json"));
        Assert.StartsWith(pad, fout.JsonPath, StringComparison.Ordinal);
        Assert.True(fout.Line > 1);
        Assert.DoesNotContain("Exception", fout.ToString(), StringComparison.Ordinal);
    }

    // help printed the usage text with exit 0 whatever the format, so "help --format json" gave text where JSON was
    // asked (found by the long fuzz run, seeds 1 to 4, in the argument cases). Another format than text is wrong arguments.
    [Theory]
    [InlineData("help", "--format", "json")]
    [InlineData("help", "--format", "markdown")]
    [InlineData("run", "--help", "--format", "dot")]
    public void Help_in_another_format_than_text_is_a_usage_error(params string[] args)
    {
        var uitkomst = SampleCli.Run(args);
        Assert.Equal(Cli.Usage, uitkomst.Exit);
        Assert.Empty(uitkomst.Out);
        Assert.StartsWith("zk-sample: help writes text, not '" + args[^1] + "'", uitkomst.Err, StringComparison.Ordinal);
        Assert.Null(Contract.Fout(args, uitkomst, gebruikMag: true));
    }

    [Theory]
    [InlineData("help")]
    [InlineData("help", "--format", "text")]
    [InlineData("--help", "--lang", "en")]
    public void Help_in_text_prints_the_usage(params string[] args)
    {
        var uitkomst = SampleCli.Run(args);
        Assert.Equal(Cli.Ok, uitkomst.Exit);
        Assert.StartsWith("Usage: zk-sample", uitkomst.Out, StringComparison.Ordinal);
        Assert.Null(Contract.Fout(args, uitkomst));
    }

    private static string ReplaceFirst(string tekst, string oud, string nieuw)
    {
        var i = tekst.IndexOf(oud, StringComparison.Ordinal);
        return tekst[..i] + nieuw + tekst[(i + oud.Length)..];
    }
}
