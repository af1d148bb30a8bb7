using System.Diagnostics.CodeAnalysis;

namespace Zk.Domain.Sample;

/// <summary>The parsed command line: a command, its files, and the common options.</summary>
internal sealed record Arguments(string Command, IReadOnlyList<string> Files, string? Format, Taal Taal)
{
    public static bool TryParse(string[] args, [NotNullWhen(true)] out Arguments? arguments, out string problem)
    {
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
                case "--format" or "--lang" when i + 1 >= args.Length:
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

        arguments = new Arguments(command ?? "run", files, format, taal);
        return true;
    }
}
