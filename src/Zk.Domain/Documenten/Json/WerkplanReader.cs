using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Zk.Domain.Werkplannen;

namespace Zk.Domain.Documenten.Json;

/// <summary>
/// The loader: one pass of <see cref="Utf8JsonReader"/> over the document, driven by <see cref="WerkplanFormaat"/>,
/// that gives the plan or the first error in document order.
/// </summary>
/// <remarks>
/// Errors of the format travel as return values. The one exception caught is <see cref="JsonException"/>, the only
/// way <see cref="Utf8JsonReader"/> reports text that is not JSON; its position is kept, its message is not:
/// <see cref="Syntax"/> says in both languages what is wrong from the bytes at that position.
/// </remarks>
internal static class WerkplanReader
{
    /// <summary>Reads a plan from UTF-8 JSON without a byte order mark.</summary>
    internal static bool TryRead(ReadOnlySpan<byte> utf8Json, string source, [NotNullWhen(true)] out Werkplan? plan, [NotNullWhen(false)] out DocumentError? error) =>
        TryRead(WerkplanFormaat.Werkplan, utf8Json, source, out plan, out error);

    /// <summary>Reads a document of the format that <paramref name="root"/> describes.</summary>
    internal static bool TryRead<T>(Element<T> root, ReadOnlySpan<byte> utf8Json, string source, [NotNullWhen(true)] out T? plan, [NotNullWhen(false)] out DocumentError? error)
        where T : class
    {
        plan = null;
        error = null;
        var c = LeesContext.Rent(utf8Json.Length);
        try
        {
            return TryRead(root, utf8Json, source, c, out plan, out error);
        }
        finally
        {
            LeesContext.Return(c);
        }
    }

    private static bool TryRead<T>(Element<T> root, ReadOnlySpan<byte> utf8Json, string source, LeesContext c, [NotNullWhen(true)] out T? plan, [NotNullWhen(false)] out DocumentError? error)
        where T : class
    {
        plan = null;
        error = null;
        var r = new Utf8JsonReader(utf8Json, isFinalBlock: true, state: default);
        try
        {
            r.Read();
            if (r.TokenType == JsonTokenType.Null)
            {
                c.Fail(ref r, Melding.DocumentIsNull);
            }
            else if (root.TryRead(ref r, c, out var read))
            {
                // Anything after the document's end makes the reader throw.
                r.Read();
                plan = read;
                return true;
            }
        }
        catch (JsonException e)
        {
            error = Syntax(utf8Json, source, e, ref r);
            return false;
        }

        var (bericht, code, offset) = c.Fout!.Value;
        var pad = c.Pad;
        var (line, column) = Position(utf8Json, offset);
        error = new DocumentError(source, pad, line, column, bericht.En, code) { MessageNl = bericht.Nl };
        return false;
    }

    /// <summary>The 1-based line and column (in bytes) of <paramref name="offset"/>.</summary>
    internal static (int Line, int Column) Position(ReadOnlySpan<byte> utf8Json, long offset)
    {
        var before = utf8Json[..(int)Math.Min(offset, utf8Json.Length)];
        var line = before.Count((byte)'\n') + 1;
        var column = before.Length - (before.LastIndexOf((byte)'\n') + 1) + 1;
        return (line, column);
    }

    // What is wrong with text that is not JSON, from the bytes where the reader stopped and the last token it read.
    private static DocumentError Syntax(ReadOnlySpan<byte> utf8Json, string source, JsonException e, ref Utf8JsonReader r)
    {
        var line = (int)Math.Min((e.LineNumber ?? 0) + 1, int.MaxValue);
        var column = (int)Math.Min((e.BytePositionInLine ?? 0) + 1, int.MaxValue);
        var offset = Offset(utf8Json, line, column);
        var prefix = utf8Json[..offset];
        var (last, depth, inObject, unread) = Scan(prefix);
        var dangling = prefix[unread..].Trim(Whitespace);
        if (!dangling.IsEmpty && dangling[0] == ',')
        {
            dangling = dangling[1..].TrimStart(Whitespace);
        }

        var rest = utf8Json[offset..].TrimStart(Whitespace);
        var before = prefix.TrimEnd(Whitespace);
        var at = rest.IsEmpty ? (byte)0 : rest[0];
        var found = Tekst.Letterlijk(Describe(rest));
        var valueDone = last is JsonTokenType.String or JsonTokenType.Number or JsonTokenType.True or JsonTokenType.False or JsonTokenType.Null
            or JsonTokenType.EndObject or JsonTokenType.EndArray;
        Tekst bericht;
        if (utf8Json.TrimStart(Whitespace).IsEmpty)
        {
            bericht = Meldingen.Format(Melding.LeegDocument);
        }
        else if (InString(dangling))
        {
            if (offset < utf8Json.Length && utf8Json[offset] < 0x20)
            {
                bericht = Meldingen.Format(Melding.StuurtekenInTekst, ("gevonden", Tekst.Letterlijk(string.Create(CultureInfo.InvariantCulture, $"U+{utf8Json[offset]:X4}"))));
            }
            else
            {
                var escape = utf8Json[..Math.Min(offset + 1, utf8Json.Length)];
                escape = escape[Math.Max(escape.LastIndexOf((byte)'\\'), 0)..];
                bericht = Meldingen.Format(Melding.OngeldigeEscape, ("gevonden", Tekst.Letterlijk("'" + Encoding.UTF8.GetString(escape) + "'")));
            }
        }
        else if (rest.IsEmpty)
        {
            bericht = Meldingen.Format(Melding.OnverwachtEinde);
        }
        else if (at == '/')
        {
            bericht = Meldingen.Format(Melding.Commentaar);
        }
        else if (depth >= 63 && at is (byte)'[' or (byte)'{')
        {
            bericht = Meldingen.Format(Melding.TeDiep);
        }
        else if (before.Length > 0 && before[^1] == ',')
        {
            bericht = at is (byte)'}' or (byte)']'
                ? Meldingen.Format(Melding.AfsluitendeKomma, ("gevonden", found))
                : inObject
                    ? Meldingen.Format(Melding.OngeldigeStartVeldnaam, ("gevonden", found))
                    : Meldingen.Format(Melding.OngeldigeStartWaarde, ("gevonden", found));
        }
        else if (!dangling.IsEmpty && dangling[^1] == '"')
        {
            // A complete string that the reader could not take as a value: a field name without its ':'.
            bericht = Meldingen.Format(Melding.DubbelePuntVerwacht, ("gevonden", found));
        }
        else if (depth == 0 && valueDone)
        {
            bericht = Meldingen.Format(Melding.MeerNaDocument, ("gevonden", found));
        }
        else if (last == JsonTokenType.StartObject)
        {
            bericht = Meldingen.Format(Melding.OngeldigeStartVeldnaam, ("gevonden", found));
        }
        else if (last is JsonTokenType.None or JsonTokenType.StartArray or JsonTokenType.PropertyName)
        {
            bericht = Meldingen.Format(Melding.OngeldigeStartWaarde, ("gevonden", found));
        }
        else if (valueDone)
        {
            bericht = Meldingen.Format(
                Melding.KommaOfEindeVerwacht,
                ("verwacht", inObject ? new Tekst("object", "het object") : new Tekst("array", "de lijst")),
                ("gevonden", found));
        }
        else
        {
            bericht = Meldingen.Format(Melding.GeenJson, ("gevonden", found));
        }

        return new DocumentError(source, "$", line, column, bericht.En, null) { MessageNl = bericht.Nl };
    }

    private static ReadOnlySpan<byte> Whitespace => " \t\r\n"u8;

    // Whether the text ends inside a string: an odd number of unescaped quotes.
    private static bool InString(ReadOnlySpan<byte> text)
    {
        var inString = false;
        for (var i = 0; i < text.Length; i++)
        {
            if (inString && text[i] == '\\')
            {
                i++;
            }
            else if (text[i] == '"')
            {
                inString = !inString;
            }
        }

        return inString;
    }

    // The byte offset of a 1-based line and column.
    private static int Offset(ReadOnlySpan<byte> utf8Json, int line, int column)
    {
        var offset = 0;
        for (var l = 1; l < line; l++)
        {
            var next = utf8Json[offset..].IndexOf((byte)'\n');
            if (next < 0)
            {
                return utf8Json.Length;
            }

            offset += next + 1;
        }

        return Math.Min(offset + column - 1, utf8Json.Length);
    }

    // The text before the error read again as far as it is JSON: the last token, the depth, whether the innermost
    // open container is an object, and what the reader left unread (a string without its ':', a string cut short).
    private static (JsonTokenType Last, int Depth, bool InObject, int Unread) Scan(ReadOnlySpan<byte> prefix)
    {
        var r = new Utf8JsonReader(prefix, isFinalBlock: false, state: default);
        var stack = new Stack<bool>();
        try
        {
            while (r.Read())
            {
                switch (r.TokenType)
                {
                    case JsonTokenType.StartObject:
                        stack.Push(true);
                        break;
                    case JsonTokenType.StartArray:
                        stack.Push(false);
                        break;
                    case JsonTokenType.EndObject or JsonTokenType.EndArray:
                        stack.TryPop(out _);
                        break;
                }
            }
        }
        catch (JsonException)
        {
            // The prefix is read as far as it goes.
        }

        return (r.TokenType, stack.Count, stack.TryPeek(out var inObject) && inObject, (int)r.BytesConsumed);
    }

    // The character at the error, quoted, or the byte when it is not printable ASCII.
    private static string Describe(ReadOnlySpan<byte> rest)
    {
        if (rest.IsEmpty)
        {
            return "the end of the document";
        }

        var b = rest[0];
        return b is >= 0x20 and < 0x7F
            ? "'" + (char)b + "'"
            : "byte 0x" + b.ToString("X2", CultureInfo.InvariantCulture);
    }
}
