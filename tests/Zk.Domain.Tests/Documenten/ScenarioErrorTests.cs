using System.Text;
using Zk.Domain.Documenten;
using Zk.Domain.Verloop;

namespace Zk.Domain.Tests.Documenten;

/// <summary>A scenario is read by the one description reader, which names the first error (path, line, both languages).</summary>
public class ScenarioErrorTests
{
    public static TheoryData<string, string, string, string?> Broken => new()
    {
        { """{ "formaat": "zk-scenario/1", "stappen": [ { "soort": "staakt" } ] }""", "$.stappen[0].soort", "found 'staakt'", null },
        { """{ "formaat": "zk-scenario/1", "stappen": [ { "soort": "verwerpt", "wie": "x" } ] }""", "$.stappen[0].wie", "Unknown field 'wie'.", null },
        { """{ "formaat": "zk-scenario/2", "stappen": [] }""", "$.formaat", "Format version 'zk-scenario/2' is not supported; this library reads \"zk-scenario/1\".", null },
        { """{ "formaat": "zk-werkplan/1", "stappen": [] }""", "$.formaat", "'zk-werkplan/1' is not a supported scenario format", null },
        { """{ "formaat": "zk-scenario/1", "stappen": [ { "soort": "vertraagt", "datum": "2022-13-01" } ] }""", "$.stappen[0].datum", "is not a date", "ZK003" },
        { """{ "formaat": "zk-scenario/1", "stappen": [ { "soort": "vertraagt", "kwartalen": "1" } ] }""", "$.stappen[0].kwartalen", "Expected a whole number; found a string.", null },
        { """{ "formaat": "zk-scenario/1", "stappen": [ { "actie": "1" } ] }""", "$.stappen[0]", "Missing required field(s): 'soort'.", null },
        { """{ "formaat": "zk-scenario/1", "stappen": [ { "soort": 0 } ] }""", "$.stappen[0].soort", "found a number", null },
        { """{ "formaat": "zk-scenario/1", "stappen": [ } """, "$", "invalid start of a value", null },
        { """{ "formaat": "zk-scenario/1", "stappen": [ null ] }""", "$.stappen[0]", "found null (null is not allowed here)", null },
        { """{ "formaat": "zk-scenario/1", "stappen": [ { "soort": "verwerpt", "soort": "verwerpt" } ] }""", "$.stappen[0].soort", "Duplicate field 'soort'.", null },
        { "null", "$", "The document is null; expected an object.", null },
    };

    [Theory]
    [MemberData(nameof(Broken))]
    public void A_broken_scenario_gives_one_error_with_path_and_both_languages(string json, string path, string messagePart, string? code)
    {
        var e = Assert.Throws<WerkplanDocumentException>(() => ScenarioDocument.Load(Encoding.UTF8.GetBytes(json), "s.json"));
        Assert.Equal("s.json", e.Error.Source);
        Assert.Equal(path, e.Error.JsonPath);
        Assert.Contains(messagePart, e.Error.Message, StringComparison.Ordinal);
        Assert.Equal(code, e.Error.Code);
        Assert.Equal(1, e.Error.Line);
        Assert.NotEqual(e.Error.Message, e.Error.MessageNl);
    }

    [Fact]
    public void A_scenario_may_start_with_a_byte_order_mark()
    {
        var scenario = ScenarioDocument.Load([0xEF, 0xBB, 0xBF, .. """{ "formaat": "zk-scenario/1", "stappen": [ { "soort": "annuleert", "radenbijeenkomst": "rb-1" } ] }"""u8]);
        Assert.Equal("rb-1", Assert.Single(scenario.Stappen).Radenbijeenkomst);
    }

    [Fact]
    public void A_valid_scenario_still_loads()
    {
        var scenario = ScenarioDocument.Load("""{ "formaat": "zk-scenario/1", "stappen": [ { "soort": "vertraagt", "actie": "4.1", "kwartalen": 2, "datum": "2022-01-01" } ] }"""u8);
        Assert.Equal(StapSoort.Vertraagt, scenario.Stappen[0].Soort);
        Assert.Equal(2, scenario.Stappen[0].Kwartalen);
    }
}
