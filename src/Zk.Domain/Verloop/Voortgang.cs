using System.Runtime.InteropServices;
using NodaTime;
using Zk.Domain.Besturing;
using Zk.Domain.Collections;
using Zk.Domain.Inplannen;
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

    /// <summary>Adopted (vastgesteld) by every council that was a member on the decision's date, unchanged or with accepted amendments.</summary>
    Vastgesteld,

    /// <summary>Stopped (gestopt): every council that was a member on the decision's date rejected the proposal.</summary>
    Gestopt,
}

/// <summary>Where the councils' decisions on an action's proposal stand.</summary>
public enum Besluitstand
{
    /// <summary>No council has decided yet.</summary>
    Open,

    /// <summary>Every council (a member on the decision's date) adopted the proposal unchanged.</summary>
    Vastgesteld,

    /// <summary>
    /// The last round was not adopted (<see cref="Besluituitkomst.Herafstemming"/>): some councils adopted it, others
    /// rejected it, or an amendment is not accepted; the region must re-align (herafstemming) and the next round decides.
    /// </summary>
    DeelsAangenomen,

    /// <summary>Every council (a member on the decision's date) rejected it.</summary>
    Verworpen,

    /// <summary>
    /// Every council adopted it, some with an amendment the regional board accepts (vastgesteld met afwijkingen): adopted,
    /// with texts that diverge per council (the last round's <see cref="Rondeuitkomst.Afwijkingen"/>).
    /// </summary>
    VastgesteldMetAfwijkingen,
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

    /// <summary>Each member council's decision so far, in every round.</summary>
    public ValueArray<RaadBesloten> Besluiten { get; init; }

    /// <summary>The decision rounds that have ended, in order, each with its outcome (and divergences per council).</summary>
    public ValueArray<Besluitronde> Rondes { get; init; }

    /// <summary>The next council moment on the (current) schedule, or null when none remains.</summary>
    public Toewijzing? VolgendMoment { get; init; }

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
    /// <exception cref="ArgumentException">The events do not start with <see cref="RunGestart"/>, or <paramref name="plan"/> has a required member set to null or a date not in the ISO calendar in the years 1 to 9999 (the message names its path).</exception>
    public static Voortgang Replay(Werkplan plan, IEnumerable<Gebeurtenis> gebeurtenissen, LocalDate? op = null)
    {
        ArgumentNullException.ThrowIfNull(plan);
        Volledigheid.ThrowIfIncomplete(plan, nameof(plan));
        ArgumentNullException.ThrowIfNull(gebeurtenissen);
        ReadOnlySpan<Gebeurtenis> lijst = gebeurtenissen switch
        {
            ValueArray<Gebeurtenis> array => array.AsSpan(),
            Gebeurtenis[] array => array,
            List<Gebeurtenis> array => CollectionsMarshal.AsSpan(array),
            _ => gebeurtenissen.ToArray(),
        };
        return Herspeel(plan, lijst, op);
    }

    // One pass over the events with the state per action (by its place in the plan), then the progress per action.
    // `bekend` (from the run itself) marks runs of RaadBesloten of one action, all on or before `op`, by their first index
    // and in order (with whether each is every council adopting unchanged); they are taken whole, without looking at each event.
    internal static Voortgang Herspeel(Werkplan plan, ReadOnlySpan<Gebeurtenis> gebeurtenissen, LocalDate? op, List<(int Begin, RaadBesloten[] Besluiten, bool Ongewijzigd)>? bekend = null)
    {
        var lijst = gebeurtenissen;
        if (lijst.IsEmpty || lijst[0] is not RunGestart start)
        {
            throw new ArgumentException("A run's events start with RunGestart.", nameof(gebeurtenissen));
        }

        var datum = op ?? lijst[^1].Datum;
        var acties = plan.Acties;
        // Actions that share an id (an invalid plan, ZK001) share the first one's events and state: the plan index maps an
        // id to its first action.
        var index = PlanIndex.Of(plan).Acties;

        // The schedule as it stands: per action its moments, in the schedule's order; null once off the schedule.
        var schema = start.Toewijzingen.AsSpan();
        var huidig = new Toewijzing?[schema.Length];
        var van = new int[acties.Count + 1];
        var plekken = new int[schema.Length];
        var actieVan = new int[schema.Length];
        for (var s = 0; s < schema.Length; s++)
        {
            actieVan[s] = index.GetValueOrDefault(schema[s].Actie, -1);
            if (actieVan[s] >= 0)
            {
                van[actieVan[s] + 1]++;
            }
        }

        for (var i = 0; i < acties.Count; i++)
        {
            van[i + 1] += van[i];
        }

        var vulling = van[..^1];
        for (var s = 0; s < schema.Length; s++)
        {
            if (actieVan[s] >= 0)
            {
                plekken[vulling[actieVan[s]]++] = s;
                huidig[s] = schema[s];
            }
        }

        var fase = new Fase?[acties.Count];
        var vertraagd = new bool[acties.Count];
        var stand = new Besluitstand[acties.Count];
        var gefinancierd = new bool[acties.Count];
        var aantalBesluiten = new int[acties.Count];

        // The rounds: the councils' decisions of rounds not yet ended per action, the ended rounds, and the moments new
        // rounds were planned in. A run of decisions the run gave waits whole (`wachtend`) for the outcome that follows it.
        var openBesluiten = new List<RaadBesloten>?[acties.Count];
        // An action's first ended round on its own; a list only from its second on (most actions end one round).
        var eersteRonde = new Besluitronde?[acties.Count];
        var rondes = new List<Besluitronde>?[acties.Count];
        var extra = new List<Toewijzing?>?[acties.Count];
        RaadBesloten[]? wachtend = null;
        var wachtendOngewijzigd = false;
        var (wachtendActie, wachtendEinde) = (-1, -1);
        void Vrij()
        {
            if (wachtend is not null)
            {
                (openBesluiten[wachtendActie] ??= []).AddRange(wachtend);
                wachtend = null;
            }
        }

        void Einde(int i, int k, Gebeurtenis uitkomst, int ronde)
        {
            Rondeuitkomst u;
            if (wachtend is not null && wachtendActie == i && wachtendEinde == k && openBesluiten[i] is null or { Count: 0 } && wachtend[0].Ronde == ronde)
            {
                // Every council adopting unchanged is what no decisions classify as, without reading each one.
                u = Rondeuitkomst.From(wachtendOngewijzigd ? [] : wachtend);
                wachtend = null;
            }
            else
            {
                if (wachtendActie == i)
                {
                    Vrij();
                }

                var lijst = openBesluiten[i];
                var raden = lijst?.Where(r => r.Ronde == ronde).ToArray() ?? [];
                lijst?.RemoveAll(r => r.Ronde == ronde);
                // An outcome without the councils' decisions (none was a member) is taken as it says.
                u = raden.Length > 0 ? Rondeuitkomst.From(raden) : Zelf(uitkomst);
            }

            stand[i] = u.Uitkomst switch
            {
                Besluituitkomst.Vastgesteld => Besluitstand.Vastgesteld,
                Besluituitkomst.VastgesteldMetAfwijkingen => Besluitstand.VastgesteldMetAfwijkingen,
                Besluituitkomst.Verworpen => Besluitstand.Verworpen,
                _ => Besluitstand.DeelsAangenomen,
            };
            var geeindigd = new Besluitronde { Ronde = ronde, Datum = uitkomst.Datum, Uitkomst = u };
            if (eersteRonde[i] is not { } eerste)
            {
                eersteRonde[i] = geeindigd;
            }
            else
            {
                (rondes[i] ??= [eerste]).Add(geeindigd);
            }
        }

        // The outcome an outcome event states.
        static Rondeuitkomst Zelf(Gebeurtenis uitkomst) => uitkomst is VoorstelVastgesteld vs
            ? new Rondeuitkomst { Uitkomst = vs.Uitkomst, Afwijkingen = vs.Afwijkingen }
            : new Rondeuitkomst { Uitkomst = ((VoorstelNietVastgesteld)uitkomst).Uitkomst };

        // The moment of an action as it stands: in the schedule, or one a new round was planned in.
        ref Toewijzing? Moment(int i, int moment, Fase fase, string bijeenkomst)
        {
            for (var j = van[i]; j < van[i + 1]; j++)
            {
                if (huidig[plekken[j]] is { } t && t.Moment == moment && t.Fase == fase && t.Radenbijeenkomst == bijeenkomst)
                {
                    return ref huidig[plekken[j]];
                }
            }

            if (extra[i] is { } lijst)
            {
                var span = CollectionsMarshal.AsSpan(lijst);
                for (var j = 0; j < span.Length; j++)
                {
                    if (span[j] is { } t && t.Moment == moment && t.Fase == fase && t.Radenbijeenkomst == bijeenkomst)
                    {
                        return ref span[j];
                    }
                }
            }

            return ref Geen;
        }

        // The councils' decisions come in runs of one action (all councils on one proposal): kept as (action, first, end),
        // with the run's own array when the run gave one.
        var reeksen = new List<(int Actie, int Begin, int Einde, RaadBesloten[]? Besluiten)>(bekend?.Count ?? 0);
        var volgendBekend = 0;
        string? laatste = null;
        var laatsteIndex = -1;
        int Index(string actie)
        {
            if (!ReferenceEquals(actie, laatste))
            {
                laatste = actie;
                laatsteIndex = index.GetValueOrDefault(actie, -1);
            }

            return laatsteIndex;
        }

        for (var k = 1; k < lijst.Length; k++)
        {
            if (bekend is not null && volgendBekend < bekend.Count && bekend[volgendBekend].Begin == k)
            {
                var (_, reeks, ongewijzigd) = bekend[volgendBekend++];
                if (Index(reeks[0].Actie) is var a and >= 0)
                {
                    aantalBesluiten[a] += reeks.Length;
                    reeksen.Add((a, k, k + reeks.Length, reeks));
                    Vrij();
                    (wachtend, wachtendActie, wachtendEinde, wachtendOngewijzigd) = (reeks, a, k + reeks.Length, ongewijzigd);
                }

                k += reeks.Length - 1;
                continue;
            }

            var e = lijst[k];
            if (!(e.Datum <= datum))
            {
                continue;
            }

            switch (e)
            {
                case RaadBesloten r when Index(r.Actie) is var i and >= 0:
                    aantalBesluiten[i]++;
                    if (reeksen.Count > 0 && reeksen[^1] is { Besluiten: null } vorige && vorige.Actie == i && vorige.Einde == k)
                    {
                        reeksen[^1] = vorige with { Einde = k + 1 };
                    }
                    else
                    {
                        reeksen.Add((i, k, k + 1, null));
                    }

                    if (wachtendActie == i)
                    {
                        Vrij();
                    }

                    (openBesluiten[i] ??= []).Add(r);
                    break;
                case MomentBesproken m when Index(m.Actie) is var i and >= 0:
                    fase[i] = m.Fase;
                    break;
                case MomentVerschoven v when Index(v.Actie) is var i and >= 0:
                    vertraagd[i] = true;
                    ref var verschoven = ref Moment(i, v.Moment, v.Fase, v.Van);
                    if (verschoven is { } t)
                    {
                        verschoven = v is { Naar: { } naar, NaarDatum: { } naarDatum } ? t with { Radenbijeenkomst = naar, Datum = naarDatum } : null;
                    }

                    break;
                case RondeGepland rg when Index(rg.Actie) is var i and >= 0:
                    // The next round is the decision moment again, in a later meeting.
                    if (Moment(i, rg.Moment, rg.Fase, rg.Van) is { } eerder && rg is { Naar: { } rondeNaar, NaarDatum: { } rondeDatum })
                    {
                        (extra[i] ??= []).Add(eerder with { Radenbijeenkomst = rondeNaar, Datum = rondeDatum });
                    }

                    break;
                case VoorstelVastgesteld vs when Index(vs.Actie) is var i and >= 0:
                    Einde(i, k, vs, vs.Ronde);
                    break;
                case VoorstelNietVastgesteld nv when Index(nv.Actie) is var i and >= 0:
                    Einde(i, k, nv, nv.Ronde);
                    break;
                case FinancieringGevonden f when Index(f.Actie) is var i and >= 0:
                    gefinancierd[i] = true;
                    break;
            }
        }

        // The councils' decisions per action, in the events' order: a run's own array when it holds them all.
        var besluiten = new RaadBesloten[acties.Count][];
        foreach (var (i, _, _, eigen) in reeksen)
        {
            if (besluiten[i] is null && eigen?.Length == aantalBesluiten[i])
            {
                besluiten[i] = eigen;
                aantalBesluiten[i] = 0;
            }
        }

        for (var i = 0; i < acties.Count; i++)
        {
            besluiten[i] ??= aantalBesluiten[i] == 0 ? [] : new RaadBesloten[aantalBesluiten[i]];
            aantalBesluiten[i] = aantalBesluiten[i] == 0 ? -1 : 0;
        }

        foreach (var (i, begin, einde, eigen) in reeksen)
        {
            var doel = besluiten[i];
            if (aantalBesluiten[i] < 0)
            {
                continue;
            }

            if (eigen is not null)
            {
                eigen.CopyTo(doel, aantalBesluiten[i]);
                aantalBesluiten[i] += eigen.Length;
                continue;
            }

            for (var k = begin; k < einde; k++)
            {
                doel[aantalBesluiten[i]++] = (RaadBesloten)lijst[k];
            }
        }

        // The moments discussed up to the date (action, stage, meeting), gathered from the events when first asked for (at the
        // end of a run no moment is ahead, so never): the same events as the pass above, skipping the runs of decisions.
        HashSet<(int, Fase, string)>? besprokenSet = null;
        bool Besproken(ReadOnlySpan<Gebeurtenis> lijst, int actie, Toewijzing t)
        {
            if (besprokenSet is null)
            {
                besprokenSet = [];
                var volgend = 0;
                for (var k = 1; k < lijst.Length; k++)
                {
                    if (bekend is not null && volgend < bekend.Count && bekend[volgend].Begin == k)
                    {
                        k += bekend[volgend++].Besluiten.Length - 1;
                        continue;
                    }

                    if (lijst[k] is MomentBesproken m && m.Datum <= datum && Index(m.Actie) is var i and >= 0)
                    {
                        besprokenSet.Add((i, m.Fase, m.Radenbijeenkomst));
                    }
                }
            }

            return besprokenSet.Contains((actie, t.Fase, t.Radenbijeenkomst));
        }

        var laatsteKwartaal = Kwartaal.FromDate(plan.Looptijd.End);
        var kwartaal = Kwartaal.FromDate(datum);
        var voortgang = new ActieVoortgang[acties.Count];
        var open = new bool[acties.Count];
        var eenOpen = false;
        for (var i = 0; i < acties.Count; i++)
        {
            var actie = acties[i];
            var k = index[actie.Id];
            var s = stand[k];
            Toewijzing? volgend = null;
            var besluitVoor = false;
            var rondesNa = extra[k]?.Count ?? 0;
            for (var j = van[k]; j < van[k + 1] + rondesNa; j++)
            {
                if ((j < van[k + 1] ? huidig[plekken[j]] : extra[k]![j - van[k + 1]]) is not { } t || !(t.Datum > datum))
                {
                    continue;
                }

                besluitVoor |= plan.Profiel.IsBesluit(t.Fase);
                if ((volgend is null || t.Datum < volgend.Datum) && !Besproken(lijst, k, t))
                {
                    volgend = t;
                }
            }

            var vastgesteld = s is Besluitstand.Vastgesteld or Besluitstand.VastgesteldMetAfwijkingen;
            var status = s switch
            {
                Besluitstand.Vastgesteld or Besluitstand.VastgesteldMetAfwijkingen => ActieStatus.Vastgesteld,
                Besluitstand.Verworpen => ActieStatus.Gestopt,
                Besluitstand.DeelsAangenomen => ActieStatus.Vertraagd,
                _ when vertraagd[k] => ActieStatus.Vertraagd,
                _ when besluitVoor && !actie.Financiering.Status.IsUitgewerkt() && !gefinancierd[k] => ActieStatus.Risico,
                _ => ActieStatus.OpSchema,
            };
            var heeftBesluit = false;
            foreach (var m in actie.Raadsmomenten)
            {
                heeftBesluit |= plan.Profiel.IsBesluit(m.Fase);
            }

            var opKoers = status is ActieStatus.OpSchema or ActieStatus.Risico or ActieStatus.Vastgesteld && (!heeftBesluit || vastgesteld || datum < plan.Looptijd.End);
            ValueArray<string> bereikt = default;
            if (opKoers)
            {
                var alle = datum >= plan.Looptijd.End && (!heeftBesluit || vastgesteld);
                var resultaten = actie.Resultaten.AsSpan();
                var aantal = 0;
                foreach (var r in resultaten)
                {
                    aantal += Bereikt(r, plan.Looptijd, kwartaal, laatsteKwartaal, alle) ? 1 : 0;
                }

                var ids = new string[aantal];
                aantal = 0;
                foreach (var r in resultaten)
                {
                    if (Bereikt(r, plan.Looptijd, kwartaal, laatsteKwartaal, alle))
                    {
                        ids[aantal++] = r.Id;
                    }
                }

                bereikt = ValueArray<string>.Wrap(ids);
            }

            open[i] = status is not (ActieStatus.Vastgesteld or ActieStatus.Gestopt);
            eenOpen |= open[i];
            voortgang[i] = new ActieVoortgang
            {
                Actie = actie.Id,
                Status = status,
                LaatsteFase = fase[k],
                Besluitstand = s,
                Besluiten = ValueArray<RaadBesloten>.Wrap(besluiten[k]),
                Rondes = rondes[k] is { } geeindigd ? ValueArray<Besluitronde>.Wrap([.. geeindigd]) : eersteRonde[k] is { } een ? ValueArray<Besluitronde>.Wrap([een]) : default,
                VolgendMoment = volgend,
                ResultatenBereikt = bereikt,
            };
        }

        // The links that touch an action count while it is open (not adopted or stopped).
        if (eenOpen)
        {
            var (kansen, vraagstukken) = SamenhangAnalyse.PerActieVan(plan, open);
            for (var i = 0; i < acties.Count; i++)
            {
                if (open[i])
                {
                    voortgang[i] = voortgang[i] with { OpenKoppelkansen = kansen[i], OpenVraagstukken = vraagstukken[i] };
                }
            }
        }

        return new Voortgang { Datum = datum, Acties = ValueArray<ActieVoortgang>.Wrap(voortgang) };
    }

    // The answer of a search for a moment that found none.
    [ThreadStatic]
    private static Toewijzing? Geen;

    /// <summary>
    /// Whether a result of an action on course is reached in <paramref name="kwartaal"/>: its due quarter has passed, or
    /// the period is over and the result was due within it. A result due after the period (a framework's milestone in
    /// a later year) is not reached by the end of the period.
    /// </summary>
    private static bool Bereikt(Resultaat r, DateInterval looptijd, Kwartaal kwartaal, Kwartaal laatsteKwartaal, bool periodeVoorbij)
    {
        var uiterlijk = r.UiterlijkIn(looptijd);
        return uiterlijk < kwartaal || (periodeVoorbij && uiterlijk <= laatsteKwartaal);
    }
}
