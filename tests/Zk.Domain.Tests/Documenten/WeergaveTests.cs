using System.Text;
using FsCheck;
using FsCheck.Fluent;
using Zk.Domain.Documenten;
using Zk.Domain.Tests.Generators;

namespace Zk.Domain.Tests.Documenten;

/// <summary>How a message shows a value from outside (issue 15 point 1): one line, control characters escaped, shortened
/// with its length, never cut inside a surrogate pair or an escape; DocumentError bounds every text it holds.</summary>
public class WeergaveTests
{
    private static readonly Gen<string> Teksten = Gen.Elements("a", "😀", "\n", "\u0000", "\u001b", "\\", "é", "\u202E", "\uD800", "\uDC00", "x")
        .ListOf().Select(d => string.Concat(d));

    [Fact]
    public void Shorten_gives_one_bounded_line_with_whole_characters()
    {
        var geoefend = Wet.Controleer(Gen.Zip(Teksten, Gen.Choose(24, 80)), 1000, 20261204, 5, geval =>
        {
            var (tekst, max) = geval;
            var kort = Weergave.Shorten(tekst, max);
            string? fout = null;
            if (kort.Length > max)
            {
                fout = $"{kort.Length} > {max}";
            }
            else if (kort.Any(char.IsControl) || kort.Contains('\u202E', StringComparison.Ordinal))
            {
                fout = "a special character is left: " + kort;
            }
            else if (Encoding.UTF8.GetString(Encoding.UTF8.GetBytes(kort)) != kort)
            {
                fout = "an unpaired surrogate is left: " + kort;
            }
            else if (Weergave.Escape(tekst).Length <= max && kort != Weergave.Escape(tekst))
            {
                fout = "a short text was cut";
            }

            return (Weergave.Escape(tekst).Length > max, fout);
        });
        Assert.True(geoefend >= 200, $"only {geoefend} cases were cut");
    }

    [Fact]
    public void A_document_error_is_one_bounded_line_whatever_it_was_given()
    {
        var groot = new string('x', 1_000_000);
        var fout = new DocumentError("plan\n" + groot + ".json", "$.acties[0]['a\nb" + groot + "']", 1, 2, "Found '\u001b[2J" + groot + "'.") { MessageNl = "Gevonden \0" + groot };
        foreach (var taal in new[] { Taal.En, Taal.Nl })
        {
            var regel = fout.ToString(taal);
            Assert.True(regel.Length <= DocumentError.MaxLineLength, regel.Length.ToString(System.Globalization.CultureInfo.InvariantCulture));
            Assert.DoesNotContain(regel, char.IsControl);
        }

        Assert.True(fout.JsonPath.Length <= DocumentError.MaxPathLength);
        Assert.True(fout.Message.Length <= DocumentError.MaxMessageLength);
        Assert.True(fout.MessageNl.Length <= DocumentError.MaxMessageLength);
        Assert.Contains("\\n", fout.JsonPath, StringComparison.Ordinal);
        Assert.Equal("$.acties[2].termijn", new DocumentError("p", "$.acties[2].termijn", 1, 1, "m").JsonPath);
    }
}
