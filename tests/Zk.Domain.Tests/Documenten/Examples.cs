namespace Zk.Domain.Tests.Documenten;

/// <summary>Small documents for the loader and schema tests: one valid, and broken variants of it.</summary>
public static class Examples
{
    /// <summary>A small, valid plan of another region: three members, two main tasks, two actions.</summary>
    public const string Valid = """
        {
          "formaat": "zk-werkplan/1",
          "id": "west-2024",
          "titel": "Werkplan West 2024-2025",
          "regio": "West",
          "looptijd": { "begin": "2024-01-01", "einde": "2025-12-31" },
          "deelnemers": ["a", "b", "c"],
          "partijen": [
            { "id": "a", "naam": "Aduin", "soort": "gemeente" },
            { "id": "b", "naam": "Bewijk", "soort": "gemeente" },
            { "id": "c", "naam": "Cemond", "soort": "gemeente" }
          ],
          "hoofdopgaven": [
            { "id": "wonen", "naam": "Wonen" },
            { "id": "groen", "naam": "Groen" }
          ],
          "acties": [
            {
              "id": "1",
              "nummer": 1,
              "titel": "Woningen",
              "hoofdopgave": "wonen",
              "termijn": "lang",
              "trekkerschap": { "bestuurlijk": ["a"], "ambtelijk": ["a"] },
              "projectorganisatie": ["a", "b", "c"],
              "resultaten": [{ "id": "1-r1", "omschrijving": "Meer woningen" }],
              "financiering": { "status": "bestaande-middelen" },
              "raadsmomenten": [
                { "fase": "versie50", "kwartaal": "2024-Q2" },
                { "fase": "besluitvorming", "kwartaal": "n.t.b." }
              ]
            },
            {
              "id": "2",
              "nummer": 2,
              "titel": "Groen",
              "hoofdopgave": "groen",
              "termijn": "kort",
              "trekkerschap": { "bestuurlijk": ["b", "c"] },
              "projectorganisatie": "alle-deelnemers",
              "resultaten": [{ "id": "2-r1", "omschrijving": "Meer groen", "gereed": "2025-Q4" }],
              "financiering": { "status": "nog-te-vinden" }
            }
          ],
          "koppelkansen": [
            { "id": "K1", "titel": "Groen wonen", "van": { "soort": "actie", "id": "1" }, "naar": { "soort": "hoofdopgave", "id": "groen" }, "sterkte": 2 }
          ]
        }
        """;

    /// <summary>A broken document and what the loader must say about it.</summary>
    /// <param name="Name">What is broken.</param>
    /// <param name="Json">The document.</param>
    /// <param name="Path">The JSON path the error must name.</param>
    /// <param name="Line">The line the error must name (1-based), or null when any line will do.</param>
    /// <param name="MessagePart">A part of the message.</param>
    /// <param name="Code">The rule code, when the error breaks a rule.</param>
    /// <param name="SchemaCanTell">Whether a JSON Schema can see the problem (duplicate keys are invisible to it).</param>
    public sealed record Broken(string Name, string Json, string Path, int? Line, string MessagePart, string? Code = null, bool SchemaCanTell = true)
    {
        public override string ToString() => Name;
    }

    private static string Replace(string from, string to)
    {
        Assert.Contains(from, Valid, StringComparison.Ordinal);
        var at = Valid.IndexOf(from, StringComparison.Ordinal);
        return string.Concat(Valid.AsSpan(0, at), to, Valid.AsSpan(at + from.Length));
    }

    public static Broken Get(string name) => All.Single(b => b.Name == name);

    // The line on which `marker` stands (its n-th occurrence): the line the error must name.
    private static int LineOf(string json, string marker, int occurrence = 1)
    {
        var at = -1;
        for (var i = 0; i < occurrence; i++)
        {
            at = json.IndexOf(marker, at + 1, StringComparison.Ordinal);
            Assert.True(at >= 0, $"marker {marker} not found");
        }

        return json.AsSpan(0, at).Count('\n') + 1;
    }

    // lineOffset: the error names the line of the enclosing object's brace, one above the marker.
    private static Broken Case(
        string name, string json, string path, string? marker, string messagePart, string? code = null, int occurrence = 1, bool schemaCanTell = true, int lineOffset = 0) =>
        new(name, json, path, marker is null ? null : LineOf(json, marker, occurrence) + lineOffset, messagePart, code, schemaCanTell);

    private static Broken Case(
        string name, (string From, string To) change, string path, string? marker, string messagePart, string? code = null, int occurrence = 1, bool schemaCanTell = true, int lineOffset = 0) =>
        Case(name, Replace(change.From, change.To), path, marker, messagePart, code, occurrence, schemaCanTell, lineOffset);

    public static IReadOnlyList<Broken> All { get; } =
    [
        Case("truncated", Valid[..Valid.IndexOf("\"acties\"", StringComparison.Ordinal)], "$", null, "end of data"),
        Case("not JSON at all", "werkplan: ja", "$", "werkplan", "invalid start of a value"),
        Case("empty document", "", "$", null, "does not contain any JSON"),
        Case("null document", "null", "$", "null", "The document is null"),
        Case("an array instead of a plan", "[]", "$", "[]", "Expected an object"),
        Case("wrong type: number for a string", ("\"titel\": \"Werkplan West 2024-2025\"", "\"titel\": 2024"), "$.titel", "\"titel\": 2024", "Expected a string; found a number"),
        Case("wrong type: string for a number", ("\"nummer\": 2,", "\"nummer\": \"2\","), "$.acties[1].nummer", "\"nummer\": \"2\"", "Expected a whole number; found a string"),
        Case("wrong type: fraction for a whole number", ("\"nummer\": 2,", "\"nummer\": 2.5,"), "$.acties[1].nummer", "2.5", "Expected a whole number; found a number"),
        Case("wrong type: object for an array", ("\"deelnemers\": [\"a\", \"b\", \"c\"]", "\"deelnemers\": {}"), "$.deelnemers", "\"deelnemers\"", "Expected an array; found an object"),
        Case("wrong type: string for an object", ("\"financiering\": { \"status\": \"nog-te-vinden\" }", "\"financiering\": \"geen\""), "$.acties[1].financiering", "\"geen\"", "Expected an object; found a string"),
        Case("null for a required field", ("\"regio\": \"West\"", "\"regio\": null"), "$.regio", "\"regio\"", "null is not allowed"),
        Case("null inside a list of ids", ("[\"a\", \"b\", \"c\"]", "[\"a\", null, \"c\"]"), "$.deelnemers[1]", "null", "null is not allowed"),
        Case("null inside a list of objects", ("\"hoofdopgaven\": [", "\"hoofdopgaven\": [ null,"), "$.hoofdopgaven[0]", "null", "null is not allowed"),
        Case("null inside a nested list", ("\"bestuurlijk\": [\"b\", \"c\"]", "\"bestuurlijk\": [\"b\", null]"), "$.acties[1].trekkerschap.bestuurlijk[1]", "null", "null is not allowed"),
        Case("unknown field", ("\"termijn\": \"kort\",", "\"termijn\": \"kort\",\n      \"prioriteit\": 1,"), "$.acties[1].prioriteit", "\"prioriteit\"", "Unknown field 'prioriteit'"),
        Case("unknown top-level field", ("\"regio\": \"West\",", "\"regio\": \"West\",\n  \"versie\": 2,"), "$.versie", "\"versie\"", "Unknown field 'versie'"),
        Case("unknown field with an odd name", ("\"regio\": \"West\",", "\"regio\": \"West\",\n  \"a.b c\": 2,"), "$['a.b c']", "\"a.b c\"", "Unknown field 'a.b c'"),
        Case("missing required field", ("\"titel\": \"Groen\",", ""), "$.acties[1]", "\"id\": \"2\"", "Missing required field(s): 'titel'", lineOffset: -1),
        Case("wrong format version", ("zk-werkplan/1", "zk-werkplan/3"), "$.formaat", "zk-werkplan/3", "not supported"),
        Case("not a work plan format", ("zk-werkplan/1", "begroting/1"), "$.formaat", "begroting/1", "not a work plan format"),
        Case("duplicate key", ("\"regio\": \"West\",", "\"regio\": \"West\",\n  \"regio\": \"Oost\","), "$.regio", "\"regio\"", "Duplicate field 'regio'", occurrence: 2, schemaCanTell: false),
        Case("duplicate key in an action", ("\"termijn\": \"kort\",", "\"termijn\": \"kort\",\n      \"termijn\": \"lang\","), "$.acties[1].termijn", "\"termijn\": \"lang\",\n", "Duplicate field 'termijn'", occurrence: 2, schemaCanTell: false),
        Case("unknown enum value", ("\"termijn\": \"kort\"", "\"termijn\": \"middel\""), "$.acties[1].termijn", "\"middel\"", "found 'middel'"),
        Case("enum as a number", ("\"termijn\": \"kort\"", "\"termijn\": 0"), "$.acties[1].termijn", "\"termijn\": 0", "found a number"),
        Case("enum in another case", ("\"termijn\": \"kort\"", "\"termijn\": \"Kort\""), "$.acties[1].termijn", "Kort", "found 'Kort'"),
        Case("invalid date", ("\"einde\": \"2025-12-31\"", "\"einde\": \"2025-02-30\""), "$.looptijd.einde", "2025-02-30", "not a date", "ZK003"),
        Case("year 0000", ("\"begin\": \"2024-01-01\"", "\"begin\": \"0000-01-01\""), "$.looptijd.begin", "0000-01-01", "not a date", "ZK003"),
        Case("date in another form", ("\"begin\": \"2024-01-01\"", "\"begin\": \"01-01-2024\""), "$.looptijd.begin", "01-01-2024", "not a date", "ZK003"),
        Case("period ends before it begins", ("\"einde\": \"2025-12-31\"", "\"einde\": \"2023-12-31\""), "$.looptijd", "\"looptijd\"", "ends (2023-12-31) before it begins", "ZK003", schemaCanTell: false),
        Case("invalid quarter", ("\"kwartaal\": \"2024-Q2\"", "\"kwartaal\": \"2024-Q5\""), "$.acties[0].raadsmomenten[0].kwartaal", "2024-Q5", "neither a quarter"),
        Case("quarter as null", ("\"kwartaal\": \"2024-Q2\"", "\"kwartaal\": null"), "$.acties[0].raadsmomenten[0].kwartaal", "\"kwartaal\": null", "found null"),
        Case("missing quarter of a council moment", ("{ \"fase\": \"versie50\", \"kwartaal\": \"2024-Q2\" }", "{ \"fase\": \"versie50\" }"), "$.acties[0].raadsmomenten[0]", "versie50", "'kwartaal'"),
        Case("null inside a project organisation", ("\"projectorganisatie\": [\"a\", \"b\", \"c\"]", "\"projectorganisatie\": [\"a\", null, \"c\"]"), "$.acties[0].projectorganisatie[1]", "null", "null is not allowed"),
        Case("a number inside a project organisation", ("\"projectorganisatie\": [\"a\", \"b\", \"c\"]", "\"projectorganisatie\": [\"a\", \"b\", 3]"), "$.acties[0].projectorganisatie[2]", "3]", "Expected a string; found a number"),
        Case("a project organisation that is neither all members nor a list", ("\"alle-deelnemers\"", "\"iedereen\""), "$.acties[1].projectorganisatie", "iedereen", "found 'iedereen'"),
        Case("a project organisation as an object", ("\"projectorganisatie\": \"alle-deelnemers\"", "\"projectorganisatie\": {}"), "$.acties[1].projectorganisatie", "\"projectorganisatie\": {}", "found an object"),
        Case("strength outside the scale", ("\"sterkte\": 2", "\"sterkte\": 4"), "$.koppelkansen[0].sterkte", "\"sterkte\": 4", "-3 to 3"),
        Case("trailing comma", ("\"regio\": \"West\",", "\"regio\": \"West\",,"), "$", ",,", "invalid start of a property name"),
        Case("comment", ("\"regio\": \"West\",", "\"regio\": \"West\", // oost"), "$", "// oost", "invalid start of a property name"),
        Case("a second document after the first", Valid + "\n{}", "$", "{}", "Expected end of data"),

        // zk-werkplan/1 documents cannot use what version 2 added (issue 13): the profile, a meeting's kind, another stage.
        Case(
            "version 1 with a governance profile",
            ("\"regio\": \"West\",", "\"regio\": \"West\",\n  \"profiel\": { \"id\": \"p\", \"naam\": \"P\", \"fasen\": [], \"besluitfase\": \"b\", \"bijeenkomstsoorten\": [] },"),
            "$.profiel", "\"profiel\"", "part of the format \"zk-werkplan/2\""),
        Case(
            "version 1 with a stage of another profile", ("\"fase\": \"versie50\"", "\"fase\": \"zienswijzen\""),
            "$.acties[0].raadsmomenten[0].fase", "zienswijzen", "found 'zienswijzen'"),
    ];
}
