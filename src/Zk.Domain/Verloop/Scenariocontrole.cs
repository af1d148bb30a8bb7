using System.Globalization;
using NodaTime;
using NodaTime.Text;
using Zk.Domain.Besturing;
using Zk.Domain.Collections;
using Zk.Domain.Regels;
using Zk.Domain.Tijd;
using Zk.Domain.Werkplannen;

namespace Zk.Domain.Verloop;

/// <summary>A rule a scenario must keep to be run: its stable code, severity and description in English and Dutch.</summary>
/// <param name="Code">The code, <c>ZK2xx</c> (the scenario's own range beside the plan's catalogue).</param>
/// <param name="Severity">How serious a breach is: an error means the scenario does not say one clear thing about the plan.</param>
/// <param name="OmschrijvingEn">What the rule says (English).</param>
/// <param name="OmschrijvingNl">What the rule says (Dutch).</param>
/// <remarks>Equality is structural. Immutable and thread-safe.</remarks>
public sealed record Scenarioregel(string Code, FindingSeverity Severity, string OmschrijvingEn, string OmschrijvingNl)
{
    /// <summary>The description in <paramref name="taal"/>.</summary>
    /// <param name="taal">The language.</param>
    public string Omschrijving(Taal taal) => taal == Taal.En ? OmschrijvingEn : OmschrijvingNl;
}

/// <summary>
/// The checks of a scenario against the plan and the calendar it is run with (<see cref="Scenario.Check"/>): the
/// scenario's own small catalogue, codes ZK200–ZK209. A step the run would otherwise ignore, or that another step
/// contradicts, is a finding: never a silent no-op, never "the last one wins".
/// </summary>
/// <remarks>Deterministic; the findings come in step order, then by code. As in validation, at most
/// <see cref="WerkplanValidation.MaxBevindingenPerCode"/> findings per code are listed (the first ones in step order); the
/// rest stand as one summary finding per code, after the others, at the empty path, that gives their number. Thread-safe.</remarks>
public static class Scenariocontrole
{
    /// <summary>ZK200: a step names an action the plan does not have.</summary>
    public static Scenarioregel OnbekendeActie { get; } = new("ZK200", FindingSeverity.Error, "A step names an action the plan has.", "Een stap noemt een actie die het plan heeft.");

    /// <summary>ZK201: a step names a council that is not a member municipality of the plan at any time.</summary>
    public static Scenarioregel OnbekendeGemeente { get; } = new("ZK201", FindingSeverity.Error, "A step names a council of a member municipality of the plan.", "Een stap noemt de raad van een deelnemende gemeente van het plan.");

    /// <summary>ZK202: a step names a meeting the run's calendar does not have.</summary>
    public static Scenarioregel OnbekendeBijeenkomst { get; } = new("ZK202", FindingSeverity.Error, "A step names a meeting of the run's calendar.", "Een stap noemt een bijeenkomst van de kalender van het verloop.");

    /// <summary>ZK203: a step lacks a field its kind needs.</summary>
    public static Scenarioregel OntbrekendVeld { get; } = new("ZK203", FindingSeverity.Error, "A step has every field its kind needs.", "Een stap heeft elk veld dat zijn soort nodig heeft.");

    /// <summary>ZK204: a step has a field its kind does not use.</summary>
    public static Scenarioregel OverbodigVeld { get; } = new("ZK204", FindingSeverity.Error, "A step has no field its kind does not use.", "Een stap heeft geen veld dat zijn soort niet gebruikt.");

    /// <summary>ZK205: a slip is not from 1 to the number of quarters of the plan's period.</summary>
    public static Scenarioregel Vertraging { get; } = new("ZK205", FindingSeverity.Error, "A slip is from 1 quarter to the number of quarters of the plan's period.", "Een vertraging is van 1 kwartaal tot het aantal kwartalen van de looptijd.");

    /// <summary>ZK206: a step's date lies outside the plan's period.</summary>
    public static Scenarioregel DatumBuitenLooptijd { get; } = new("ZK206", FindingSeverity.Error, "A step's date lies within the plan's period.", "De datum van een stap ligt binnen de looptijd van het plan.");

    /// <summary>ZK207: a decision round is not from 1 to the number of meetings of the calendar.</summary>
    public static Scenarioregel Ronde { get; } = new("ZK207", FindingSeverity.Error, "A decision round is from 1 to the number of meetings of the calendar.", "Een besluitronde is van 1 tot het aantal bijeenkomsten van de kalender.");

    /// <summary>ZK208: two steps say different things about the same decision, meeting, slip or funding.</summary>
    public static Scenarioregel Tegenstrijdig { get; } = new("ZK208", FindingSeverity.Error, "No two steps say different things about the same council's decision in a round, or the same action's slip or funding on a date.", "Geen twee stappen zeggen iets anders over hetzelfde besluit van een raad in een ronde, of dezelfde vertraging of financiering van een actie op een datum.");

    /// <summary>ZK209: a step repeats an earlier one.</summary>
    public static Scenarioregel Herhaald { get; } = new("ZK209", FindingSeverity.Warning, "A step does not repeat an earlier one.", "Een stap herhaalt geen eerdere stap.");

    /// <summary>The catalogue, by code.</summary>
    public static ValueArray<Scenarioregel> Regels { get; } =
        [OnbekendeActie, OnbekendeGemeente, OnbekendeBijeenkomst, OntbrekendVeld, OverbodigVeld, Vertraging, DatumBuitenLooptijd, Ronde, Tegenstrijdig, Herhaald];

    /// <summary>Checks <paramref name="scenario"/> against the plan and the calendar it is to run on.</summary>
    /// <param name="scenario">The scenario.</param>
    /// <param name="plan">The plan.</param>
    /// <param name="kalender">The calendar the run uses (the schedule's, <c>Planning.Kalender</c>).</param>
    /// <param name="taal">The language of the messages.</param>
    /// <returns>The findings, in step order (at most <see cref="WerkplanValidation.MaxBevindingenPerCode"/> per code, then a
    /// summary per code of the rest); empty when the scenario says one clear thing about this plan.</returns>
    public static ValueArray<Bevinding> Check(Scenario scenario, Werkplan plan, Vergaderkalender kalender, Taal taal = Taal.Nl)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(kalender);
        var acties = plan.Acties.Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
        var gemeenten = plan.Deelnemers.Concat(plan.Lidmaatschappen.Select(l => l.Partij)).ToHashSet(StringComparer.Ordinal);
        var bijeenkomsten = kalender.Radenbijeenkomsten.Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        var kwartalen = Kwartaal.FromDate(plan.Looptijd.End) - Kwartaal.FromDate(plan.Looptijd.Start) + 1;
        var maxRonde = Math.Max(1, kalender.Radenbijeenkomsten.Count);
        var eerder = new Dictionary<(StapSoort, string?, string?, string?), (int Index, ScenarioStap Stap)>();
        var uit = new Bevindingen(taal);

        void Meld(Scenarioregel regel, int index, string? veld, string en, string nl)
        {
            var pad = string.Create(CultureInfo.InvariantCulture, $"stappen[{index}]") + (veld is null ? string.Empty : "." + veld);
            uit.Meld(regel.Code, regel.Severity, pad, en, nl);
        }

        for (var i = 0; i < scenario.Stappen.Count; i++)
        {
            var stap = scenario.Stappen[i];
            if (stap is null)
            {
                Meld(OntbrekendVeld, i, null, "The step is null.", "De stap is null.");
                continue;
            }

            var (nodig, gebruikt) = Velden(stap.Soort);
            foreach (var (veld, waarde) in Waarden(stap))
            {
                if (waarde && !gebruikt.Contains(veld))
                {
                    Meld(OverbodigVeld, i, veld, $"A step '{Soort(stap.Soort)}' does not use '{veld}'.", $"Een stap '{Soort(stap.Soort)}' gebruikt '{veld}' niet.");
                }
                else if (!waarde && nodig.Contains(veld))
                {
                    Meld(OntbrekendVeld, i, veld, $"A step '{Soort(stap.Soort)}' needs '{veld}'.", $"Een stap '{Soort(stap.Soort)}' heeft '{veld}' nodig.");
                }
            }

            if (stap.Actie is { } actie && !acties.Contains(actie))
            {
                Meld(OnbekendeActie, i, "actie", $"The plan has no action '{Toon(actie)}'.", $"Het plan heeft geen actie '{Toon(actie)}'.");
            }

            if (stap.Gemeente is { } gemeente && !gemeenten.Contains(gemeente))
            {
                Meld(OnbekendeGemeente, i, "gemeente", $"'{Toon(gemeente)}' is not a member municipality of the plan.", $"'{Toon(gemeente)}' is geen deelnemende gemeente van het plan.");
            }

            if (stap.Radenbijeenkomst is { } bijeenkomst && !bijeenkomsten.Contains(bijeenkomst))
            {
                Meld(OnbekendeBijeenkomst, i, "radenbijeenkomst", $"The calendar has no meeting '{Toon(bijeenkomst)}'.", $"De kalender heeft geen bijeenkomst '{Toon(bijeenkomst)}'.");
            }

            if (stap.Kwartalen is { } k && (k < 1 || k > kwartalen))
            {
                Meld(Vertraging, i, "kwartalen", $"A slip of {Getal(k)} quarters; the period has {Getal(kwartalen)}.", $"Een vertraging van {Getal(k)} kwartalen; de looptijd heeft er {Getal(kwartalen)}.");
            }

            if (stap.Datum is { } datum && !plan.Looptijd.Contains(datum))
            {
                Meld(
                    DatumBuitenLooptijd,
                    i,
                    "datum",
                    $"{Datum(datum)} lies outside the period {Datum(plan.Looptijd.Start)} to {Datum(plan.Looptijd.End)}.",
                    $"{Datum(datum)} ligt buiten de looptijd {Datum(plan.Looptijd.Start)} tot en met {Datum(plan.Looptijd.End)}.");
            }

            if (stap.Ronde is { } ronde && (ronde < 1 || ronde > maxRonde))
            {
                Meld(Ronde, i, "ronde", $"Round {Getal(ronde)}; the calendar has {Getal(maxRonde)} meetings.", $"Ronde {Getal(ronde)}; de kalender heeft {Getal(maxRonde)} bijeenkomsten.");
            }

            // What a step is about: a council's decision on an action in a round, a meeting, an action's slip or funding on a date.
            (StapSoort, string?, string?, string?) over = stap.Soort switch
            {
                StapSoort.Verwerpt or StapSoort.Amendeert => (StapSoort.Verwerpt, stap.Actie, stap.Gemeente, Getal(stap.Ronde ?? 1)),
                StapSoort.Annuleert => (StapSoort.Annuleert, stap.Radenbijeenkomst, null, null),
                _ => (stap.Soort, stap.Actie, null, stap.Datum is { } d ? Datum(d) : null),
            };
            if (eerder.TryGetValue(over, out var vorige))
            {
                var nummer = Getal(vorige.Index);
                if (vorige.Stap == stap)
                {
                    Meld(Herhaald, i, null, $"The step repeats step {nummer}.", $"De stap herhaalt stap {nummer}.");
                }
                else
                {
                    Meld(Tegenstrijdig, i, null, $"The step says otherwise than step {nummer} about the same thing.", $"De stap zegt iets anders dan stap {nummer} over hetzelfde.");
                }
            }
            else
            {
                eerder.Add(over, (i, stap));
            }
        }

        return uit.Alle().ToValueArray();
    }

    // The fields a step of each kind needs, and those it may have.
    private static (string[] Nodig, string[] Gebruikt) Velden(StapSoort soort) => soort switch
    {
        StapSoort.Verwerpt => (["actie", "gemeente"], ["actie", "gemeente", "ronde", "datum"]),
        StapSoort.Amendeert => (["actie", "gemeente"], ["actie", "gemeente", "ronde", "datum", "samenvatting", "oordeel"]),
        StapSoort.Annuleert => (["radenbijeenkomst"], ["radenbijeenkomst"]),
        StapSoort.Vertraagt => (["actie"], ["actie", "kwartalen", "datum"]),
        StapSoort.Financiering => (["actie"], ["actie", "datum"]),
        _ => ([], []),
    };

    private static (string Veld, bool Gegeven)[] Waarden(ScenarioStap s) =>
    [
        ("actie", s.Actie is not null),
        ("gemeente", s.Gemeente is not null),
        ("radenbijeenkomst", s.Radenbijeenkomst is not null),
        ("kwartalen", s.Kwartalen is not null),
        ("datum", s.Datum is not null),
        ("ronde", s.Ronde is not null),
        ("samenvatting", s.Samenvatting is not null),
        ("oordeel", s.Oordeel is not null),
    ];

    private static string Soort(StapSoort soort) => soort switch
    {
        StapSoort.Verwerpt => "verwerpt",
        StapSoort.Amendeert => "amendeert",
        StapSoort.Annuleert => "annuleert",
        StapSoort.Vertraagt => "vertraagt",
        StapSoort.Financiering => "financiering",
        _ => Getal((int)soort),
    };

    private static string Toon(string waarde) => Weergave.Shorten(waarde);

    private static string Getal(int n) => n.ToString(CultureInfo.InvariantCulture);

    private static string Datum(LocalDate d) => LocalDatePattern.Iso.Format(d);
}
