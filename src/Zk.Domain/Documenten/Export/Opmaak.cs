using System.Globalization;
using System.Text;

namespace Zk.Domain.Documenten.Export;

/// <summary>
/// How the exports write a plan's text (titles, names, ids) into Mermaid, DOT and Markdown, so that no value can break
/// the syntax around it. The rules each relies on:
/// <list type="bullet">
/// <item><description>Mermaid flowchart: a node id is ASCII letters, digits and underscores, starts with <c>a_</c> or
/// <c>h_</c> (so never a keyword such as <c>end</c>) and is at most <see cref="MaxId"/> characters; a label is written in
/// double quotes and holds no <c>"</c>, backtick, <c>#</c>, <c>&lt;</c>, <c>&gt;</c>, line break or control character
/// (each written as Mermaid's entity code, <c>#quot;</c>, <c>#96;</c>, <c>#35;</c>, <c>#lt;</c>, <c>#gt;</c>; control
/// characters escaped as text) and is never empty.</description></item>
/// <item><description>Mermaid gantt: a title, section or task name is one line without <c>:</c>, <c>#</c> or <c>;</c>
/// and is never empty.</description></item>
/// <item><description>DOT: every id and label is a double-quoted string in which <c>"</c> and <c>\</c> are escaped with a
/// backslash, with no NUL, line break or other control character (escaped as text) and of bounded length.</description></item>
/// <item><description>Markdown table cell: no line break or control character, <c>|</c> and <c>\</c> escaped with a
/// backslash.</description></item>
/// </list>
/// Long values are shortened between characters, never inside a surrogate pair.
/// </summary>
internal static class Opmaak
{
    /// <summary>The longest node id of a Mermaid flowchart or a DOT graph.</summary>
    public const int MaxId = 64;

    /// <summary>The longest label of a node or an edge.</summary>
    public const int MaxLabel = 48;

    /// <summary>What an empty label shows.</summary>
    public const string Leeg = "—";

    /// <summary>The text escaped (control characters, unpaired surrogates) and cut to <paramref name="max"/> with an ellipsis.</summary>
    public static string Kort(string tekst, int max)
    {
        var escaped = Weergave.Escape(tekst ?? string.Empty);
        return escaped.Length <= max ? escaped : Weergave.Cut(escaped, max - 1) + "…";
    }

    /// <summary>
    /// A node id of letters, digits and underscores: <paramref name="prefix"/>, then the id with every other character
    /// written as its hexadecimal code between underscores; an id that would be longer than <see cref="MaxId"/> keeps its
    /// start and ends in a hash of the whole id, so that distinct ids stay distinct.
    /// </summary>
    public static string Id(string prefix, string id)
    {
        var text = new StringBuilder(prefix);
        foreach (var c in id ?? string.Empty)
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                text.Append(c);
            }
            else
            {
                text.Append('_').Append(((int)c).ToString("x", CultureInfo.InvariantCulture)).Append('_');
            }
        }

        if (text.Length <= MaxId)
        {
            return text.ToString();
        }

        // FNV-1a over the UTF-16 code units: deterministic on every platform.
        var hash = 14695981039346656037UL;
        foreach (var c in id!)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }

        var staart = "_" + hash.ToString("x16", CultureInfo.InvariantCulture);
        return text.ToString(0, MaxId - staart.Length) + staart;
    }

    /// <summary>A label for a Mermaid flowchart, to go between double quotes.</summary>
    public static string MermaidLabel(string tekst)
    {
        var kort = Kort(tekst, MaxLabel);
        if (string.IsNullOrWhiteSpace(kort))
        {
            return Leeg;
        }

        var text = new StringBuilder(kort.Length + 8);
        foreach (var c in kort)
        {
            text.Append(c switch
            {
                '"' => "#quot;",
                '`' => "#96;",
                '#' => "#35;",
                '<' => "#lt;",
                '>' => "#gt;",
                _ => c.ToString(),
            });
        }

        return text.ToString();
    }

    /// <summary>A name for a Mermaid gantt chart (title, section, task): one line without <c>:</c>, <c>#</c>, <c>;</c>.</summary>
    public static string GanttNaam(string tekst, int max = 60)
    {
        var clean = Kort(tekst, max).Replace(':', ' ').Replace('#', ' ').Replace(';', ',');
        return string.IsNullOrWhiteSpace(clean) ? Leeg : clean;
    }

    /// <summary>A string for DOT, to go between double quotes: <c>\</c> and <c>"</c> escaped, control characters as text.</summary>
    public static string Dot(string tekst, int max = MaxLabel) =>
        Kort(tekst, max).Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal);

    /// <summary>A Markdown table cell: one line, <c>\</c> and <c>|</c> escaped.</summary>
    public static string MarkdownCel(string tekst) =>
        Weergave.Escape(tekst ?? string.Empty).Replace("\\", "\\\\", StringComparison.Ordinal).Replace("|", "\\|", StringComparison.Ordinal);
}
