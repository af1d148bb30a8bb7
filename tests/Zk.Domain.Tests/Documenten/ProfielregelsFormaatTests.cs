using System.Text.Json.Nodes;
using Zk.Domain.Besturing;
using Zk.Domain.Bundled;
using Zk.Domain.Documenten;
using Zk.Domain.Regels;
using Zk.Domain.Werkplannen;

namespace Zk.Domain.Tests.Documenten;

/// <summary>
/// The profile's rule settings and capacity in <c>zk-werkplan/2</c>: <c>profiel.regels</c> (code → uit, error, warning,
/// info) and <c>profiel.capaciteit</c> ({ aantal, telt }). A code the catalogue does not have loads and is ZK108's
/// warning; a code twice, another word or a negative number is a load error at its path.
/// </summary>
public class ProfielregelsFormaatTests
{
    private static readonly Werkplan Plan = BundledPlans.ZuidKennemerland with
    {
        Plancapaciteit = null,
        Profiel = Bestuursprofiel.Algemeen with
        {
            Id = "regio-oost",
            Naam = "Regio Oost",
            Regels =
            [
                new Profielregel { Code = "ZK013", Stand = Regelstand.Warning },
                new Profielregel { Code = "ZK043", Stand = Regelstand.Uit },
                new Profielregel { Code = "ZK052", Stand = Regelstand.Error },
            ],
            Plancapaciteit = new Plancapaciteit { Aantal = 3, Telt = Capaciteitseenheid.Hoofdopgaven },
        },
    };

    private static string Document => WerkplanDocument.SaveToString(Plan);

    private static DocumentError Fout(string json)
    {
        Assert.False(WerkplanDocument.TryLoad(System.Text.Encoding.UTF8.GetBytes(json), out _, out var error));
        return error;
    }

    [Fact]
    public void The_settings_and_capacity_are_written_as_an_object_by_code_and_read_back()
    {
        var profiel = JsonNode.Parse(Document)!["profiel"]!;
        Assert.Equal("""{"ZK013":"warning","ZK043":"uit","ZK052":"error"}""", profiel["regels"]!.ToJsonString());
        Assert.Equal("""{"aantal":3,"telt":"hoofdopgaven"}""", profiel["capaciteit"]!.ToJsonString());
        Assert.Equal(Plan, WerkplanDocument.Parse(Document));

        // The settings' order in the document does not matter: the model keeps them by code.
        var omgekeerd = JsonNode.Parse(Document)!;
        omgekeerd["profiel"]!["regels"] = new JsonObject { ["ZK052"] = "error", ["ZK013"] = "warning", ["ZK043"] = "uit" };
        Assert.Equal(Plan, WerkplanDocument.Parse(omgekeerd.ToJsonString()));
    }

    [Fact]
    public void A_profile_without_settings_or_capacity_leaves_both_out_and_runs_none_of_Zuid_Kennemerlands_criteria()
    {
        var algemeen = Plan with { Profiel = Bestuursprofiel.Algemeen };
        var profiel = JsonNode.Parse(WerkplanDocument.SaveToString(algemeen))!["profiel"]!.AsObject();
        Assert.False(profiel.ContainsKey("regels"));
        Assert.False(profiel.ContainsKey("capaciteit"));
        Assert.Equal(algemeen, WerkplanDocument.Parse(WerkplanDocument.SaveToString(algemeen)));
    }

    [Fact]
    public void The_settings_read_decide_the_findings()
    {
        var plan = WerkplanDocument.Parse(Document);
        var bevindingen = plan.Validate();
        Assert.DoesNotContain(bevindingen, b => b.Code == Regelcatalogus.ZK043);
        Assert.Equal(("hoofdopgaven", FindingSeverity.Error), bevindingen.Where(b => b.Code == Regelcatalogus.ZK011).Select(b => (b.Path, b.Severity)).Single());

        var lopend = plan with { Acties = plan.Acties.SetItem(2, plan.Acties[2] with { AlLopend = true }) };
        Assert.Equal(FindingSeverity.Warning, lopend.Validate().Single(b => b.Code == Regelcatalogus.ZK013).Severity);
    }

    [Fact]
    public void A_code_the_catalogue_does_not_have_loads_and_is_a_warning_of_ZK108()
    {
        var json = Document.Replace("\"ZK013\": \"warning\"", "\"ZK999\": \"uit\", \"zk 13\": \"error\", \"ZK013\": \"warning\"", StringComparison.Ordinal);
        var plan = WerkplanDocument.Parse(json);
        var zk108 = plan.Validate().Where(b => b.Code == Regelcatalogus.ZK108).ToList();
        Assert.Equal(["profiel.regels.ZK999", "profiel.regels['zk 13']"], zk108.Select(b => b.Path).Order(StringComparer.Ordinal));
        Assert.All(zk108, b => Assert.Equal(FindingSeverity.Warning, b.Severity));
        Assert.Contains(zk108, b => b.Message == "De regel 'ZK999' die het bestuursprofiel 'regio-oost' instelt, staat niet in de regelcatalogus; de instelling doet niets.");
        Assert.Equal(Plan.Validate(), plan.Validate().Where(b => b.Code != Regelcatalogus.ZK108));
        Assert.DoesNotContain(Plan.Validate(), b => b.Code == Regelcatalogus.ZK108);
    }

    [Theory]
    [InlineData("\"ZK043\": \"uit\"", "\"ZK043\": \"uit\", \"ZK043\": \"info\"", "$.profiel.regels.ZK043", "Duplicate field 'ZK043'.")]
    [InlineData("\"ZK043\": \"uit\"", "\"ZK043\": \"aan\"", "$.profiel.regels.ZK043", "Expected one of \"uit\", \"error\", \"warning\", \"info\"; found")]
    [InlineData("\"ZK043\": \"uit\"", "\"ZK043\": null", "$.profiel.regels.ZK043", "null is not allowed here")]
    [InlineData("\"ZK043\": \"uit\"", "\"ZK043\": \"Error\"", "$.profiel.regels.ZK043", "Error")]
    [InlineData("\"aantal\": 3", "\"aantal\": -1", "$.profiel.capaciteit.aantal", "Expected a whole number of 0 or more")]
    [InlineData("\"telt\": \"hoofdopgaven\"", "\"telt\": \"speerpunten\"", "$.profiel.capaciteit.telt", "Expected one of \"acties\", \"hoofdopgaven\"")]
    public void A_broken_setting_or_capacity_is_a_load_error_at_its_path(string van, string naar, string pad, string bericht)
    {
        Assert.Contains(van, Document, StringComparison.Ordinal);
        var fout = Fout(Document.Replace(van, naar, StringComparison.Ordinal));
        Assert.Equal(pad, fout.JsonPath);
        Assert.Contains(bericht, fout.Message, StringComparison.Ordinal);
        Assert.NotNull(fout.Line);
    }

    [Fact]
    public void Settings_as_a_list_are_refused()
    {
        var json = JsonNode.Parse(Document)!;
        json["profiel"]!["regels"] = new JsonArray("ZK043");
        Assert.Equal("$.profiel.regels", Fout(json.ToJsonString()).JsonPath);
    }
}
