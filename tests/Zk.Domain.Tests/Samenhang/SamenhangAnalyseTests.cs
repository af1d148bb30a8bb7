using Zk.Domain.Besturing;
using Zk.Domain.Bundled;
using Zk.Domain.Inplannen;
using Zk.Domain.Samenhang;
using Zk.Domain.Tijd;

namespace Zk.Domain.Tests.Samenhang;

public class SamenhangAnalyseTests
{
    private static readonly SamenhangAnalyse Analyse = SamenhangAnalyse.Of(BundledPlans.ZuidKennemerland);

    [Fact]
    public void The_matrix_counts_koppelkansen_and_vraagstukken_between_main_tasks()
    {
        // K1 (3.1 landschap ↔ wonen) and V6 (3.1 ↔ wonen) meet in one cell.
        Assert.Contains(new MatrixCel("landschap", "wonen", 1, 1, null), Analyse.Matrix);
        // K3 and V5 are both bereikbaarheid ↔ energie-en-klimaat.
        Assert.Contains(new MatrixCel("energie-en-klimaat", "bereikbaarheid", 1, 1, null), Analyse.Matrix);
        Assert.Equal(8, Analyse.Matrix.Sum(c => c.Koppelkansen));
        Assert.Equal(7, Analyse.Matrix.Sum(c => c.Vraagstukken));
    }

    [Fact]
    public void Strengths_are_summed_where_given()
    {
        var plan = BundledPlans.ZuidKennemerland;
        var metSterkte = plan with { Koppelkansen = plan.Koppelkansen.SetItem(1, plan.Koppelkansen[1] with { Sterkte = 2 }) };
        Assert.Contains(new MatrixCel("wonen", "energie-en-klimaat", 1, 1, 2), SamenhangAnalyse.Of(metSterkte).Matrix);
    }

    [Fact]
    public void A_link_between_main_tasks_applies_to_their_actions()
    {
        var wonen = Analyse.PerActie.Single(a => a.Actie == "5.2");
        Assert.Equal(["K1", "K2"], wonen.Koppelkansen);       // K1 names main task wonen, K2 too
        Assert.Equal(["V4", "V6"], wonen.Vraagstukken);
        Assert.Equal(["V1", "V2", "V3"], Analyse.PerActie.Single(a => a.Actie == "4.1").Vraagstukken);
    }

    [Fact]
    public void The_botsproef_reports_dilemmas_not_weighed_together()
    {
        Assert.Null(Analyse.Botsproef.Single(b => b.Vraagstuk == "V1").Samen);   // the seed names no decision on the Nationaal Park
        var plan = BundledPlans.ZuidKennemerland;
        var park = plan.Acties[1] with { Raadsmomenten = plan.Acties[1].Raadsmomenten.SetItem(1, new Raadsmoment { Fase = Fase.Besluitvorming, Kwartaal = Kwartaal.Parse("2022-Q3") }) };
        Assert.False(SamenhangAnalyse.Of(plan with { Acties = plan.Acties.SetItem(1, park) }).Botsproef.Single(b => b.Vraagstuk == "V1").Samen); // 2022-Q3 versus 2022-Q4
        Assert.Null(Analyse.Botsproef.Single(b => b.Vraagstuk == "V6").Samen);   // no decision on either side
        var planning = Planner.Schedule(BundledPlans.ZuidKennemerland, BundledPlans.ZuidKennemerlandKalender);
        Assert.True(SamenhangAnalyse.Of(BundledPlans.ZuidKennemerland, planning).Botsproef.Single(b => b.Vraagstuk == "V3").Samen); // 4.1 and 6.2 both in rb-2022-Q4
    }
}
