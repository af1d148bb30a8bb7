using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Zk.Domain.Collections;
using Zk.Domain.Tests.Generators;
using Zk.Domain.Werkplannen;

namespace Zk.Domain.Tests.Werkplannen;

/// <summary>Equality and hash codes of the plan and its parts (Zk.Domain.Werkplannen).</summary>
public class WerkplannenModelTests
{
    [Fact]
    public void Equal_copies_are_equal_with_equal_hashes_and_a_change_in_any_member_makes_them_unequal()
    {
        var (fouten, wijzigingen, typen) = ModelGelijkheid.Controleer("Zk.Domain.Werkplannen");
        Assert.Empty(fouten);
        Assert.True(typen >= 17, $"{typen} types");
        Assert.True(wijzigingen >= 2_000, $"{wijzigingen} changes tried");
    }

    [Property(MaxTest = 200, Replay = "(20261208,11)")]
    public Property A_plan_equals_its_deep_copy_and_differs_after_a_change_in_one_action() =>
        Prop.ForAll(WerkplanGenerator.Arbitrary(), plan =>
        {
            var kopie = (Werkplan)ModelGelijkheid.DiepeKopie(plan)!;
            var i = plan.Acties.Count / 2;
            var anders = plan with { Acties = plan.Acties.SetItem(i, plan.Acties[i] with { Titel = plan.Acties[i].Titel + "·" }) };
            return (plan == kopie && plan.GetHashCode() == kopie.GetHashCode() && plan != anders && !plan.Equals(anders)).Label($"{plan.Acties.Count} actions");
        });

    [Fact]
    public void A_project_organisation_is_equal_by_its_form_and_parties()
    {
        Assert.Equal(Projectorganisatie.From(["a", "b"]), Projectorganisatie.From(new ValueArray<string>(["a", "b"])));
        Assert.Equal(Projectorganisatie.From(["a", "b"]).GetHashCode(), Projectorganisatie.From(new ValueArray<string>(["a", "b"])).GetHashCode());
        Assert.NotEqual(Projectorganisatie.From(["a", "b"]), Projectorganisatie.From(["b", "a"]));
        Assert.Equal(Projectorganisatie.Leeg, Projectorganisatie.From([]));
        Assert.NotEqual(Projectorganisatie.AlleDeelnemers, Projectorganisatie.Leeg);
    }
}
