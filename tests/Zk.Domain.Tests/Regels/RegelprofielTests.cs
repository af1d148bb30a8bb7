using FsCheck;
using FsCheck.Fluent;
using Zk.Domain.Besturing;
using Zk.Domain.Bundled;
using Zk.Domain.Collections;
using Zk.Domain.Documenten;
using Zk.Domain.Tests.Documenten;
using Zk.Domain.Tests.Generators;
using Zk.Domain.Werkplannen;
using Zk.Domain.Regels;

namespace Zk.Domain.Tests.Regels;

/// <summary>
/// The rule profile (issue 13, point 2): the plan's governance profile says which rules run at which severity, and its
/// capacity says what it counts; the options win over the profile; Zuid-Kennemerland's own criteria are part of its
/// profile only.
/// </summary>
public class RegelprofielTests
{
    private static Werkplan Bundled => BundledPlans.ZuidKennemerland;

    private static readonly string[] Codes = [.. Regelcatalogus.Regels.Select(r => r.Code)];

    private static readonly Regelstand[] Severities = [Regelstand.Error, Regelstand.Warning, Regelstand.Info];

    // From the brief: what a setting's severity means for a finding.
    private static FindingSeverity Als(Regelstand stand) => stand switch
    {
        Regelstand.Error => FindingSeverity.Error,
        Regelstand.Warning => FindingSeverity.Warning,
        _ => FindingSeverity.Info,
    };

    private static Bestuursprofiel Met(Bestuursprofiel profiel, string code, Regelstand stand) =>
        profiel with { Regels = [.. profiel.Regels.Where(r => r.Code != code), new Profielregel { Code = code, Stand = stand }] };

    private static Werkplan MetProfiel(Werkplan plan, string code, Regelstand stand) => plan with { Profiel = Met(plan.Profiel, code, stand) };

    private static Bestuursprofiel MetCapaciteit(Bestuursprofiel profiel, int aantal, Capaciteitseenheid telt) =>
        profiel with { Plancapaciteit = new Plancapaciteit { Aantal = aantal, Telt = telt } };

    // Generated plans that break a rule (half of them the rule under test), and plain generated plans: (plan, options, code, stand).
    private static List<(Werkplan Plan, ValidationOptions Options, string Code, Regelstand Stand)> Gevallen(int aantal, ulong seed)
    {
        var gebroken =
            from code in Gen.Elements(Mutaties.ErrorCodes)
            from m in Mutaties.For(code)
            from zelfde in Gen.Elements(true, false)
            from ander in Gen.Elements(Codes)
            from stand in Gen.Elements(Severities)
            select (m.Plan, m.Options, zelfde ? code : ander, stand);
        var gewoon =
            from plan in WerkplanGenerator.Werkplan
            from code in Gen.Elements(Codes)
            from stand in Gen.Elements(Severities)
            select (plan, ValidationOptions.Default, code, stand);
        return [.. Gen.OneOf(gebroken, gebroken, gewoon).Sample(aantal, new Rnd(seed, 11UL), 30)];
    }

    [Fact]
    public void A_rule_the_profile_switches_off_reports_nothing_and_one_it_gives_a_severity_reports_with_it()
    {
        var metBevindingen = 0;
        var gevallen = Gevallen(400, 20261213UL);
        foreach (var (plan, opties, code, stand) in gevallen)
        {
            Assert.DoesNotContain(opties.Regels, r => r.Code == code); // the options would win
            var basis = plan.Validate(opties);
            var uit = MetProfiel(plan, code, Regelstand.Uit).Validate(opties);
            Assert.DoesNotContain(uit, b => b.Code == code);
            Assert.Equal(basis.Where(b => b.Code != code), uit);

            // On with the catalogue's severity (as options may force it) versus on with the profile's severity: the
            // same findings of the rule, each with the profile's severity; every other finding as before.
            var aan = plan.Validate(opties.WithSeverity(code, Regelcatalogus.Get(code).Severity)).Where(b => b.Code == code).ToList();
            var gezet = MetProfiel(plan, code, stand).Validate(opties);
            var vanRegel = gezet.Where(b => b.Code == code).ToList();
            Assert.All(vanRegel, b => Assert.Equal(Als(stand), b.Severity));
            Assert.Equal(aan.Select(b => (b.Path, b.Message)), vanRegel.Select(b => (b.Path, b.Message)));
            Assert.Equal(basis.Where(b => b.Code != code), gezet.Where(b => b.Code != code));
            if (vanRegel.Count > 0)
            {
                metBevindingen++;
            }
        }

        Assert.True(metBevindingen >= gevallen.Count / 4, $"only {metBevindingen} of {gevallen.Count} cases had findings of the rule set");
    }

    [Fact]
    public void The_options_win_over_the_profile()
    {
        var stil = Bundled with { Profiel = Met(Met(Bundled.Profiel, Regelcatalogus.ZK043, Regelstand.Uit), Regelcatalogus.ZK044, Regelstand.Error) };
        var bevindingen = stil.Validate();
        Assert.DoesNotContain(bevindingen, b => b.Code == Regelcatalogus.ZK043);
        Assert.Equal(FindingSeverity.Error, Assert.Single(bevindingen, b => b.Code == Regelcatalogus.ZK044).Severity);

        var opties = ValidationOptions.Default.WithSeverity(Regelcatalogus.ZK043, FindingSeverity.Info).Without(Regelcatalogus.ZK044);
        var metOpties = stil.Validate(opties);
        Assert.Equal(4, metOpties.Count(b => b is { Code: Regelcatalogus.ZK043, Severity: FindingSeverity.Info }));
        Assert.DoesNotContain(metOpties, b => b.Code == Regelcatalogus.ZK044);
    }

    [Fact]
    public void Zuid_Kennemerlands_profile_sets_exactly_the_catalogues_profile_rules_with_their_severities_and_nine_actions()
    {
        // The domain brief §4: ZK010–ZK014 are chapter 2's selection criteria (ZK011 is the capacity), ZK021 and ZK022
        // chapter 8's terms of the cooperation.
        string[] eigen = ["ZK010", "ZK012", "ZK013", "ZK014", "ZK021", "ZK022"];
        Assert.Equal(eigen, Regelcatalogus.Regels.Where(r => r.IsProfielregel).Select(r => r.Code));
        var zk = Bestuursprofiel.ZuidKennemerland;
        Assert.Equal(eigen.Select(c => (c, Regelcatalogus.Get(c).Severity)), zk.Regels.Select(r => (r.Code, Als(r.Stand))));
        Assert.Equal(new Plancapaciteit { Aantal = 9, Telt = Capaciteitseenheid.Acties }, zk.Plancapaciteit);
        Assert.Equal("9 acties", zk.Plancapaciteit!.ToString());

        var algemeen = Bestuursprofiel.Algemeen;
        Assert.Empty(algemeen.Regels);
        Assert.Null(algemeen.Plancapaciteit);
        Assert.Equal(zk.Fasen, algemeen.Fasen);
        Assert.Equal(zk.Bijeenkomstsoorten, algemeen.Bijeenkomstsoorten);
    }

    [Fact]
    public void Zuid_Kennemerlands_own_criteria_do_not_run_under_the_general_profile_unless_the_options_ask()
    {
        // Every action already running and claiming funds, all short term, a main task without actions, a lead from
        // outside, a project organisation without a member: each is one of Zuid-Kennemerland's criteria.
        var plan = Bundled with
        {
            Hoofdopgaven = Bundled.Hoofdopgaven.Add(new Hoofdopgave { Id = "leeg", Naam = "Leeg" }),
            Acties = Bundled.Acties.Select((a, i) => (i == 0 ? a with
            {
                Trekkerschap = a.Trekkerschap with { Bestuurlijk = ["velsen"] },
                Projectorganisatie = a.Projectorganisatie.Leden(Bundled.Deelnemers).RemoveAt(0),
            } : a) with
            {
                AlLopend = true,
                Termijn = Termijn.Kort,
                Financiering = a.Financiering with { ClaimOpMiddelen = true },
            }).ToValueArray(),
        };
        string[] eigen = ["ZK010", "ZK012", "ZK013", "ZK014", "ZK021", "ZK022"];
        var zk = plan.Validate().Select(b => b.Code).ToHashSet();
        Assert.Superset(eigen.ToHashSet(), zk);

        var algemeen = (plan with { Profiel = Bestuursprofiel.Algemeen }).Validate();
        Assert.DoesNotContain(algemeen, b => eigen.Contains(b.Code));
        Assert.Equal(plan.Validate().Where(b => !eigen.Contains(b.Code)), algemeen);

        var gevraagd = (plan with { Profiel = Bestuursprofiel.Algemeen }).Validate(ValidationOptions.Default.WithSeverity(Regelcatalogus.ZK013, FindingSeverity.Warning));
        Assert.Equal(Bundled.Acties.Count, gevraagd.Count(b => b is { Code: Regelcatalogus.ZK013, Severity: FindingSeverity.Warning }));
    }

    [Fact]
    public void ZK011_by_main_tasks_counts_the_main_tasks_that_have_an_action()
    {
        // The bundled plan: five main tasks, each with actions; the plan states no number of its own here.
        var plan = Bundled with { Plancapaciteit = null, Profiel = MetCapaciteit(Bundled.Profiel, 4, Capaciteitseenheid.Hoofdopgaven) };
        var zk011 = Assert.Single(plan.Validate(), b => b.Code == Regelcatalogus.ZK011);
        Assert.Equal("hoofdopgaven", zk011.Path);
        Assert.Equal("Het plan heeft 5 hoofdopgaven; de capaciteit is 4.", zk011.Message);
        Assert.Equal("The plan has 5 main tasks; the capacity is 4.", plan.Validate(new ValidationOptions { Taal = Taal.En }).Single(b => b.Code == Regelcatalogus.ZK011).Message);

        // A sixth main task without an action takes no capacity (ZK010 speaks of it).
        var zesde = plan with { Profiel = MetCapaciteit(Bundled.Profiel, 5, Capaciteitseenheid.Hoofdopgaven), Hoofdopgaven = Bundled.Hoofdopgaven.Add(new Hoofdopgave { Id = "leeg", Naam = "Leeg" }) };
        Assert.DoesNotContain(zesde.Validate(), b => b.Code == Regelcatalogus.ZK011);

        // The options' number replaces the profile's; it still counts main tasks. The plan's own number does too.
        Assert.Equal("Het plan heeft 5 hoofdopgaven; de capaciteit is 2.", zesde.Validate(new ValidationOptions { Plancapaciteit = 2 }).Single(b => b.Code == Regelcatalogus.ZK011).Message);
        Assert.Equal("hoofdopgaven", (zesde with { Plancapaciteit = 3 }).Validate().Single(b => b.Code == Regelcatalogus.ZK011).Path);

        // Counting actions, the same number of five is exceeded by nine actions.
        var acties = plan with { Profiel = MetCapaciteit(Bundled.Profiel, 5, Capaciteitseenheid.Acties) };
        Assert.Equal(("acties", "Het plan heeft 9 acties; de capaciteit is 5."), acties.Validate().Where(b => b.Code == Regelcatalogus.ZK011).Select(b => (b.Path, b.Message)).Single());
    }

    [Fact]
    public void ZK011_by_main_tasks_fires_exactly_when_more_main_tasks_have_an_action_than_the_capacity_allows()
    {
        var gevallen = (
            from plan in WerkplanGenerator.Werkplan
            from aantal in Gen.Choose(0, 7)
            select (plan, aantal)).Sample(300, new Rnd(20261214UL, 3UL), 25);
        var boven = 0;
        var binnen = 0;
        foreach (var (origineel, aantal) in gevallen)
        {
            var plan = origineel with { Plancapaciteit = null, Profiel = MetCapaciteit(origineel.Profiel, aantal, Capaciteitseenheid.Hoofdopgaven) };

            // Oracle from the brief: the distinct main tasks of the plan that some action names.
            var metActie = plan.Hoofdopgaven.Select(h => h.Id).Distinct(StringComparer.Ordinal).Count(id => plan.Acties.Any(a => a.Hoofdopgave == id));
            var zk011 = plan.Validate().Where(b => b.Code == Regelcatalogus.ZK011).ToList();
            if (metActie > aantal)
            {
                Assert.Equal("hoofdopgaven", Assert.Single(zk011).Path);
                boven++;
            }
            else
            {
                Assert.Empty(zk011);
                binnen++;
            }
        }

        Assert.True(boven >= 60 && binnen >= 60, $"{boven} cases over the capacity, {binnen} within");
    }

    [Fact]
    public void A_profile_without_capacity_never_gives_ZK011()
    {
        var gevallen = WerkplanGenerator.Werkplan.Sample(200, new Rnd(20261215UL, 5UL), 25);
        var zouVuren = 0;
        foreach (var origineel in gevallen)
        {
            var plan = origineel with { Plancapaciteit = null, Profiel = origineel.Profiel with { Plancapaciteit = null } };
            Assert.DoesNotContain(plan.Validate(), b => b.Code == Regelcatalogus.ZK011);

            // The same plan with a capacity of one action would break it whenever it has two actions or more.
            if ((plan with { Profiel = MetCapaciteit(plan.Profiel, 1, Capaciteitseenheid.Acties) }).Validate().Any(b => b.Code == Regelcatalogus.ZK011))
            {
                zouVuren++;
            }
        }

        Assert.True(zouVuren >= 100, $"only {zouVuren} plans would break a capacity of one");

        // Without a profile capacity, a number the plan or the options state counts actions.
        var zonder = Bundled with { Profiel = Bestuursprofiel.Algemeen, Plancapaciteit = null };
        Assert.DoesNotContain(zonder.Validate(), b => b.Code == Regelcatalogus.ZK011);
        Assert.Equal("acties", (zonder with { Plancapaciteit = 8 }).Validate().Single(b => b.Code == Regelcatalogus.ZK011).Path);
        Assert.Equal("acties", zonder.Validate(new ValidationOptions { Plancapaciteit = 8 }).Single(b => b.Code == Regelcatalogus.ZK011).Path);
    }

    [Fact]
    public void The_bundled_plan_is_read_with_Zuid_Kennemerlands_profile_and_its_findings_come_from_it()
    {
        Assert.Same(Bestuursprofiel.ZuidKennemerland, Bundled.Profiel);
        Assert.Equal(9, Bundled.Plancapaciteit);

        // Its findings do not depend on whether the nine come from the plan or the profile, nor on the order of the settings.
        var zelfde = Bundled with
        {
            Plancapaciteit = null,
            Profiel = Bestuursprofiel.ZuidKennemerland with { Regels = [.. Bestuursprofiel.ZuidKennemerland.Regels.Reverse()] },
        };
        Assert.Equal(Bestuursprofiel.ZuidKennemerland, zelfde.Profiel);
        Assert.Equal(Bundled.Validate(), zelfde.Validate());
    }

    [Fact]
    public void A_version_1_document_reads_with_Zuid_Kennemerlands_rules_and_capacity()
    {
        var plan = WerkplanDocument.Parse(Examples.Valid);
        Assert.Contains("\"zk-werkplan/1\"", Examples.Valid, StringComparison.Ordinal);
        Assert.Equal(Bestuursprofiel.ZuidKennemerland, plan.Profiel);
        Assert.Equal(Bestuursprofiel.ZuidKennemerland.Regels, plan.Profiel.Regels);
        Assert.Equal(new Plancapaciteit { Aantal = 9, Telt = Capaciteitseenheid.Acties }, plan.Profiel.Plancapaciteit);

        // So its criteria run: an action already running is ZK013; ten actions break the nine.
        var lopend = plan with { Acties = plan.Acties.SetItem(0, plan.Acties[0] with { AlLopend = true }) };
        Assert.Contains(lopend.Validate(), b => b is { Code: Regelcatalogus.ZK013, Path: "acties[0].alLopend" });
        var tien = plan with { Acties = [.. Enumerable.Range(0, 10).Select(i => plan.Acties[0] with { Id = "x" + i })] };
        Assert.Contains(tien.Validate(), b => b is { Code: Regelcatalogus.ZK011, Path: "acties" });
    }

    [Fact]
    public void Two_settings_for_one_code_are_misuse_and_the_settings_are_kept_ordered_by_code()
    {
        Assert.Throws<ArgumentException>(() => Bestuursprofiel.Algemeen with
        {
            Regels = [new Profielregel { Code = "ZK043", Stand = Regelstand.Uit }, new Profielregel { Code = "ZK043", Stand = Regelstand.Info }],
        });
        var profiel = Bestuursprofiel.Algemeen with
        {
            Regels = [new Profielregel { Code = "ZK052", Stand = Regelstand.Error }, new Profielregel { Code = "ZK043", Stand = Regelstand.Uit }],
        };
        Assert.Equal(["ZK043", "ZK052"], profiel.Regels.Select(r => r.Code));
        Assert.Equal(Regelstand.Error, profiel.Stand("ZK052"));
        Assert.Null(profiel.Stand("ZK012"));
        Assert.Equal("ZK043 uit", profiel.Regels[0].ToString());
        Assert.Throws<ArgumentOutOfRangeException>(() => new Plancapaciteit { Aantal = -1, Telt = Capaciteitseenheid.Acties });
    }
}
