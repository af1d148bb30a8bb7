using Zk.Domain.Documenten;
using Zk.Domain.Documenten.Export;
using Zk.Domain.Excel;
using Zk.Domain.Inplannen;
using Zk.Domain.Regels;
using Zk.Domain.Verloop;
using Zk.Domain.Werkplannen;

namespace Zk.Domain.Sample;

/// <summary>
/// <c>export ical|ori|excel|rapport FILE [--out PATH] [--lang nl|en] [--format markdown|html]</c>: the plan, scheduled and run
/// to the end of its period, in a format its users' tools open. Exit codes as the other commands: 0, 1 (the plan has
/// errors: the findings on stdout), 2 (the plan cannot be read, or the output cannot be written: one line on stderr), 64
/// (wrong arguments: one line and the usage).
/// </summary>
internal static class ExportCommand
{
    internal const string Usage = """
          export ical|ori|excel|rapport FILE [--out PATH] [--format markdown|html]
                       the plan, scheduled and run to the end of its period, for
                       other tools: excel a workbook (actions, planning table,
                       findings, decisions per council; default FILE.xlsx beside
                       FILE), rapport the progress report for the joint meeting
                       (markdown, or html: one self-contained file; default to
                       stdout); ical and ori come with their packages
        """;

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        string? soort = null, bestand = null, uit = null, format = null;
        var taal = Taal.Nl;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--out" or "--lang" or "--format" when i + 1 >= args.Length:
                    return Fout(stderr, $"{args[i]} needs a value");
                case "--out":
                    uit = args[++i];
                    break;
                case "--lang":
                    taal = args[++i] switch
                    {
                        "nl" => Taal.Nl,
                        "en" => Taal.En,
                        var l => (Taal)(-1),
                    };
                    if (!Enum.IsDefined(taal))
                    {
                        return Fout(stderr, $"unknown language '{args[i]}' (nl or en)");
                    }

                    break;
                case "--format":
                    format = args[++i];
                    break;
                case var optie when optie.StartsWith("--", StringComparison.Ordinal):
                    return Fout(stderr, $"unknown option '{optie}' for export");
                default:
                    if (soort is null)
                    {
                        soort = args[i];
                    }
                    else if (bestand is null)
                    {
                        bestand = args[i];
                    }
                    else
                    {
                        return Fout(stderr, "export takes one file");
                    }

                    break;
            }
        }

        switch (soort)
        {
            case null:
                return Fout(stderr, "export needs a kind: ical, ori, excel or rapport");
            case "ical" or "ori":
                return Fout(stderr, $"export {soort} is not available in this build");
            case not ("excel" or "rapport"):
                return Fout(stderr, $"unknown export '{soort}' (ical, ori, excel or rapport)");
        }

        if (bestand is null)
        {
            return Fout(stderr, $"export {soort} needs a plan file");
        }

        if (soort == "excel" ? format is not null : format is not (null or "markdown" or "html"))
        {
            return Fout(stderr, soort == "excel" ? "export excel takes no --format" : $"export rapport writes markdown or html, not '{format}'");
        }

        Werkplan plan;
        try
        {
            plan = WerkplanDocument.LoadFile(bestand);
        }
        catch (WerkplanDocumentException e)
        {
            stderr.WriteLine(Cli.Foutregel(e.Error.ToString(taal)));
            return Cli.Unreadable;
        }

        var bevindingen = plan.Validate(new ValidationOptions { Taal = taal });
        if (bevindingen.HasErrors())
        {
            Rapport.WriteFindings(bevindingen, taal, new VeiligeUitvoer(stdout));
            return Cli.PlanErrors;
        }

        var planning = Planner.Schedule(plan, StandaardKalender.Van(plan));
        var verslag = PlanRun.Run(plan, planning);
        if (soort == "excel")
        {
            var xlsx = Werkboek.Save(plan, new WerkboekOpties { Taal = taal, Planning = planning, Verslag = verslag, Validatie = new ValidationOptions { Taal = taal } });
            return Schrijf(uit ?? Path.ChangeExtension(bestand, ".xlsx"), xlsx, stderr);
        }

        var tekst = format == "html" ? Voortgangsrapport.ToHtml(plan, planning, verslag, taal) : Voortgangsrapport.ToMarkdown(plan, planning, verslag, taal);
        if (uit is null)
        {
            stdout.Write(tekst);
            return Cli.Ok;
        }

        return Schrijf(uit, System.Text.Encoding.UTF8.GetBytes(tekst), stderr);
    }

    // The output file, written whole; a path that cannot be written is one line on stderr and exit 2.
    private static int Schrijf(string pad, byte[] inhoud, TextWriter stderr)
    {
        try
        {
            File.WriteAllBytes(pad, inhoud);
            return Cli.Ok;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            stderr.WriteLine(Cli.Foutregel($"{pad}: cannot be written ({e.GetType().Name})"));
            return Cli.Unreadable;
        }
    }

    private static int Fout(TextWriter stderr, string probleem)
    {
        stderr.WriteLine(Cli.Foutregel(probleem));
        stderr.WriteLine(Cli.UsageText);
        return Cli.Usage;
    }
}
