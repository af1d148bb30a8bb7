using Zk.Domain.Bundled;
using Zk.Domain.Collections;
using Zk.Domain.Documenten;
using Zk.Domain.Partijen;
using Zk.Domain.Regels;
using Zk.Domain.Werkplannen;

namespace Zk.Domain.Tests.Partijen;

/// <summary>
/// A party's TOOI identifier (issue 17, point 2): the optional field <c>tooi</c> of zk-werkplan/2, filled for the four
/// Zuid-Kennemerland municipalities, refused in a version 1 document, and rule ZK109 for one of another form.
/// </summary>
public class TooiTests
{
    private static readonly Werkplan Plan = BundledPlans.ZuidKennemerland;

    [Theory]
    [InlineData("https://identifier.overheid.nl/tooi/id/gemeente/gm0392", true)]
    [InlineData("https://identifier.overheid.nl/tooi/id/gemeente/gm039", false)]
    [InlineData("https://identifier.overheid.nl/tooi/id/gemeente/gm03921", false)]
    [InlineData("https://identifier.overheid.nl/tooi/id/gemeente/GM0392", false)]
    [InlineData("http://identifier.overheid.nl/tooi/id/gemeente/gm0392", false)]
    [InlineData("https://identifier.overheid.nl/tooi/id/gemeente/gm03٩2", false)]
    [InlineData("gm0392", false)]
    [InlineData(null, false)]
    public void A_municipalitys_identifier_is_the_TOOI_prefix_and_gm_with_four_ASCII_digits(string? tooi, bool geldig) =>
        Assert.Equal(geldig, Partij.IsTooiGemeente(tooi));

    [Fact]
    public void The_bundled_plan_has_the_four_identifiers_and_no_ZK109()
    {
        Assert.Equal(
            ["gm0377", "gm0392", "gm0397", "gm0473"],
            Plan.Partijen.Where(p => p.Tooi is not null).Select(p => p.Tooi![^6..]).Order(StringComparer.Ordinal));
        Assert.All(Plan.Deelnemers, d => Assert.True(Partij.IsTooiGemeente(Plan.Partijen.Single(p => p.Id == d).Tooi)));
        Assert.DoesNotContain(Plan.Validate(), b => b.Code == Regelcatalogus.ZK109);
    }

    [Fact]
    public void The_identifier_round_trips_and_a_party_without_one_writes_no_field()
    {
        var tekst = WerkplanDocument.SaveToString(Plan);
        Assert.Equal(4, tekst.Split("\"tooi\"").Length - 1);
        Assert.Equal(Plan, WerkplanDocument.Parse(tekst));
        var zonder = Plan with { Partijen = Plan.Partijen.Select(p => p with { Tooi = null }).ToValueArray() };
        Assert.DoesNotContain("\"tooi\"", WerkplanDocument.SaveToString(zonder), StringComparison.Ordinal);
    }

    [Fact]
    public void A_version_1_document_with_an_identifier_is_refused()
    {
        var tekst = WerkplanDocument.SaveToString(Plan).Replace("\"formaat\": \"zk-werkplan/2\"", "\"formaat\": \"zk-werkplan/1\"", StringComparison.Ordinal);
        var fout = Assert.Throws<WerkplanDocumentException>(() => WerkplanDocument.Parse(tekst));
        Assert.Contains("tooi", fout.Error.JsonPath, StringComparison.Ordinal);
    }

    [Fact]
    public void ZK109_reports_a_malformed_identifier_at_its_path_and_nothing_else_changes()
    {
        var i = Plan.Partijen.ToList().FindIndex(p => p.Id == "haarlem");
        var j = Plan.Partijen.ToList().FindIndex(p => p.Soort == PartijSoort.Provincie);
        var fout = Plan with
        {
            Partijen = Plan.Partijen.Select((p, k) => k == i ? p with { Tooi = "gm0392" } : k == j ? p with { Tooi = "https://identifier.overheid.nl/tooi/id/provincie/pv27" } : p).ToValueArray(),
        };
        var bevinding = Assert.Single(fout.Validate(), b => b.Code == Regelcatalogus.ZK109);
        Assert.Equal($"partijen[{i}].tooi", bevinding.Path);
        Assert.Equal(FindingSeverity.Error, bevinding.Severity);
        Assert.Equal(Plan.Validate(), fout.Validate().Where(b => b.Code != Regelcatalogus.ZK109));
        Assert.Contains("gmNNNN", fout.Validate(new ValidationOptions { Taal = Taal.En }).Single(b => b.Code == Regelcatalogus.ZK109).Message, StringComparison.Ordinal);
    }
}
