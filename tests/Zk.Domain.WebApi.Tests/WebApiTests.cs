using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Zk.Domain.Bundled;
using Zk.Domain.Documenten;
using Zk.Domain.Werkplannen;

namespace Zk.Domain.WebApi.Tests;

/// <summary>
/// The sample web API through an in-memory test server: what a client sends and gets back (status, media type, body),
/// read with System.Text.Json and the document loader, never with the sample's own code.
/// </summary>
public sealed class WebApiTests(WebApplicationFactory<Program> factory) : IClassFixture<WebApplicationFactory<Program>>
{
    private static readonly Werkplan Bundled = BundledPlans.ZuidKennemerland;

    private static byte[] BundledDocument => WerkplanDocument.Save(Bundled);

    private HttpClient Client { get; } = factory.CreateClient();

    private static ByteArrayContent Body(byte[] bytes)
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        return content;
    }

    // The bundled document with its first "termijn": "kort" made "middel", and the line (1-based) where that is.
    private static (byte[] Bytes, int Line) Broken()
    {
        var text = Encoding.UTF8.GetString(BundledDocument);
        var at = text.IndexOf("\"termijn\": \"kort\"", StringComparison.Ordinal);
        Assert.True(at > 0, "the bundled document has a short-term action");
        var broken = text[..at] + "\"termijn\": \"middel\"" + text[(at + "\"termijn\": \"kort\"".Length)..];
        return (Encoding.UTF8.GetBytes(broken), text[..at].Count(c => c == '\n') + 1);
    }

    private static async Task<JsonElement> Problem(HttpResponseMessage response, HttpStatusCode status)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var document = JsonDocument.Parse(await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken));
        var root = document.RootElement.Clone();
        Assert.Equal((int)status, root.GetProperty("status").GetInt32());
        return root;
    }

    [Fact]
    public async Task Validating_the_bundled_plan_gives_200_and_its_findings_without_errors()
    {
        var response = await Client.PostAsync("/plannen/validate", Body(BundledDocument), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        using var findings = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        var items = findings.RootElement.EnumerateArray().ToList();
        Assert.NotEmpty(items);
        Assert.DoesNotContain(items, f => f.GetProperty("severity").GetString() == "error");
        // The README's table: the bundled plan's warnings are ZK043 and ZK103 (and ZK044).
        Assert.Contains(items, f => f.GetProperty("code").GetString() == "ZK043" && f.GetProperty("severity").GetString() == "warning");
        Assert.All(items, f => Assert.False(string.IsNullOrEmpty(f.GetProperty("message").GetString())));
    }

    [Fact]
    public async Task A_broken_document_gives_400_problem_details_naming_its_path_and_line()
    {
        var (bytes, line) = Broken();

        var response = await Client.PostAsync("/plannen/validate?taal=en", Body(bytes), TestContext.Current.CancellationToken);

        var problem = await Problem(response, HttpStatusCode.BadRequest);
        Assert.Equal("urn:zk-domain:problem:document-unreadable", problem.GetProperty("type").GetString());
        Assert.Equal("The document cannot be read", problem.GetProperty("title").GetString());
        Assert.Equal("/plannen/validate", problem.GetProperty("instance").GetString());
        var error = Assert.Single(problem.GetProperty("errors").EnumerateArray().ToList());
        var path = error.GetProperty("path").GetString()!;
        Assert.Matches(@"^\$\.acties\[\d+\]\.termijn$", path);
        Assert.Equal(line, error.GetProperty("line").GetInt32());
        Assert.Equal("request", error.GetProperty("source").GetString());
        Assert.Contains("middel", error.GetProperty("message").GetString(), StringComparison.Ordinal);
        var detail = problem.GetProperty("detail").GetString()!;
        Assert.Contains(path, detail, StringComparison.Ordinal);
        Assert.Contains($"line {line}", detail, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("{ \"formaat\": ")]
    [InlineData("not json")]
    public async Task Text_that_is_no_plan_document_gives_400_problem_details(string body)
    {
        var response = await Client.PostAsync("/plannen/validate", Body(Encoding.UTF8.GetBytes(body)), TestContext.Current.CancellationToken);

        var problem = await Problem(response, HttpStatusCode.BadRequest);
        Assert.Equal("urn:zk-domain:problem:document-unreadable", problem.GetProperty("type").GetString());
        Assert.Equal("Het document is niet leesbaar", problem.GetProperty("title").GetString());
        Assert.Equal("$", Assert.Single(problem.GetProperty("errors").EnumerateArray().ToList()).GetProperty("path").GetString());
    }

    [Fact]
    public async Task A_plan_with_an_error_gives_422_problem_details_with_its_rule_codes()
    {
        // Capacity 1 for a plan of more than one action: ZK011, an error.
        Assert.True(Bundled.Acties.Count > 1);
        var document = WerkplanDocument.Save(Bundled with { Plancapaciteit = 1 });

        var response = await Client.PostAsync("/plannen/validate?taal=en", Body(document), TestContext.Current.CancellationToken);

        var problem = await Problem(response, HttpStatusCode.UnprocessableEntity);
        Assert.Equal("urn:zk-domain:problem:plan-invalid", problem.GetProperty("type").GetString());
        Assert.Equal("The work plan has errors", problem.GetProperty("title").GetString());
        var errors = problem.GetProperty("errors").EnumerateArray().ToList();
        var zk011 = Assert.Single(errors, e => e.GetProperty("code").GetString() == "ZK011");
        Assert.Equal("error", zk011.GetProperty("severity").GetString());
        Assert.True(zk011.TryGetProperty("path", out _));
        // Every finding is there, the warnings of the bundled plan included, each with code, severity, path and message.
        Assert.Contains(errors, e => e.GetProperty("code").GetString() == "ZK043" && e.GetProperty("severity").GetString() == "warning");
        Assert.All(errors, e => Assert.Equal(["code", "severity", "path", "message"], e.EnumerateObject().Select(p => p.Name)));
        Assert.StartsWith("1 error among ", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_bundled_plans_schedule_is_JSON_that_System_Text_Json_reads()
    {
        var response = await Client.GetAsync("/plannen/zuid-kennemerland/planning", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        using var planning = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        var root = planning.RootElement;
        Assert.Contains(root.GetProperty("bewezenOptimaal").ValueKind, new[] { JsonValueKind.True, JsonValueKind.False });
        var bijeenkomsten = root.GetProperty("bijeenkomsten").EnumerateArray().ToList();
        Assert.NotEmpty(bijeenkomsten);
        Assert.All(bijeenkomsten, b => Assert.Matches(@"^\d{4}-\d{2}-\d{2}$", b.GetProperty("datum").GetString()));
        // Every action of the plan has its slack.
        var speling = root.GetProperty("speling").EnumerateArray().Select(s => s.GetProperty("actie").GetString()!).ToHashSet();
        Assert.NotEmpty(speling);
        Assert.Subset(speling, Bundled.Acties.Select(a => a.Id).ToHashSet());
    }

    [Fact]
    public async Task The_bundled_plan_is_returned_as_its_document()
    {
        var response = await Client.GetAsync("/plannen/zuid-kennemerland", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var body = await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);
        Assert.Equal(Bundled, WerkplanDocument.Load(body));
        Assert.Equal(BundledDocument, body);
        // The document (about 45 KB), not the model's properties by reflection (some 800 KB).
        Assert.InRange(body.Length, 10_000, 100_000);
    }

    [Fact]
    public async Task A_Werkplan_parameter_is_bound_through_the_converter()
    {
        var response = await Client.PostAsync("/plannen/schedule?taal=en", Body(BundledDocument), TestContext.Current.CancellationToken);
        var planning = await Client.GetStringAsync("/plannen/zuid-kennemerland/planning?taal=en", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        // The bound plan is the bundled plan: its schedule is the bundled plan's.
        Assert.Equal(planning, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task A_Werkplan_parameter_that_does_not_bind_gives_400_problem_details_naming_its_path_and_line()
    {
        var (bytes, line) = Broken();

        var response = await Client.PostAsync("/plannen/schedule", Body(bytes), TestContext.Current.CancellationToken);

        var problem = await Problem(response, HttpStatusCode.BadRequest);
        Assert.Equal("urn:zk-domain:problem:document-unreadable", problem.GetProperty("type").GetString());
        var error = Assert.Single(problem.GetProperty("errors").EnumerateArray().ToList());
        Assert.Matches(@"^\$\.acties\[\d+\]\.termijn$", error.GetProperty("path").GetString());
        Assert.Equal(line, error.GetProperty("line").GetInt32());
        Assert.Contains($"regel {line}", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_body_that_is_not_JSON_for_a_Werkplan_parameter_is_a_bad_request()
    {
        var response = await Client.PostAsync("/plannen/schedule", Body("{ not json"u8.ToArray()), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
