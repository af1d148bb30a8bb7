using System.Text;
using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Fluent;
using Zk.Domain.Besturing;
using Zk.Domain.Bundled;
using Zk.Domain.Documenten;
using Zk.Domain.Regels;
using Zk.Domain.Tests.Generators;
using Zk.Domain.Werkplannen;

namespace Zk.Domain.Tests.Documenten;

/// <summary>
/// <c>zk-werkplan/1</c> after <c>zk-werkplan/2</c> (issue 13, point 5): every version 1 document still loads, read with
/// Zuid-Kennemerland's profile, to the plan it always was; a version 1 document that uses what only version 2 has is
/// refused with a clear error, also when its format field comes last.
/// </summary>
public class Versie1Tests
{
    private const string V1 = "\"formaat\": \"zk-werkplan/1\"";
    private const string V2 = "\"formaat\": \"zk-werkplan/2\"";

    // The bundled plan without its TOOI identifiers (a zk-werkplan/2 field, issue 17): what version 1 can hold of it.
    private static readonly Werkplan Gebundeld = BundledPlans.ZuidKennemerland with
    {
        Partijen = [.. BundledPlans.ZuidKennemerland.Partijen.Select(p => p with { Tooi = null })],
    };

    // A plan of Zuid-Kennemerland's profile as a version 1 document: the canonical document has no version 2 field
    // then, so it is the version 1 document with the other format line.
    private static string AlsVersie1(Werkplan plan)
    {
        var tekst = WerkplanDocument.SaveToString(plan);
        Assert.DoesNotContain("\"profiel\"", tekst, StringComparison.Ordinal);
        Assert.DoesNotContain("\"soort\": \"radenbijeenkomst\"", tekst, StringComparison.Ordinal);
        Assert.DoesNotContain("\"lidmaatschappen\"", tekst, StringComparison.Ordinal);
        Assert.Contains(V2, tekst, StringComparison.Ordinal);
        return tekst.Replace(V2, V1, StringComparison.Ordinal);
    }

    [Fact]
    public void A_version_1_document_reads_to_the_plan_it_was_written_from()
    {
        // Version 1 has Zuid-Kennemerland's profile, no meeting kinds and no membership periods: the generated plans as
        // version 1 can hold them.
        var plannen = WerkplanGenerator.Werkplan.Sample(300, new Rnd(13UL, 5UL), 30)
            .Select(p => p with
            {
                Profiel = Bestuursprofiel.ZuidKennemerland,
                Radenbijeenkomsten = [.. p.Radenbijeenkomsten.Select(r => r with { Soort = null })],
                Lidmaatschappen = [],
            })
            .ToList();
        var metFasen = 0;
        foreach (var plan in plannen)
        {
            var gelezen = WerkplanDocument.Parse(AlsVersie1(plan));
            Assert.Equal(plan, gelezen);
            Assert.Same(Bestuursprofiel.ZuidKennemerland, gelezen.Profiel);
            metFasen += plan.Acties.Any(a => !a.Raadsmomenten.IsEmpty) || !plan.Totstandkoming.IsEmpty ? 1 : 0;
        }

        // The law is about stages: most generated plans have council moments to read.
        Assert.True(metFasen >= 200, $"only {metFasen} of {plannen.Count} plans have council moments");
    }

    [Fact]
    public void A_version_2_document_keeps_another_profile_and_its_meeting_kinds()
    {
        var plannen = WerkplanGenerator.Werkplan.Sample(300, new Rnd(13UL, 7UL), 30).ToList();
        var anders = 0;
        var metSoort = 0;
        foreach (var plan in plannen)
        {
            var tekst = WerkplanDocument.SaveToString(plan);
            Assert.Equal(plan, WerkplanDocument.Parse(tekst));
            if (plan.Profiel != Bestuursprofiel.ZuidKennemerland)
            {
                anders++;
                Assert.Contains("\"profiel\": {", tekst, StringComparison.Ordinal);
                metSoort += plan.Radenbijeenkomsten.Any(r => r.Soort is not null) ? 1 : 0;

                // The same document as version 1 is refused: it has a profile.
                Assert.False(WerkplanDocument.TryLoad(Encoding.UTF8.GetBytes(tekst.Replace(V2, V1, StringComparison.Ordinal)), out _, out var fout));
                Assert.Equal("$.profiel", fout.JsonPath);
            }
        }

        Assert.True(anders >= 40, $"only {anders} of {plannen.Count} plans have another profile");
        Assert.True(metSoort >= 15, $"only {metSoort} plans name a meeting kind");
    }

    [Fact]
    public void The_bundled_plan_read_as_version_1_is_the_bundled_plan()
    {
        var v1 = AlsVersie1(Gebundeld);
        Assert.Equal(Gebundeld, WerkplanDocument.Parse(v1));
    }

    private static DocumentError Fout(string json)
    {
        Assert.False(WerkplanDocument.TryLoad(Encoding.UTF8.GetBytes(json), out _, out var error));
        return error;
    }

    [Fact]
    public void A_version_1_document_with_a_meeting_kind_is_refused_at_the_field()
    {
        var document = JsonNode.Parse(AlsVersie1(Gebundeld))!;
        document["radenbijeenkomsten"]![0]!["soort"] = "radenbijeenkomst";
        var fout = Fout(Herschik(document, formaatLaatst: false));
        Assert.Equal("$.radenbijeenkomsten[0].soort", fout.JsonPath);
        Assert.Contains("part of the format \"zk-werkplan/2\"", fout.Message, StringComparison.Ordinal);
        Assert.Contains("hoort bij het formaat \"zk-werkplan/2\"", fout.MessageNl, StringComparison.Ordinal);
    }

    [Fact]
    public void A_version_1_document_with_membership_periods_is_refused_at_the_field()
    {
        var document = JsonNode.Parse(AlsVersie1(Gebundeld))!;
        document["lidmaatschappen"] = new JsonArray(new JsonObject { ["partij"] = "zandvoort", ["totEnMet"] = "2021-12-31" });
        var fout = Fout(Herschik(document, formaatLaatst: false));
        Assert.Equal("$.lidmaatschappen", fout.JsonPath);
        Assert.Contains("part of the format \"zk-werkplan/2\"", fout.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_version_1_document_with_council_meetings_is_refused_at_the_field()
    {
        var document = JsonNode.Parse(AlsVersie1(Gebundeld))!;
        document["raadsvergaderingen"] = new JsonArray(new JsonObject { ["gemeente"] = "zandvoort", ["datum"] = "2022-03-10" });
        var fout = Fout(Herschik(document, formaatLaatst: false));
        Assert.Equal("$.raadsvergaderingen", fout.JsonPath);
        Assert.Contains("part of the format \"zk-werkplan/2\"", fout.Message, StringComparison.Ordinal);
    }

    // The document with its format field first or last (a hand-written document may put it anywhere).
    private static string Herschik(JsonNode document, bool formaatLaatst)
    {
        var formaat = document["formaat"]!.GetValue<string>();
        var rest = document.AsObject().Where(kv => kv.Key != "formaat").Select(kv => (kv.Key, kv.Value?.DeepClone())).ToList();
        var uit = new JsonObject();
        if (!formaatLaatst)
        {
            uit["formaat"] = formaat;
        }

        foreach (var (key, value) in rest)
        {
            uit[key] = value;
        }

        if (formaatLaatst)
        {
            uit["formaat"] = formaat;
        }

        return uit.ToJsonString();
    }

    [Fact]
    public void A_format_field_that_comes_last_decides_the_version_for_the_whole_document()
    {
        var plan = Gebundeld;
        var document = JsonNode.Parse(WerkplanDocument.SaveToString(plan))!;
        document["acties"]![0]!["raadsmomenten"]![0]!["fase"] = "zienswijzen";

        // Version 2 with the format field last: the stage is read, and the rules say the profile does not define it.
        var v2 = WerkplanDocument.Parse(Herschik(document, formaatLaatst: true));
        Assert.Equal(new Fase("zienswijzen"), v2.Acties[0].Raadsmomenten[0].Fase);
        Assert.Contains(v2.Validate(), b => b.Code == Regelcatalogus.ZK104 && b.Path == "acties[0].raadsmomenten[0]");

        // Version 1 with the format field last: the document as a whole is refused.
        document["formaat"] = "zk-werkplan/1";
        var fout = Fout(Herschik(document, formaatLaatst: true));
        Assert.Equal("$", fout.JsonPath);
        Assert.Contains("says \"zk-werkplan/1\" but uses what only \"zk-werkplan/2\" has", fout.Message, StringComparison.Ordinal);

        // With the format field first, the same stage is refused where it stands, as version 1 always did.
        var vooraan = Fout(Herschik(document, formaatLaatst: false));
        Assert.Equal("$.acties[0].raadsmomenten[0].fase", vooraan.JsonPath);
        Assert.Contains("found 'zienswijzen'", vooraan.Message, StringComparison.Ordinal);

        // A version 1 document with its format field last and nothing of version 2 reads as before.
        var zonder = JsonNode.Parse(AlsVersie1(plan))!;
        Assert.Equal(plan, WerkplanDocument.Parse(Herschik(zonder, formaatLaatst: true)));
    }
}
