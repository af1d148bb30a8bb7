using System.Globalization;
using System.Text;

namespace Zk.Domain.Tests.Fuzz;

/// <summary>
/// The counts of one fuzz test, per category (mutation, source, command, format, language, exit code, failure) and
/// value: what the cases actually exercised. Shown in the test's output and, when <c>ZK_FUZZ_REPORT=PATH</c> is set,
/// appended to that file as tab-separated lines <c>part, category, value, count</c>, which <c>tests/fuzz-long.sh</c>
/// sums over the slices of a long run.
/// </summary>
internal sealed class Fuzztelling(string onderdeel)
{
    /// <summary>The environment variable naming the file the counts are appended to.</summary>
    public const string Omgeving = "ZK_FUZZ_REPORT";

    private static readonly Lock Schrijven = new();

    private readonly SortedDictionary<(string Categorie, string Waarde), int> _tellingen = new(Vergelijker.Instantie);

    /// <summary>Counts one case under <paramref name="categorie"/> with <paramref name="waarde"/>.</summary>
    public void Tel(string categorie, string waarde)
    {
        var sleutel = (categorie, Veilig(waarde));
        _tellingen[sleutel] = _tellingen.GetValueOrDefault(sleutel) + 1;
    }

    /// <summary>The count of <paramref name="waarde"/> under <paramref name="categorie"/>.</summary>
    public int this[string categorie, string waarde] => _tellingen.GetValueOrDefault((categorie, Veilig(waarde)));

    /// <summary>The sum of the counts under <paramref name="categorie"/>.</summary>
    public int Som(string categorie) => _tellingen.Where(t => t.Key.Categorie == categorie).Sum(t => t.Value);

    /// <summary>Writes the counts to <paramref name="output"/> and, when <c>ZK_FUZZ_REPORT</c> is set, appends them to that file.</summary>
    public void Schrijf(ITestOutputHelper output)
    {
        var regels = _tellingen.Select(t => string.Join('\t', onderdeel, t.Key.Categorie, t.Key.Waarde, t.Value.ToString(CultureInfo.InvariantCulture))).ToList();
        foreach (var regel in regels)
        {
            output.WriteLine(regel);
        }

        if (Environment.GetEnvironmentVariable(Omgeving) is { Length: > 0 } pad)
        {
            lock (Schrijven)
            {
                File.AppendAllLines(pad, regels, new UTF8Encoding(false));
            }
        }
    }

    // A value as one field of a tab-separated line: control characters (tab and newline among them) escaped, never empty.
    private static string Veilig(string waarde)
    {
        if (waarde.Length == 0)
        {
            return "(empty)";
        }

        var uit = new StringBuilder(waarde.Length);
        foreach (var c in waarde)
        {
            _ = char.IsControl(c) ? uit.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:x4}") : uit.Append(c);
        }

        return uit.ToString();
    }

    private sealed class Vergelijker : IComparer<(string, string)>
    {
        public static readonly Vergelijker Instantie = new();

        public int Compare((string, string) x, (string, string) y)
        {
            var c = string.CompareOrdinal(x.Item1, y.Item1);
            return c != 0 ? c : string.CompareOrdinal(x.Item2, y.Item2);
        }
    }
}
