using FsCheck.Fluent;
using NodaTime;
using Zk.Domain.Besturing;
using Zk.Domain.Inplannen;
using Zk.Domain.Tests.Generators;

namespace Zk.Domain.Tests.Inplannen.Exact;

/// <summary>
/// The explanations are true: for every unplannable moment, its stated reason holds in the returned schedule (capacity:
/// every unblocked meeting in its window is full there), and its constraints are a minimal set that keeps it out of every
/// meeting: each rules out exactly the meetings the brief's rules say it does, together they rule out all, and each rules
/// out a meeting no other one of the set does (without it, that meeting could take the moment). Checked from the brief's
/// rules (<see cref="PlannerSpecificatie"/>), not from the planner.
/// </summary>
public class PlannerUitlegTests(ITestOutputHelper output)
{
    private static int Dagen(LocalDate van, LocalDate tot) => Period.Between(van, tot, PeriodUnits.Days).Days;

    // What is wrong with the explanations of `planning` (empty: nothing), and how many first unplannable moments it explains.
    internal static (List<string> Fouten, int Uitgelegd, HashSet<OnplanbaarReden> Redenen) Controleer(Instantie i, Planning planning)
    {
        var fouten = new List<string>();
        var redenen = new HashSet<OnplanbaarReden>();
        var ketens = PlannerSpecificatie.Ketens(i);
        var bijeenkomsten = i.Kalender.Radenbijeenkomsten.OrderBy(r => r.Datum).ThenBy(r => r.Id, StringComparer.Ordinal).ToList();
        var gap = Math.Max(1, i.Beleid.MinimaleTussenruimteInDagen);
        var bezet = planning.Toewijzingen.GroupBy(t => t.Radenbijeenkomst).ToDictionary(g => g.Key, g => g.Count());
        var uitgelegd = 0;
        foreach (var o in planning.Onplanbaar)
        {
            var melding = o.Melding(Taal.Nl) + " " + o.Melding(Taal.En);
            if (melding.Contains("acties ;", StringComparison.Ordinal) || melding.Contains("actions ;", StringComparison.Ordinal) || o.Melding(Taal.Nl) == o.Melding(Taal.En))
            {
                fouten.Add($"{o.Actie} {o.Fase}: message '{melding}'");
            }

            var a = i.Plan.Acties.ToList().FindIndex(x => x.Id == o.Actie);
            var gepland = planning.Toewijzingen.Where(t => t.Actie == o.Actie).ToList();
            var keten = ketens[a];
            var positie = keten.FindIndex(m => m.Index == o.Moment && m.Fase == o.Fase);
            if (positie > gepland.Count)
            {
                if (o.Reden != OnplanbaarReden.Volgorde || o.Beperkingen.Count != 1 || o.Beperkingen[0].Soort != BeperkingSoort.Volgorde)
                {
                    fouten.Add($"{o.Actie} {o.Fase} follows an unplannable moment but is explained by {o.Reden} [{string.Join(",", o.Beperkingen.Select(b => b.Soort))}]");
                }

                continue;
            }

            uitgelegd++;
            redenen.Add(o.Reden);
            var moment = keten[positie];
            LocalDate? vorige = gepland.Count > 0 ? gepland[^1].Datum : null;
            var actieDeadline = i.Beleid.Deadlines.Where(d => d.Actie == o.Actie).Select(d => d.Datum).Append(i.Plan.Looptijd.End).Min();

            // The meetings each kind of constraint rules out, by the brief's rules, in this schedule.
            bool Sluit(Beperking b, Radenbijeenkomst r) => b.Soort switch
            {
                BeperkingSoort.Periode => r.Datum < moment.Vroegst,
                BeperkingSoort.Deadline => r.Datum > actieDeadline,
                BeperkingSoort.Besluitvormingstermijn => r.Datum > moment.Laatst,
                BeperkingSoort.Tussenruimte => vorige is { } v && Dagen(v, r.Datum) < gap,
                BeperkingSoort.Blokkade => b.Blokkade is { } blok && i.Kalender.Blokkades.Contains(blok) && blok.Periode.Contains(r.Datum),
                BeperkingSoort.AgendaVol => b.Bijeenkomsten.Count == 1 && b.Bijeenkomsten[0] == r.Id && bezet.GetValueOrDefault(r.Id) >= (r.Agendaruimte ?? int.MaxValue),
                _ => false,
            };

            foreach (var b in o.Beperkingen)
            {
                var uitgesloten = bijeenkomsten.Where(r => Sluit(b, r)).Select(r => r.Id);
                if (!uitgesloten.SequenceEqual(b.Bijeenkomsten) || b.Bijeenkomsten.IsEmpty || b.Melding(Taal.Nl) == b.Melding(Taal.En))
                {
                    fouten.Add($"{o.Actie} {o.Fase}: {b.Soort} names [{string.Join(",", b.Bijeenkomsten)}], the rules rule out [{string.Join(",", uitgesloten)}]");
                }
            }

            foreach (var r in bijeenkomsten)
            {
                if (!o.Beperkingen.Any(b => Sluit(b, r)))
                {
                    fouten.Add($"{o.Actie} {o.Fase}: no constraint of [{string.Join(",", o.Beperkingen.Select(b => b.Soort))}] rules out {r.Id}");
                }
            }

            foreach (var b in o.Beperkingen)
            {
                if (!bijeenkomsten.Any(r => Sluit(b, r) && o.Beperkingen.Count(c => Sluit(c, r)) == 1))
                {
                    fouten.Add($"{o.Actie} {o.Fase}: without {b.Soort} the others still rule out every meeting (not minimal)");
                }
            }

            // The stated reason holds: the window (period, deadline, decision time, gap) is empty, all blocked, or its
            // unblocked meetings are all full.
            var venster = bijeenkomsten.Where(r => PlannerSpecificatie.Past(i, moment, r, vorige, negeerBlokkade: true)).ToList();
            var vrij = venster.Where(r => !i.Kalender.Blokkades.Any(b => b.Periode.Contains(r.Datum))).ToList();
            var klopt = o.Reden switch
            {
                OnplanbaarReden.Deadline => venster.Count == 0,
                OnplanbaarReden.Blokkade => venster.Count > 0 && vrij.Count == 0 && o.Bijeenkomsten.SequenceEqual(venster.Select(r => r.Id)),
                OnplanbaarReden.AgendaVol => vrij.Count > 0 && vrij.All(r => bezet.GetValueOrDefault(r.Id) >= (r.Agendaruimte ?? int.MaxValue))
                    && o.Bijeenkomsten.SequenceEqual(vrij.Select(r => r.Id)),
                _ => false,
            };
            if (!klopt)
            {
                fouten.Add($"{o.Actie} {o.Fase}: the reason {o.Reden} does not hold (window [{string.Join(",", venster.Select(r => r.Id))}], free [{string.Join(",", vrij.Select(r => $"{r.Id}:{bezet.GetValueOrDefault(r.Id)}/{r.Agendaruimte}"))}])");
            }
        }

        return (fouten, uitgelegd, redenen);
    }

    [Fact]
    public void Every_unplannable_moment_has_a_true_reason_and_a_minimal_set_of_constraints_on_small_instances()
    {
        const int gevallen = 1000;
        var redenen = new HashSet<OnplanbaarReden>();
        var momenten = 0;
        var geoefend = Wet.Controleer(PlanningGenerator.Klein, gevallen, 60221, 60223, i =>
        {
            var (fouten, uitgelegd, soorten) = Controleer(i, Planner.Schedule(i.Plan, i.Kalender, i.Beleid));
            momenten += uitgelegd;
            redenen.UnionWith(soorten);
            return (uitgelegd > 0, fouten.Count == 0 ? null : string.Join("; ", fouten));
        });

        output.WriteLine($"{geoefend} of {gevallen} instances explain {momenten} moments; reasons {string.Join(", ", redenen.Order())}.");
        Assert.True(geoefend >= gevallen / 3, $"only {geoefend} of {gevallen} instances have an unplannable moment");
        Assert.Equal([OnplanbaarReden.Deadline, OnplanbaarReden.AgendaVol, OnplanbaarReden.Blokkade], redenen.Order());
    }

    [Fact]
    public void Every_unplannable_moment_has_a_true_reason_and_a_minimal_set_of_constraints_on_generated_plans()
    {
        var (momenten, capaciteit) = (0, 0);
        for (var seed = 1; seed <= 30; seed++)
        {
            var i = ExacteInstanties.Maak(seed);
            var planning = Planner.Schedule(i.Plan, i.Kalender, i.Beleid);
            var (fouten, uitgelegd, _) = Controleer(i, planning);
            Assert.True(fouten.Count == 0, $"seed {seed}: {string.Join("; ", fouten.Take(5))}");
            momenten += uitgelegd;
            capaciteit += planning.Onplanbaar.Count(o => o.Reden == OnplanbaarReden.AgendaVol);
        }

        output.WriteLine($"{momenten} first unplannable moments explained, {capaciteit} by capacity.");
        Assert.True(momenten >= 300 && capaciteit >= 60, $"{momenten} moments, {capaciteit} by capacity");
    }

    [Fact]
    public void A_meeting_without_agenda_room_is_not_named_as_full_with_actions()
    {
        var plan = PlanningGenerator.Plan("nul", "Nul", [PlanningGenerator.Actie(1, "a1", [new Raadsmoment { Fase = Fase.Informatie }])], []);
        var kalender = new Vergaderkalender { Radenbijeenkomsten = [new Radenbijeenkomst { Id = "rb1", Datum = new LocalDate(2024, 3, 6), Agendaruimte = 0 }] };
        var o = Assert.Single(Planner.Schedule(plan, kalender).Onplanbaar);
        Assert.Equal(OnplanbaarReden.AgendaVol, o.Reden);
        Assert.Empty(o.Concurrenten);
        Assert.DoesNotContain("vol met acties", o.Melding(Taal.Nl), StringComparison.Ordinal);
        Assert.Contains("geen plaats op de agenda", o.Melding(Taal.Nl), StringComparison.Ordinal);
        var beperking = Assert.Single(o.Beperkingen);
        Assert.Equal(BeperkingSoort.AgendaVol, beperking.Soort);
        Assert.Equal("bijeenkomst rb1 is vol (0 agendapunten)", beperking.Melding(Taal.Nl));
        Assert.Equal("meeting rb1 is full (0 agenda items)", beperking.Melding(Taal.En));
    }
}
