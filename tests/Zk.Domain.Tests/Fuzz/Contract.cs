using System.Text.Json;
using System.Text.RegularExpressions;
using Zk.Domain.Sample;

namespace Zk.Domain.Tests.Fuzz;

/// <summary>
/// The console's contract for any input (README, "Exit codes"; issue 15 point 1), checked on one command's outcome:
/// the exit code is one of the documented set; a failure is one line on stderr of at most 300 characters without
/// control characters, without a stack trace or an exception's or internal type's name, and nothing on stdout; a
/// machine format parses; no escape or NUL character reaches the terminal.
/// </summary>
internal static partial class Contract
{
    /// <summary>The exit codes an input may cause: 70 (an internal fault) never is one.</summary>
    public static readonly int[] ToegestaneCodes = [Cli.Ok, Cli.PlanErrors, Cli.Unreadable, Cli.Usage];

    [GeneratedRegex(@"\bat [A-Za-z_][\w.`]*\(|[A-Za-z]+Exception\b|\bSystem\.[A-Z]|\bZk\.Domain\.(?!Tests/)[A-Z]|internal error", RegexOptions.CultureInvariant)]
    private static partial Regex Intern();

    /// <summary>What breaks the contract in this outcome, or null when it holds.</summary>
    /// <param name="args">The command line.</param>
    /// <param name="uitkomst">Its exit code, stdout and stderr.</param>
    /// <param name="gebruikMag">Whether wrong arguments (64) are a possible answer (only when the arguments are fuzzed).</param>
    public static string? Fout(string[] args, (int Exit, string Out, string Err) uitkomst, bool gebruikMag = false)
    {
        var (exit, stdout, stderr) = uitkomst;
        var opdracht = string.Join(' ', args);
        if (!ToegestaneCodes.Contains(exit) || (exit == Cli.Usage && !gebruikMag))
        {
            return $"exit {exit} for '{opdracht}': {Eerste(stderr)}";
        }

        if (Intern().IsMatch(stderr))
        {
            return $"stderr names an internal type or a stack for '{opdracht}': {Eerste(stderr)}";
        }

        if (stdout.Contains('\u001b', StringComparison.Ordinal) || stdout.Contains('\0', StringComparison.Ordinal))
        {
            return $"an escape or NUL character on stdout for '{opdracht}'";
        }

        if (exit is Cli.Unreadable or Cli.Usage)
        {
            if (stdout.Length > 0)
            {
                return $"stdout is not empty on exit {exit} for '{opdracht}'";
            }

            var regels = stderr.Split('\n');
            var regel = regels[0].TrimEnd('\r');
            if (exit == Cli.Unreadable && (regels.Length != 2 || regels[1].Length != 0))
            {
                return $"stderr is not one line on exit 2 for '{opdracht}': {stderr.Length} characters";
            }

            if (regel.Length is 0 or > Cli.MaxFoutregel || regel.Any(char.IsControl))
            {
                return $"the error line is empty, longer than {Cli.MaxFoutregel} or holds a control character for '{opdracht}': {Eerste(stderr)}";
            }

            return null;
        }

        if (stderr.Length > 0)
        {
            return $"stderr is not empty on exit {exit} for '{opdracht}': {Eerste(stderr)}";
        }

        if (Formaat(args) == "json")
        {
            try
            {
                using var document = JsonDocument.Parse(stdout);
            }
            catch (JsonException e)
            {
                return $"--format json does not parse for '{opdracht}': {e.Message}";
            }
        }

        return null;
    }

    private static string? Formaat(string[] args)
    {
        var i = Array.IndexOf(args, "--format");
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }

    private static string Eerste(string tekst) => Weergave.Shorten(tekst.Split('\n')[0], 200);
}
