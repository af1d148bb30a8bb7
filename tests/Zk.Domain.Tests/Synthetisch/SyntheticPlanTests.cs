using Zk.Domain.Documenten;
using Zk.Domain.Inplannen;
using Zk.Domain.Regels;
using Zk.Domain.Synthetisch;
using Zk.Domain.Tests.Documenten;
using Zk.Domain.Tests.Sample;

namespace Zk.Domain.Tests.Synthetisch;

public class SyntheticPlanTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(9)]
    [InlineData(1000)]
    public void A_generated_plan_has_no_errors(int acties)
    {
        var plan = SyntheticPlan.Generate(acties, seed: 7);
        Assert.Equal(acties, plan.Acties.Count);
        Assert.DoesNotContain(plan.Validate(), b => b.Severity == FindingSeverity.Error);
    }

    [Fact]
    public void Proportions_per_thousand_actions()
    {
        var plan = SyntheticPlan.Generate(1000, seed: 1);
        Assert.Equal(100, plan.Hoofdopgaven.Count);
        Assert.Equal(40, plan.Deelnemers.Count);
        Assert.Equal(5000, plan.Koppelkansen.Count + plan.Vraagstukken.Count);
        Assert.Equal(40, plan.Radenbijeenkomsten.Count);
    }

    [Fact]
    public void The_same_seed_gives_the_same_plan_and_another_seed_another()
    {
        Assert.Equal(SyntheticPlan.Generate(200, 3), SyntheticPlan.Generate(200, 3));
        Assert.NotEqual(SyntheticPlan.Generate(200, 3), SyntheticPlan.Generate(200, 4));
    }

    [Fact]
    public void A_generated_plan_can_be_scheduled_on_its_own_meetings()
    {
        var plan = SyntheticPlan.Generate(300, 5);
        var planning = Planner.Schedule(plan, SyntheticPlan.Kalender(plan));
        Assert.True(planning.Toewijzingen.Count > plan.Acties.Count);
    }

    [Fact]
    public void The_generate_command_writes_a_document_that_loads_and_passes_the_schema()
    {
        var (exit, output, error) = SampleCli.Run("generate", "--acties", "50", "--seed", "9");
        Assert.Equal(0, exit);
        Assert.Empty(error);
        Assert.Equal(SyntheticPlan.Generate(50, 9), WerkplanDocument.Parse(output));
        Assert.True(SchemaTests.SchemaAccepts(output, out var why), why);
        Assert.Equal(64, SampleCli.Run("generate").Exit);
        Assert.Equal(64, SampleCli.Run("generate", "--acties", "0").Exit);
        Assert.Equal(64, SampleCli.Run("validate", "x.json", "--acties", "3").Exit);
    }
}
