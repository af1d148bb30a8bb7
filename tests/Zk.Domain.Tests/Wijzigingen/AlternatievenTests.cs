using FsCheck;
using FsCheck.Fluent;
using Zk.Domain.Besturing;
using Zk.Domain.Bundled;
using Zk.Domain.Collections;
using Zk.Domain.Inplannen;
using Zk.Domain.Regels;
using Zk.Domain.Tests.Generators;
using Zk.Domain.Tijd;
using Zk.Domain.Werkplannen;
using Zk.Domain.Wijzigingen;

namespace Zk.Domain.Tests.Wijzigingen;

/// <summary>
/// The alternatives for one moment (issue 14 point 3): each one, when forced (the moment fixed to that meeting in the
/// plan, planned again by the planner), keeps the moment there and yields exactly the moves and the findings that came
/// and went that it reports; every other meeting of the period cannot be forced; the list is in the documented cost order.
/// The forcing and the comparison are written here, from that statement.
/// </summary>
public class AlternatievenTests(ITestOutputHelper output)
{
    private static Werkplan Zk => BundledPlans.ZuidKennemerland;

    [Fact]
    public void The_decision_of_4_1_in_the_bundled_plan_stays_where_it_is_cheapest()
    {
        var kalender = StandaardKalender.For(Zk);
        var alternatieven = Alternatieven.Of(Zk, kalender, "4.1");

        Assert.Equal(Fase.Besluitvorming, alternatieven.Fase);
        Assert.Equal("rb-2022-Q4", alternatieven.Huidig);
        var eerste = alternatieven.Opties[0];
        Assert.True(eerste.IsHuidig);
        Assert.Empty(eerste.Verschuivingen);
        Assert.Equal(0, eerste.MinderGepland);
        Assert.Single(alternatieven.Opties, o => o.IsHuidig);
        Assert.Equal(
            kalender.Radenbijeenkomsten.Where(r => Zk.Looptijd.Contains(r.Datum)).Select(r => r.Id).Order(StringComparer.Ordinal),
            alternatieven.Opties.Select(o => o.Radenbijeenkomst).Concat(alternatieven.Uitgesloten).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_plan_without_the_action_or_the_stage_has_no_alternatives()
    {
        var kalender = StandaardKalender.For(Zk);
        Assert.False(Alternatieven.TryOf(Zk, kalender, "9.9", null, out var geen));
        Assert.Null(geen);
        Assert.False(Alternatieven.TryOf(Zk, kalender, "4.1", Fase.Evaluatie, out _));
        var fout = Assert.Throws<ArgumentException>(() => Alternatieven.Of(Zk, kalender, "9.9"));
        Assert.Equal("actie", fout.ParamName);
    }

    [Fact]
    public void Each_alternative_when_forced_yields_exactly_the_moves_and_findings_it_reports()
    {
        var (gevallen, metVerschuiving, metBevinding, metUitgesloten, opties) = (250, 0, 0, 0, 0);
        var geoefend = Wet.Controleer(Gevallen, gevallen, 20261202, 20261207, g =>
        {
            var (i, actie, fase) = g;
            var alternatieven = Alternatieven.Of(i.Plan, i.Kalender, actie, fase, i.Beleid);
            var fout = Controleer(i, actie, fase, alternatieven);
            opties += alternatieven.Opties.Count;
            metVerschuiving += alternatieven.Opties.Any(o => o.Verschuivingen.Count > 0) ? 1 : 0;
            metBevinding += alternatieven.Opties.Any(o => o.Nieuw.Count + o.Vervallen.Count > 0) ? 1 : 0;
            metUitgesloten += alternatieven.Uitgesloten.Count > 0 ? 1 : 0;
            return (alternatieven.Opties.Count > 1, fout);
        });

        output.WriteLine($"{geoefend} of {gevallen} moments had more than one alternative ({opties} in all); {metVerschuiving} moved another moment, {metBevinding} changed the findings, {metUitgesloten} had a meeting ruled out.");
        Assert.True(geoefend >= gevallen / 3, $"only {geoefend} of {gevallen} moments had more than one alternative");
        Assert.True(metVerschuiving >= gevallen / 10, $"only {metVerschuiving} of {gevallen} cases moved another moment");
        Assert.True(metBevinding >= gevallen / 10, $"only {metBevinding} of {gevallen} cases changed the findings");
        Assert.True(metUitgesloten >= gevallen / 4, $"only {metUitgesloten} of {gevallen} cases ruled a meeting out");
    }

    // A small instance, one of its actions (a1 or a2 most often: the ends of its vraagstuk), and a stage of that action
    // as the planner schedules it (null: the decision), possibly one the policy adds.
    private static Gen<(Instantie Instantie, string Actie, Fase? Fase)> Gevallen { get; } =
        from i in PlanningGenerator.Instanties(3, 8)
        from a in Gen.Elements(0, 0, 1, 1, 2, 3, 4, 5)
        from keuze in Gen.Choose(-2, 3)
        let actie = i.Plan.Acties[Math.Min(a, i.Plan.Acties.Count - 1)]
        let planning = Planner.Schedule(i.Plan, i.Kalender, i.Beleid)
        let fasen = planning.Toewijzingen.Where(t => t.Actie == actie.Id).Select(t => t.Fase)
            .Concat(planning.Onplanbaar.Where(o => o.Actie == actie.Id).Select(o => o.Fase)).Distinct().ToList()
        select (i, actie.Id, keuze < 0 || fasen.Count == 0 ? (Fase?)null : fasen[keuze % fasen.Count]);

    // The statement, checked meeting by meeting; the first thing that breaks, or null.
    private static string? Controleer(Instantie i, string actie, Fase? fase, Alternatieven alternatieven)
    {
        var plan = i.Plan;
        var basis = Planner.Schedule(plan, i.Kalender, i.Beleid);
        var basisBevindingen = basis.ApplyTo(plan).Validate(new ValidationOptions { Kalender = i.Kalender });
        var a = plan.Acties.ToList().FindIndex(x => x.Id == actie);
        var momenten = plan.Acties[a].Raadsmomenten;
        var besluit = momenten.ToList().FindIndex(m => m.Fase == plan.Profiel.Besluitfase);

        // The moment the brief's reading picks: of the stage, the plan's first, else the added one; without one, the
        // decision, else the first moment.
        var index = fase is { } f ? momenten.ToList().FindIndex(m => m.Fase == f) : besluit >= 0 ? besluit : 0;
        var gekozenFase = fase ?? momenten[index].Fase;
        if (alternatieven.Moment != index || alternatieven.Fase != gekozenFase)
        {
            return $"picked moment {alternatieven.Moment} {alternatieven.Fase}, not {index} {gekozenFase}";
        }

        var bijeenkomsten = i.Kalender.Radenbijeenkomsten.Where(r => plan.Looptijd.Contains(r.Datum)).DistinctBy(r => r.Id).ToList();
        var verwacht = new List<string>();
        var uitgesloten = new List<string>();
        foreach (var r in bijeenkomsten.OrderBy(r => r.Datum).ThenBy(r => r.Id, StringComparer.Ordinal))
        {
            // Forced: the moment fixed to the meeting and its quarter; an added one inserted before the decision.
            var vast = new Raadsmoment { Fase = gekozenFase, Kwartaal = Kwartaal.FromDate(r.Datum), Radenbijeenkomst = r.Id };
            var nieuweMomenten = index >= 0
                ? momenten.SetItem(index, momenten[index] with { Kwartaal = vast.Kwartaal, Radenbijeenkomst = r.Id })
                : momenten.Take(besluit).Append(vast).Concat(momenten.Skip(besluit)).ToValueArray();
            var geforceerd = plan with { Acties = plan.Acties.SetItem(a, plan.Acties[a] with { Raadsmomenten = nieuweMomenten }) };
            var planning = Planner.Schedule(geforceerd, i.Kalender, i.Beleid);

            // The same moment in both schedules: by action, stage and index; an inserted one is the added one (-1).
            (string, Fase, int) Sleutel(string x, Fase y, int m) => index >= 0 || x != actie || m < besluit ? (x, y, m) : (x, y, m == besluit ? -1 : m - 1);
            var voor = basis.Toewijzingen.ToDictionary(t => (t.Actie, t.Fase, t.Moment), t => t.Radenbijeenkomst);
            var na = planning.Toewijzingen.ToDictionary(t => Sleutel(t.Actie, t.Fase, t.Moment), t => t.Radenbijeenkomst);
            var zelf = (actie, gekozenFase, index);
            if (na.GetValueOrDefault(zelf) != r.Id)
            {
                uitgesloten.Add(r.Id);
                continue;
            }

            verwacht.Add(r.Id);
            var optie = alternatieven.Opties.FirstOrDefault(o => o.Radenbijeenkomst == r.Id);
            if (optie is null)
            {
                return $"{r.Id} can be forced, but is not an alternative";
            }

            var bewegingen = voor.Keys.Union(na.Keys).Where(k => k != zelf && voor.GetValueOrDefault(k) != na.GetValueOrDefault(k))
                .Select(k => $"{k.Item1}/{k.Item2}/{k.Item3}:{voor.GetValueOrDefault(k)}>{na.GetValueOrDefault(k)}").Order(StringComparer.Ordinal).ToList();
            var gemeld = optie.Verschuivingen.Select(v => $"{v.Actie}/{v.Fase}/{v.Moment}:{v.Van}>{v.Naar}").Order(StringComparer.Ordinal).ToList();
            if (!bewegingen.SequenceEqual(gemeld))
            {
                return $"{r.Id}: moves [{string.Join(", ", gemeld)}], forced [{string.Join(", ", bewegingen)}]";
            }

            var bevindingen = planning.ApplyTo(geforceerd).Validate(new ValidationOptions { Kalender = i.Kalender });
            var nieuw = Min(bevindingen, basisBevindingen);
            var weg = Min(basisBevindingen, bevindingen);
            var gemeldNieuw = optie.Nieuw.Select(b => b.Code + "@" + b.Path).Order(StringComparer.Ordinal).ToList();
            var gemeldWeg = optie.Vervallen.Select(b => b.Code + "@" + b.Path).Order(StringComparer.Ordinal).ToList();
            if (!nieuw.SequenceEqual(gemeldNieuw) || !weg.SequenceEqual(gemeldWeg))
            {
                return $"{r.Id}: findings +[{string.Join(", ", gemeldNieuw)}] -[{string.Join(", ", gemeldWeg)}], forced +[{string.Join(", ", nieuw)}] -[{string.Join(", ", weg)}]";
            }

            if (optie.MinderGepland != basis.Toewijzingen.Count - planning.Toewijzingen.Count
                || optie.Speling != planning.Speling.First(s => s.Actie == actie).Dagen)
            {
                return $"{r.Id}: lost {optie.MinderGepland}, slack {optie.Speling}";
            }
        }

        if (!alternatieven.Opties.Select(o => o.Radenbijeenkomst).Order(StringComparer.Ordinal).SequenceEqual(verwacht.Order(StringComparer.Ordinal)))
        {
            return $"alternatives [{string.Join(", ", alternatieven.Opties.Select(o => o.Radenbijeenkomst))}], forceable [{string.Join(", ", verwacht)}]";
        }

        if (!alternatieven.Uitgesloten.SequenceEqual(uitgesloten))
        {
            return $"ruled out [{string.Join(", ", alternatieven.Uitgesloten)}], not forceable [{string.Join(", ", uitgesloten)}]";
        }

        // The documented cost order.
        var geordend = alternatieven.Opties
            .OrderBy(o => o.MinderGepland).ThenBy(o => o.Verschuivingen.Count).ThenBy(o => o.Nieuw.Count).ThenByDescending(o => o.Vervallen.Count)
            .ThenByDescending(o => o.Speling ?? int.MinValue).ThenBy(o => o.Datum).ThenBy(o => o.Radenbijeenkomst, StringComparer.Ordinal);
        return geordend.SequenceEqual(alternatieven.Opties) ? null : "not in cost order";
    }

    // The findings of `a` that `b` lacks, as code@path, counted.
    private static List<string> Min(ValueArray<Bevinding> a, ValueArray<Bevinding> b)
    {
        var rest = b.Select(x => x.Code + "@" + x.Path).ToList();
        var min = new List<string>();
        foreach (var x in a.Select(x => x.Code + "@" + x.Path))
        {
            if (!rest.Remove(x))
            {
                min.Add(x);
            }
        }

        return [.. min.Order(StringComparer.Ordinal)];
    }
}
