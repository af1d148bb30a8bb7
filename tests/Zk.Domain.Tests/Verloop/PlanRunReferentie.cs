using NodaTime;
using Zk.Domain.Besturing;
using Zk.Domain.Collections;
using Zk.Domain.Inplannen;
using Zk.Domain.Tijd;
using Zk.Domain.Verloop;
using Zk.Domain.Werkplannen;
using Zk.Domain.Tests.Samenhang;

namespace Zk.Domain.Tests.Verloop;

/// <summary>
/// The run and its replay as they were before they were made fast (commit 1934895), kept verbatim as the oracle the
/// fast ones must agree with event for event.
/// </summary>
internal static class PlanRunReferentie
{
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
        return new Runverslag(geordend, Replay(plan, geordend, einde));
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

    public static Voortgang Replay(Werkplan plan, IEnumerable<Gebeurtenis> gebeurtenissen, LocalDate? op = null)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(gebeurtenissen);
        var lijst = gebeurtenissen.ToList();
        if (lijst.FirstOrDefault() is not RunGestart start)
        {
            throw new ArgumentException("A run's events start with RunGestart.", nameof(gebeurtenissen));
        }

        var datum = op ?? lijst[^1].Datum;
        var schema = start.Toewijzingen.ToList();
        var fase = new Dictionary<string, Fase>(StringComparer.Ordinal);
        var besluiten = plan.Acties.ToDictionary(a => a.Id, _ => new List<RaadBesloten>(), StringComparer.Ordinal);
        var vertraagd = new HashSet<string>(StringComparer.Ordinal);
        var stand = plan.Acties.ToDictionary(a => a.Id, _ => Besluitstand.Open, StringComparer.Ordinal);
        var gefinancierd = new HashSet<string>(StringComparer.Ordinal);
        var besproken = new HashSet<(string, Fase, string)>();
        foreach (var e in lijst.Skip(1).Where(e => e.Datum <= datum))
        {
            switch (e)
            {
                case MomentBesproken m:
                    fase[m.Actie] = m.Fase;
                    besproken.Add((m.Actie, m.Fase, m.Radenbijeenkomst));
                    break;
                case MomentVerschoven v:
                    vertraagd.Add(v.Actie);
                    var index = schema.FindIndex(t => t.Actie == v.Actie && t.Fase == v.Fase && t.Radenbijeenkomst == v.Van);
                    if (index >= 0)
                    {
                        if (v is { Naar: { } naar, NaarDatum: { } naarDatum })
                        {
                            schema[index] = schema[index] with { Radenbijeenkomst = naar, Datum = naarDatum };
                        }
                        else
                        {
                            schema.RemoveAt(index);
                        }
                    }

                    break;
                case RaadBesloten r when besluiten.TryGetValue(r.Actie, out var lijstVan):
                    lijstVan.Add(r);
                    break;
                case VoorstelVastgesteld vs:
                    stand[vs.Actie] = Besluitstand.Vastgesteld;
                    break;
                case VoorstelNietVastgesteld nv:
                    stand[nv.Actie] = nv.Verworpen.Count == plan.Deelnemers.Count ? Besluitstand.Verworpen : Besluitstand.DeelsAangenomen;
                    break;
                case FinancieringGevonden f:
                    gefinancierd.Add(f.Actie);
                    break;
            }
        }

        var samenhang = SamenhangReferentie.Of(plan);
        var schemaPerActie = schema.ToLookup(t => t.Actie, StringComparer.Ordinal);
        var laatsteKwartaal = Kwartaal.FromDate(plan.Looptijd.End);
        var acties = plan.Acties.Select((actie, i) =>
        {
            var s = stand[actie.Id];
            var eigen = schemaPerActie[actie.Id];
            var volgend = eigen.Where(t => t.Datum > datum && !besproken.Contains((t.Actie, t.Fase, t.Radenbijeenkomst)))
                .OrderBy(t => t.Datum).FirstOrDefault();
            var besluitVoor = eigen.Any(t => t.Fase == Fase.Besluitvorming && t.Datum > datum);
            var status = s switch
            {
                Besluitstand.Vastgesteld => ActieStatus.Vastgesteld,
                Besluitstand.Verworpen => ActieStatus.Gestopt,
                Besluitstand.DeelsAangenomen => ActieStatus.Vertraagd,
                _ when vertraagd.Contains(actie.Id) => ActieStatus.Vertraagd,
                _ when besluitVoor && actie.Financiering.Status == FinancieringsStatus.NogTeVinden && !gefinancierd.Contains(actie.Id) => ActieStatus.Risico,
                _ => ActieStatus.OpSchema,
            };
            var heeftBesluit = actie.Raadsmomenten.Any(m => m.Fase == Fase.Besluitvorming);
            var opKoers = status is ActieStatus.OpSchema or ActieStatus.Risico or ActieStatus.Vastgesteld && (!heeftBesluit || s == Besluitstand.Vastgesteld || datum < plan.Looptijd.End);
            var bereikt = opKoers
                ? actie.Resultaten.Where(r => (r.Gereed ?? laatsteKwartaal) < Kwartaal.FromDate(datum) || (datum >= plan.Looptijd.End && (!heeftBesluit || s == Besluitstand.Vastgesteld)))
                    .Select(r => r.Id)
                : [];
            var open = status is not (ActieStatus.Vastgesteld or ActieStatus.Gestopt);
            return new ActieVoortgang
            {
                Actie = actie.Id,
                Status = status,
                LaatsteFase = fase.TryGetValue(actie.Id, out var f) ? f : null,
                Besluitstand = s,
                Besluiten = besluiten[actie.Id].ToValueArray(),
                VolgendMoment = volgend,
                ResultatenBereikt = bereikt.ToValueArray(),
                OpenKoppelkansen = open ? samenhang.PerActie[i].Koppelkansen : [],
                OpenVraagstukken = open ? samenhang.PerActie[i].Vraagstukken : [],
            };
        });

        return new Voortgang { Datum = datum, Acties = acties.ToValueArray() };
    }
}
