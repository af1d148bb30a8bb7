using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Zk.Domain.Bundled;
using Zk.Domain.Regels;
using Zk.Domain.Tests.Generators;

namespace Zk.Domain.Tests.Regels;

/// <summary><see cref="ValidationOptions.Regels"/>: a rule switched off by code, or given another severity by code.</summary>
public class ValidationOptionsRegelsTests
{
    [Fact]
    public void A_rule_switched_off_reports_nothing_and_the_others_are_untouched()
    {
        var plan = BundledPlans.ZuidKennemerland;
        var alle = plan.Validate();
        var zonder = plan.Validate(ValidationOptions.Default.Without(Regelcatalogus.ZK043));
        Assert.Contains(alle, b => b.Code == Regelcatalogus.ZK043);
        Assert.Equal(alle.Where(b => b.Code != Regelcatalogus.ZK043), zonder);
    }

    [Fact]
    public void A_rule_with_another_severity_reports_the_same_findings_with_that_severity()
    {
        var plan = BundledPlans.ZuidKennemerland;
        var opties = ValidationOptions.Default.WithSeverity(Regelcatalogus.ZK044, FindingSeverity.Error);
        var bevindingen = plan.Validate(opties);
        Assert.True(bevindingen.HasErrors());
        Assert.Equal(
            plan.Validate().Select(b => b.Code == Regelcatalogus.ZK044 ? b with { Severity = FindingSeverity.Error } : b),
            bevindingen);
        Assert.Equal(FindingSeverity.Error, Assert.Single(bevindingen, b => b.Code == Regelcatalogus.ZK044).Severity);
    }

    [Property(MaxTest = 200, Replay = "(4242,3)")]
    public Property An_error_rule_downgraded_to_a_warning_no_longer_makes_the_plan_inconsistent() =>
        Prop.ForAll(Arb.From(Mutaties.For(Regelcatalogus.ZK030)), m =>
        {
            var opties = m.Options.WithSeverity(Regelcatalogus.ZK030, FindingSeverity.Warning);
            var bevindingen = m.Plan.Validate(opties);
            return (m.Plan.Validate(m.Options).HasErrors()
                    && !bevindingen.HasErrors()
                    && bevindingen.Any(b => b is { Code: Regelcatalogus.ZK030, Severity: FindingSeverity.Warning } && b.Path == m.Path))
                .Label(string.Join(" | ", bevindingen));
        });

    [Property(MaxTest = 200, Replay = "(4343,3)")]
    public Property Switching_a_rule_off_removes_exactly_its_findings() =>
        Prop.ForAll(WerkplanGenerator.Arbitrary(), Arb.From(Gen.Elements(Regelcatalogus.Regels.Select(r => r.Code).ToArray())), (plan, code) =>
        {
            var alle = plan.Validate();
            var zonder = plan.Validate(ValidationOptions.Default.Without(code));
            return alle.Where(b => b.Code != code).SequenceEqual(zonder).Label($"{code}: {string.Join(" | ", zonder)}");
        });

    [Fact]
    public void The_last_setting_for_a_code_wins_in_the_helpers_and_the_list_holds_one_per_code()
    {
        var opties = ValidationOptions.Default.Without(Regelcatalogus.ZK043).WithSeverity(Regelcatalogus.ZK043, FindingSeverity.Info);
        Assert.Equal([RegelInstelling.WithSeverity(Regelcatalogus.ZK043, FindingSeverity.Info)], opties.Regels);
        Assert.Equal(opties, ValidationOptions.Default.WithSeverity(Regelcatalogus.ZK043, FindingSeverity.Info)); // structural equality
        Assert.All(BundledPlans.ZuidKennemerland.Validate(opties).Where(b => b.Code == Regelcatalogus.ZK043), b => Assert.Equal(FindingSeverity.Info, b.Severity));
    }

    [Fact]
    public void Unknown_codes_and_two_settings_for_one_code_are_misuse()
    {
        Assert.Throws<ArgumentException>(() => RegelInstelling.Off("ZK999"));
        Assert.Throws<ArgumentException>(() => ValidationOptions.Default.Without("zk043")); // codes are exact
        Assert.Throws<ArgumentException>(() => ValidationOptions.Default.WithSeverity("ZK999", FindingSeverity.Error));
        Assert.Throws<ArgumentOutOfRangeException>(() => RegelInstelling.WithSeverity(Regelcatalogus.ZK043, (FindingSeverity)9));
        Assert.Throws<ArgumentException>(() => new ValidationOptions
        {
            Regels = [RegelInstelling.Off(Regelcatalogus.ZK043), RegelInstelling.WithSeverity(Regelcatalogus.ZK043, FindingSeverity.Error)],
        });
        Assert.Equal("ZK043 off", RegelInstelling.Off(Regelcatalogus.ZK043).ToString());
        Assert.Equal("ZK052 error", RegelInstelling.WithSeverity(Regelcatalogus.ZK052, FindingSeverity.Error).ToString());
    }
}
