using System.Diagnostics;
using System.Text;
using System.Text.Json.Nodes;
using Zk.Domain.Bundled;
using Zk.Domain.Documenten;
using Zk.Domain.Sample;

namespace Zk.Domain.Tests.Sample;

/// <summary>
/// Issue 15's hostile inputs, each a regression test of the console's contract: whatever the input, an exit code of the
/// contract (0, 1, 2; 64 for wrong arguments) and, for a failure, nothing on stdout and one line on stderr of at most
/// ~300 characters with no control character, no stack trace and no internal type name.
/// </summary>
public class VijandigeInvoerTests
{
    private static readonly string Plan = WerkplanDocument.SaveToString(BundledPlans.ZuidKennemerland);

    private static (int Exit, string Out, string Err) Run(params string[] args) => SampleCli.Run(args);

    private static string Bestand(string inhoud) => SampleCli.TempFile(inhoud);

    private static string Bestand(byte[] inhoud)
    {
        var path = SampleCli.TempFile(string.Empty);
        File.WriteAllBytes(path, inhoud);
        return path;
    }

    private static string Gemuteerd(Action<JsonNode> mutatie)
    {
        var node = JsonNode.Parse(Plan)!;
        mutatie(node);
        return Bestand(node.ToJsonString());
    }

    /// <summary>The contract for one run; returns the result for more asserts.</summary>
    private static (int Exit, string Out, string Err) Contract(params string[] args)
    {
        var (exit, output, error) = Run(args);
        Assert.Contains(exit, new[] { Cli.Ok, Cli.PlanErrors, Cli.Unreadable });
        if (exit == Cli.Unreadable)
        {
            Assert.Empty(output);
            EenRegel(error);
        }
        else
        {
            Assert.Empty(error);
        }

        return (exit, output, error);
    }

    internal static void EenRegel(string error)
    {
        Assert.EndsWith("\n", error, StringComparison.Ordinal);
        var regel = error[..^1];
        Assert.DoesNotContain('\n', regel);
        Assert.True(regel.Length <= Cli.MaxFoutregel + 20, $"{regel.Length} characters: {regel[..Math.Min(200, regel.Length)]}");
        Assert.DoesNotContain(regel, c => char.IsControl(c));
        Assert.DoesNotContain("Exception", regel, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", regel, StringComparison.Ordinal);
        Assert.DoesNotContain("Dto", regel, StringComparison.Ordinal);
        Assert.DoesNotContain("Zk.Domain.", regel, StringComparison.Ordinal);
        Assert.StartsWith("zk-sample: ", regel, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("schedule")]
    [InlineData("samenhang")]
    [InlineData("run")]
    [InlineData("validate")]
    [InlineData("overzicht")]
    public void A_council_moment_in_9999_Q4_does_not_crash(string command)
    {
        var path = Gemuteerd(d => d["acties"]![0]!["raadsmomenten"]![0]!["kwartaal"] = "9999-Q4");
        Contract(command, path);
    }

    [Theory]
    [InlineData("schedule")]
    [InlineData("samenhang")]
    [InlineData("run")]
    [InlineData("validate")]
    public void A_period_in_9999_Q4_does_not_crash(string command)
    {
        var path = Gemuteerd(d => d["looptijd"] = new JsonObject { ["begin"] = "9999-10-01", ["einde"] = "9999-12-31" });
        Contract(command, path);
    }

    [Theory]
    [InlineData("validate")]
    [InlineData("schedule")]
    [InlineData("run")]
    public void A_meeting_with_capacity_minus_one_does_not_crash(string command)
    {
        var path = Gemuteerd(d => d["radenbijeenkomsten"]![0]!["capaciteit"] = -1);
        Contract(command, path);
    }

    [Theory]
    [InlineData("overzicht")]
    [InlineData("validate")]
    [InlineData("run")]
    [InlineData("schedule")]
    [InlineData("samenhang")]
    public void Duplicate_party_ids_do_not_crash(string command)
    {
        var path = Gemuteerd(d => d["partijen"]!.AsArray().Add(d["partijen"]![0]!.DeepClone()));
        var (exit, output, _) = Contract(command, path);
        Assert.NotEmpty(output);
        if (command == "validate")
        {
            Assert.Equal(Cli.PlanErrors, exit);
            Assert.Contains("ZK001", output, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Run_until_the_last_day_of_the_calendar_does_not_crash()
    {
        var (exit, output, _) = Contract("run", "--until", "9999-12-31");
        Assert.Equal(Cli.Ok, exit);
        Assert.Contains("9999-Q4", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0000-06-30")]
    [InlineData("-0001-01-01")]
    public void Run_until_a_year_before_1_is_a_usage_error(string datum)
    {
        var (exit, output, error) = Run("run", "--until", datum);
        Assert.Equal(Cli.Usage, exit);
        Assert.Empty(output);
        EenRegel(error[..(error.IndexOf('\n', StringComparison.Ordinal) + 1)]);
    }

    [Fact]
    public void Run_until_the_first_day_of_the_calendar_runs()
    {
        Assert.Equal(Cli.Ok, Contract("run", "--until", "0001-01-01").Exit);
    }

    [Theory]
    [InlineData(100_000)]
    [InlineData(int.MinValue)]
    [InlineData(int.MaxValue)]
    [InlineData(-1)]
    [InlineData(0)]
    public void An_absurd_slip_is_a_finding_not_a_crash(int kwartalen)
    {
        var scenario = Bestand($$"""{ "formaat": "zk-scenario/1", "stappen": [ { "soort": "vertraagt", "actie": "7.1", "kwartalen": {{kwartalen}} } ] }""");
        var (exit, output, _) = Contract("run", "--scenario", scenario, "--format", "json");
        Assert.Equal(Cli.PlanErrors, exit);
        var bevinding = Assert.Single(JsonNode.Parse(output)!.AsArray());
        Assert.Equal("ZK205", (string?)bevinding!["code"]);
        Assert.Equal("stappen[0].kwartalen", (string?)bevinding["path"]);
    }

    [Theory]
    [InlineData("validate")]
    [InlineData("run")]
    public void A_device_is_refused_without_reading_it(string command)
    {
        if (!File.Exists("/dev/zero"))
        {
            Assert.True(OperatingSystem.IsWindows(), "every Unix has /dev/zero");
            return;
        }

        var (exit, _, error) = Contract(command == "run" ? ["run", "/dev/zero"] : [command, "/dev/zero"]);
        Assert.Equal(Cli.Unreadable, exit);
        Assert.Contains("regular file", Run("validate", "/dev/zero", "--lang", "en").Err, StringComparison.Ordinal);
        EenRegel(error);
    }

    [Fact]
    public async Task A_fifo_is_refused_without_waiting_for_a_writer()
    {
        if (OperatingSystem.IsWindows())
        {
            Assert.Equal(Cli.Unreadable, Contract("validate", "NUL").Exit);
            return;
        }

        var fifo = Path.Combine(Path.GetTempPath(), "zk-fifo-" + Guid.NewGuid().ToString("N"));
        using (var mkfifo = Process.Start("mkfifo", fifo))
        {
            mkfifo.WaitForExit();
            Assert.Equal(0, mkfifo.ExitCode);
        }

        try
        {
            var run = Task.Run(() => Run("validate", fifo, "--lang", "en"), TestContext.Current.CancellationToken);
            var (exit, output, error) = await run.WaitAsync(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken);
            Assert.Equal(Cli.Unreadable, exit);
            Assert.Empty(output);
            EenRegel(error);
            Assert.Contains("not a regular file", error, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(fifo);
        }
    }

    [Theory]
    [InlineData("validate", null, null)]
    [InlineData("run", "--scenario", null)]
    [InlineData("validate", "--kalender", null)]
    public void A_directory_is_named_as_such(string command, string? option, string? unused)
    {
        _ = unused;
        var map = Path.GetTempPath();
        string[] args = option is null ? [command, map, "--lang", "en"] : [command, Bestand(Plan), option, map, "--lang", "en"];
        var (exit, _, error) = Contract(args);
        Assert.Equal(Cli.Unreadable, exit);
        Assert.Contains("directory", error, StringComparison.Ordinal);
        Assert.DoesNotContain("Access", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_larger_than_the_limit_is_refused_before_it_is_parsed()
    {
        var path = SampleCli.TempFile(string.Empty);
        using (var stream = File.OpenWrite(path))
        {
            stream.SetLength(WerkplanDocument.MaxFileSize + 1);
        }

        try
        {
            var (exit, _, error) = Contract("validate", path, "--lang", "en");
            Assert.Equal(Cli.Unreadable, exit);
            Assert.Contains("256 MiB", error, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    public static TheoryData<string, string, string> Foutregels => new()
    {
        // An invalid literal: the message names the character, not the rest of the document.
        { "invalid literal", "\"alLopend\": false", "\"alLopend\": falsy" },
        // An escaped newline in a key and in a value: one line, escaped.
        { "newline in key", "\"alLopend\": false", "\"al\\nLopend\": false" },
        { "newline in value", "\"termijn\": \"lang\"", "\"termijn\": \"la\\nng\"" },
        { "escape and NUL", "\"termijn\": \"lang\"", "\"termijn\": \"\\u001b[31m\\u0000\"" },
        { "escape in a date", "\"begin\": \"2021-07-01\"", "\"begin\": \"2021-07-01\\n\\u001b[2J\"" },
        { "long format", "\"formaat\": \"zk-werkplan/2\"", "\"formaat\": \"zk-werkplan/9" + new string('y', 5000) + "\"" },
        { "bidi override", "\"termijn\": \"lang\"", "\"termijn\": \"\\u202Egnal\"" },
    };

    [Theory]
    [MemberData(nameof(Foutregels))]
    public void A_broken_value_gives_one_escaped_line(string naam, string oud, string nieuw)
    {
        Assert.Contains(oud, Plan, StringComparison.Ordinal);
        var path = Bestand(Plan.Replace(oud, nieuw, StringComparison.Ordinal));
        var (exit, _, error) = Contract("validate", path);
        Assert.True(exit == Cli.Unreadable, naam);
    }

    [Fact]
    public void A_50_MB_value_is_never_echoed()
    {
        var groot = new string('x', 50_000_000);
        foreach (var (oud, nieuw) in new[] { ("\"termijn\": \"lang\"", "\"termijn\": \"" + groot + "\""), ("\"alLopend\": false", "\"" + groot + "\": false") })
        {
            // The first occurrence only (the value recurs in the plan: all of them would pass the file size limit).
            var i = Plan.IndexOf(oud, StringComparison.Ordinal);
            var path = Bestand(string.Concat(Plan.AsSpan(0, i), nieuw, Plan.AsSpan(i + oud.Length)));
            try
            {
                var (exit, _, error) = Contract("validate", path);
                Assert.Equal(Cli.Unreadable, exit);
                // The value is shown by its start (and its length where the line has room), never whole.
                Assert.DoesNotContain(new string('x', 120), error, StringComparison.Ordinal);
                Assert.True(error.Contains("xxxx…", StringComparison.Ordinal), error);
            }
            finally
            {
                File.Delete(path);
            }
        }
    }

    [Theory]
    [InlineData("\"termijn\": \"l", "ang\"")]
    [InlineData("\"titel\": \"G", "ebiedsgerichte")]
    [InlineData("\"alLopend", "\": false")]
    [InlineData("\"formaat\": \"zk-", "werkplan/2\"")]
    public void Invalid_utf8_gets_a_true_message(string voor, string na)
    {
        var bytes = Encoding.UTF8.GetBytes(Plan);
        var tekst = Encoding.UTF8.GetBytes(voor + na);
        var i = bytes.AsSpan().IndexOf(tekst);
        Assert.True(i >= 0);
        var kapot = bytes[..(i + Encoding.UTF8.GetByteCount(voor))].Concat(new byte[] { 0xC3, 0xFF }).Concat(bytes[(i + Encoding.UTF8.GetByteCount(voor))..]).ToArray();
        var (exit, _, error) = Contract("validate", Bestand(kapot), "--lang", "en");
        Assert.Equal(Cli.Unreadable, exit);
        Assert.DoesNotContain("Expected a string; found a string", error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_command_with_control_characters_is_echoed_escaped()
    {
        var (exit, _, error) = Run("\u001b[2J" + new string('z', 1000));
        Assert.Equal(Cli.Usage, exit);
        EenRegel(error[..(error.IndexOf('\n', StringComparison.Ordinal) + 1)]);
    }
}
