using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Zk.Domain.Regels;
using Zk.Domain.Tests.Generators;

namespace Zk.Domain.Tests.Regels;

/// <summary>
/// Each error rule as a law: a valid plan has no errors; changing it so that it breaks one rule makes the validator
/// report that rule's code at the changed path, and no error of any other rule.
/// </summary>
public class RuleLawTests
{
    private const int Cases = 200;

    private static Property Law(string code) =>
        Prop.ForAll(Arb.From(Mutaties.For(code)), m =>
        {
            var bevindingen = m.Plan.Validate(m.Options);
            var raak = bevindingen.Any(b => b.Code == code && b.Path == m.Path && b.Severity == FindingSeverity.Error);
            var andere = bevindingen.Where(b => b.Severity == FindingSeverity.Error && b.Code != code).Select(b => b.ToString()).ToList();
            return (raak && andere.Count == 0).Label($"expected {code} at {m.Path}; got: {string.Join(" | ", bevindingen)}");
        });

    [Property(MaxTest = 500, Replay = "(90210,10101)")]
    public Property Valid_plans_have_no_errors() =>
        Prop.ForAll(WerkplanGenerator.GeldigArbitrary(), plan =>
        {
            var fouten = plan.Validate().Where(b => b.Severity == FindingSeverity.Error).ToList();
            return (fouten.Count == 0).Label(string.Join(" | ", fouten));
        });

    [Fact]
    public void Every_error_rule_of_the_catalogue_has_a_law()
    {
        var errorRules = Regelcatalogus.Regels.Where(r => r.Severity == FindingSeverity.Error).Select(r => r.Code);
        Assert.Equal(errorRules.Order(), Mutaties.ErrorCodes.Order());
    }

    [Property(MaxTest = Cases, Replay = "(1,3)")]
    public Property ZK001_ids_are_unique() => Law(Regelcatalogus.ZK001);

    [Property(MaxTest = Cases, Replay = "(2,3)")]
    public Property ZK002_references_resolve() => Law(Regelcatalogus.ZK002);

    [Property(MaxTest = Cases, Replay = "(3,3)")]
    public Property ZK003_periods_end_after_they_start() => Law(Regelcatalogus.ZK003);

    [Property(MaxTest = Cases, Replay = "(4,3)")]
    public Property ZK004_every_required_member_has_a_value() => Law(Regelcatalogus.ZK004);

    [Property(MaxTest = Cases, Replay = "(10,3)")]
    public Property ZK010_every_main_task_has_an_action() => Law(Regelcatalogus.ZK010);

    [Property(MaxTest = Cases, Replay = "(11,3)")]
    public Property ZK011_actions_fit_the_capacity() => Law(Regelcatalogus.ZK011);

    [Property(MaxTest = Cases, Replay = "(13,3)")]
    public Property ZK013_no_action_is_already_running() => Law(Regelcatalogus.ZK013);

    [Property(MaxTest = Cases, Replay = "(14,3)")]
    public Property ZK014_no_claims_on_funds() => Law(Regelcatalogus.ZK014);

    [Property(MaxTest = Cases, Replay = "(20,3)")]
    public Property ZK020_every_action_has_a_political_lead() => Law(Regelcatalogus.ZK020);

    [Property(MaxTest = Cases, Replay = "(21,3)")]
    public Property ZK021_leads_are_members() => Law(Regelcatalogus.ZK021);

    [Property(MaxTest = Cases, Replay = "(22,3)")]
    public Property ZK022_all_members_in_every_project_organisation() => Law(Regelcatalogus.ZK022);

    [Property(MaxTest = Cases, Replay = "(30,3)")]
    public Property ZK030_every_action_has_a_result() => Law(Regelcatalogus.ZK030);

    [Property(MaxTest = Cases, Replay = "(31,3)")]
    public Property ZK031_nothing_due_after_the_period() => Law(Regelcatalogus.ZK031);

    [Property(MaxTest = Cases, Replay = "(40,3)")]
    public Property ZK040_stages_in_order_each_in_a_later_meeting() => Law(Regelcatalogus.ZK040);

    [Property(MaxTest = Cases, Replay = "(41,3)")]
    public Property ZK041_no_decision_without_interim_discussion() => Law(Regelcatalogus.ZK041);

    [Property(MaxTest = Cases, Replay = "(42,3)")]
    public Property ZK042_moments_within_the_period() => Law(Regelcatalogus.ZK042);

    [Property(MaxTest = Cases, Replay = "(50,3)")]
    public Property ZK050_links_connect_distinct_elements() => Law(Regelcatalogus.ZK050);

    [Property(MaxTest = Cases, Replay = "(60,3)")]
    public Property ZK060_meetings_within_capacity() => Law(Regelcatalogus.ZK060);

    [Property(MaxTest = Cases, Replay = "(61,3)")]
    public Property ZK061_moments_where_the_calendar_has_a_meeting() => Law(Regelcatalogus.ZK061);

    [Property(MaxTest = Cases, Replay = "(101,3)")]
    public Property ZK101_a_moment_is_in_its_meeting_s_quarter() => Law(Regelcatalogus.ZK101);

    [Property(MaxTest = Cases, Replay = "(104,3)")]
    public Property ZK104_every_stage_is_a_stage_of_the_profile() => Law(Regelcatalogus.ZK104);

    [Property(MaxTest = Cases, Replay = "(105,3)")]
    public Property ZK105_a_membership_period_is_a_period_within_the_plan_s() => Law(Regelcatalogus.ZK105);

    [Property(MaxTest = Cases, Replay = "(106,3)")]
    public Property ZK106_a_successor_is_a_member_from_the_day_after() => Law(Regelcatalogus.ZK106);

    [Property(MaxTest = Cases, Replay = "(109,3)")]
    public Property ZK109_a_TOOI_identifier_has_the_standards_form() => Law(Regelcatalogus.ZK109);
}
