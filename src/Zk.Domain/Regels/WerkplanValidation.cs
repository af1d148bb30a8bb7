using Zk.Domain.Besturing;
using Zk.Domain.Collections;
using Zk.Domain.Werkplannen;

namespace Zk.Domain.Regels;

/// <summary>
/// Checks a plan against every rule of the <see cref="Regelcatalogus"/> and reports findings.
/// </summary>
/// <remarks>
/// <para>Validation is total (it never throws for a plan the loader returns), deterministic and culture-independent:
/// the same plan and options give the same findings. They come out in one defined order, whatever the order in which
/// the rules run: by path (ordinally, except that numbers compare as numbers, so <c>acties[2]</c> comes before
/// <c>acties[10]</c>, and the plan's own empty path first), then by rule code, then by message.</para>
/// <para>A plan whose required members are not all set (a host set one to null, see ZK004) is reported with one ZK004
/// finding per missing member and nothing else: every other rule reads those members. Switching ZK004 off does not make
/// the others run on such a plan; its findings are then empty.</para>
/// <para>Which rules run, and with which severity, the plan's governance profile decides (<c>Bestuursprofiel.Regels</c>):
/// a rule of every plan runs unless the profile switches it off, with the catalogue's severity unless the profile sets
/// another; a rule that is one plan's own (<see cref="Regel.IsProfielregel"/>, such as Zuid-Kennemerland's selection
/// criteria) runs only where the profile gives it a severity. <see cref="ValidationOptions.Regels"/> wins over the
/// profile: a rule the options switch off does not run, a rule they give a severity runs with it. Validation runs in time linear in the size of
/// the plan and of the calendar: the plan's index is built once per plan instance and shared, the calendar's once per
/// calendar instance. Thread-safe.</para>
/// <para>At most <see cref="MaxBevindingenPerCode"/> findings per rule code are listed: the first ones the rule reports
/// (in the plan's order); the rest of that code stand as one summary finding with the code's severity, at the plan's
/// own (empty) path, whose message gives their number. So a plan with a million unknown member ids gives about a
/// thousand findings, not millions, and <see cref="HasErrors"/> answers as without the cap.</para>
/// </remarks>
public static class WerkplanValidation
{
    /// <summary>The most findings of one rule code a validation lists (1,000); beyond it one summary finding per code gives the number of the rest.</summary>
    public const int MaxBevindingenPerCode = 1_000;

    /// <summary>Validates the whole plan.</summary>
    /// <param name="plan">The plan.</param>
    /// <param name="options">Members, capacity, calendar, blocked periods and language; <see cref="ValidationOptions.Default"/> when null.</param>
    /// <returns>The findings, ordered by path, then code, then message.</returns>
    /// <exception cref="ArgumentException">A date of the plan, or of the options' calendar or blocked periods, is not in the ISO
    /// calendar in the years 1 to 9999 (a Julian date, say: it is never shifted silently); the message names its path. A null
    /// member of the plan is a finding (ZK004), not an exception.</exception>
    public static ValueArray<Bevinding> Validate(this Werkplan plan, ValidationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(plan);
        if (Volledigheid.Ontbrekend(plan).IsEmpty)
        {
            Isodatums.ThrowIfNotIso(plan, nameof(plan));
        }

        if (options?.Kalender is { } kalender)
        {
            Isodatums.ThrowIfNotIso(kalender, nameof(options));
        }

        Isodatums.ThrowIfNotIso(options?.Blokkades ?? default, nameof(options));

        return Validate(plan, options, Regelcatalogus.Definities.AsSpan());
    }

    /// <summary>Validates the whole plan with <paramref name="regels"/>, in that order (the findings' order does not depend on it).</summary>
    internal static ValueArray<Bevinding> Validate(Werkplan plan, ValidationOptions? options, ReadOnlySpan<Regeldefinitie> regels)
    {
        var opties = options ?? ValidationOptions.Default;
        var (uit, selectie) = Begin(regels, opties, plan.Profiel);
        if (AlleenOntbrekend(Volledigheid.Ontbrekend(plan), selectie.Actief, uit))
        {
            return Ordered(uit.Alle());
        }

        var context = new Regelcontext(plan, opties);
        foreach (var regel in selectie.PlanRegels)
        {
            regel.CheckPlan(context, uit);
        }

        var actieRegels = selectie.ActieRegels;
        for (var i = 0; i < plan.Acties.Count; i++)
        {
            var actie = plan.Acties[i];
            var pad = new ActiePad(i);
            foreach (var regel in actieRegels)
            {
                regel.CheckActie(context, actie, pad, uit);
            }
        }

        return Ordered(uit.Alle());
    }

    /// <summary>
    /// Validates one action in the context of <paramref name="plan"/> (its members, parties, main tasks, period and
    /// meetings): the rules that concern a single action. Paths are relative to the action, e.g. <c>trekkerschap.bestuurlijk</c>.
    /// </summary>
    /// <param name="actie">The action, which need not be in the plan yet (e.g. while it is edited).</param>
    /// <param name="plan">The plan that gives the context.</param>
    /// <param name="options">As for <see cref="Validate(Werkplan, ValidationOptions?)"/>.</param>
    /// <exception cref="ArgumentException"><paramref name="plan"/> has a required member set to null (the context must
    /// be complete; null members of <paramref name="actie"/> are reported as ZK004).</exception>
    public static ValueArray<Bevinding> Validate(this Actie actie, Werkplan plan, ValidationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(actie);
        ArgumentNullException.ThrowIfNull(plan);
        Volledigheid.ThrowIfIncomplete(plan, nameof(plan));
        var opties = options ?? ValidationOptions.Default;
        var (uit, selectie) = Begin(Regelcatalogus.Definities.AsSpan(), opties, plan.Profiel);
        if (AlleenOntbrekend(Volledigheid.Ontbrekend(actie), selectie.Actief, uit))
        {
            return Ordered(uit.Alle());
        }

        var context = new Regelcontext(plan, opties);
        foreach (var regel in selectie.ActieRegels)
        {
            regel.CheckActie(context, actie, ActiePad.Los, uit);
        }

        return Ordered(uit.Alle());
    }

    /// <summary>Whether any finding is an error.</summary>
    /// <param name="bevindingen">The findings.</param>
    public static bool HasErrors(this ValueArray<Bevinding> bevindingen)
    {
        foreach (var bevinding in bevindingen)
        {
            if (bevinding.Severity == FindingSeverity.Error)
            {
                return true;
            }
        }

        return false;
    }

    // The rules that run with these options and this profile, and the findings they write to.
    private static (Bevindingen Uit, Regelselectie Selectie) Begin(ReadOnlySpan<Regeldefinitie> regels, ValidationOptions opties, Bestuursprofiel? profiel)
    {
        var selectie = Regelselectie.Of(regels, opties, profiel);
        return (new Bevindingen(opties, selectie), selectie);
    }

    // The other rules read every required member: with one missing only ZK004 speaks (when it runs). True when so.
    private static bool AlleenOntbrekend(ValueArray<string> ontbrekend, Regeldefinitie[] actief, Bevindingen uit)
    {
        if (ontbrekend.IsEmpty)
        {
            return false;
        }

        foreach (var regel in actief)
        {
            (regel as Catalogus.ZK004VerplichteWaarden)?.Meld(ontbrekend, uit);
        }

        return true;
    }

    private static ValueArray<Bevinding> Ordered(List<Bevinding> bevindingen)
    {
        var geordend = bevindingen.ToArray();
        Bevindingvolgorde.Sort(geordend);
        return ValueArray<Bevinding>.Wrap(geordend);
    }
}
