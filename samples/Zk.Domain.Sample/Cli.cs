using System.Text;
using Zk.Domain.Bundled;
using Zk.Domain.Collections;
using Zk.Domain.Context;
using Zk.Domain.Documenten;
using Zk.Domain.Documenten.Export;
using Zk.Domain.Regels;
using Zk.Domain.Verloop;
using Zk.Domain.Werkplannen;
using Zk.Domain.Wijzigingen;

namespace Zk.Domain.Sample;

/// <summary>The sample's commands: parses the arguments, calls the library, prints. Exit codes follow the brief's contract.</summary>
internal static class Cli
{
    /// <summary>Success.</summary>
    public const int Ok = 0;

    /// <summary>The plan has errors (or something is unplannable).</summary>
    public const int PlanErrors = 1;

    /// <summary>An input file (plan, scenario, calendar) is missing or not a readable document.</summary>
    public const int Unreadable = 2;

    /// <summary>Wrong arguments (EX_USAGE).</summary>
    public const int Usage = 64;

    /// <summary>
    /// A fault of the console or the library itself (EX_SOFTWARE): an exception no input should cause. One line on stderr,
    /// nothing on stdout; it is a bug to report, never the answer to a document.
    /// </summary>
    public const int InternalError = 70;

    /// <summary>The longest line the console writes to stderr for a failure (the usage that follows wrong arguments aside).</summary>
    public const int MaxFoutregel = 300;

    internal static readonly string UsageText = $$"""
        Usage: zk-sample [command] [arguments] [--format FORMAT] [--lang nl|en]

        Commands:
          run [FILE] [--until DATE] [--scenario FILE] [--seed N] [--kalender FILE]
                       run the plan (the bundled Zuid-Kennemerland plan without FILE)
                       quarter by quarter: meetings and agendas, council decisions,
                       status per action, the planning table, the results
                       (the default command; exit 1 when the plan has errors)
          overzicht [FILE]
                       the plan at a glance: main tasks, actions and leads
          validate FILE [--kalender FILE]
                       check the plan against every rule of the catalogue, and
                       its moments against the calendar when one is given
                       (exit 0: no errors, warnings allowed; 1: errors)
          schedule FILE [--kalender FILE] [--alternatieven ACTIE[:FASE]]
                       plan every council moment on the plan's own meetings when
                       it has them in its period, otherwise on a generated
                       quarterly calendar of its profile's joint meetings
                       (summer recess and elections blocked); the output
                       states which calendar it used
                       (exit 0: everything planned; 1: something is unplannable)
                       --alternatieven: the meetings one moment (the action's
                       decision, or its first moment of stage FASE) could go to
                       instead, cheapest first: what else moves, which findings
                       appear or go (ZK052, ZK062, ...), the slack left (exit 0:
                       some meeting can take it; 1: none; 64: the plan has no
                       such action or moment)
          diff OLD NEW two versions of a plan compared: actions added, removed
                       or changed (fields), what moved in the schedule, which
                       actions end the run with another status, which council
                       decisions differ, which findings came or went
                       (exit 0: no differences; 1: they differ)
          samenhang FILE
                       coherence: the interaction matrix between main tasks, the
                       koppelkansen and vraagstukken per action, the botsproef
          rules        list the rules catalogue
        {{ExportCommand.Usage}}
          example      write the bundled plan's JSON document to stdout
          generate --acties N [--seed S]
                       write a synthetic plan of N actions, 1 to 1,000,000
                       (deterministic from S)

        Options:
          --format     text or json for every command; also markdown (run: a progress
                       report; rules; schedule --alternatieven; diff), mermaid
                       (schedule, samenhang), dot (samenhang)
          --lang       nl (default) or en
          --kalender   a calendar document (zk-kalender/1: meetings with kind, date
                       and capacity; blocked periods) instead of the plan's own
                       meetings or the generated calendar

        Files (plan, --scenario, --kalender) must be regular files of at most
        256 MiB. A scenario is checked against the plan and calendar first
        (codes ZK200-ZK209); one with errors is not run.

        Exit codes: 0 success; 1 the plan or scenario has errors (schedule:
        something is unplannable), findings on stdout in the chosen format;
        2 a file is missing, not a regular file, too large or not a readable
        document (one line on stderr); 64 wrong arguments (one line, then this
        usage); 70 an internal fault or not enough memory for the output (one
        line on stderr).
        """;

    /// <summary>
    /// Runs one command. Output goes to <paramref name="stdout"/> only when the command completes: a command that fails
    /// writes nothing there, and one line (at most <see cref="MaxFoutregel"/> characters, control characters escaped) on
    /// <paramref name="stderr"/>. No exception leaves this method.
    /// </summary>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, bool kleur = false)
    {
        var uitvoer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture) { NewLine = stdout.NewLine };
        int code;
        try
        {
            code = Dispatch(args, uitvoer, stderr, kleur);
        }
        catch (OutOfMemoryException)
        {
            // Mostly an answer larger than one string holds (about a billion characters: `run` on a plan of some 22,000
            // actions with 40 councils per 1,000, one line per council decision); the builder is garbage by now.
            stderr.WriteLine(Foutregel($"not enough memory for the output of '{(args.Length > 0 ? args[0] : "run")}' (the plan is too large for this command on this machine)"));
            return InternalError;
        }
        catch (Exception e)
        {
            // A bug, not an answer: say so in one line, without the exception's type, message (it may name internal types)
            // or stack; the command (its first argument) helps the report.
            _ = e;
            stderr.WriteLine(Foutregel($"internal error in '{(args.Length > 0 ? args[0] : "run")}' (please report it with the command and its input files)"));
            return InternalError;
        }

        if (code is Ok or PlanErrors)
        {
            stdout.Write(uitvoer.ToString());
        }

        return code;
    }

    /// <summary>One line for stderr: <c>zk-sample: </c> and the text, escaped and at most <see cref="MaxFoutregel"/> characters.</summary>
    internal static string Foutregel(string tekst) => Weergave.Shorten("zk-sample: " + tekst, MaxFoutregel);

    private static int Dispatch(string[] args, TextWriter stdout, TextWriter stderr, bool kleur)
    {
        // export parses its own arguments (--out, --format markdown|html): ExportCommand.cs.
        if (args.Length > 0 && args[0] == "export")
        {
            return ExportCommand.Run(args[1..], stdout, stderr);
        }

        if (!Arguments.TryParse(args, out var arguments, out var problem))
        {
            return UsageError(stderr, problem);
        }

        arguments = arguments with { Kleur = kleur };

        return arguments.Command switch
        {
            "run" => RunCommand(arguments, stdout, stderr),
            "overzicht" => OverzichtCommand(arguments, stdout, stderr),
            "example" => ExampleCommand(arguments, stdout, stderr),
            "generate" => GenerateCommand(arguments, stdout, stderr),
            "validate" => ValidateCommand(arguments, stdout, stderr),
            "rules" => RulesCommand(arguments, stdout, stderr),
            "schedule" => ScheduleCommand(arguments, stdout, stderr),
            "diff" => DiffCommand(arguments, stdout, stderr),
            "samenhang" => SamenhangCommand(arguments, stdout, stderr),
            "help" => Help(arguments, stdout, stderr),
            _ => UsageError(stderr, $"unknown command '{arguments.Command}'"),
        };
    }

    private static int Help(Arguments arguments, TextWriter stdout, TextWriter stderr)
    {
        // The usage is text: another format is refused, never answered with text (found by the fuzz harness).
        if (arguments.Format is not (null or "text"))
        {
            return UsageError(stderr, $"help writes text, not '{arguments.Format}'");
        }

        stdout.WriteLine(UsageText);
        return Ok;
    }

    private static int UsageError(TextWriter stderr, string problem)
    {
        stderr.WriteLine(Foutregel(problem));
        stderr.WriteLine(UsageText);
        return Usage;
    }

    private static int ExampleCommand(Arguments arguments, TextWriter stdout, TextWriter stderr)
    {
        if (arguments.Files.Count > 0)
        {
            return UsageError(stderr, "example takes no file");
        }

        if (arguments.Format is not (null or "json" or "text"))
        {
            return UsageError(stderr, $"example writes the JSON document (text or json), not '{arguments.Format}'");
        }

        stdout.Write(Encoding.UTF8.GetString(WerkplanDocument.Save(BundledPlans.ZuidKennemerland)));
        stdout.WriteLine();
        return Ok;
    }

    private static int GenerateCommand(Arguments arguments, TextWriter stdout, TextWriter stderr)
    {
        if (arguments.Files.Count > 0 || arguments.Acties is not { } acties || arguments.Format is not (null or "json" or "text"))
        {
            return UsageError(stderr, "generate takes --acties N [--seed S] and writes the JSON document (text or json)");
        }

        stdout.Write(WerkplanDocument.SaveToString(Synthetisch.SyntheticPlan.Generate(acties, arguments.Seed ?? 1)));
        stdout.WriteLine();
        return Ok;
    }

    private static int RunCommand(Arguments arguments, TextWriter stdout, TextWriter stderr)
    {
        if (arguments.Files.Count > 1)
        {
            return UsageError(stderr, "run takes at most one file");
        }

        if (arguments.Format is not (null or "text" or "json" or "markdown"))
        {
            return UsageError(stderr, $"run writes text, json or markdown, not '{arguments.Format}'");
        }

        Werkplan plan;
        if (arguments.Files.Count == 0)
        {
            plan = BundledPlans.ZuidKennemerland;
        }
        else if (!TryLoad(arguments.Files[0], arguments.Taal, stderr, out plan))
        {
            return Unreadable;
        }

        if (!TryContext(arguments, plan, stderr, out var context))
        {
            return Unreadable;
        }

        var vermelding = Kalendervermelding.From(context, arguments.Kalender);

        // Every file is read before anything is judged: an unreadable scenario is exit 2 whatever the plan holds.
        Scenario? gelezen = null;
        if (arguments.Scenario is { } bestand)
        {
            try
            {
                gelezen = ScenarioDocument.LoadFile(bestand);
            }
            catch (WerkplanDocumentException e)
            {
                stderr.WriteLine(Foutregel(e.Error.ToString(arguments.Taal)));
                return Unreadable;
            }
        }

        var bevindingen = context.Validate();
        if (bevindingen.HasErrors())
        {
            WriteFindings(bevindingen, arguments, stdout);
            return PlanErrors;
        }

        var planning = context.Schedule();
        Scenario scenario;
        string beschrijving;
        var scenariobevindingen = ValueArray<Bevinding>.Empty;
        if (gelezen is not null)
        {
            // A scenario that names what the plan or calendar does not have, or contradicts itself, is not run: exit 1.
            scenariobevindingen = context.Check(gelezen, arguments.Taal);
            if (scenariobevindingen.HasErrors())
            {
                WriteFindings(scenariobevindingen, arguments, stdout);
                return PlanErrors;
            }

            scenario = gelezen;
            beschrijving = arguments.Scenario!;
        }
        else if (arguments.Seed is { } seed)
        {
            scenario = Scenario.Random(plan, planning, seed);
            beschrijving = Woorden.Format(Woord.ScenarioWillekeurig, arguments.Taal, ("seed", RunTekst.Getal(seed)));
        }
        else
        {
            scenario = Scenario.Volgens;
            beschrijving = Woorden.Naam(Woord.ScenarioVolgensPlan, arguments.Taal);
        }

        var verslag = PlanRun.Run(plan, planning, scenario, arguments.Tot);
        if (arguments.Format == "json")
        {
            stdout.Write(verslag.ToJson() + "\n");
        }
        else
        {
            var waarschuwingen = bevindingen.Concat(scenariobevindingen).Where(b => b.Severity == FindingSeverity.Warning).ToValueArray();
            RunTekst.Write(plan, planning.Kalender, verslag, waarschuwingen, beschrijving, vermelding.Tekst(arguments.Taal, plan.Profiel), arguments.Taal, arguments.Format == "markdown", arguments.Kleur && arguments.Format is null or "text", new VeiligeUitvoer(stdout));
        }

        return Ok;
    }

    private static int OverzichtCommand(Arguments arguments, TextWriter stdout, TextWriter stderr)
    {
        if (arguments.Files.Count > 1 || arguments.Format is not (null or "text" or "json"))
        {
            return UsageError(stderr, "overzicht takes at most one file and writes text, or json (the plan's document)");
        }

        Werkplan plan;
        if (arguments.Files.Count == 0)
        {
            plan = BundledPlans.ZuidKennemerland;
        }
        else if (!TryLoad(arguments.Files[0], arguments.Taal, stderr, out plan))
        {
            return Unreadable;
        }

        if (arguments.Format == "json")
        {
            stdout.WriteLine(WerkplanDocument.SaveToString(plan));
        }
        else
        {
            Overzicht.Write(plan, arguments.Taal, new VeiligeUitvoer(stdout));
        }

        return Ok;
    }

    private static int ValidateCommand(Arguments arguments, TextWriter stdout, TextWriter stderr)
    {
        if (arguments.Files.Count != 1)
        {
            return UsageError(stderr, "validate takes one file");
        }

        if (arguments.Format is not (null or "text" or "json"))
        {
            return UsageError(stderr, $"validate writes text or json, not '{arguments.Format}'");
        }

        if (!TryLoad(arguments.Files[0], arguments.Taal, stderr, out var plan) || !TryContext(arguments, plan, stderr, out var context))
        {
            return Unreadable;
        }

        // The rules check the moments against the one calendar (ZK060–ZK062): --kalender, else the plan's own.
        var bevindingen = context.Validate();
        if (arguments.Format == "json")
        {
            stdout.WriteLine(bevindingen.ToJson());
        }
        else
        {
            if (arguments.Kalender is not null)
            {
                new VeiligeUitvoer(stdout).WriteLine(Kalendervermelding.From(context, arguments.Kalender).Tekst(arguments.Taal, plan.Profiel));
            }

            Rapport.WriteFindings(bevindingen, arguments.Taal, new VeiligeUitvoer(stdout));
        }

        return bevindingen.HasErrors() ? PlanErrors : Ok;
    }

    private static int ScheduleCommand(Arguments arguments, TextWriter stdout, TextWriter stderr)
    {
        if (arguments.Files.Count != 1)
        {
            return UsageError(stderr, "schedule takes one file");
        }

        if (arguments.Alternatieven is not null && arguments.Format is not (null or "text" or "json" or "markdown"))
        {
            return UsageError(stderr, $"schedule --alternatieven writes text, json or markdown, not '{arguments.Format}'");
        }

        if (arguments.Format is not (null or "text" or "json" or "mermaid" or "markdown") || (arguments.Alternatieven is null && arguments.Format == "markdown"))
        {
            return UsageError(stderr, $"schedule writes text, json or mermaid, not '{arguments.Format}'");
        }

        if (!TryLoad(arguments.Files[0], arguments.Taal, stderr, out var plan) || !TryContext(arguments, plan, stderr, out var context))
        {
            return Unreadable;
        }

        var vermelding = Kalendervermelding.From(context, arguments.Kalender);
        if (arguments.Alternatieven is { } gevraagd)
        {
            return AlternativesCommand(arguments, plan, context.Kalender, vermelding, gevraagd, stdout, stderr);
        }

        var planning = context.Schedule();
        switch (arguments.Format)
        {
            case "json":
                stdout.WriteLine(planning.ToJson(arguments.Taal, vermelding));
                break;
            case "mermaid":
                // The calendar as a Mermaid comment right after the diagram's type, which must come first.
                var gantt = planning.ToMermaidGantt(plan);
                var regel = gantt.IndexOf('\n', StringComparison.Ordinal) + 1;
                stdout.Write(gantt[..regel]);
                stdout.WriteLine("%% " + Opmaakregel(vermelding.Tekst(arguments.Taal, plan.Profiel)));
                stdout.Write(gantt[regel..]);
                break;
            default:
                PlanningTekst.Write(plan, planning, vermelding, arguments.Taal, new VeiligeUitvoer(stdout));
                break;
        }

        return planning.IsVolledig ? Ok : PlanErrors;
    }

    // A line for a Mermaid comment: control characters escaped, so a file name cannot end the comment.
    private static string Opmaakregel(string tekst) => Weergave.Escape(tekst);

    // schedule FILE --alternatieven ACTIE[:FASE]: exit 0 when some meeting can take the moment, 1 when none can, 64 (one
    // line and the usage) when the plan has no such action, stage or moment.
    private static int AlternativesCommand(Arguments arguments, Werkplan plan, Besturing.Vergaderkalender kalender, Kalendervermelding vermelding, (string Actie, string? Fase) gevraagd, TextWriter stdout, TextWriter stderr)
    {
        Besturing.Fase? fase = null;
        if (gevraagd.Fase is { } faseId)
        {
            fase = new Besturing.Fase(faseId);
            if (!plan.Profiel.Defines(fase.Value) && fase.Value != plan.Profiel.Besluitfase)
            {
                return UsageError(stderr, $"the plan's profile has no stage '{faseId}'");
            }
        }

        if (!Alternatieven.TryOf(plan, kalender, gevraagd.Actie, fase, out var alternatieven, taal: arguments.Taal))
        {
            return UsageError(stderr, plan.Acties.Any(a => a.Id == gevraagd.Actie)
                ? $"action '{gevraagd.Actie}' has no moment of stage '{gevraagd.Fase}'"
                : $"the plan has no action '{gevraagd.Actie}'");
        }

        switch (arguments.Format)
        {
            case "json":
                stdout.WriteLine(alternatieven!.ToJson(vermelding));
                break;
            case "markdown":
                new VeiligeUitvoer(stdout).WriteLine(vermelding.Tekst(arguments.Taal, plan.Profiel));
                stdout.WriteLine();
                stdout.Write(alternatieven!.ToMarkdown(arguments.Taal, plan.Profiel)); // the export escapes every value
                break;
            default:
                PlanningTekst.WriteAlternatieven(plan, alternatieven!, vermelding, arguments.Taal, new VeiligeUitvoer(stdout));
                break;
        }

        return alternatieven!.Opties.IsEmpty ? PlanErrors : Ok;
    }

    // diff OLD NEW: both plans scheduled (each on its own calendar), run and validated; exit 0 when nothing differs, 1 when
    // something does, 2 when a file cannot be read.
    private static int DiffCommand(Arguments arguments, TextWriter stdout, TextWriter stderr)
    {
        if (arguments.Files.Count != 2)
        {
            return UsageError(stderr, "diff takes two files: OLD NEW");
        }

        if (arguments.Format is not (null or "text" or "json" or "markdown"))
        {
            return UsageError(stderr, $"diff writes text, json or markdown, not '{arguments.Format}'");
        }

        if (!TryLoad(arguments.Files[0], arguments.Taal, stderr, out var oud) || !TryLoad(arguments.Files[1], arguments.Taal, stderr, out var nieuw))
        {
            return Unreadable;
        }

        var vergelijking = Versievergelijking.Compare(oud, nieuw, taal: arguments.Taal);
        switch (arguments.Format)
        {
            case "json":
                stdout.WriteLine(vergelijking.ToJson());
                break;
            case "markdown":
                stdout.Write(vergelijking.ToMarkdown(arguments.Files[0], arguments.Files[1], arguments.Taal, nieuw.Profiel)); // the export escapes every value
                break;
            default:
                DiffTekst.Write(vergelijking, arguments.Files[0], arguments.Files[1], nieuw.Profiel, arguments.Taal, new VeiligeUitvoer(stdout));
                break;
        }

        return vergelijking.IsLeeg ? Ok : PlanErrors;
    }

    private static int SamenhangCommand(Arguments arguments, TextWriter stdout, TextWriter stderr)
    {
        if (arguments.Files.Count != 1)
        {
            return UsageError(stderr, "samenhang takes one file");
        }

        if (arguments.Format is not (null or "text" or "json" or "mermaid" or "dot"))
        {
            return UsageError(stderr, $"samenhang writes text, json, mermaid or dot, not '{arguments.Format}'");
        }

        if (!TryLoad(arguments.Files[0], arguments.Taal, stderr, out var plan))
        {
            return Unreadable;
        }

        var analyse = new WerkplanContext(plan).Analyze();
        switch (arguments.Format)
        {
            case "json":
                stdout.WriteLine(analyse.ToJson());
                break;
            case "mermaid":
                stdout.Write(SamenhangExport.ToMermaid(plan));
                break;
            case "dot":
                stdout.Write(SamenhangExport.ToDot(plan));
                break;
            default:
                SamenhangTekst.Write(plan, analyse, arguments.Taal, new VeiligeUitvoer(stdout));
                break;
        }

        return Ok;
    }

    // Findings in the command's format: a JSON array for json, a Markdown list for markdown, else text (never text for a
    // machine format).
    private static void WriteFindings(ValueArray<Bevinding> bevindingen, Arguments arguments, TextWriter stdout)
    {
        switch (arguments.Format)
        {
            case "json":
                stdout.WriteLine(bevindingen.ToJson());
                break;
            case "markdown":
                Rapport.WriteFindingsMarkdown(bevindingen, arguments.Taal, new VeiligeUitvoer(stdout));
                break;
            default:
                Rapport.WriteFindings(bevindingen, arguments.Taal, new VeiligeUitvoer(stdout));
                break;
        }
    }

    private static int RulesCommand(Arguments arguments, TextWriter stdout, TextWriter stderr)
    {
        if (arguments.Files.Count > 0 || arguments.Format is not (null or "text" or "json" or "markdown"))
        {
            return UsageError(stderr, "rules takes no file; formats text, json, markdown");
        }

        stdout.Write(arguments.Format switch
        {
            "json" => BevindingenExport.CatalogusToJson(arguments.Taal) + "\n",
            "markdown" => BevindingenExport.CatalogusToMarkdown(),
            _ => Rapport.RulesText(arguments.Taal),
        });
        return Ok;
    }

    // The plan with the one calendar that validation, the schedule and the run share: the --kalender file, else the
    // plan's own (the library decides: its meetings, or the generated calendar). False, with one line on stderr, when
    // the file is unreadable.
    private static bool TryContext(Arguments arguments, Werkplan plan, TextWriter stderr, out WerkplanContext context)
    {
        var opties = new ValidationOptions { Taal = arguments.Taal };
        if (arguments.Kalender is not { } bestand)
        {
            context = new WerkplanContext(plan) { Opties = opties };
            return true;
        }

        try
        {
            context = new WerkplanContext(plan, KalenderDocument.LoadFile(bestand)) { Opties = opties };
            return true;
        }
        catch (WerkplanDocumentException e)
        {
            stderr.WriteLine(Foutregel(e.Error.ToString(arguments.Taal)));
            context = null!;
            return false;
        }
    }

    private static bool TryLoad(string path, Taal taal, TextWriter stderr, out Werkplan plan)
    {
        try
        {
            plan = WerkplanDocument.LoadFile(path);
            return true;
        }
        catch (WerkplanDocumentException e)
        {
            stderr.WriteLine(Foutregel(e.Error.ToString(taal)));
            plan = null!;
            return false;
        }
    }
}
