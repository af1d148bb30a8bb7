using FsCheck;
using FsCheck.Fluent;
using Microsoft.FSharp.Core;
using NodaTime;
using Zk.Domain.Besturing;
using Zk.Domain.Bundled;
using Zk.Domain.Collections;
using Zk.Domain.Inplannen;
using Zk.Domain.Regels;
using Zk.Domain.Samenhang;
using Zk.Domain.Tests.Generators;
using Zk.Domain.Verloop;
using Zk.Domain.Werkplannen;
using Zk.Domain.Wisselwerkingen;
using static Zk.Domain.Tests.Generators.ModelReflectie;

namespace Zk.Domain.Tests.Werkplannen;

/// <summary>
/// A required member that a host set to null (issue: model invariants): Validate reports it as ZK004 at its path, the
/// operations refuse the plan with an <see cref="ArgumentException"/> naming the path; nothing throws a
/// <see cref="NullReferenceException"/>. The nulls are placed by reflection over the model types, not by the
/// library's own walk.
/// </summary>
public class VolledigheidTests
{
    private static readonly Vergaderkalender GeenBijeenkomsten = new();

    private static Werkplan[] Voorbeelden(int aantal, ulong seed) =>
        [BundledPlans.ZuidKennemerland, MetRaadsvergadering, .. WerkplanGenerator.Werkplan.Sample(25, new Rnd(seed, 7UL), aantal)];

    // The bundled plan names no council meetings of its own: an example that does.
    private static Werkplan MetRaadsvergadering => BundledPlans.ZuidKennemerland with
    {
        Raadsvergaderingen = [new Raadsvergadering { Gemeente = BundledPlans.ZuidKennemerland.Deelnemers[0], Datum = BundledPlans.ZuidKennemerland.Looptijd.Start.PlusDays(40) }],
    };

    /// <summary>What each entry point does with the plan: null when it refuses it as expected, else what went wrong.</summary>
    private static string? Weigert(string naam, Action actie, string pad)
    {
        try
        {
            actie();
            return $"{naam} accepted the plan";
        }
        catch (ArgumentException e) when (e.ParamName == "plan" && e.Message.Contains($"'{pad}'", StringComparison.Ordinal))
        {
            return null;
        }
        catch (Exception e)
        {
            return $"{naam} threw {e.GetType().Name}: {e.Message}";
        }
    }

    private static string? Controleer(Werkplan origineel, NullPlek plek)
    {
        var plan = (Werkplan)plek.Kopie;
        ValueArray<Bevinding> bevindingen;
        try
        {
            bevindingen = plan.Validate();
        }
        catch (Exception e)
        {
            return $"Validate threw {e.GetType().Name}: {e.Message}";
        }

        if (bevindingen is not [{ Code: Regelcatalogus.ZK004, Severity: FindingSeverity.Error } enige] || enige.Path != plek.Pad)
        {
            return $"Validate gave {bevindingen}";
        }

        var planning = Planner.Schedule(origineel, GeenBijeenkomsten);
        return Weigert("Planner.Schedule", () => Planner.Schedule(plan, GeenBijeenkomsten), plek.Pad)
            ?? Weigert("PlanRun.Run", () => PlanRun.Run(plan, planning), plek.Pad)
            ?? Weigert("SamenhangAnalyse.Of", () => SamenhangAnalyse.Of(plan), plek.Pad)
            ?? Weigert("Voortgang.Replay", () => Voortgang.Replay(plan, []), plek.Pad);
    }

    [Fact]
    public void A_null_member_anywhere_is_ZK004_at_its_path_and_refused_by_every_operation()
    {
        int gevallen = 0;
        var leden = new HashSet<string>(StringComparer.Ordinal);
        var gen = from plan in WerkplanGenerator.Werkplan
                  from keuze in Gen.Choose(0, int.MaxValue)
                  select (plan, keuze);
        var property = Prop.ForAll(Arb.From(gen), paar =>
        {
            var (plan, keuze) = paar;
            var plekken = NullPlekken(plan).ToList();
            var plek = plekken[keuze % plekken.Count];
            Interlocked.Increment(ref gevallen);
            lock (leden)
            {
                leden.Add(plek.Lid);
            }

            var fout = Controleer(plan, plek);
            return (fout is null).Label($"{plek}: {fout}");
        });

        var replay = new Replay(new Rnd(20261204UL, 20261205UL), FSharpOption<int>.None);
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(300).WithReplay(FSharpOption<Replay>.Some(replay)), property);

        // Every case places a null; they spread over most kinds of member (long lists of ids dominate the places).
        Assert.Equal(300, gevallen);
        Assert.True(leden.Count >= 25, $"{leden.Count} kinds of member: {string.Join(", ", leden.Order(StringComparer.Ordinal))}");
    }

    [Fact]
    public void Every_member_that_must_have_a_value_is_found_when_it_is_null()
    {
        // For each kind of member the model has (by reflection), the first place in the examples: the library's walk
        // must find it. A new required member fails here until the walk covers it (or the examples lack it: extend them).
        var alle = AlleVerplichteLeden(typeof(Werkplan));
        var eerste = new Dictionary<string, (Werkplan Plan, NullPlek Plek)>(StringComparer.Ordinal);
        foreach (var plan in Voorbeelden(40, 20261206UL))
        {
            foreach (var plek in NullPlekken(plan))
            {
                eerste.TryAdd(plek.Lid, (plan, plek));
            }
        }

        Assert.Equal(alle, new SortedSet<string>(eerste.Keys, StringComparer.Ordinal));
        Assert.True(alle.Count >= 50, $"{alle.Count} members");
        var fouten = new List<string>();
        foreach (var (plan, plek) in eerste.Values)
        {
            var kapot = (Werkplan)plek.Kopie;
            if (Volledigheid.Ontbrekend(kapot) is not [var pad] || pad != plek.Pad || Volledigheid.EersteOntbrekend(kapot) != plek.Pad)
            {
                fouten.Add($"{plek}: found {Volledigheid.Ontbrekend(kapot)}");
            }
            else if (Controleer(plan, plek) is { } fout)
            {
                fouten.Add($"{plek}: {fout}");
            }
        }

        Assert.Empty(fouten);
    }

    [Fact]
    public void The_paths_are_the_documents_and_every_null_is_reported()
    {
        var plan = BundledPlans.ZuidKennemerland;
        var actie = plan.Acties[2];
        var moment = actie.Raadsmomenten[0];
        var kapot = plan with
        {
            Titel = null!,
            Acties = plan.Acties
                .SetItem(2, actie with { Trekkerschap = null!, Raadsmomenten = actie.Raadsmomenten.SetItem(0, moment with { Bronnen = [new Bronvermelding { Bron = null! }] }) })
                .SetItem(4, null!),
            Koppelkansen = plan.Koppelkansen.SetItem(0, plan.Koppelkansen[0] with { Van = default }),
        };

        var bevindingen = kapot.Validate(ValidationOptions.Default with { Taal = Taal.En });
        Assert.Equal(
            ["acties[2].raadsmomenten[0].bronnen[0].bron", "acties[2].trekkerschap", "acties[4]", "koppelkansen[0].van.id", "titel"],
            bevindingen.Select(b => b.Path));
        Assert.All(bevindingen, b => Assert.Equal(Regelcatalogus.ZK004, b.Code));
        Assert.Equal("The required member 'acties[2].trekkerschap' has no value (null).", bevindingen.Single(b => b.Path == "acties[2].trekkerschap").Message);
        Assert.Equal("titel", Volledigheid.EersteOntbrekend(kapot));
    }

    [Fact]
    public void ZK004_can_change_severity_and_switched_off_it_leaves_no_finding_rather_than_a_crash()
    {
        var plan = BundledPlans.ZuidKennemerland with { Looptijd = null! };
        Assert.Equal([FindingSeverity.Warning], plan.Validate(ValidationOptions.Default.WithSeverity(Regelcatalogus.ZK004, FindingSeverity.Warning)).Select(b => b.Severity));
        Assert.Empty(plan.Validate(ValidationOptions.Default.Without(Regelcatalogus.ZK004)));
        Assert.DoesNotContain(new WerkplanValidator().Validate(plan with { Looptijd = BundledPlans.ZuidKennemerland.Looptijd }).Errors, e => e.ErrorCode == Regelcatalogus.ZK004);
        Assert.Equal(["looptijd"], new WerkplanValidator().Validate(plan).Errors.Select(e => e.PropertyName));
    }

    [Fact]
    public void Default_collections_are_empty_not_missing()
    {
        // A ValueArray's default is the empty array: a plan without lists is incomplete in content, not in its members.
        var plan = BundledPlans.ZuidKennemerland with { Acties = default, Koppelkansen = default, Partijen = default };
        Assert.Empty(Volledigheid.Ontbrekend(plan));
        Assert.DoesNotContain(plan.Validate(), b => b.Code == Regelcatalogus.ZK004);
        Assert.True(plan.Acties.IsEmpty);
    }

    [Fact]
    public void An_action_validated_on_its_own_reports_its_nulls_relative_to_itself_and_refuses_an_incomplete_context()
    {
        var plan = BundledPlans.ZuidKennemerland;
        var actie = plan.Acties[0] with { Financiering = null!, Resultaten = [null!] };
        Assert.Equal(["financiering", "resultaten[0]"], actie.Validate(plan).Select(b => b.Path));
        Assert.All(actie.Validate(plan), b => Assert.Equal(Regelcatalogus.ZK004, b.Code));
        var e = Assert.Throws<ArgumentException>(() => plan.Acties[0].Validate(plan with { Regio = null! }));
        Assert.Equal("plan", e.ParamName);
        Assert.Contains("'regio'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_planner_refuses_an_incomplete_calendar_naming_the_path()
    {
        var kalender = BundledPlans.ZuidKennemerlandKalender;
        var kapot = kalender with
        {
            Radenbijeenkomsten = kalender.Radenbijeenkomsten.SetItem(1, kalender.Radenbijeenkomsten[1] with { Id = null! }),
            Blokkades = [new Blokkade { Periode = new DateInterval(new LocalDate(2022, 3, 1), new LocalDate(2022, 3, 20)), Reden = null! }],
        };
        var e = Assert.Throws<ArgumentException>(() => Planner.Schedule(BundledPlans.ZuidKennemerland, kapot));
        Assert.Equal("kalender", e.ParamName);
        Assert.Contains("'radenbijeenkomsten[1].id'", e.Message, StringComparison.Ordinal);
        Assert.Equal("blokkades[0].reden", Volledigheid.EersteOntbrekend(kapot with { Radenbijeenkomsten = kalender.Radenbijeenkomsten }));
    }

    [Fact]
    public void A_reference_without_id_is_a_missing_member()
    {
        var plan = BundledPlans.ZuidKennemerland;
        var kapot = plan with { Vraagstukken = [new BestuurlijkVraagstuk { Id = "v", Titel = "t", Van = Verwijzing.NaarActie(plan.Acties[0].Id), Naar = default }] };
        Assert.Equal(["vraagstukken[0].naar.id"], kapot.Validate().Select(b => b.Path));
    }
}
