using NodaTime;
using Zk.Domain.Besturing;
using Zk.Domain.Collections;
using Zk.Domain.Samenhang;
using Zk.Domain.Tijd;
using Zk.Domain.Werkplannen;

namespace Zk.Domain.Verloop;

/// <summary>Where an action stands (status).</summary>
public enum ActieStatus
{
    /// <summary>On schedule (op schema).</summary>
    OpSchema,

    /// <summary>At risk (risico): a decision is ahead while its funding is still to be found.</summary>
    Risico,

    /// <summary>Delayed (vertraagd): a moment slipped or fell off the schedule, or the councils' decisions diverge and need re-alignment.</summary>
    Vertraagd,

    /// <summary>Adopted (vastgesteld) by every member council.</summary>
    Vastgesteld,

    /// <summary>Stopped (gestopt): every member council rejected the proposal.</summary>
    Gestopt,
}

/// <summary>Where the councils' decisions on an action's proposal stand.</summary>
public enum Besluitstand
{
    /// <summary>No council has decided yet.</summary>
    Open,

    /// <summary>Every council adopted the proposal unchanged.</summary>
    Vastgesteld,

    /// <summary>Some councils adopted it, others rejected or amended it: the region must re-align (herafstemming).</summary>
    DeelsAangenomen,

    /// <summary>Every council rejected it.</summary>
    Verworpen,
}

/// <summary>The progress of one action at a date.</summary>
/// <remarks>Equality is structural. Immutable and thread-safe.</remarks>
public sealed record ActieVoortgang
{
    /// <summary>The action's id.</summary>
    public required string Actie { get; init; }

    /// <summary>The status, derived from the stage reached against the schedule.</summary>
    public required ActieStatus Status { get; init; }

    /// <summary>The last stage discussed in a radenbijeenkomst, or null when none yet.</summary>
    public Fase? LaatsteFase { get; init; }

    /// <summary>Where the councils' decisions stand.</summary>
    public required Besluitstand Besluitstand { get; init; }

    /// <summary>Each member council's decision so far.</summary>
    public ValueArray<RaadBesloten> Besluiten { get; init; }

    /// <summary>The next council moment on the (current) schedule, or null when none remains.</summary>
    public Inplannen.Toewijzing? VolgendMoment { get; init; }

    /// <summary>The ids of the results reached by the date.</summary>
    public ValueArray<string> ResultatenBereikt { get; init; }

    /// <summary>The koppelkansen that touch the action while it is not yet adopted or stopped.</summary>
    public ValueArray<string> OpenKoppelkansen { get; init; }

    /// <summary>The vraagstukken that touch the action while it is not yet adopted or stopped.</summary>
    public ValueArray<string> OpenVraagstukken { get; init; }
}

/// <summary>
/// The state (voortgang) of a plan run at a date, rebuilt from the run's events alone.
/// </summary>
/// <remarks>Equality is structural. Immutable and thread-safe.</remarks>
public sealed record Voortgang
{
    /// <summary>The date the state holds for.</summary>
    public required LocalDate Datum { get; init; }

    /// <summary>Per action, in the plan's order.</summary>
    public required ValueArray<ActieVoortgang> Acties { get; init; }

    /// <summary>
    /// Rebuilds the state at <paramref name="op"/> (default: the last event's date) from <paramref name="gebeurtenissen"/>,
    /// which must start with <see cref="RunGestart"/>; only events up to that date count.
    /// </summary>
    /// <param name="plan">The plan the run is of.</param>
    /// <param name="gebeurtenissen">The run's events, in order.</param>
    /// <param name="op">The date, or null for the last event's date.</param>
    /// <exception cref="ArgumentException">The events do not start with <see cref="RunGestart"/>.</exception>
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

        var samenhang = SamenhangAnalyse.Of(plan);
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
