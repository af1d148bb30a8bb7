using System.Globalization;
using System.Runtime.CompilerServices;

namespace Zk.Domain.Regels;

/// <summary>
/// A message template with named placeholders, e.g. <c>De actie '{actie}' heeft geen resultaat.</c>, parsed once.
/// A placeholder is a name of letters between braces; values are formatted culture-independently.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
internal sealed class Sjabloon
{
    private readonly (string Tekst, string? Naam)[] _delen;

    public Sjabloon(string sjabloon)
    {
        Tekst = sjabloon;
        var delen = new List<(string, string?)>();
        var namen = new HashSet<string>(StringComparer.Ordinal);
        var begin = 0;
        while (begin < sjabloon.Length)
        {
            var open = sjabloon.IndexOf('{', begin);
            var dicht = sjabloon.IndexOf('}', begin);
            if (open < 0)
            {
                if (dicht >= 0)
                {
                    throw new FormatException($"A '}}' without '{{' in the template \"{sjabloon}\".");
                }

                delen.Add((sjabloon[begin..], null));
                break;
            }

            var sluit = sjabloon.IndexOf('}', open);
            if (sluit < 0 || (dicht >= 0 && dicht < open))
            {
                throw new FormatException($"Unbalanced braces in the template \"{sjabloon}\".");
            }

            var naam = sjabloon[(open + 1)..sluit];
            if (naam.Length == 0 || !naam.All(char.IsAsciiLetter))
            {
                throw new FormatException($"The placeholder '{{{naam}}}' in \"{sjabloon}\" is not a name of letters.");
            }

            delen.Add((sjabloon[begin..open], naam));
            namen.Add(naam);
            begin = sluit + 1;
        }

        _delen = [.. delen];
        Namen = namen;
    }

    /// <summary>The template text.</summary>
    public string Tekst { get; }

    /// <summary>The placeholders' names.</summary>
    public IReadOnlySet<string> Namen { get; }

    /// <summary>The message with every placeholder filled from <paramref name="waarden"/> (by name).</summary>
    /// <exception cref="InvalidOperationException">A placeholder has no value (a rule's bug).</exception>
    /// <remarks>
    /// Built in a stack buffer, values that format themselves into a span (numbers, quarters, places) without an
    /// intermediate string: large plans have a finding for most vraagstukken.
    /// </remarks>
    public string Format(ReadOnlySpan<(string Naam, object? Waarde)> waarden)
    {
        var text = new DefaultInterpolatedStringHandler(Tekst.Length, _delen.Length, CultureInfo.InvariantCulture, stackalloc char[256]);
        foreach (var (tekst, naam) in _delen)
        {
            text.AppendLiteral(tekst);
            if (naam is not null)
            {
                text.AppendFormatted(Waarde(naam, waarden));
            }
        }

        return text.ToStringAndClear();
    }

    private object? Waarde(string naam, ReadOnlySpan<(string Naam, object? Waarde)> waarden)
    {
        foreach (var (n, w) in waarden)
        {
            if (string.Equals(n, naam, StringComparison.Ordinal))
            {
                return w;
            }
        }

        throw new InvalidOperationException($"No value for the placeholder '{{{naam}}}' of \"{Tekst}\".");
    }
}
