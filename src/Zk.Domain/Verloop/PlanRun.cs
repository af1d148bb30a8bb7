using NodaTime;
using Zk.Domain.Besturing;
using Zk.Domain.Collections;
using Zk.Domain.Inplannen;
using Zk.Domain.Werkplannen;

namespace Zk.Domain.Verloop;

/// <summary>The outcome of a plan run: its events, and the progress at the end.</summary>
/// <param name="Gebeurtenissen">The events in date order, starting with <see cref="RunGestart"/>.</param>
/// <param name="Eind">The progress at the run's last date, rebuilt from the events.</param>
public sealed record Runverslag(ValueArray<Gebeurtenis> Gebeurtenissen, Voortgang Eind)
{
    /// <summary>The progress at <paramref name="datum"/>, rebuilt from the events up to it.</summary>
    /// <param name="plan">The plan the run is of.</param>
    /// <param name="datum">The date.</param>
    public Voortgang Op(Werkplan plan, LocalDate datum) => Voortgang.Replay(plan, Gebeurtenissen, datum);
}

/// <summary>
/// Runs a plan and its schedule through time, meeting by meeting: each radenbijeenkomst discusses its agenda, each
/// member council decides each proposal separately, and a scenario scripts what goes otherwise (a council rejects or
/// amends, a meeting is cancelled, an action slips, funding is found).
/// </summary>
/// <remarks>
/// The run never reads the system clock: it runs up to a date you pass, or the date of an <see cref="IClock"/> you
/// pass. A cancelled meeting's agenda, and a slipped action's moments, move to the next meeting that can take them
/// (not cancelled or blocked, with room, before the deadline), and the action's later moments move along. Same input,
/// same events. Thread-safe.
/// </remarks>
public static class PlanRun
{
    /// <summary>Runs the plan up to <paramref name="tot"/> (inclusive).</summary>
    /// <param name="plan">The plan.</param>
    /// <param name="planning">Its schedule.</param>
    /// <param name="scenario">What goes otherwise; <see cref="Scenario.Volgens"/> when null.</param>
    /// <param name="tot">The last day of the run; the plan's end when null.</param>
    /// <param name="beleid">The governance policy (the councils' decision time); the default when null.</param>
    public static Runverslag Run(Werkplan plan, Planning planning, Scenario? scenario = null, LocalDate? tot = null, Governancebeleid? beleid = null)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(planning);
        scenario ??= Scenario.Volgens;
        beleid ??= Governancebeleid.Standaard;
        var einde = tot ?? plan.Looptijd.End;
        var bijeenkomsten = planning.Kalender.Radenbijeenkomsten.OrderBy(r => r.Datum).ThenBy(r => r.Id, StringComparer.Ordinal).ToList();
        var geannuleerd = scenario.Stappen.Where(s => s.Soort == StapSoort.Annuleert && s.Radenbijeenkomst is not null).Select(s => s.Radenbijeenkomst!).ToHashSet(StringComparer.Ordinal);
        var agenda = bijeenkomsten.ToDictionary(r => r.Id, r => planning.Agenda(r.Id).ToList(), StringComparer.Ordinal);
        var gebeurtenissen = new List<Gebeurtenis> { new RunGestart { Datum = plan.Looptijd.Start, Toewijzingen = planning.Toewijzingen } };
        var vertragingen = scenario.Stappen.Where(s => s.Soort == StapSoort.Vertraagt && s.Actie is not null)
            .OrderBy(s => s.Datum ?? plan.Looptijd.Start).ToList();
        var actieVolgorde = plan.Acties.Select((a, i) => (a.Id, i)).GroupBy(x => x.Id).ToDictionary(g => g.Key, g => g.First().i, StringComparer.Ordinal);

        // A moment's place in its action's chain: the order of the schedule, which moves never change.
        var keten = planning.Toewijzingen.Select((t, i) => ((t.Actie, t.Moment, t.Fase), i)).ToDictionary(x => x.Item1, x => x.i);

        LocalDate Deadline(Toewijzing t) =>
            t.Fase == Fase.Besluitvorming ? plan.Looptijd.End.PlusDays(-beleid.BesluitvormingstermijnInDagen) : plan.Looptijd.End;

        bool Bruikbaar(Radenbijeenkomst r, Toewijzing t, LocalDate vanaf) =>
            r.Datum >= vanaf && r.Datum <= Deadline(t) && !geannuleerd.Contains(r.Id) && planning.Kalender.BlokkadeOp(r.Datum) is null
            && agenda[r.Id].Count < (r.Capaciteit ?? int.MaxValue);

        // Moves t to the first usable meeting on or after `vanaf`, and the action's later moments after it.
        void Verschuif(Toewijzing t, LocalDate vanaf, LocalDate wanneer)
        {
            var van = t.Radenbijeenkomst;
            agenda[van].Remove(t);
            var naar = bijeenkomsten.FirstOrDefault(r => Bruikbaar(r, t, vanaf));
            gebeurtenissen.Add(new MomentVerschoven { Datum = wanneer, Actie = t.Actie, Fase = t.Fase, Van = van, Naar = naar?.Id, NaarDatum = naar?.Datum });
            var plaats = keten[(t.Actie, t.Moment, t.Fase)];
            var later = agenda.Values.SelectMany(a => a)
                .Where(o => o.Actie == t.Actie && keten[(o.Actie, o.Moment, o.Fase)] > plaats)
                .OrderBy(o => keten[(o.Actie, o.Moment, o.Fase)])
                .ToList();
            if (naar is null)
            {
                foreach (var o in later)
                {
                    agenda[o.Radenbijeenkomst].Remove(o);
                    gebeurtenissen.Add(new MomentVerschoven { Datum = wanneer, Actie = o.Actie, Fase = o.Fase, Van = o.Radenbijeenkomst, Naar = null });
                }

                return;
            }

            var nieuw = t with { Radenbijeenkomst = naar.Id, Datum = naar.Datum };
            agenda[naar.Id].Add(nieuw);
            agenda[naar.Id].Sort((a, b) => actieVolgorde[a.Actie].CompareTo(actieVolgorde[b.Actie]));
            foreach (var o in later.Where(o => o.Datum <= naar.Datum))
            {
                Verschuif(o, naar.Datum.PlusDays(1), wanneer);
            }
        }

        // Slips take effect on their own date, before any meeting of that day.
        void Vertraag(LocalDate totEnMet)
        {
            foreach (var stap in vertragingen.Where(s => (s.Datum ?? plan.Looptijd.Start) <= totEnMet).ToList())
            {
                vertragingen.Remove(stap);
                var wanneer = stap.Datum ?? plan.Looptijd.Start;
                // Every moment still ahead moves the given number of quarters later, and stays after the one before it.
                var vooruit = agenda.Values.SelectMany(a => a).Where(t => t.Actie == stap.Actie && t.Datum >= wanneer)
                    .OrderBy(t => keten[(t.Actie, t.Moment, t.Fase)]).ToList();
                LocalDate? vorige = null;
                var gestrand = false;
                foreach (var t in vooruit)
                {
                    agenda[t.Radenbijeenkomst].Remove(t);
                    var vanaf = t.Datum.PlusMonths(3 * (stap.Kwartalen ?? 1));
                    if (vorige is { } v && v >= vanaf)
                    {
                        vanaf = v.PlusDays(1);
                    }

                    var naar = gestrand ? null : bijeenkomsten.FirstOrDefault(r => Bruikbaar(r, t, vanaf));
                    gestrand = naar is null;
                    gebeurtenissen.Add(new MomentVerschoven { Datum = wanneer, Actie = t.Actie, Fase = t.Fase, Van = t.Radenbijeenkomst, Naar = naar?.Id, NaarDatum = naar?.Datum });
                    if (naar is not null)
                    {
                        agenda[naar.Id].Add(t with { Radenbijeenkomst = naar.Id, Datum = naar.Datum });
                        agenda[naar.Id].Sort((a, b) => actieVolgorde[a.Actie].CompareTo(actieVolgorde[b.Actie]));
                        vorige = naar.Datum;
                    }
                }
            }
        }

        foreach (var r in bijeenkomsten.Where(r => r.Datum <= einde))
        {
            Vertraag(r.Datum);
            if (geannuleerd.Contains(r.Id))
            {
                gebeurtenissen.Add(new BijeenkomstGeannuleerd { Datum = r.Datum, Radenbijeenkomst = r.Id });
                foreach (var t in agenda[r.Id].ToList())
                {
                    Verschuif(t, r.Datum.PlusDays(1), r.Datum);
                }

                continue;
            }

            gebeurtenissen.Add(new BijeenkomstGehouden { Datum = r.Datum, Radenbijeenkomst = r.Id });
            foreach (var t in agenda[r.Id])
            {
                gebeurtenissen.Add(new MomentBesproken { Datum = r.Datum, Actie = t.Actie, Fase = t.Fase, Radenbijeenkomst = r.Id });
                if (t.Fase == Fase.Besluitvorming)
                {
                    Besluit(plan, scenario, t, r.Datum.PlusDays(beleid.BesluitvormingstermijnInDagen), gebeurtenissen);
                }
            }
        }

        Vertraag(einde);
        foreach (var stap in scenario.Stappen.Where(s => s.Soort == StapSoort.Financiering && s.Actie is not null))
        {
            gebeurtenissen.Add(new FinancieringGevonden { Datum = stap.Datum ?? plan.Looptijd.Start, Actie = stap.Actie! });
        }

        var geordend = gebeurtenissen.Take(1).Concat(gebeurtenissen.Skip(1).Where(g => g.Datum <= einde).OrderBy(g => g.Datum)).ToValueArray();
        return new Runverslag(geordend, Voortgang.Replay(plan, geordend, einde));
    }

    /// <summary>Runs the plan up to today's date on <paramref name="klok"/> in <paramref name="zone"/>.</summary>
    /// <param name="plan">The plan.</param>
    /// <param name="planning">Its schedule.</param>
    /// <param name="klok">The clock (in tests, NodaTime's <c>FakeClock</c>).</param>
    /// <param name="zone">The time zone whose date counts, e.g. Europe/Amsterdam.</param>
    /// <param name="scenario">What goes otherwise; <see cref="Scenario.Volgens"/> when null.</param>
    public static Runverslag Run(Werkplan plan, Planning planning, IClock klok, DateTimeZone zone, Scenario? scenario = null)
    {
        ArgumentNullException.ThrowIfNull(klok);
        ArgumentNullException.ThrowIfNull(zone);
        return Run(plan, planning, scenario, klok.GetCurrentInstant().InZone(zone).Date);
    }

    // Each member council decides separately; the proposal is adopted only when all adopt it unchanged.
    private static void Besluit(Werkplan plan, Scenario scenario, Toewijzing t, LocalDate datum, List<Gebeurtenis> gebeurtenissen)
    {
        var verworpen = new List<string>();
        var geamendeerd = new List<string>();
        foreach (var gemeente in plan.Deelnemers)
        {
            var stap = scenario.Stappen.LastOrDefault(s => s.Actie == t.Actie && s.Gemeente == gemeente && s.Soort is StapSoort.Verwerpt or StapSoort.Amendeert);
            var besluit = stap?.Soort switch
            {
                StapSoort.Verwerpt => Raadsbesluit.Verworpen,
                StapSoort.Amendeert => Raadsbesluit.Geamendeerd,
                _ => Raadsbesluit.Aangenomen,
            };
            (besluit == Raadsbesluit.Verworpen ? verworpen : besluit == Raadsbesluit.Geamendeerd ? geamendeerd : null)?.Add(gemeente);
            gebeurtenissen.Add(new RaadBesloten { Datum = datum, Actie = t.Actie, Gemeente = gemeente, Besluit = besluit });
        }

        gebeurtenissen.Add(verworpen.Count == 0 && geamendeerd.Count == 0
            ? new VoorstelVastgesteld { Datum = datum, Actie = t.Actie }
            : new VoorstelNietVastgesteld { Datum = datum, Actie = t.Actie, Verworpen = verworpen.ToValueArray(), Geamendeerd = geamendeerd.ToValueArray() });
    }
}
