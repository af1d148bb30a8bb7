using Zk.Domain.Documenten.Json;

namespace Zk.Domain.Tests.Documenten;

/// <summary>The one description of the format (WerkplanFormaat): the schema file follows from it, and it keeps the rules the reader relies on.</summary>
public class FormaatTests
{
    // ZK_WRITE_SCHEMA=1 writes the generated schema to docs/werkplan.schema.json (the file's $comment says how).
    [Fact]
    public void The_schema_file_is_generated_from_the_description()
    {
        var path = Repository.Pad("docs", "werkplan.schema.json");
        var generated = WerkplanSchema.Generate();
        if (Environment.GetEnvironmentVariable("ZK_WRITE_SCHEMA") == "1")
        {
            File.WriteAllBytes(path, generated);
        }

        Assert.Equal(System.Text.Encoding.UTF8.GetString(generated), File.ReadAllText(path));
    }

    [Fact]
    public void No_element_contains_an_element_of_its_own_type()
    {
        // The reader keeps one set of slots per element type and one buffer per list type in a load.
        var elements = WerkplanSchema.Reachable(WerkplanFormaat.Werkplan);
        Assert.True(elements.Count >= 17, $"{elements.Count} elements");
        foreach (var element in elements)
        {
            var inside = element.AlleVelden.SelectMany(v => v.Elementen).SelectMany(WerkplanSchema.Reachable);
            Assert.DoesNotContain(element, inside);
        }
    }

    [Fact]
    public void Every_element_has_unique_field_names_and_at_most_64_fields()
    {
        foreach (var element in WerkplanSchema.Reachable(WerkplanFormaat.Werkplan))
        {
            var names = element.AlleVelden.Select(v => v.Naam).ToList();
            Assert.Equal(names.Count, names.Distinct(StringComparer.Ordinal).Count());
            Assert.InRange(names.Count, 1, 64);
        }
    }

    [Fact]
    public void Enum_wire_names_are_explicit_and_cover_every_member()
    {
        // Waarden.Keuze refuses a table that misses a member or names one twice; a table of the wrong length fails here.
        Assert.Throws<InvalidOperationException>(() => Waarden.Keuze((Zk.Domain.Werkplannen.Termijn.Kort, "kort")));
        Assert.Throws<InvalidOperationException>(() => Waarden.Keuze((Zk.Domain.Werkplannen.Termijn.Kort, "kort"), (Zk.Domain.Werkplannen.Termijn.Lang, "kort")));
        Assert.Equal("kort", Waarden.Keuze((Zk.Domain.Werkplannen.Termijn.Kort, "kort"), (Zk.Domain.Werkplannen.Termijn.Lang, "lang")).Verwacht.En.Split('"')[1]);
    }

    [Fact]
    public void Every_message_has_an_English_and_a_Dutch_text_with_the_same_placeholders()
    {
        foreach (var (melding, tekst) in Meldingen.Alle)
        {
            Assert.False(string.IsNullOrWhiteSpace(tekst.En), melding.ToString());
            Assert.False(string.IsNullOrWhiteSpace(tekst.Nl), melding.ToString());
            Assert.NotEqual(tekst.En, tekst.Nl);
            Assert.Equal(Placeholders(tekst.En), Placeholders(tekst.Nl));
        }

        Assert.Equal(Enum.GetValues<Melding>().Length, Meldingen.Alle.Count);
    }

    private static string[] Placeholders(string text) =>
        [.. System.Text.RegularExpressions.Regex.Matches(text, @"\{[a-z]+\}").Select(m => m.Value).Order(StringComparer.Ordinal)];
}
