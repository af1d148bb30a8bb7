using System.Globalization;
using System.Text;

namespace Zk.Domain;

/// <summary>
/// How a value from outside (a document's text, a key, a file name) is shown in a message: control characters escaped
/// (<c>\n</c>, <c>\t</c>, <c>\u001B</c>, …), an unpaired surrogate escaped, and a long value shortened with an ellipsis
/// and its length, never cutting a surrogate pair or an escape in half. Every message of the library that quotes such a
/// value goes through here, so that a message stays one line of bounded length in every host.
/// </summary>
/// <remarks>Deterministic and culture-independent. Thread-safe.</remarks>
public static class Weergave
{
    /// <summary>The longest a quoted value may be in a message, in UTF-16 code units (its shortened form included).</summary>
    public const int MaxWaarde = 60;

    /// <summary>Whether <paramref name="c"/> is shown escaped: C0 and C1 controls, DEL, line and paragraph separators,
    /// and the bidirectional formatting characters (they would reorder the rest of a terminal line).</summary>
    internal static bool IsBijzonder(char c) =>
        c < ' ' || (c >= '\u007F' && c <= '\u009F') || c is '\u2028' or '\u2029' || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');

    /// <summary><paramref name="tekst"/> with every special character escaped (see <see cref="IsBijzonder"/>) and every
    /// unpaired surrogate written as <c>\uXXXX</c>; the text itself when it has none.</summary>
    /// <param name="tekst">The text.</param>
    /// <returns>The text with its special characters escaped.</returns>
    public static string Escape(string tekst)
    {
        ArgumentNullException.ThrowIfNull(tekst);
        var i = 0;
        while (i < tekst.Length && !NeedsEscape(tekst, i))
        {
            i += char.IsHighSurrogate(tekst[i]) ? 2 : 1;
        }

        if (i >= tekst.Length)
        {
            return tekst;
        }

        var b = new StringBuilder(tekst.Length + 16);
        b.Append(tekst, 0, i);
        for (; i < tekst.Length; i++)
        {
            var c = tekst[i];
            if (char.IsHighSurrogate(c) && i + 1 < tekst.Length && char.IsLowSurrogate(tekst[i + 1]))
            {
                b.Append(c).Append(tekst[++i]);
            }
            else if (char.IsSurrogate(c) || IsBijzonder(c))
            {
                b.Append(c switch
                {
                    '\n' => "\\n",
                    '\r' => "\\r",
                    '\t' => "\\t",
                    _ => "\\u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture),
                });
            }
            else
            {
                b.Append(c);
            }
        }

        return b.ToString();
    }

    /// <summary>
    /// <paramref name="tekst"/> escaped (<see cref="Escape(string)"/>) and, when longer than <paramref name="max"/> code units,
    /// cut to fit with <c>… (N characters)</c> after it, N the length of the original text. The cut falls between
    /// characters: never inside a surrogate pair or an escape.
    /// </summary>
    /// <param name="tekst">The text; null stays null.</param>
    /// <param name="max">The longest result, at least 24.</param>
    /// <returns>The text as a message may show it.</returns>
    public static string Shorten(string tekst, int max = MaxWaarde)
    {
        if (tekst is null)
        {
            return null!;
        }

        max = Math.Max(max, 24);
        var escaped = Escape(tekst);
        if (escaped.Length <= max)
        {
            return escaped;
        }

        var staart = string.Create(CultureInfo.InvariantCulture, $"… ({tekst.Length} characters)");
        var ruimte = max - staart.Length;
        return Cut(escaped, ruimte) + staart;
    }

    /// <summary>The longest start of an escaped text of at most <paramref name="lengte"/> code units that ends between two
    /// characters: not between a surrogate pair's halves, not inside a <c>\uXXXX</c>, <c>\n</c>, <c>\r</c> or <c>\t</c>.</summary>
    internal static string Cut(string escaped, int lengte)
    {
        ArgumentNullException.ThrowIfNull(escaped);
        if (escaped.Length <= lengte)
        {
            return escaped;
        }

        var einde = Math.Max(lengte, 0);
        if (einde > 0 && char.IsHighSurrogate(escaped[einde - 1]))
        {
            einde--;
        }

        // An escape starts with a backslash at most five code units before the cut (\uXXXX is six long).
        for (var j = Math.Max(0, einde - 5); j < einde; j++)
        {
            if (escaped[j] == '\\' && j + 1 < escaped.Length)
            {
                var lang = escaped[j + 1] == 'u' ? 6 : 2;
                if (j + lang > einde)
                {
                    einde = j;
                    break;
                }

                j += lang - 1;
            }
        }

        return escaped[..einde];
    }

    private static bool NeedsEscape(string tekst, int i)
    {
        var c = tekst[i];
        if (char.IsHighSurrogate(c))
        {
            return i + 1 >= tekst.Length || !char.IsLowSurrogate(tekst[i + 1]);
        }

        return char.IsLowSurrogate(c) || IsBijzonder(c);
    }
}
