using System.Reflection;
using FsCheck;
using FsCheck.Fluent;
using Zk.Domain.Besturing;
using Zk.Domain.Bundled;
using Zk.Domain.Documenten;
using Zk.Domain.Tests.Generators;
using Zk.Domain.Werkplannen;

namespace Zk.Domain.Tests.Werkplannen;

/// <summary>
/// A plan and a calendar keep what is derived from them (the plan index, the completeness answer, the calendar's
/// meeting index) in the instance, and write their own copy constructor so that a copy made by <c>with</c> derives its
/// own. Specified here: the copy keeps every public member (each compared by reflection, over plans in which each member
/// is set), is equal, and shares nothing derived; equality and hash codes ignore what was derived.
/// </summary>
public class KopieTests
{
    private static Werkplan[] Plannen()
    {
        var zk = BundledPlans.ZuidKennemerland;
        return
        [
            zk,
            WerkplanDocument.LoadFile(Path.Combine(AppContext.BaseDirectory, "Regio", "werkplan-regio-voorbeeld.json")),
            zk with
            {
                Agenda = "Regionale agenda",
                Plancapaciteit = 7,
                Raadsvergaderingen = [new Raadsvergadering { Gemeente = zk.Deelnemers[0], Datum = zk.Looptijd.Start.PlusDays(40) }],
            },
            .. WerkplanGenerator.Werkplan.Sample(25, new Rnd(20261202UL, 3UL), 30),
        ];
    }

    [Fact]
    public void A_copy_of_a_plan_keeps_every_member_and_derives_its_own_index()
    {
        var gezet = Kopieer(Plannen(), out var gevallen);
        foreach (var p in typeof(Werkplan).GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            Assert.True(gezet.GetValueOrDefault(p.Name) > 0, $"no example plan sets {p.Name}: the copy of that member is unchecked");
        }

        Assert.True(gevallen >= 25, $"{gevallen} plans");
    }

    [Fact]
    public void A_copy_of_a_calendar_keeps_every_member_and_derives_its_own_index()
    {
        var kalender = BundledPlans.ZuidKennemerlandKalender;
        var index = Bijeenkomstindex.Of(kalender);
        var kopie = kalender with { };
        Assert.Equal(kalender, kopie);
        Assert.Equal(kalender.GetHashCode(), kopie.GetHashCode());
        foreach (var p in typeof(Vergaderkalender).GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            Assert.Equal(p.GetValue(kalender), p.GetValue(kopie));
        }

        Assert.False(kalender.Blokkades.IsEmpty);
        Assert.Same(index, Bijeenkomstindex.Of(kalender));
        Assert.NotSame(index, Bijeenkomstindex.Of(kopie));
    }

    [Fact]
    public void What_was_derived_takes_no_part_in_equality()
    {
        var plan = BundledPlans.ZuidKennemerland;
        var kopie = plan with { };
        _ = PlanIndex.Of(plan);
        _ = Volledigheid.Ontbrekend(plan);

        // One side indexed, the other not: still equal, with the same hash code, in both directions.
        Assert.True(plan.Equals(kopie) && kopie.Equals(plan) && plan == kopie);
        Assert.Equal(plan.GetHashCode(), kopie.GetHashCode());
        Assert.Equal(plan.ToString(), kopie.ToString());
    }

    // Copies each plan with `with` and compares every public member; counts, per member, the plans that set it.
    private static Dictionary<string, int> Kopieer(Werkplan[] plannen, out int gevallen)
    {
        var gezet = new Dictionary<string, int>(StringComparer.Ordinal);
        gevallen = 0;
        foreach (var plan in plannen)
        {
            var index = PlanIndex.Of(plan);
            var kopie = plan with { };
            gevallen++;
            Assert.Equal(plan, kopie);
            foreach (var p in typeof(Werkplan).GetProperties(BindingFlags.Public | BindingFlags.Instance))
            {
                var (a, b) = (p.GetValue(plan), p.GetValue(kopie));
                Assert.True(Equals(a, b), $"{p.Name} differs in the copy");
                var standaard = p.PropertyType.IsValueType ? Activator.CreateInstance(p.PropertyType) : null;
                if (!Equals(a, standaard))
                {
                    gezet[p.Name] = gezet.GetValueOrDefault(p.Name) + 1;
                }
            }

            Assert.Same(index, PlanIndex.Of(plan));
            Assert.NotSame(index, PlanIndex.Of(kopie));
            Assert.Same(kopie, PlanIndex.Of(kopie).Plan);
        }

        return gezet;
    }
}
