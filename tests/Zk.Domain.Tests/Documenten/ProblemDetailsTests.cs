using System.Text.Json;
using FsCheck.Fluent;
using Zk.Domain.Bundled;
using Zk.Domain.Collections;
using Zk.Domain.Documenten;
using Zk.Domain.Documenten.Web;
using Zk.Domain.Regels;
using Zk.Domain.Tests.Generators;

namespace Zk.Domain.Tests.Documenten;

/// <summary>
/// The mapping of document errors and findings to RFC 9457 problem details (<see cref="ProblemDetailsData"/>), as
/// <c>docs/web-hosts.md</c> states it: kinds, statuses, titles per language, and the <c>errors</c> member, read back
/// from the JSON body.
/// </summary>
public class ProblemDetailsTests
{
    private static readonly DocumentError Fout = new("plan.json", "$.acties[2].termijn", 41, 19, "Expected one of \"kort\", \"lang\"; found 'middel'.")
    {
        MessageNl = "Verwacht een van \"kort\", \"lang\"; gevonden 'middel'.",
    };

    private static JsonElement Body(ProblemDetailsData probleem)
    {
        using var document = JsonDocument.Parse(probleem.ToJson());
        return document.RootElement.Clone();
    }

    private static string[] Namen(JsonElement element) => [.. element.EnumerateObject().Select(p => p.Name)];

    [Theory]
    [InlineData(Taal.Nl, "Het document is niet leesbaar")]
    [InlineData(Taal.En, "The document cannot be read")]
    public void A_document_error_is_a_400_problem_with_its_source_path_line_and_column(Taal taal, string title)
    {
        var probleem = ProblemDetailsData.ForDocumentError(Fout, taal, "/plannen/validate");

        Assert.Equal("urn:zk-domain:problem:document-unreadable", probleem.Type);
        Assert.Equal(400, probleem.Status);
        Assert.Equal(title, probleem.Title);
        Assert.Equal(Fout.ToString(taal), probleem.Detail);
        var body = Body(probleem);
        Assert.Equal(["type", "title", "status", "detail", "instance", "errors"], Namen(body));
        Assert.Equal("/plannen/validate", body.GetProperty("instance").GetString());
        var fout = Assert.Single(body.GetProperty("errors").EnumerateArray().ToList());
        Assert.Equal(["source", "path", "line", "column", "message"], Namen(fout));
        Assert.Equal("plan.json", fout.GetProperty("source").GetString());
        Assert.Equal("$.acties[2].termijn", fout.GetProperty("path").GetString());
        Assert.Equal(41, fout.GetProperty("line").GetInt32());
        Assert.Equal(19, fout.GetProperty("column").GetInt32());
        Assert.Equal(taal == Taal.Nl ? Fout.MessageNl : Fout.Message, fout.GetProperty("message").GetString());
    }

    [Fact]
    public void A_document_error_without_a_position_leaves_line_and_column_out_and_one_with_a_code_names_it()
    {
        var zonder = new DocumentError("<document>", "$", null, null, "Cannot read the stream: gone.");
        var metCode = new DocumentError("<document>", "$.looptijd", 3, 5, "The period ends before it starts.", "ZK003");

        var a = Assert.Single(Body(ProblemDetailsData.ForDocumentError(zonder)).GetProperty("errors").EnumerateArray().ToList());
        var b = Assert.Single(Body(ProblemDetailsData.ForDocumentError(metCode)).GetProperty("errors").EnumerateArray().ToList());

        Assert.Equal(["source", "path", "message"], Namen(a));
        Assert.Equal(["code", "source", "path", "line", "column", "message"], Namen(b));
        Assert.Equal("ZK003", b.GetProperty("code").GetString());
        Assert.False(Body(ProblemDetailsData.ForDocumentError(zonder)).TryGetProperty("instance", out _));
    }

    [Fact]
    public void Findings_with_errors_are_a_422_problem_listing_every_finding_for_generated_plans()
    {
        // Consistent generated plans, half of them given a capacity of one action: those with more actions break ZK011.
        var gen = WerkplanGenerator.GeldigWerkplan.SelectMany(_ => Gen.Elements<int?>(null, 1), (plan, capaciteit) => plan with { Plancapaciteit = capaciteit });
        var zonderFouten = 0;
        var geoefend = Wet.Controleer(gen, 150, 20261204, 20261207, plan =>
        {
            var bevindingen = plan.Validate(new ValidationOptions { Taal = Taal.En });
            var fouten = bevindingen.Count(b => b.Severity == FindingSeverity.Error);
            if (fouten == 0)
            {
                zonderFouten++;
                try
                {
                    ProblemDetailsData.ForFindings(bevindingen);
                    return (false, "findings without an error made a problem");
                }
                catch (ArgumentException)
                {
                    return (false, null);
                }
            }

            var body = Body(ProblemDetailsData.ForFindings(bevindingen, Taal.En));
            var errors = body.GetProperty("errors").EnumerateArray().ToList();
            var verwacht = bevindingen.Select(b => (b.Code, Severity: b.Severity.ToString().ToLowerInvariant(), b.Path, b.Message)).ToList();
            var gelezen = errors.Select(e => (
                e.GetProperty("code").GetString()!,
                Severity: e.GetProperty("severity").GetString()!,
                e.GetProperty("path").GetString()!,
                e.GetProperty("message").GetString()!)).ToList();
            var detail = $"{fouten} {(fouten == 1 ? "error" : "errors")} among {bevindingen.Count} {(bevindingen.Count == 1 ? "finding" : "findings")}";
            return body.GetProperty("status").GetInt32() != 422 ? (true, "status")
                : body.GetProperty("type").GetString() != "urn:zk-domain:problem:plan-invalid" ? (true, "type")
                : !gelezen.SequenceEqual(verwacht) ? (true, "the errors member is not the findings in order")
                : !body.GetProperty("detail").GetString()!.StartsWith(detail, StringComparison.Ordinal) ? (true, "detail: " + body.GetProperty("detail").GetString())
                : (true, null);
        });
        Assert.True(geoefend >= 40, $"only {geoefend} of 150 generated plans had errors");
        Assert.True(zonderFouten >= 20, $"only {zonderFouten} of 150 generated plans had no errors");
    }

    [Theory]
    [InlineData(Taal.Nl, "Het werkplan bevat fouten", "1 fout onder ")]
    [InlineData(Taal.En, "The work plan has errors", "1 error among ")]
    public void The_title_and_detail_of_an_invalid_plan_are_in_the_language_asked_for(Taal taal, string title, string detail)
    {
        var bevindingen = BundledPlans.ZuidKennemerland.Validate(new ValidationOptions { Plancapaciteit = 1 });

        var probleem = ProblemDetailsData.ForFindings(bevindingen, taal);

        Assert.Equal(title, probleem.Title);
        Assert.StartsWith(detail, probleem.Detail, StringComparison.Ordinal);
        Assert.Equal(bevindingen.Count, probleem.Errors.Count);
    }

    [Fact]
    public void The_bundled_plan_is_no_problem()
    {
        var e = Assert.Throws<ArgumentException>(() => ProblemDetailsData.ForFindings(BundledPlans.ZuidKennemerland.Validate()));
        Assert.Equal("bevindingen", e.ParamName);
        Assert.Throws<ArgumentException>(() => ProblemDetailsData.ForFindings(ValueArray<Bevinding>.Empty));
    }

    [Fact]
    public void An_exception_that_carries_a_document_error_anywhere_in_its_chain_maps_to_its_problem()
    {
        var binnen = new WerkplanDocumentException(Fout);
        var ingepakt = new InvalidOperationException("Failed to read parameter", new JsonException(Fout.ToString(), binnen));

        Assert.True(ProblemDetailsData.TryForException(ingepakt, out var probleem, Taal.En, "/x"));
        Assert.Equal(ProblemDetailsData.ForDocumentError(Fout, Taal.En, "/x"), probleem);
        Assert.True(ProblemDetailsData.TryForException(binnen, out _));
        Assert.False(ProblemDetailsData.TryForException(new JsonException("'x' is an invalid start of a value."), out var geen));
        Assert.Null(geen);
    }

    [Fact]
    public void The_body_is_the_same_bytes_under_every_culture()
    {
        var probleem = ProblemDetailsData.ForFindings(BundledPlans.ZuidKennemerland.Validate(new ValidationOptions { Plancapaciteit = 1 }), Taal.Nl, "/plannen");
        var invariant = RoundTripTests.WithCulture(System.Globalization.CultureInfo.InvariantCulture, probleem.ToJson);

        foreach (var culture in new[] { "nl-NL", "tr-TR" })
        {
            Assert.Equal(invariant, RoundTripTests.WithCulture(System.Globalization.CultureInfo.GetCultureInfo(culture), probleem.ToJson));
        }

        Assert.Contains("\n  \"status\": 422,\n", invariant, StringComparison.Ordinal);
        Assert.Equal("application/problem+json", ProblemDetailsData.MediaType);
    }
}
