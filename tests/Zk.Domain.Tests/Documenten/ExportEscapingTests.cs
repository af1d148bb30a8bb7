using System.Diagnostics;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using FsCheck;
using FsCheck.Fluent;
using Zk.Domain.Bundled;
using Zk.Domain.Documenten;
using Zk.Domain.Documenten.Export;
using Zk.Domain.Inplannen;
using Zk.Domain.Regels;
using Zk.Domain.Samenhang;
using Zk.Domain.Sample;
using Zk.Domain.Tests.Generators;
using Zk.Domain.Tests.Sample;
using Zk.Domain.Werkplannen;

namespace Zk.Domain.Tests.Documenten;

/// <summary>
/// Every writer escapes what it prints (issue 15 point 3): generated titles, names and ids made of every awkward
/// character (pipes, line breaks, quotes, backticks, NUL, ESC, bidi overrides, '#', ':', ';', angle brackets,
/// backslashes, surrogate pairs, keywords, empty, very long) go into the bundled plan, and each output goes through a
/// real parser where one can be had (JSON: System.Text.Json; DOT: Graphviz <c>dot</c>) or through the grammar rules the
/// writers rely on (Mermaid, Markdown tables, text; the rules are listed in <c>Export/Opmaak.cs</c>).
/// </summary>
public partial class ExportEscapingTests
{
    private static readonly string[] Stukken =
    [
        "|", "\n", "\r\n", "`", "\"", "'", "\0", "\u001b[31m", "#", ":", ";", "<b>", ">", "\\", "\\\"", "{", "}", "[", "]",
        "😀", "\u202E", "\u2028", "end", "subgraph", "graph", " ", "--", "-->", "a", "Titel", "é", new string('x', 300), "\\n", "%%",
    ];

    private static readonly Werkplan Zk = BundledPlans.ZuidKennemerland;

    private static readonly Gen<string> Teksten =
        Gen.Elements(Stukken).ListOf().Select(delen => string.Concat(delen.Take(6)));

    private static bool IsLastig(string tekst) => tekst.Length == 0 || tekst.Any(c => !char.IsAsciiLetterOrDigit(c)) || tekst.Length > 48;

    private static Werkplan Met(string titel, string naam, string id) => Zk with
    {
        Titel = titel,
        Hoofdopgaven = Zk.Hoofdopgaven.SetItem(0, Zk.Hoofdopgaven[0] with { Naam = naam }),
        Acties = Zk.Acties.SetItem(0, Zk.Acties[0] with { Titel = titel, Id = id }).SetItem(1, Zk.Acties[1] with { Titel = naam }),
        Koppelkansen = Zk.Koppelkansen.SetItem(0, Zk.Koppelkansen[0] with { Id = id }),
    };

    private static readonly Lazy<bool> DotAanwezig = new(() =>
    {
        try
        {
            using var p = Process.Start(new ProcessStartInfo("dot", "-V") { RedirectStandardError = true, RedirectStandardOutput = true })!;
            p.WaitForExit();
            return p.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    });

    // Graphviz parses the graph: exit 0 and no error or warning about the syntax.
    private static string? DotFout(string dot)
    {
        using var p = Process.Start(new ProcessStartInfo("dot", "-Tcanon") { RedirectStandardInput = true, RedirectStandardError = true, RedirectStandardOutput = true })!;
        var uit = p.StandardOutput.ReadToEndAsync();
        var fout = p.StandardError.ReadToEndAsync();
        p.StandardInput.Write(dot);
        p.StandardInput.Close();
        p.WaitForExit();
        return p.ExitCode == 0 && !fout.Result.Contains("syntax", StringComparison.OrdinalIgnoreCase) && uit.Result.Length > 0
            ? null
            : $"dot exit {p.ExitCode}: {fout.Result}";
    }

    // Without Graphviz, the grammar rules the writer relies on: every quoted string closes on its line, holds no control
    // character, escapes its quotes and backslashes, and is of bounded length; a line is a statement or a brace.
    private static string? DotRegels(string dot)
    {
        foreach (var regel in dot.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            if (regel.Any(char.IsControl))
            {
                return "control character in " + regel;
            }

            foreach (Match m in DotString().Matches(regel))
            {
                if (m.Length > 200)
                {
                    return "string too long: " + m.Value[..80];
                }
            }

            var zonder = DotString().Replace(regel, "S");
            if (zonder.Contains('"', StringComparison.Ordinal) || zonder.Contains('\\', StringComparison.Ordinal))
            {
                return "unbalanced quotes: " + regel;
            }
        }

        return null;
    }

    [GeneratedRegex("\"(?:[^\"\\\\]|\\\\.)*\"")]
    private static partial Regex DotString();

    [GeneratedRegex("^    (?:subgraph )?\\s*([ah]_[A-Za-z0-9_]{0,62})\\[\"([^\"`<>#\\p{Cc}]|#(?:quot|96|35|lt|gt);)+\"\\]$")]
    private static partial Regex MermaidNode();

    [GeneratedRegex("^    [ah]_[A-Za-z0-9_]{1,62} (?:-- \"|-\\. \")([^\"`<>#\\p{Cc}]|#(?:quot|96|35|lt|gt);)+\"(?: ---| \\.-) [ah]_[A-Za-z0-9_]{1,62}$")]
    private static partial Regex MermaidEdge();

    [Fact]
    public void Dot_mermaid_and_json_hold_for_every_awkward_text()
    {
        var metDot = DotAanwezig.Value;
        var kalender = StandaardKalender.For(Zk);
        var geoefend = Wet.Controleer(Gen.Zip(Gen.Zip(Teksten, Teksten), Teksten).Select(x => (x.Item1.Item1, x.Item1.Item2, x.Item2)), 150, 20261202, 1, gevallen =>
        {
            var (titel, naam, id) = gevallen;
            var plan = Met(titel, naam, id);

            var dot = SamenhangExport.ToDot(plan);
            var fout = metDot ? DotFout(dot) : DotRegels(dot);
            if (fout is null && DotRegels(dot) is { } regelfout)
            {
                fout = regelfout;
            }

            var mermaid = SamenhangExport.ToMermaid(plan);
            foreach (var regel in mermaid.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1))
            {
                if (regel.Trim() != "end" && !MermaidNode().IsMatch(regel.TrimStart().Insert(0, "    ")) && !MermaidEdge().IsMatch(regel))
                {
                    fout ??= "mermaid line: " + regel;
                }
            }

            var planning = Planner.Schedule(plan, kalender);
            var gantt = planning.ToMermaidGantt(plan);
            foreach (var regel in gantt.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1))
            {
                var naamDeel = regel.Contains(" :milestone, ", StringComparison.Ordinal) ? regel[..regel.IndexOf(" :milestone, ", StringComparison.Ordinal)] : regel;
                if (naamDeel.Any(char.IsControl) || naamDeel.IndexOfAny([':', '#', ';']) >= 0 || string.IsNullOrWhiteSpace(naamDeel.Replace("section", string.Empty, StringComparison.Ordinal).Replace("title", string.Empty, StringComparison.Ordinal)) && !regel.Contains("Format", StringComparison.Ordinal))
                {
                    if (!regel.StartsWith("    dateFormat", StringComparison.Ordinal) && !regel.StartsWith("    axisFormat", StringComparison.Ordinal))
                    {
                        fout ??= "gantt line: " + regel;
                    }
                }
            }

            foreach (var json in new[] { SamenhangAnalyse.Of(plan, planning).ToJson(), planning.ToJson(Taal.En), plan.Validate().ToJson() })
            {
                using var document = JsonDocument.Parse(json);
            }

            return (IsLastig(titel) || IsLastig(naam) || IsLastig(id), fout);
        });
        Assert.True(geoefend >= 120, $"only {geoefend} of 150 cases had an awkward text");
    }

    [Fact]
    public void Markdown_tables_and_text_keep_their_shape_for_every_awkward_title()
    {
        var geoefend = Wet.Controleer(Gen.Zip(Teksten, Teksten), 25, 20261203, 3, gevallen =>
        {
            var (titel, naam) = gevallen;
            var plan = Zk with { Acties = Zk.Acties.SetItem(0, Zk.Acties[0] with { Titel = titel }).SetItem(2, Zk.Acties[2] with { Titel = naam }) };
            var bestand = SampleCli.TempFile(WerkplanDocument.SaveToString(plan));
            string? fout = null;
            var (exit, markdown, _) = SampleCli.Run("run", bestand, "--format", "markdown");
            if (exit != Cli.Ok)
            {
                return (true, "run markdown exit " + exit);
            }

            var kolommen = -1;
            foreach (var regel in markdown.Split('\n'))
            {
                if (regel.Any(char.IsControl))
                {
                    fout ??= "control character in markdown: " + regel;
                }

                if (!regel.StartsWith('|'))
                {
                    kolommen = -1;
                    continue;
                }

                var n = Regex.Count(regel, "(?<!\\\\)(?:\\\\\\\\)*\\|");
                if (kolommen < 0)
                {
                    kolommen = n;
                }
                else if (n != kolommen)
                {
                    fout ??= $"table row with {n} cells instead of {kolommen}: {regel}";
                }
            }

            foreach (var command in new[] { "overzicht", "schedule", "samenhang", "validate" })
            {
                var tekst = SampleCli.Run(command, bestand).Out;
                if (tekst.Any(c => char.IsControl(c) && c != '\n'))
                {
                    fout ??= command + " prints a control character";
                }
            }

            File.Delete(bestand);
            return (IsLastig(titel) || IsLastig(naam), fout);
        });
        Assert.True(geoefend >= 20, $"only {geoefend} of 25 cases had an awkward title");
    }

    [Fact]
    public void A_title_is_never_cut_inside_a_surrogate_pair()
    {
        var titel = string.Concat(Enumerable.Repeat("😀", 200));
        var plan = Met(titel, titel, "x");
        foreach (var uitvoer in new[] { SamenhangExport.ToDot(plan), SamenhangExport.ToMermaid(plan), Planner.Schedule(plan, StandaardKalender.For(plan)).ToMermaidGantt(plan) })
        {
            for (var i = 0; i < uitvoer.Length; i++)
            {
                Assert.False(char.IsHighSurrogate(uitvoer[i]) && (i + 1 == uitvoer.Length || !char.IsLowSurrogate(uitvoer[i + 1])), "a high surrogate alone at " + i);
                Assert.False(char.IsLowSurrogate(uitvoer[i]) && (i == 0 || !char.IsHighSurrogate(uitvoer[i - 1])), "a low surrogate alone at " + i);
            }

            Assert.Equal(uitvoer, Encoding.UTF8.GetString(Encoding.UTF8.GetBytes(uitvoer)));
        }
    }

    [Fact]
    public void Run_as_json_or_markdown_prints_the_findings_of_a_plan_with_errors_in_that_format()
    {
        var plan = Zk with { Partijen = Zk.Partijen.Add(Zk.Partijen[0]) };
        var bestand = SampleCli.TempFile(WerkplanDocument.SaveToString(plan));
        var (exit, json, _) = SampleCli.Run("run", bestand, "--format", "json");
        Assert.Equal(Cli.PlanErrors, exit);
        using var document = JsonDocument.Parse(json);
        Assert.Contains(document.RootElement.EnumerateArray(), b => b.GetProperty("code").GetString() == "ZK001");
        var (exitMd, markdown, _) = SampleCli.Run("run", bestand, "--format", "markdown");
        Assert.Equal(Cli.PlanErrors, exitMd);
        Assert.StartsWith("# Bevindingen", markdown, StringComparison.Ordinal);
        Assert.Contains("| ZK001 |", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Distinct_long_ids_stay_distinct_nodes()
    {
        var a = new string('a', 500) + "1";
        var b = new string('a', 500) + "2";
        var dot = SamenhangExport.ToDot(Met("t", "n", a) with { Acties = Met("t", "n", a).Acties.SetItem(1, Zk.Acties[1] with { Id = b }) });
        var ids = DotString().Matches(dot).Select(m => m.Value).Where(v => v.StartsWith("\"a_aaaa", StringComparison.Ordinal)).Distinct().ToList();
        Assert.Equal(2, ids.Count);
        Assert.All(ids, id => Assert.True(id.Length <= Opmaak.MaxId + 2));
    }
}
