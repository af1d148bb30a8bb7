using System.Buffers;
using System.Text;
using System.Text.Json;

namespace Zk.Domain.Documenten.Json;

/// <summary>
/// Finds where a JSON path stands in a document: for the scenario document's null steps (ScenarioDocument).
/// Used only to explain an error, so it favours clarity over speed.
/// </summary>
internal static class DocumentPositions
{
    private static readonly SearchValues<char> SpecialCharacters = SearchValues.Create(".'/\"[]()\t\n\r\f\b\\\u0085\u2028\u2029 ");

    /// <summary>
    /// The 1-based line and column (in bytes) of the value at <paramref name="path"/> (for a property name the
    /// path ends in, the name itself), its <paramref name="occurrence"/>-th occurrence counting from 1; null when
    /// the document is not well-formed up to there or has no such path.
    /// </summary>
    public static (int Line, int Column, JsonTokenType Token)? Locate(ReadOnlySpan<byte> utf8Json, string path, int occurrence = 1)
    {
        var reader = new Utf8JsonReader(utf8Json, new JsonReaderOptions { MaxDepth = 256 });
        var stack = new List<Segment>();
        var seen = 0;
        (int, int, JsonTokenType)? found = null;
        try
        {
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.PropertyName:
                        stack[^1] = stack[^1] with { Name = reader.GetString() };
                        continue;
                    case JsonTokenType.EndObject or JsonTokenType.EndArray:
                        stack.RemoveAt(stack.Count - 1);
                        continue;
                }

                // A value starts: it is the next element when the container is an array.
                if (stack.Count > 0 && stack[^1].IsArray)
                {
                    stack[^1] = stack[^1] with { Index = stack[^1].Index + 1 };
                }

                if (found is null && Matches(stack, path) && ++seen == occurrence)
                {
                    found = Position(utf8Json, reader.TokenStartIndex, reader.TokenType);
                }

                if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
                {
                    stack.Add(new Segment(reader.TokenType == JsonTokenType.StartArray, -1, null));
                }
            }
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            // Not well-formed: the reader's own position says more than any path.
            return null;
        }

        return found;
    }

    private static bool Matches(List<Segment> stack, string path) => Format(stack) == path;

    private static string Format(List<Segment> stack)
    {
        var text = new StringBuilder("$");
        foreach (var segment in stack)
        {
            if (segment.IsArray)
            {
                if (segment.Index >= 0)
                {
                    text.Append('[').Append(segment.Index).Append(']');
                }
            }
            else if (segment.Name is { } name)
            {
                if (name.AsSpan().IndexOfAny(SpecialCharacters) >= 0)
                {
                    text.Append("['").Append(name).Append("']");
                }
                else
                {
                    text.Append('.').Append(name);
                }
            }
        }

        return text.ToString();
    }

    private static (int, int, JsonTokenType) Position(ReadOnlySpan<byte> utf8Json, long offset, JsonTokenType token)
    {
        var before = utf8Json[..(int)offset];
        var line = before.Count((byte)'\n') + 1;
        var column = before.Length - (before.LastIndexOf((byte)'\n') + 1) + 1;
        return (line, column, token);
    }

    private readonly record struct Segment(bool IsArray, int Index, string? Name);
}
