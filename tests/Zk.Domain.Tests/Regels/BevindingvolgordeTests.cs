using FsCheck;
using FsCheck.Fluent;
using Zk.Domain.Regels;
using Zk.Domain.Tests.Generators;

namespace Zk.Domain.Tests.Regels;

/// <summary>Findings come out by path (numbers as numbers), then code, then message, whatever the order of the checks.</summary>
public class BevindingvolgordeTests
{
    [Theory]
    [InlineData("", "acties")]
    [InlineData("acties[2]", "acties[10]")]
    [InlineData("acties[2].raadsmomenten[10]", "acties[10].raadsmomenten[2]")]
    [InlineData("acties[9]", "acties[9].alLopend")]
    [InlineData("acties[3].doelen[0]", "acties[3].resultaten[0]")]
    [InlineData("acties[100]", "hoofdopgaven[0]")]
    [InlineData("vraagstukken[1]", "vraagstukken[01]")]
    public void Paths_compare_ordinally_with_numbers_as_numbers(string eerder, string later)
    {
        Assert.True(Bevindingvolgorde.VergelijkPad(eerder, later) < 0, $"{eerder} < {later}");
        Assert.True(Bevindingvolgorde.VergelijkPad(later, eerder) > 0, $"{later} > {eerder}");
        Assert.Equal(0, Bevindingvolgorde.VergelijkPad(later, later));
    }

    private static readonly string[] Paden =
    [
        "", "acties", "acties[0]", "acties[2]", "acties[10]", "acties[2].x", "acties[02]", "acties.x", "actiesX", "a1", "a10", "a2",
        "a2[1]", "acties[99999999999]", "hoofdopgaven[3]", "kalender.radenbijeenkomsten[1]", "acties[2][3]", "acties[", "acties[x]",
    ];

    [Fact]
    public void Sorting_by_path_heads_gives_the_order_of_the_full_comparison()
    {
        var gen = Gen.Elements(Paden).SelectMany(p => Gen.Elements("ZK001", "ZK043").Select(c => new Bevinding(c, FindingSeverity.Error, p, "m"))).ArrayOf();
        var lang = Gevallen.Check(gen, 300, 5252, bevindingen =>
        {
            var verwacht = bevindingen.Order(Bevindingvolgorde.Instance).ToArray();
            var gesorteerd = bevindingen.ToArray();
            Bevindingvolgorde.Sort(gesorteerd);
            return (verwacht.SequenceEqual(gesorteerd), bevindingen.Select(b => b.Path).Distinct().Count() >= 5, string.Join(", ", gesorteerd.Select(b => b.Path)));
        });
        Assert.True(lang >= 100, $"only {lang} cases had five distinct paths");
    }

    // Plans with many findings: the generator's plans (ids unique, references resolved) with broken rules on top.
    private static Gen<(Zk.Domain.Werkplannen.Werkplan Plan, int Seed)> Plannen =>
        from plan in WerkplanGenerator.Werkplan
        from seed in Gen.Choose(0, int.MaxValue)
        select (plan with { Plancapaciteit = 1 }, seed);

    [Fact]
    public void Findings_are_sorted_whatever_the_order_of_the_checks()
    {
        var veel = Gevallen.Check(Plannen, 200, 5151, x =>
        {
            var regels = Regelcatalogus.Definities.ToArray();
            new Random(x.Seed).Shuffle(regels);
            var geschud = WerkplanValidation.Validate(x.Plan, null, regels);
            var gewoon = x.Plan.Validate();
            var gesorteerd = gewoon.Zip(gewoon.Skip(1)).All(p => Bevindingvolgorde.Instance.Compare(p.First, p.Second) <= 0);
            return (gesorteerd && geschud == gewoon, gewoon.Select(b => b.Code).Distinct().Count() >= 3, string.Join(" | ", geschud));
        });
        Assert.True(veel >= 100, $"only {veel} plans had findings of three rules or more");
    }
}
