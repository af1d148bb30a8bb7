using Zk.Domain.Context;
using Zk.Domain.Documenten;
using Zk.Domain.Documenten.Export;
using Zk.Domain.Excel;
using Zk.Domain.ICalendar;
using Zk.Domain.OpenRaadsinformatie;
using Zk.Domain.Regels;
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
          export ical|ori|excel|rapport FILE [--out PATH] [--format markdown|html|ori|schema-org]
                       the plan, scheduled and run to the end of its period, for
                       other tools: excel a workbook (actions, planning table,
                       findings, decisions per council; default FILE.xlsx beside
                       FILE), rapport the progress report for the joint meeting
                       (markdown, or html: one self-contained file; default to
                       stdout); ical: the iCalendar feed (RFC 5545) to stdout; ori: the
                       ODS Open Raadsinformatie records (--format ori, the default) or
                       schema.org events (--format schema-org) to stdout
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
            case not ("ical" or "ori" or "excel" or "rapport"):
                return Fout(stderr, $"unknown export '{soort}' (ical, ori, excel or rapport)");
        }

        if (bestand is null)
        {
            return Fout(stderr, $"export {soort} needs a plan file");
        }

        var formaatFout = soort switch
        {
            "rapport" when format is not (null or "markdown" or "html") => $"export rapport writes markdown or html, not '{format}'",
            "ori" when format is not (null or "ori" or "schema-org") => $"export ori writes ori or schema-org, not '{format}'",
            "excel" or "ical" when format is not null => $"export {soort} takes no --format",
            _ => null,
        };
        if (formaatFout is not null)
        {
            return Fout(stderr, formaatFout);
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

        var context = new WerkplanContext(plan) { Opties = new ValidationOptions { Taal = taal } };
        var bevindingen = context.Validate();
        if (bevindingen.HasErrors())
        {
            Rapport.WriteFindings(bevindingen, taal, new VeiligeUitvoer(stdout));
            return Cli.PlanErrors;
        }

        var planning = context.Schedule();
        var verslag = context.Run();
        if (soort == "ical")
        {
            // DTSTAMP: the run's last day (the plan's end) at midnight UTC, so that one plan gives one feed, byte for byte.
            var stempel = plan.Looptijd.End.AtMidnight().InUtc().ToInstant();
            var ics = ICalendarExport.Publish(plan, planning, stempel, verslag, new ICalendarOptions { Taal = taal, Beleid = context.Beleid });
            return Uitvoer(uit, System.Text.Encoding.UTF8.GetBytes(ics), stdout, stderr);
        }

        if (soort == "ori")
        {
            var opties = new OpenRaadsinformatieOptions { Taal = taal, Beleid = context.Beleid };
            var json = format == "schema-org" ? SchemaOrgExport.Write(plan, planning, verslag, opties) : OpenRaadsinformatieExport.Write(plan, planning, verslag, opties);
            return Uitvoer(uit, json, stdout, stderr);
        }

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

    // To stdout without --out, else to the file.
    private static int Uitvoer(string? uit, byte[] inhoud, TextWriter stdout, TextWriter stderr)
    {
        if (uit is not null)
        {
            return Schrijf(uit, inhoud, stderr);
        }

        stdout.Write(System.Text.Encoding.UTF8.GetString(inhoud));
        return Cli.Ok;
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
