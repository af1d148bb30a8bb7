using System.Text;

namespace Zk.Domain.Excel;

/// <summary>
/// Text as an xlsx cell holds it. Spreadsheet XML writes a character XML cannot hold as <c>_xHHHH_</c> (ECMA-376, the
/// ST_Xstring escape) and every reader decodes such a sequence, so a text that itself contains <c>_x0041_</c> is written
/// with its <c>x</c> escaped (<c>__x0078_0041_</c>); a carriage return is written as <c>_x000D_</c>, since XML would
/// fold it into the line feed after it. ClosedXML escapes the control characters itself and decodes on reading.
/// A cell holds at most <see cref="MaxLengte"/> characters.
/// </summary>
internal static class Celtekst
{
    /// <summary>The most characters a cell holds (Excel's limit).</summary>
    public const int MaxLengte = 32767;

    /// <summary><paramref name="tekst"/> as it is given to ClosedXML, so that it reads back unchanged.</summary>
    public static string Schrijf(string tekst)
    {
        if (tekst.IndexOf('\r') < 0 && tekst.IndexOf("_x", StringComparison.Ordinal) < 0)
        {
            return tekst;
        }

        var uit = new StringBuilder(tekst.Length + 16);
        for (var i = 0; i < tekst.Length; i++)
        {
            var c = tekst[i];
            if (c == '\r')
            {
                uit.Append("_x000D_");
            }
            else if (c == '_' && IsEscape(tekst, i))
            {
                // The x written as its own escape: every reader decodes _x0078_ to the x and reads the rest as it is.
                // (ClosedXML 0.95.4 leaves the standard _x005F_ undecoded, so that form would not read back.)
                uit.Append("__x0078_");
                i++;
            }
            else
            {
                uit.Append(c);
            }
        }

        return uit.ToString();
    }

    /// <summary>The text a cell shows for <paramref name="tekst"/>: the text itself, or, when longer than a cell holds, its start and an ellipsis.</summary>
    public static string Toon(string tekst)
    {
        if (tekst.Length <= MaxLengte)
        {
            return tekst;
        }

        var einde = MaxLengte - 1;
        if (char.IsHighSurrogate(tekst[einde - 1]))
        {
            einde--;
        }

        return string.Concat(tekst.AsSpan(0, einde), "…");
    }

    // Whether an ST_Xstring escape (_xHHHH_, four hexadecimal digits) starts at i.
    private static bool IsEscape(string tekst, int i)
    {
        if (i + 7 > tekst.Length || tekst[i + 1] != 'x' || tekst[i + 6] != '_')
        {
            return false;
        }

        for (var j = i + 2; j < i + 6; j++)
        {
            if (!char.IsAsciiHexDigit(tekst[j]))
            {
                return false;
            }
        }

        return true;
    }
}
