using System.Text.Json.Nodes;
using NodaTime;
using Zk.Domain.Besturing;
using Zk.Domain.Bundled;
using Zk.Domain.Documenten;
using Zk.Domain.Partijen;
using Zk.Domain.Regels;
using Zk.Domain.Werkplannen;

namespace Zk.Domain.Tests.Partijen;

/// <summary>
/// Membership over time (issue 13, point 3) on the merger of <see cref="Fusieplan"/>: who is a member on a date, the
/// rules that read it (ZK001, ZK002, ZK021, ZK022, ZK105–ZK107) and the document fields.
/// </summary>
public class LidmaatschapTests
{
    private static Werkplan Plan => Fusieplan.Plan;

    private static List<(string Code, string Path)> Codes(Werkplan plan, ValidationOptions? options = null) =>
        [.. plan.Validate(options ?? ValidationOptions.Default).Select(b => (b.Code, b.Path))];

    [Fact]
    public void The_members_of_a_date_follow_the_periods_the_last_day_included()
    {
        Assert.Equal(["alkmaar", "heerhugowaard", "langedijk"], Plan.DeelnemersOp(new LocalDate(2021, 1, 1)));
        Assert.Equal(["alkmaar", "heerhugowaard", "langedijk"], Plan.DeelnemersOp(Fusieplan.LaatsteDag));
        Assert.Equal(["alkmaar", "dijk-en-waard"], Plan.DeelnemersOp(Fusieplan.EersteDag));
        Assert.Equal(["alkmaar", "dijk-en-waard"], Plan.DeelnemersOp(new LocalDate(2040, 1, 1)));
        Assert.Equal(["alkmaar", "heerhugowaard", "langedijk"], Plan.DeelnemersOp(new LocalDate(1900, 1, 1)));
        Assert.True(Plan.IsDeelnemerOp("heerhugowaard", Fusieplan.LaatsteDag));
        Assert.False(Plan.IsDeelnemerOp("heerhugowaard", Fusieplan.EersteDag));
        Assert.False(Plan.IsDeelnemerOp("dijk-en-waard", Fusieplan.LaatsteDag));
        Assert.False(Plan.IsDeelnemerOp("provincie", Fusieplan.EersteDag));
    }

    [Fact]
    public void A_plan_without_periods_has_its_members_on_every_date()
    {
        var zk = BundledPlans.ZuidKennemerland;
        Assert.Empty(zk.Lidmaatschappen);
        foreach (var dag in new[] { zk.Looptijd.Start, zk.Looptijd.End, new LocalDate(1, 1, 1), new LocalDate(9999, 12, 31) })
        {
            Assert.Equal(zk.Deelnemers, zk.DeelnemersOp(dag));
        }
    }

    [Fact]
    public void A_period_that_ends_before_it_starts_has_no_day_and_counts_once_per_member()
    {
        var omgekeerd = new Lidmaatschap { Partij = "x", Vanaf = new LocalDate(2022, 2, 1), TotEnMet = new LocalDate(2022, 1, 1) };
        Assert.False(omgekeerd.IsLidOp(new LocalDate(2022, 1, 15)));
        Assert.False(omgekeerd.IsLidTijdens(new LocalDate(2000, 1, 1), new LocalDate(2100, 1, 1)));

        // A second period of one member counts for nothing: the first holds.
        var dubbel = Plan with { Lidmaatschappen = Plan.Lidmaatschappen.Add(new Lidmaatschap { Partij = "heerhugowaard" }) };
        Assert.False(dubbel.IsDeelnemerOp("heerhugowaard", Fusieplan.EersteDag));
    }

    [Fact]
    public void The_merger_plan_is_valid()
    {
        Assert.DoesNotContain(Plan.Validate(), b => b.Severity == FindingSeverity.Error);
    }

    [Fact]
    public void ZK021_a_lead_whose_membership_ended_before_the_action_s_last_moment_is_reported_with_its_successor()
    {
        var plan = Fusieplan.Met(2, a => a with { Trekkerschap = a.Trekkerschap with { Bestuurlijk = ["heerhugowaard"] } });
        var bevinding = Assert.Single(plan.Validate(), b => b.Code == Regelcatalogus.ZK021);
        Assert.Equal("acties[2].trekkerschap.bestuurlijk[0]", bevinding.Path);
        Assert.Equal("De trekker 'heerhugowaard' is op 2022-06-30 geen deelnemende gemeente meer; de opvolger is 'dijk-en-waard'.", bevinding.Message);
        var en = Assert.Single(plan.Validate(new ValidationOptions { Taal = Taal.En }), b => b.Code == Regelcatalogus.ZK021);
        Assert.Contains("'dijk-en-waard'", en.Message, StringComparison.Ordinal);

        // The same lead on the action decided before the merger is a member then.
        Assert.DoesNotContain(Regelcatalogus.ZK021, Codes(Fusieplan.Met(0, a => a with { Trekkerschap = a.Trekkerschap with { Bestuurlijk = ["heerhugowaard"] } })).Select(c => c.Code));

        // The successor leads an action from before its own start: it is a member on the action's last moment.
        Assert.DoesNotContain(Regelcatalogus.ZK021, Codes(Fusieplan.Met(2, a => a with { Trekkerschap = a.Trekkerschap with { Bestuurlijk = ["dijk-en-waard"] } })).Select(c => c.Code));
    }

    [Fact]
    public void ZK021_an_action_without_a_placed_moment_counts_to_the_period_s_end()
    {
        var plan = Fusieplan.Met(0, a => a with
        {
            Trekkerschap = a.Trekkerschap with { Bestuurlijk = ["langedijk"] },
            Raadsmomenten = [new Raadsmoment { Fase = Fase.Besluitvorming }],
        });
        var bevinding = Assert.Single(plan.Validate(), b => b.Code == Regelcatalogus.ZK021);
        Assert.Contains("2023-12-31", bevinding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ZK021_a_party_that_is_never_a_member_is_reported_without_a_successor()
    {
        var plan = Fusieplan.Met(0, a => a with { Trekkerschap = a.Trekkerschap with { Ambtelijk = ["provincie"] } });
        var bevinding = Assert.Single(plan.Validate(), b => b.Code == Regelcatalogus.ZK021);
        Assert.Equal("acties[0].trekkerschap.ambtelijk[0]", bevinding.Path);
        Assert.Equal("De trekker 'provincie' is op 2021-06-30 geen deelnemende gemeente.", bevinding.Message);
    }

    [Fact]
    public void ZK022_a_project_organisation_needs_the_members_of_the_action_s_time_only()
    {
        Projectorganisatie voor = new[] { "alkmaar", "heerhugowaard", "langedijk" };

        // Action 1 ends in 2021-Q2: Dijk en Waard did not exist yet.
        Assert.DoesNotContain(Regelcatalogus.ZK022, Codes(Fusieplan.Met(0, a => a with { Projectorganisatie = voor })).Select(c => c.Code));

        // Action 3 runs into 2022: Dijk en Waard is a member then, and so were the merging members at the period's start.
        var bevindingen = Fusieplan.Met(2, a => a with { Projectorganisatie = voor }).Validate().Where(b => b.Code == Regelcatalogus.ZK022).ToList();
        Assert.Equal("acties[2].projectorganisatie", Assert.Single(bevindingen).Path);
        Assert.Contains("'dijk-en-waard'", bevindingen[0].Message, StringComparison.Ordinal);
        Assert.Contains(
            (Regelcatalogus.ZK022, "acties[2].projectorganisatie"),
            Codes(Fusieplan.Met(2, a => a with { Projectorganisatie = new[] { "alkmaar", "dijk-en-waard" } })));
    }

    [Fact]
    public void The_options_members_keep_the_plans_periods()
    {
        var options = new ValidationOptions { Deelnemers = ["alkmaar", "heerhugowaard", "dijk-en-waard"] };
        var plan = Fusieplan.Met(2, a => a with { Trekkerschap = a.Trekkerschap with { Bestuurlijk = ["heerhugowaard"] }, Projectorganisatie = new[] { "alkmaar", "heerhugowaard", "dijk-en-waard" } });
        var codes = Codes(plan, options);
        Assert.Contains((Regelcatalogus.ZK021, "acties[2].trekkerschap.bestuurlijk[0]"), codes);
        Assert.DoesNotContain(codes, c => c.Code == Regelcatalogus.ZK022 && c.Path == "acties[2].projectorganisatie");

        // Langedijk is no member in the options: its period refers to no member.
        Assert.Contains((Regelcatalogus.ZK002, "lidmaatschappen[1].partij"), codes);
    }

    [Fact]
    public void ZK001_and_ZK002_a_period_is_of_a_member_once_and_its_successor_a_party()
    {
        var plan = Plan with
        {
            Lidmaatschappen =
            [
                .. Plan.Lidmaatschappen,
                new Lidmaatschap { Partij = "heerhugowaard", TotEnMet = Fusieplan.LaatsteDag },
                new Lidmaatschap { Partij = "provincie", Vanaf = Fusieplan.EersteDag },
                new Lidmaatschap { Partij = "alkmaar", TotEnMet = new LocalDate(2023, 12, 31), Opvolger = "onbekend" },
            ],
        };
        var codes = Codes(plan);
        Assert.Contains((Regelcatalogus.ZK001, "lidmaatschappen[3].partij"), codes);
        Assert.Contains((Regelcatalogus.ZK002, "lidmaatschappen[4].partij"), codes);
        Assert.Contains((Regelcatalogus.ZK002, "lidmaatschappen[5].opvolger"), codes);
        Assert.DoesNotContain(codes, c => c.Code == Regelcatalogus.ZK106);
    }

    [Fact]
    public void ZK105_a_period_that_ends_before_it_starts_or_lies_outside_the_plan_s_period()
    {
        foreach (var (periode, geldig) in new (Lidmaatschap, bool)[]
        {
            (new Lidmaatschap { Partij = "dijk-en-waard", Vanaf = new LocalDate(2024, 1, 1) }, false),
            (new Lidmaatschap { Partij = "dijk-en-waard", Vanaf = new LocalDate(2023, 12, 31) }, true),
            (new Lidmaatschap { Partij = "dijk-en-waard", Vanaf = new LocalDate(2022, 3, 1), TotEnMet = new LocalDate(2022, 2, 28) }, false),
            (new Lidmaatschap { Partij = "dijk-en-waard", TotEnMet = new LocalDate(2020, 12, 31) }, false),
            (new Lidmaatschap { Partij = "dijk-en-waard", TotEnMet = new LocalDate(2021, 1, 1) }, true),
        })
        {
            var plan = Plan with { Lidmaatschappen = Plan.Lidmaatschappen.SetItem(2, periode), Acties = [.. Plan.Acties.Take(1)] };
            Assert.Equal(!geldig, Codes(plan).Contains((Regelcatalogus.ZK105, "lidmaatschappen[2]")));
        }

        var melding = Assert.Single(
            (Plan with { Lidmaatschappen = Plan.Lidmaatschappen.SetItem(2, new Lidmaatschap { Partij = "dijk-en-waard", Vanaf = new LocalDate(2024, 1, 1) }) }).Validate(),
            b => b.Code == Regelcatalogus.ZK105);
        Assert.Equal("Het lidmaatschap van 'dijk-en-waard' (2024-01-01 t/m …) eindigt vóór het begint of valt buiten de looptijd (2021-01-01 t/m 2023-12-31).", melding.Message);
    }

    [Fact]
    public void ZK106_the_successor_is_a_member_from_the_day_after()
    {
        // Dijk en Waard starts a day late: on 1 January 2022 it is no member yet.
        var laat = Plan with { Lidmaatschappen = Plan.Lidmaatschappen.SetItem(2, new Lidmaatschap { Partij = "dijk-en-waard", Vanaf = new LocalDate(2022, 1, 2) }) };
        var codes = Codes(laat);
        Assert.Contains((Regelcatalogus.ZK106, "lidmaatschappen[0].opvolger"), codes);
        Assert.Contains((Regelcatalogus.ZK106, "lidmaatschappen[1].opvolger"), codes);

        // A successor that is a party but no member.
        var provincie = Plan with { Lidmaatschappen = Plan.Lidmaatschappen.SetItem(0, Plan.Lidmaatschappen[0] with { Opvolger = "provincie" }) };
        Assert.Equal([(Regelcatalogus.ZK106, "lidmaatschappen[0].opvolger")], Codes(provincie).Where(c => c.Code == Regelcatalogus.ZK106));
        Assert.DoesNotContain(Codes(Plan), c => c.Code == Regelcatalogus.ZK106);
    }

    [Fact]
    public void ZK107_a_member_that_leaves_without_a_successor_before_a_decision_it_takes_part_in()
    {
        // Langedijk leaves the region without a successor: actions 2 (decided 2021-Q4) and 3 (2022-Q2) decide after it.
        var weg = Plan with { Lidmaatschappen = Plan.Lidmaatschappen.SetItem(1, new Lidmaatschap { Partij = "langedijk", TotEnMet = new LocalDate(2021, 9, 30) }) };
        var bevindingen = weg.Validate().Where(b => b.Code == Regelcatalogus.ZK107).ToList();
        Assert.Equal(2, bevindingen.Count);
        Assert.All(bevindingen, b => Assert.Equal(("lidmaatschappen[1].totEnMet", FindingSeverity.Warning), (b.Path, b.Severity)));
        Assert.Contains(bevindingen, b => b.Message.Contains("actie '2' (2021-Q4)", StringComparison.Ordinal));

        // Not when the action's project organisation does without it, nor with a successor.
        var zonder = weg with { Acties = weg.Acties.Select(a => a with { Projectorganisatie = new[] { "alkmaar", "heerhugowaard", "dijk-en-waard" } }).ToArray() };
        Assert.DoesNotContain(zonder.Validate(), b => b.Code == Regelcatalogus.ZK107);
        Assert.DoesNotContain(Plan.Validate(), b => b.Code == Regelcatalogus.ZK107);
    }

    [Fact]
    public void The_document_carries_the_periods_and_leaves_them_out_when_there_are_none()
    {
        var json = WerkplanDocument.SaveToString(Plan);
        var lidmaatschappen = JsonNode.Parse(json)!["lidmaatschappen"]!.AsArray();
        Assert.Equal(
            """[{"partij":"heerhugowaard","totEnMet":"2021-12-31","opvolger":"dijk-en-waard"},{"partij":"langedijk","totEnMet":"2021-12-31","opvolger":"dijk-en-waard"},{"partij":"dijk-en-waard","vanaf":"2022-01-01"}]""",
            lidmaatschappen.ToJsonString());
        Assert.Equal(Plan, WerkplanDocument.Parse(json));

        var zonder = WerkplanDocument.SaveToString(Plan with { Lidmaatschappen = [] });
        Assert.Null(JsonNode.Parse(zonder)!.AsObject()["lidmaatschappen"]);
        Assert.DoesNotContain("lidmaatschappen", WerkplanDocument.SaveToString(BundledPlans.ZuidKennemerland), StringComparison.Ordinal);
    }
}
