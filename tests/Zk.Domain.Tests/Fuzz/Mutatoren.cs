using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Zk.Domain.Tests.Fuzz;

/// <summary>The kinds of mutation the fuzz harness applies to a document.</summary>
public enum Mutatiesoort
{
    /// <summary>Bytes flipped, set, inserted, deleted, duplicated or the document cut short: mostly no JSON any more.</summary>
    Bytes,

    /// <summary>JSON tokens deleted, duplicated, swapped or replaced by other tokens: JSON-like, often not well-formed.</summary>
    Tokens,

    /// <summary>Well-formed JSON with values replaced by extremes, elements duplicated, fields removed: the semantic layer.</summary>
    Waarden,
}

/// <summary>
/// Deterministic mutations of a document's bytes, from a seed: the same document, kind and seed give the same mutant.
/// Written from the examples of hostile input (extreme numbers, edge dates and quarters, long and awkward
/// strings, duplicate ids, invalid UTF-8, control characters), not from the reader.
/// </summary>
internal static class Mutatoren
{
    private static readonly byte[] Bijzondere = [0x00, 0xFF, 0xC0, 0xED, 0x1B, 0x7F, (byte)'"', (byte)'\\', (byte)'{', (byte)'}', (byte)'[', (byte)']', (byte)',', (byte)':', (byte)'\n', (byte)'0', (byte)'-'];

    private static readonly string[] Tokens =
    [
        "null", "true", "false", "[]", "{}", "\"\"", "\"x\"", "0", "-1", "-0", "1e309", "99999999999999999999", "-2147483649", "2147483648",
        "\"9999-Q4\"", "\"0001-Q1\"", "\"0000-06-30\"", "\"9999-12-31\"", "\"0001-01-01\"", "\"\\u0000\"", "\"\\ud800\"", "\"\\u001b[31m\"",
        "\"n.t.b.\"", "[[[[[[[[", "]]]]", "\"a\\nb\"", "1.5", "\"zk-werkplan/9\"",
    ];

    private static readonly JsonNode?[] Extremen =
    [
        int.MinValue, int.MaxValue, -1, 0, 1, 100_000, 1_000_000, long.MaxValue, -0.5, 3.5,
        "", " ", "9999-12-31", "0001-01-01", "2024-02-30", "9999-Q4", "0001-Q1", "0000-Q1", "n.t.b.", "|`*_<>&\"'\\\n\r\t",
        "\u0000\u001b[2J\u0007", "\ud83d\ude00\ud83d\ude00", "a|b", "`id`", "x y", null, true, false,
    ];

    /// <summary>A mutant of <paramref name="document"/>: one to three mutations of <paramref name="soort"/>, from <paramref name="seed"/>.</summary>
    public static byte[] Muteer(byte[] document, Mutatiesoort soort, int seed)
    {
        var random = new Random(seed);
        var keer = 1 + random.Next(3);
        var uit = document;
        for (var i = 0; i < keer; i++)
        {
            uit = soort switch
            {
                Mutatiesoort.Bytes => Bytes(uit, random),
                Mutatiesoort.Tokens => Tokenmutatie(uit, random),
                _ => Waardemutatie(uit, random),
            };
        }

        return uit;
    }

    private static byte[] Bytes(byte[] doc, Random random)
    {
        if (doc.Length == 0)
        {
            return [Bijzondere[random.Next(Bijzondere.Length)]];
        }

        var lijst = new List<byte>(doc);
        var plek = random.Next(doc.Length);
        switch (random.Next(6))
        {
            case 0:
                lijst[plek] ^= (byte)(1 << random.Next(8));
                break;
            case 1:
                lijst[plek] = Bijzondere[random.Next(Bijzondere.Length)];
                break;
            case 2:
                lijst.InsertRange(plek, Enumerable.Range(0, 1 + random.Next(4)).Select(_ => random.Next(3) == 0 ? (byte)random.Next(256) : Bijzondere[random.Next(Bijzondere.Length)]));
                break;
            case 3:
                lijst.RemoveRange(plek, Math.Min(1 + random.Next(16), doc.Length - plek));
                break;
            case 4:
                var lengte = Math.Min(1 + random.Next(64), doc.Length - plek);
                lijst.InsertRange(random.Next(doc.Length), doc.AsSpan(plek, lengte).ToArray());
                break;
            default:
                lijst.RemoveRange(plek, doc.Length - plek); // cut short
                break;
        }

        return [.. lijst];
    }

    // The tokens of a document as byte ranges (start, length); empty when it is not JSON up to its first fault.
    private static List<(int Start, int Lengte)> Tokenreeks(byte[] doc)
    {
        var tokens = new List<(int, int)>();
        var r = new Utf8JsonReader(doc, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Allow, AllowTrailingCommas = true });
        try
        {
            while (r.Read())
            {
                tokens.Add(((int)r.TokenStartIndex, (int)(r.BytesConsumed - r.TokenStartIndex)));
            }
        }
        catch (JsonException)
        {
            // A mutant of a mutant: the tokens up to the fault.
        }

        return tokens;
    }

    private static byte[] Tokenmutatie(byte[] doc, Random random)
    {
        var tokens = Tokenreeks(doc);
        if (tokens.Count < 2)
        {
            return Bytes(doc, random);
        }

        var (start, lengte) = tokens[random.Next(tokens.Count)];
        var (anderStart, anderLengte) = tokens[random.Next(tokens.Count)];
        byte[] vervanging = random.Next(5) switch
        {
            0 => [],                                                     // delete
            1 => [.. doc.AsSpan(start, lengte), .. doc.AsSpan(start, lengte)], // duplicate
            2 => doc.AsSpan(anderStart, anderLengte).ToArray(),           // another token of the document here
            _ => Encoding.UTF8.GetBytes(Tokens[random.Next(Tokens.Length)]),
        };
        return [.. doc.AsSpan(0, start), .. vervanging, .. doc.AsSpan(start + lengte)];
    }

    private static byte[] Waardemutatie(byte[] doc, Random random)
    {
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(doc);
        }
        catch (JsonException)
        {
            return Tokenmutatie(doc, random);
        }

        if (root is null)
        {
            return doc;
        }

        var plekken = new List<JsonNode>();
        Verzamel(root, plekken);
        if (plekken.Count == 0)
        {
            return Tokenmutatie(doc, random);
        }

        var doel = plekken[random.Next(plekken.Count)];
        switch (random.Next(6))
        {
            case 0 or 1 or 2:
                Vervang(root, doel, Extreem(random));
                break;
            case 3 when doel.Parent is JsonArray lijst:
                // A duplicate element: duplicate ids, moments, steps.
                lijst.Insert(random.Next(lijst.Count + 1), doel.DeepClone());
                break;
            case 4 when doel.Parent is JsonObject object1:
                object1.Remove(doel.GetPropertyName());
                break;
            default:
                // The value of another place with the same field name (an id of one element in another, a date elsewhere).
                var naam = doel.Parent is JsonObject ? doel.GetPropertyName() : null;
                var bron = plekken.Where(p => p != doel && p.Parent is JsonObject && p.GetPropertyName() == naam).ToList();
                Vervang(root, doel, bron.Count > 0 ? bron[random.Next(bron.Count)].DeepClone() : Extreem(random));
                break;
        }

        return Encoding.UTF8.GetBytes(root.ToJsonString());
    }

    private static JsonNode? Extreem(Random random)
    {
        if (random.Next(12) == 0)
        {
            // A long string: beyond the longest string the format allows, or just within it.
            return new string('w', random.Next(2) == 0 ? 70_000 : 5_000);
        }

        if (random.Next(6) == 0)
        {
            return random.Next(1_000_000_000).ToString(CultureInfo.InvariantCulture) + "-Q" + random.Next(-1, 6).ToString(CultureInfo.InvariantCulture);
        }

        return Extremen[random.Next(Extremen.Length)]?.DeepClone();
    }

    private static void Verzamel(JsonNode node, List<JsonNode> plekken)
    {
        switch (node)
        {
            case JsonObject o:
                foreach (var (_, waarde) in o)
                {
                    if (waarde is not null)
                    {
                        plekken.Add(waarde);
                        Verzamel(waarde, plekken);
                    }
                }

                break;
            case JsonArray a:
                foreach (var waarde in a)
                {
                    if (waarde is not null)
                    {
                        plekken.Add(waarde);
                        Verzamel(waarde, plekken);
                    }
                }

                break;
        }
    }

    private static void Vervang(JsonNode root, JsonNode doel, JsonNode? nieuw)
    {
        switch (doel.Parent)
        {
            case JsonObject o:
                o[doel.GetPropertyName()] = nieuw;
                break;
            case JsonArray a:
                a[doel.GetElementIndex()] = nieuw;
                break;
            default:
                _ = root;
                break;
        }
    }
}
