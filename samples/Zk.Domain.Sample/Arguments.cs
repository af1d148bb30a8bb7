using System.Diagnostics.CodeAnalysis;

namespace Zk.Domain.Sample;

/// <summary>The parsed command line: a command, its files, and the common options.</summary>
internal sealed record Arguments(string Command, IReadOnlyList<string> Files, string? Format, Taal Taal)
{
    /// <summary>--until DATE: the last day of a run.</summary>
    public NodaTime.LocalDate? Tot { get; init; }

    /// <summary>--scenario FILE.</summary>
    public string? Scenario { get; init; }

    /// <summary>--seed N: a reproducible random scenario, or the seed of a generated plan.</summary>
    public int? Seed { get; init; }

    /// <summary>Whether text output may use colour: stdout is a terminal and NO_COLOR is not set.</summary>
    public bool Kleur { get; init; }

    /// <summary>--acties N: the size of a generated plan.</summary>
    public int? Acties { get; init; }

    /// <summary>--kalender FILE: a calendar document (zk-kalender/1) to validate, schedule and run on.</summary>
    public string? Kalender { get; init; }

    /// <summary>--alternatieven ACTIE[:FASE]: the moment whose alternatives schedule lists (the action id, and the stage id or null).</summary>
    public (string Actie, string? Fase)? Alternatieven { get; init; }

    /// <summary>The largest plan generate writes: a million actions (about 1.5 GB of JSON would follow a larger one).</summary>
    public const int MaxActies = 1_000_000;

    public static bool TryParse(string[] args, [NotNullWhen(true)] out Arguments? arguments, out string problem)
    {
        NodaTime.LocalDate? tot = null;
        string? scenario = null;
        string? kalender = null;
        (string, string?)? alternatieven = null;
        int? seed = null;
        int? acties = null;
        arguments = null;
        problem = string.Empty;
        string? command = null;
        string? format = null;
        var taal = Taal.Nl;
        var files = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            var arg = args[i];
            switch (arg)
            {
                case "--format" or "--lang" or "--until" or "--scenario" or "--kalender" or "--seed" or "--acties" or "--alternatieven" when i + 1 >= args.Length:
                    problem = $"{arg} needs a value";
                    return false;
                case "--format":
                    format = args[++i];
                    if (format is not ("text" or "json" or "markdown" or "mermaid" or "dot"))
                    {
                        problem = $"unknown format '{format}'";
                        return false;
                    }

                    break;
                case "--lang":
                    var lang = args[++i];
                    if (lang is not ("nl" or "en"))
                    {
                        problem = $"unknown language '{lang}' (nl or en)";
                        return false;
                    }

                    taal = lang == "en" ? Taal.En : Taal.Nl;
                    break;
                case "--until":
                    var datum = NodaTime.Text.LocalDatePattern.Iso.Parse(args[++i]);
                    if (!datum.Success || datum.Value.Year < 1)
                    {
                        problem = $"--until needs a date like 2022-07-01 in the years 0001 to 9999, not '{args[i]}'";
                        return false;
                    }

                    tot = datum.Value;
                    break;
                case "--scenario":
                    scenario = args[++i];
                    break;
                case "--kalender":
                    kalender = args[++i];
                    break;
                case "--alternatieven":
                    // ACTIE or ACTIE:FASE; an action id may itself hold a colon, so the stage is what follows the last one.
                    var moment = args[++i];
                    var dubbelepunt = moment.LastIndexOf(':');
                    alternatieven = dubbelepunt < 0 ? (moment, null) : (moment[..dubbelepunt], moment[(dubbelepunt + 1)..]);
                    if (alternatieven.Value.Item1.Length == 0 || alternatieven.Value.Item2 is { Length: 0 })
                    {
                        problem = $"--alternatieven needs ACTIE or ACTIE:FASE (e.g. 4.1 or 4.1:besluitvorming), not '{moment}'";
                        return false;
                    }

                    break;
                case "--seed":
                    if (!int.TryParse(args[++i], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n))
                    {
                        problem = $"--seed needs a whole number, not '{args[i]}'";
                        return false;
                    }

                    seed = n;
                    break;
                case "--acties":
                    if (!int.TryParse(args[++i], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var a) || a < 1 || a > MaxActies)
                    {
                        problem = $"--acties needs a whole number from 1 to {MaxActies.ToString(System.Globalization.CultureInfo.InvariantCulture)}, not '{args[i]}'";
                        return false;
                    }

                    acties = a;
                    break;
                case "-h" or "--help":
                    command = "help";
                    break;
                case var option when option.StartsWith("--", StringComparison.Ordinal):
                    problem = $"unknown option '{option}'";
                    return false;
                default:
                    if (command is null)
                    {
                        command = arg;
                    }
                    else
                    {
                        files.Add(arg);
                    }

                    break;
            }
        }

        arguments = new Arguments(command ?? "run", files, format, taal) { Tot = tot, Scenario = scenario, Seed = seed, Acties = acties, Kalender = kalender, Alternatieven = alternatieven };
        if (command is not (null or "run") && (tot is not null || scenario is not null || (seed is not null && command != "generate")))
        {
            problem = "--until, --scenario and --seed belong to run (--seed also to generate)";
            return false;
        }

        if (kalender is not null && command is not (null or "run" or "validate" or "schedule"))
        {
            problem = "--kalender belongs to validate, schedule and run";
            return false;
        }

        if (alternatieven is not null && command != "schedule")
        {
            problem = "--alternatieven belongs to schedule";
            return false;
        }

        if (acties is not null && command != "generate")
        {
            problem = "--acties belongs to generate";
            return false;
        }

        if (scenario is not null && seed is not null)
        {
            problem = "give --scenario or --seed, not both";
            return false;
        }

        return true;
    }
}
