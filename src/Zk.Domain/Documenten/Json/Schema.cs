using System.Text.Encodings.Web;
using System.Text.Json;

namespace Zk.Domain.Documenten.Json;

/// <summary>Writes the keywords of one field's JSON Schema; <see cref="Nullable"/> says whether null is allowed too.</summary>
internal sealed class SchemaSchrijver(Utf8JsonWriter w)
{
    /// <summary>Whether the field allows null (an optional value that may be written as null).</summary>
    public bool Nullable { get; set; }

    public void Type(string type)
    {
        if (Nullable)
        {
            w.WriteStartArray("type");
            w.WriteStringValue(type);
            w.WriteStringValue("null");
            w.WriteEndArray();
        }
        else
        {
            w.WriteString("type", type);
        }
    }

    public void Integer(int min, int max)
    {
        Type("integer");
        w.WriteNumber("minimum", min);
        w.WriteNumber("maximum", max);
    }

    public void Decimal()
    {
        Type("number");
        w.WriteNumber("minimum", decimal.MinValue);
        w.WriteNumber("maximum", decimal.MaxValue);
    }

    public void Const(string value) => w.WriteString("const", value);

    public void Enum(IEnumerable<string> names)
    {
        Type("string");
        w.WriteStartArray("enum");
        foreach (var name in names)
        {
            w.WriteStringValue(name);
        }

        w.WriteEndArray();
    }

    public void Ref(string definition)
    {
        if (Nullable)
        {
            w.WriteStartArray("anyOf");
            w.WriteStartObject();
            w.WriteString("$ref", "#/$defs/" + definition);
            w.WriteEndObject();
            w.WriteStartObject();
            w.WriteString("type", "null");
            w.WriteEndObject();
            w.WriteEndArray();
        }
        else
        {
            w.WriteString("$ref", "#/$defs/" + definition);
        }
    }

    public void ObjectRef(string definition) => Ref(definition);

    public void ArrayOf(string definition)
    {
        w.WriteString("type", "array");
        w.WriteStartObject("items");
        w.WriteString("$ref", "#/$defs/" + definition);
        w.WriteEndObject();
    }

    public void ArrayOfStrings()
    {
        w.WriteString("type", "array");
        w.WriteStartObject("items");
        w.WriteString("type", "string");
        w.WriteEndObject();
    }

    /// <summary>An object whose every field (any name) holds one of <paramref name="names"/>.</summary>
    public void ObjectOfEnum(IEnumerable<string> names)
    {
        w.WriteString("type", "object");
        w.WriteStartObject("additionalProperties");
        w.WriteString("type", "string");
        w.WriteStartArray("enum");
        foreach (var name in names)
        {
            w.WriteStringValue(name);
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    public void ConstOrArrayOfStrings(string constant)
    {
        w.WriteStartArray("oneOf");
        w.WriteStartObject();
        w.WriteString("const", constant);
        w.WriteEndObject();
        w.WriteStartObject();
        ArrayOfStrings();
        w.WriteEndObject();
        w.WriteEndArray();
    }
}

/// <summary>
/// The JSON Schema of the format, generated from <see cref="WerkplanFormaat"/>: docs/werkplan.schema.json; and of the
/// calendar format, from <see cref="KalenderFormaat"/>: docs/kalender.schema.json.
/// </summary>
internal static class WerkplanSchema
{
    /// <summary>How to regenerate the file; the schema's <c>$comment</c> says it too.</summary>
    public const string Regenerate =
        "Generated from src/Zk.Domain/Documenten/Json/WerkplanFormaat.cs; do not edit by hand. Regenerate with: "
        + "ZK_WRITE_SCHEMA=1 dotnet test --project tests/Zk.Domain.Tests -c Release -- --filter-method \"*The_schema_file_is_generated_from_the_description\"";

    /// <summary>How to regenerate the calendar's schema file, docs/kalender.schema.json.</summary>
    public const string RegenerateKalender =
        "Generated from src/Zk.Domain/Documenten/Json/KalenderFormaat.cs (and the plan format's meeting and blocked-period elements); do not edit by hand. Regenerate with: "
        + "ZK_WRITE_SCHEMA=1 dotnet test --project tests/Zk.Domain.Tests -c Release -- --filter-method \"*The_calendar_schema_file_is_generated_from_the_description\"";

    /// <summary>The schema as UTF-8 JSON, indented with two spaces, ending in a line feed.</summary>
    public static byte[] Generate() =>
        Generate(WerkplanFormaat.Werkplan, "werkplan", WerkplanDocument.FormaatVersie, "Werkplan (" + WerkplanDocument.Formaat + ")", Regenerate, metVersie1: true);

    /// <summary>The calendar document's schema (docs/kalender.schema.json), generated the same way from <see cref="KalenderFormaat"/>.</summary>
    public static byte[] GenerateKalender() =>
        Generate(KalenderFormaat.Kalender, "kalender", 1, "Vergaderkalender (" + KalenderDocument.Formaat + ")", RegenerateKalender, metVersie1: false);

    // The schema of the document <paramref name="root"/> describes; with the plan's version 1 constraints when asked.
    private static byte[] Generate(Element root, string naam, int versie, string titel, string regenerate, bool metVersie1)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, IndentSize = 2, NewLine = "\n", Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteString("$schema", "https://json-schema.org/draft/2020-12/schema");
            w.WriteString("$id", "urn:zk-domain:" + naam + ":" + versie.ToString(System.Globalization.CultureInfo.InvariantCulture));
            w.WriteString("$comment", regenerate);
            w.WriteString("title", titel);
            ElementBody(w, root);

            // A zk-werkplan/1 document: without the fields version 2 added, with Zuid-Kennemerland's stages only.
            var beperkt = metVersie1 ? Versie1Beperkt(root) : [];
            if (metVersie1)
            {
                w.WriteStartObject("if");
                w.WriteStartObject("properties");
                w.WriteStartObject("formaat");
                w.WriteString("const", WerkplanDocument.Formaat1);
                w.WriteEndObject();
                w.WriteEndObject();
                w.WriteEndObject();
                w.WriteStartObject("then");
                w.WriteString("$ref", "#/$defs/" + Versie1Naam(root));
                w.WriteEndObject();
            }

            w.WriteStartObject("$defs");
            w.WriteStartObject("date");
            w.WriteString("description", "Calendar date in ISO form yyyy-MM-dd, e.g. 2022-07-01, in the years 0001 to 9999.");
            w.WriteString("type", "string");
            w.WriteString("format", "date");
            w.WriteString("pattern", "^(?!0000)[0-9]{4}-[0-9]{2}-[0-9]{2}$");
            w.WriteEndObject();
            w.WriteStartObject("quarter");
            w.WriteString("description", "kwartaal: calendar quarter yyyy-Qn, e.g. 2022-Q3 (years 0001 to 9999).");
            w.WriteString("type", "string");
            w.WriteString("pattern", "^(?!0000)[0-9]{4}-Q[1-4]$");
            w.WriteEndObject();
            w.WriteStartObject("planning");
            w.WriteString("description", "Planned quarter yyyy-Qn, or \"n.t.b.\" (nog te bepalen: not yet planned).");
            w.WriteStartArray("anyOf");
            w.WriteStartObject();
            w.WriteString("$ref", "#/$defs/quarter");
            w.WriteEndObject();
            w.WriteStartObject();
            w.WriteString("const", "n.t.b.");
            w.WriteEndObject();
            w.WriteEndArray();
            w.WriteEndObject();
            foreach (var element in Reachable(root).Skip(1))
            {
                w.WriteStartObject(element.Naam);
                ElementBody(w, element);
                w.WriteEndObject();
            }

            foreach (var element in metVersie1 ? Versie1Gebruikt(root, beperkt) : [])
            {
                w.WriteStartObject(Versie1Naam(element));
                Versie1Body(w, element, beperkt);
                w.WriteEndObject();
            }

            w.WriteEndObject();
            w.WriteEndObject();
        }

        buffer.WriteByte((byte)'\n');
        return buffer.ToArray();
    }

    /// <summary>Every element reachable from <paramref name="root"/>, root first, each once, in the order the fields name them.</summary>
    public static IReadOnlyList<Element> Reachable(Element root)
    {
        var result = new List<Element>();
        void Visit(Element element)
        {
            if (result.Contains(element))
            {
                return;
            }

            result.Add(element);
            foreach (var veld in element.AlleVelden)
            {
                foreach (var inner in veld.Elementen)
                {
                    Visit(inner);
                }
            }
        }

        Visit(root);
        return result;
    }

    private static string Versie1Naam(Element element) => element.Naam + "-versie1";

    // The elements whose version 1 form differs from version 2's: a field of their own, or one of an element inside.
    private static HashSet<Element> Versie1Beperkt(Element root)
    {
        var beperkt = new HashSet<Element>();
        var elementen = Reachable(root);
        bool veranderd;
        do
        {
            veranderd = false;
            foreach (var element in elementen)
            {
                if (!beperkt.Contains(element) && element.AlleVelden.Any(v => Beperkt(v, beperkt)))
                {
                    beperkt.Add(element);
                    veranderd = true;
                }
            }
        }
        while (veranderd);
        return beperkt;
    }

    // The version 1 definitions the root's refers to, root first (not those only reached through a field version 1 lacks).
    private static List<Element> Versie1Gebruikt(Element root, HashSet<Element> beperkt)
    {
        var gebruikt = new List<Element> { root };
        for (var i = 0; i < gebruikt.Count; i++)
        {
            foreach (var veld in gebruikt[i].AlleVelden.Where(v => v.Versie1 is Versie1.Object or Versie1.Lijst))
            {
                foreach (var inner in veld.Elementen.Where(e => beperkt.Contains(e) && !gebruikt.Contains(e)))
                {
                    gebruikt.Add(inner);
                }
            }
        }

        return gebruikt;
    }

    private static bool Beperkt(Veld veld, HashSet<Element> beperkt) => veld.Versie1 switch
    {
        Versie1.Verboden or Versie1.Fase => true,
        Versie1.Object or Versie1.Lijst => veld.Elementen.Any(beperkt.Contains),
        _ => false,
    };

    // The version 1 constraints of an element: its fields version 2 added are absent, its stages Zuid-Kennemerland's,
    // and its objects meet their own element's constraints.
    private static void Versie1Body(Utf8JsonWriter w, Element element, HashSet<Element> beperkt)
    {
        w.WriteString("description", element.Naam + " in a zk-werkplan/1 document.");
        w.WriteStartObject("properties");
        foreach (var veld in element.AlleVelden.Where(v => Beperkt(v, beperkt)))
        {
            if (veld.Versie1 == Versie1.Verboden)
            {
                w.WriteBoolean(veld.Naam, false);
                continue;
            }

            w.WriteStartObject(veld.Naam);
            if (veld.Versie1 == Versie1.Fase)
            {
                w.WriteStartArray("enum");
                foreach (var fase in Waarden.Versie1Fasen)
                {
                    w.WriteStringValue(fase);
                }

                w.WriteEndArray();
            }
            else
            {
                var inner = Versie1Naam(veld.Elementen.Single(beperkt.Contains));
                if (veld.Versie1 == Versie1.Lijst)
                {
                    w.WriteStartObject("items");
                    w.WriteString("$ref", "#/$defs/" + inner);
                    w.WriteEndObject();
                }
                else
                {
                    // An optional object may be null.
                    w.WriteStartArray("anyOf");
                    w.WriteStartObject();
                    w.WriteString("$ref", "#/$defs/" + inner);
                    w.WriteEndObject();
                    w.WriteStartObject();
                    w.WriteString("type", "null");
                    w.WriteEndObject();
                    w.WriteEndArray();
                }
            }

            w.WriteEndObject();
        }

        w.WriteEndObject();
    }

    private static void ElementBody(Utf8JsonWriter w, Element element)
    {
        w.WriteString("description", element.Naam + ": " + element.Omschrijving);
        w.WriteString("type", "object");
        w.WriteBoolean("additionalProperties", false);
        var required = element.AlleVelden.Where(v => v.Verplicht).ToList();
        if (required.Count > 0)
        {
            w.WriteStartArray("required");
            foreach (var veld in required)
            {
                w.WriteStringValue(veld.Naam);
            }

            w.WriteEndArray();
        }

        w.WriteStartObject("properties");
        var schrijver = new SchemaSchrijver(w);
        foreach (var veld in element.AlleVelden)
        {
            w.WriteStartObject(veld.Naam);
            w.WriteString("description", veld.Naam + ": " + veld.Omschrijving);
            veld.Schema(schrijver);
            w.WriteEndObject();
        }

        w.WriteEndObject();
    }
}
