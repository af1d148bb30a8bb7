using System.Diagnostics;
using Zk.Domain.Bundled;
using Zk.Domain.Documenten;
using Zk.Domain.Sample;
using Zk.Domain.Tests.Documenten;

namespace Zk.Domain.Tests.Sample;

/// <summary>The sample console's contract (brief §8), tested from outside: output streams and exit codes.</summary>
public class SampleTests
{
    private static (int Exit, string Out, string Err) Run(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exit = Cli.Run(args, stdout, stderr);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    private static string TempFile(string content)
    {
        var path = Path.Combine(Path.GetTempPath(), "zk-sample-" + Guid.NewGuid().ToString("N") + ".json");
        File.WriteAllText(path, content);
        return path;
    }

    [Fact]
    public void Example_prints_the_bundled_document()
    {
        var (exit, output, error) = Run("example");
        Assert.Equal(0, exit);
        Assert.Empty(error);
        Assert.Equal(BundledPlans.ZuidKennemerland, WerkplanDocument.Parse(output));
        Assert.True(SchemaTests.SchemaAccepts(output, out var why), why);
    }

    [Fact]
    public void Example_accepts_format_json_and_refuses_text()
    {
        Assert.Equal(0, Run("example", "--format", "json").Exit);
        Assert.Equal(Cli.Usage, Run("example", "--format", "text").Exit);
    }

    [Fact]
    public void Without_arguments_it_shows_the_bundled_plan()
    {
        var (exit, output, error) = Run();
        Assert.Equal(0, exit);
        Assert.Empty(error);
        Assert.StartsWith("Werkplan regionale samenwerking Zuid-Kennemerland 2021-2023", output, StringComparison.Ordinal);
        Assert.Contains("2021-Q3", output, StringComparison.Ordinal);
        Assert.Contains("Wat hebben we in 2023 bereikt?", output, StringComparison.Ordinal);
    }

    [Fact]
    public void English_labels_on_request()
    {
        var (exit, output, _) = Run("run", "--lang", "en");
        Assert.Equal(0, exit);
        Assert.Contains("What have we achieved by 2023?", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_reads_a_plan_from_a_file()
    {
        var path = TempFile(Examples.Valid);
        var (exit, output, _) = Run("run", path);
        Assert.Equal(0, exit);
        Assert.StartsWith("Werkplan West 2024-2025", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("frobnicate")]
    [InlineData("run", "--until")]
    [InlineData("run", "--format", "pdf")]
    [InlineData("run", "--lang", "de")]
    [InlineData("run", "--verbose")]
    [InlineData("run", "a.json", "b.json")]
    [InlineData("example", "extra.json")]
    public void Wrong_arguments_exit_64_with_usage(params string[] args)
    {
        var (exit, output, error) = Run(args);
        Assert.Equal(64, exit);
        Assert.Empty(output);
        Assert.Contains("Usage: zk-sample", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_file_exits_2_with_one_line_naming_it()
    {
        var path = Path.Combine(Path.GetTempPath(), "zk-nowhere-" + Guid.NewGuid().ToString("N") + ".json");
        var (exit, output, error) = Run("run", path);
        Assert.Equal(2, exit);
        Assert.Empty(output);
        Assert.Single(error.TrimEnd().Split('\n'));
        Assert.Contains(path, error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("not JSON at all")]
    [InlineData("unknown field")]
    [InlineData("wrong format version")]
    [InlineData("duplicate key")]
    public void An_unreadable_document_exits_2_naming_file_path_and_line(string name)
    {
        var broken = Examples.Get(name);
        var path = TempFile(broken.Json);
        var (exit, output, error) = Run("run", path);
        Assert.Equal(2, exit);
        Assert.Empty(output);
        var line = Assert.Single(error.TrimEnd().Split('\n'));
        Assert.Contains($"{path}: {broken.Path} (line ", line, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    [Fact]
    public void The_built_executable_keeps_the_contract()
    {
        var sample = Path.Combine(AppContext.BaseDirectory, "zk-sample.dll");
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        info.ArgumentList.Add(sample);
        info.ArgumentList.Add("example");
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEnd();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.Equal(0, process.ExitCode);
        Assert.Empty(error);
        Assert.Equal(BundledPlans.ZuidKennemerland, WerkplanDocument.Parse(output));
    }
}
