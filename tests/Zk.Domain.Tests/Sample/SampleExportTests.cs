using AngleSharp.Html.Parser;
using Zk.Domain.Bundled;
using Zk.Domain.Documenten;
using Zk.Domain.Excel;
using Zk.Domain.Sample;
using Zk.Domain.Tests.Excel;

namespace Zk.Domain.Tests.Sample;

public class SampleExportTests
{
    private static (int Exit, string Out, string Err) Run(params string[] args) => SampleCli.Run(args);

    private static string Plan() => SampleCli.TempFile(WerkplanDocument.SaveToString(BundledPlans.ZuidKennemerland));

    [Fact]
    public void Export_excel_writes_a_workbook_that_both_readers_open_and_the_import_reads_back()
    {
        var plan = Plan();
        var uit = Path.ChangeExtension(plan, ".test.xlsx");
        try
        {
            var (exit, stdout, stderr) = Run("export", "excel", plan, "--out", uit, "--lang", "en");
            Assert.Equal((0, string.Empty, string.Empty), (exit, stdout, stderr));
            var bytes = File.ReadAllBytes(uit);
            var lezer = OpenXmlLezer.Lees(bytes);
            Assert.Contains("Actions", lezer.Bladen.Keys);
            Assert.Contains("Adoption", lezer.Bladen.Keys);
            Assert.Equal(BundledPlans.ZuidKennemerland, Werkboek.Import(new MemoryStream(bytes)).Plan);
        }
        finally
        {
            File.Delete(plan);
            File.Delete(uit);
        }
    }

    [Fact]
    public void Export_rapport_writes_markdown_to_stdout_and_html_to_a_file()
    {
        var plan = Plan();
        var uit = Path.ChangeExtension(plan, ".html");
        try
        {
            var md = Run("export", "rapport", plan);
            Assert.Equal(0, md.Exit);
            Assert.StartsWith("# Voortgangsrapportage: ", md.Out, StringComparison.Ordinal);

            var html = Run("export", "rapport", plan, "--format", "html", "--out", uit, "--lang", "en");
            Assert.Equal((0, string.Empty, string.Empty), (html.Exit, html.Out, html.Err));
            var document = new HtmlParser(new HtmlParserOptions { IsStrictMode = true }).ParseDocument(File.ReadAllText(uit));
            Assert.Equal("en", document.DocumentElement.GetAttribute("lang"));
            Assert.NotNull(document.QuerySelector("svg"));
        }
        finally
        {
            File.Delete(plan);
            File.Delete(uit);
        }
    }

    [Fact]
    public void Export_ical_writes_a_feed_that_Ical_Net_reads_with_an_event_per_joint_meeting()
    {
        var plan = Plan();
        try
        {
            var (exit, stdout, stderr) = Run("export", "ical", plan, "--lang", "en");
            Assert.Equal((0, string.Empty), (exit, stderr));
            var kalender = Ical.Net.Calendar.Load(stdout)!;
            Assert.Equal("2.0", kalender.Version);
            var planning = new Zk.Domain.Context.WerkplanContext(BundledPlans.ZuidKennemerland).Schedule();
            foreach (var bijeenkomst in planning.Kalender.Radenbijeenkomsten)
            {
                Assert.Contains(kalender.Events, e => e.Uid == Zk.Domain.ICalendar.ICalendarExport.BijeenkomstUid(BundledPlans.ZuidKennemerland, bijeenkomst.Id));
            }

            Assert.Equal(stdout, Run("export", "ical", plan, "--lang", "en").Out); // one plan, one feed, byte for byte
        }
        finally
        {
            File.Delete(plan);
        }
    }

    [Theory]
    [InlineData("ori", "Vergadering")]
    [InlineData("schema-org", "https://schema.org")]
    public void Export_ori_writes_JSON_that_System_Text_Json_parses(string format, string verwacht)
    {
        var plan = Plan();
        var uit = Path.ChangeExtension(plan, ".out.json");
        try
        {
            var (exit, stdout, stderr) = Run("export", "ori", plan, "--format", format, "--out", uit);
            Assert.Equal((0, string.Empty, string.Empty), (exit, stdout, stderr));
            var tekst = File.ReadAllText(uit);
            using var json = System.Text.Json.JsonDocument.Parse(tekst);
            Assert.Contains(verwacht, tekst, StringComparison.Ordinal);
            Assert.Contains("gm0392", tekst, StringComparison.Ordinal); // Haarlem's TOOI identifier
        }
        finally
        {
            File.Delete(plan);
            File.Delete(uit);
        }
    }

    [Theory]
    [InlineData("export")]
    [InlineData("export", "pdf", "plan.json")]
    [InlineData("export", "excel")]
    [InlineData("export", "rapport", "plan.json", "--format", "dot")]
    [InlineData("export", "excel", "plan.json", "--format", "html")]
    [InlineData("export", "ical", "plan.json", "--format", "html")]
    [InlineData("export", "ori", "plan.json", "--format", "markdown")]
    [InlineData("export", "rapport", "plan.json", "--lang", "de")]
    [InlineData("export", "rapport", "plan.json", "--out")]
    [InlineData("export", "rapport", "a.json", "b.json")]
    [InlineData("export", "rapport", "plan.json", "--seed", "1")]
    public void Wrong_arguments_are_64_with_one_line_and_the_usage(params string[] args)
    {
        var (exit, stdout, stderr) = Run(args);
        Assert.Equal(Cli.Usage, exit);
        Assert.Empty(stdout);
        var regels = stderr.Split('\n');
        Assert.StartsWith("zk-sample: ", regels[0], StringComparison.Ordinal);
        Assert.Contains("export ical|ori|excel|rapport FILE [--out PATH]", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_or_broken_plan_is_exit_2_with_one_line_and_nothing_written()
    {
        var kapot = SampleCli.TempFile("{ \"formaat\": \"zk-werkplan/2\", ");
        var uit = Path.ChangeExtension(kapot, ".xlsx");
        try
        {
            foreach (var bestand in new[] { kapot, "/nonexistent/plan.json" })
            {
                var (exit, stdout, stderr) = Run("export", "excel", bestand, "--out", uit);
                Assert.Equal(Cli.Unreadable, exit);
                Assert.Empty(stdout);
                Assert.Single(stderr.TrimEnd('\n').Split('\n'));
                Assert.False(File.Exists(uit));
            }

            var plan = Plan();
            var (e, o, r) = Run("export", "rapport", plan, "--out", "/nonexistent/map/rapport.md");
            File.Delete(plan);
            Assert.Equal((Cli.Unreadable, string.Empty), (e, o));
            Assert.Contains("cannot be written", r, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(kapot);
        }
    }
}
