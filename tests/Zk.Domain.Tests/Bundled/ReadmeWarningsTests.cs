using Zk.Domain.Besturing;
using Zk.Domain.Bundled;
using Zk.Domain.Regels;

namespace Zk.Domain.Tests.Bundled;

/// <summary>
/// The README's table of the bundled plan's warnings is what <c>validate</c> prints: the same codes in the same order,
/// and a row says "derived" exactly when its finding sits on a moment the plan does not name (<see cref="AfleidingSoort.Moment"/>).
/// </summary>
public class ReadmeWarningsTests
{
    private static string Readme() => File.ReadAllText(Repository.Pad("README.md"));

    private static List<(string Code, bool Afgeleid)> Tabel()
    {
        var regels = Readme().Split('\n');
        var kop = Array.FindIndex(regels, r => r.StartsWith("| code | where | from |", StringComparison.Ordinal));
        Assert.True(kop >= 0, "the README has no table of the bundled plan's warnings");
        return regels.Skip(kop + 2).TakeWhile(r => r.StartsWith('|'))
            .Select(r => r.Split('|', StringSplitOptions.TrimEntries))
            .Select(c => (c[1], c[3].Contains("derived", StringComparison.Ordinal)))
            .ToList();
    }

    [Fact]
    public void The_README_lists_the_warnings_validate_gives_and_which_come_from_derived_moments()
    {
        var plan = BundledPlans.ZuidKennemerland;
        var bevindingen = plan.Validate();
        Assert.False(bevindingen.HasErrors());
        var verwacht = bevindingen.Select(b => (b.Code, Afgeleid: VanAfgeleidMoment(plan, b.Path))).ToList();
        Assert.Equal(verwacht, Tabel());
        Assert.Equal(2, verwacht.Count(v => v.Afgeleid)); // the inferred 6.2 decision: ZK043 and ZK044
    }

    // "acties[7].raadsmomenten[1]" → whether that moment is inferred as a whole.
    private static bool VanAfgeleidMoment(Zk.Domain.Werkplannen.Werkplan plan, string pad)
    {
        var delen = pad.Split(['[', ']', '.'], StringSplitOptions.RemoveEmptyEntries);
        return delen is ["acties", var a, "raadsmomenten", var m, ..]
            && plan.Acties[int.Parse(a, System.Globalization.CultureInfo.InvariantCulture)].Raadsmomenten[int.Parse(m, System.Globalization.CultureInfo.InvariantCulture)].Afgeleid?.Soort == AfleidingSoort.Moment;
    }
}
