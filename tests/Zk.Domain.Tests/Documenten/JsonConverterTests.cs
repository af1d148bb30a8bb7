using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using FsCheck.Fluent;
using Zk.Domain.Besturing;
using Zk.Domain.Bundled;
using Zk.Domain.Documenten;
using Zk.Domain.Documenten.Web;
using Zk.Domain.Tests.Generators;
using Zk.Domain.Werkplannen;

namespace Zk.Domain.Tests.Documenten;

/// <summary>A host's own message type that holds a plan, as a source-generated host would declare it.</summary>
internal sealed record Aanvraag(string Naam, [property: JsonConverter(typeof(WerkplanJsonConverter))] Werkplan Plan);

/// <summary>A host's source-generated context, which knows its own types only.</summary>
[JsonSerializable(typeof(Aanvraag))]
internal sealed partial class HostContext : JsonSerializerContext;

/// <summary>A host's source-generated context that knows none of the library's types.</summary>
[JsonSerializable(typeof(int[]))]
internal sealed partial class KaleContext : JsonSerializerContext;

/// <summary>
/// The System.Text.Json converters of the plan and the calendar (<see cref="WerkplanJsonConverter"/>,
/// <see cref="KalenderJsonConverter"/>) and the hook <see cref="ZkDomainJson.AddZkDomain"/>: the serializer writes exactly
/// the document's bytes and reads them back to the same plan; a bad document is a <see cref="JsonException"/> with the
/// document error's line.
/// </summary>
public class JsonConverterTests
{
    private static readonly JsonSerializerOptions Options = new JsonSerializerOptions().AddZkDomain();

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public void Serializing_a_plan_writes_its_document_and_deserializing_reads_it_back_for_generated_plans()
    {
        var geoefend = Wet.Controleer(WerkplanGenerator.Werkplan, 200, 20261201, 20261203, plan =>
        {
            var bytes = JsonSerializer.SerializeToUtf8Bytes(plan, Options);
            if (!bytes.AsSpan().SequenceEqual(WerkplanDocument.Save(plan)))
            {
                return (true, "the serializer's bytes are not Save's");
            }

            var terug = JsonSerializer.Deserialize<Werkplan>(bytes, Options);
            // A plan with actions exercises the document's nested reading and writing, not just its frame.
            return (plan.Acties.Count > 0, terug == plan ? null : "Deserialize(Serialize(p)) != p");
        });
        Assert.True(geoefend >= 150, $"only {geoefend} of 200 generated plans had actions");
    }

    [Fact]
    public async Task A_plan_inside_other_JSON_round_trips_also_when_read_in_small_blocks()
    {
        var plannen = new[] { BundledPlans.ZuidKennemerland, BundledPlans.ZuidKennemerland with { Titel = "Tweede", Plancapaciteit = 3 } };
        var options = new JsonSerializerOptions { DefaultBufferSize = 16 }.AddZkDomain();
        using var stream = new MemoryStream();
        await JsonSerializer.SerializeAsync(stream, new Dictionary<string, Werkplan[]> { ["plannen"] = plannen }, options, Token);
        stream.Position = 0;

        var terug = await JsonSerializer.DeserializeAsync<Dictionary<string, Werkplan[]>>(stream, options, Token);

        Assert.NotNull(terug);
        Assert.Equal(plannen, terug["plannen"]);
    }

    [Fact]
    public void The_calendar_is_written_and_read_as_its_document()
    {
        var kalender = BundledPlans.ZuidKennemerlandKalender;
        var bytes = JsonSerializer.SerializeToUtf8Bytes(kalender, Options);

        Assert.Equal(KalenderDocument.Save(kalender), bytes);
        Assert.Equal(kalender, JsonSerializer.Deserialize<Vergaderkalender>(bytes, Options));
    }

    [Fact]
    public void An_unreadable_calendar_is_a_JsonException_with_the_document_error()
    {
        var json = "{ \"formaat\": \"zk-kalender/1\", \"radenbijeenkomsten\": [], \"blokkades\": [], \"extra\": 1 }"u8.ToArray();

        var e = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Vergaderkalender>(json, Options));

        var inner = Assert.IsType<WerkplanDocumentException>(e.InnerException);
        Assert.Equal("$.extra", inner.Error.JsonPath);
        Assert.Equal(inner.Error.ToString(), e.Message);
    }

    // A generated plan's document with an unknown field added to one of its objects (chosen by the generator), the JSON
    // path of that field and the line it is on: the oracle is the mutation itself, not the loader.
    private static (byte[] Document, string Path, int Line) MetOnbekendVeld(Werkplan plan, int keuze)
    {
        var root = JsonNode.Parse(WerkplanDocument.Save(plan))!.AsObject();
        var objecten = new List<JsonObject>();
        Verzamel(root, objecten);
        var doel = objecten[keuze % objecten.Count];
        doel["zzOnbekend"] = true;
        var tekst = root.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
        var at = tekst.IndexOf("\"zzOnbekend\"", StringComparison.Ordinal);
        var path = doel.GetPath() == "$" ? "$.zzOnbekend" : doel.GetPath() + ".zzOnbekend";
        return (Encoding.UTF8.GetBytes(tekst), path, tekst[..at].Count(c => c == '\n') + 1);
    }

    private static void Verzamel(JsonNode? node, List<JsonObject> objecten)
    {
        switch (node)
        {
            case JsonObject o:
                objecten.Add(o);
                foreach (var (_, waarde) in o)
                {
                    Verzamel(waarde, objecten);
                }

                break;
            case JsonArray a:
                foreach (var waarde in a)
                {
                    Verzamel(waarde, objecten);
                }

                break;
        }
    }

    [Fact]
    public void A_document_the_loader_refuses_is_a_JsonException_whose_message_is_the_document_error_for_generated_plans()
    {
        var gen = WerkplanGenerator.Werkplan.SelectMany(_ => Gen.Choose(0, 10_000), (plan, keuze) => (plan, keuze));
        var geoefend = Wet.Controleer(gen, 150, 20261202, 20261205, geval =>
        {
            var (document, path, line) = MetOnbekendVeld(geval.plan, geval.keuze);
            JsonException e;
            try
            {
                JsonSerializer.Deserialize<Werkplan>(document, Options);
                return (true, $"a document with an unknown field at {path} was read");
            }
            catch (JsonException gevangen)
            {
                e = gevangen;
            }

            if (e.InnerException is not WerkplanDocumentException inner)
            {
                return (true, $"the inner exception is {e.InnerException?.GetType().Name ?? "null"}");
            }

            var error = inner.Error;
            if (error.JsonPath != path || error.Line != line || e.Message != error.ToString())
            {
                return (true, $"expected {path} on line {line}; got {error} with message {e.Message}");
            }

            // Nested below the document's own object: the path goes into an array or object of the plan.
            return (path.Count(c => c == '.') > 1, null);
        });
        Assert.True(geoefend >= 100, $"only {geoefend} of 150 unknown fields were below the document's own object");
    }

    [Fact]
    public void Path_and_line_of_a_plan_inside_other_JSON_count_from_the_plans_first_byte()
    {
        var (document, path, line) = MetOnbekendVeld(BundledPlans.ZuidKennemerland, 7);
        var omslag = Encoding.UTF8.GetBytes("{\n  \"Voor\": 1,\n  \"Plan\": " + Encoding.UTF8.GetString(document) + "\n}");

        var e = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Dictionary<string, Werkplan>>("{\"plan\": "u8.ToArray().Concat(document).Append((byte)'}').ToArray(), Options));
        var e2 = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Omslag>(omslag, Options));

        foreach (var fout in new[] { e, e2 })
        {
            var error = Assert.IsType<WerkplanDocumentException>(fout.InnerException).Error;
            Assert.Equal(path, error.JsonPath);
            Assert.Equal(line, error.Line);
        }
    }

    private sealed record Omslag(int Voor, Werkplan Plan);

    [Fact]
    public void Reading_is_as_strict_as_Load_whatever_the_serializers_options_allow()
    {
        var lenient = new JsonSerializerOptions { ReadCommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true }.AddZkDomain();
        var tekst = WerkplanDocument.SaveToString(BundledPlans.ZuidKennemerland);
        var metCommentaar = "{ /* opmerking */" + tekst[1..];
        var metKomma = tekst[..tekst.LastIndexOf('}')] + ",}";

        foreach (var json in new[] { metCommentaar, metKomma })
        {
            var e = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Werkplan>(json, lenient));
            var error = Assert.IsType<WerkplanDocumentException>(e.InnerException).Error;
            Assert.False(WerkplanDocument.TryLoad(Encoding.UTF8.GetBytes(json), out _, out var expected));
            Assert.Equal(expected, error);
        }
    }

    [Fact]
    public void A_json_null_is_a_null_plan()
    {
        Assert.Null(JsonSerializer.Deserialize<Werkplan>("null"u8, Options));
        Assert.Equal("null", JsonSerializer.Serialize<Werkplan?>(null, Options));
    }

    [Fact]
    public void The_hook_composes_with_a_hosts_source_generated_context()
    {
        var plan = BundledPlans.ZuidKennemerland;
        var zonder = new JsonSerializerOptions { TypeInfoResolver = KaleContext.Default };
        var met = new JsonSerializerOptions { TypeInfoResolver = KaleContext.Default }.AddZkDomain();
        var ervoor = new JsonSerializerOptions();
        ervoor.TypeInfoResolverChain.Add(ZkDomainJson.TypeInfoResolver);
        ervoor.TypeInfoResolverChain.Add(KaleContext.Default);
        var erna = new JsonSerializerOptions();
        erna.TypeInfoResolverChain.Add(KaleContext.Default);
        erna.TypeInfoResolverChain.Add(ZkDomainJson.TypeInfoResolver);

        // The host's context alone does not know the plan; with the hook, or the resolver in the chain, it does.
        Assert.Throws<NotSupportedException>(() => JsonSerializer.SerializeToUtf8Bytes(plan, zonder));
        foreach (var options in new[] { met, ervoor, erna })
        {
            var bytes = JsonSerializer.SerializeToUtf8Bytes(plan, options);
            Assert.Equal(WerkplanDocument.Save(plan), bytes);
            Assert.Equal(plan, JsonSerializer.Deserialize<Werkplan>(bytes, options));
            Assert.Equal("[1,2]", JsonSerializer.Serialize(new[] { 1, 2 }, options));
            // A type neither knows.
            Assert.Throws<NotSupportedException>(() => JsonSerializer.Serialize(new Omslag(1, plan), options));
        }
    }

    [Fact]
    public void A_hosts_own_type_holding_a_plan_writes_the_plan_as_its_document()
    {
        var plan = BundledPlans.ZuidKennemerland;
        var options = new JsonSerializerOptions { TypeInfoResolver = HostContext.Default }.AddZkDomain();
        var aanvraag = new Aanvraag("a", plan);

        var bytes = JsonSerializer.SerializeToUtf8Bytes(aanvraag, options);

        using var json = JsonDocument.Parse(bytes);
        Assert.Equal(plan, WerkplanDocument.Parse(json.RootElement.GetProperty("Plan").GetRawText()));
        Assert.Equal(aanvraag, JsonSerializer.Deserialize<Aanvraag>(bytes, options));
    }

    [Fact]
    public void The_hook_adds_each_converter_once_keeps_the_default_resolver_and_returns_the_options()
    {
        var options = new JsonSerializerOptions();

        Assert.Same(options, options.AddZkDomain());
        options.AddZkDomain();

        Assert.Single(options.Converters.OfType<WerkplanJsonConverter>());
        Assert.Single(options.Converters.OfType<KalenderJsonConverter>());
        Assert.Null(options.TypeInfoResolver);
        var metResolver = new JsonSerializerOptions { TypeInfoResolver = KaleContext.Default }.AddZkDomain().AddZkDomain();
        Assert.Equal(new IJsonTypeInfoResolver[] { ZkDomainJson.TypeInfoResolver, KaleContext.Default }, metResolver.TypeInfoResolverChain.ToArray());
        Assert.Throws<ArgumentNullException>(() => ZkDomainJson.AddZkDomain(null!));
        Assert.Null(ZkDomainJson.TypeInfoResolver.GetTypeInfo(typeof(string), options));
    }
}
