using Zk.Domain.Collections;
using Zk.Domain.Regels.Controles;
using Zk.Domain.Werkplannen;

namespace Zk.Domain.Regels;

/// <summary>
/// Checks a plan against every rule of the <see cref="Regelcatalogus"/> and reports findings.
/// </summary>
/// <remarks>
/// Validation is total (it never throws for a plan the loader returns), deterministic and culture-independent:
/// the same plan and options give the same findings, ordered by rule code and then by their place in the plan.
/// It runs in time linear in the size of the plan. Thread-safe.
/// </remarks>
public static class WerkplanValidation
{
    /// <summary>Validates the whole plan.</summary>
    /// <param name="plan">The plan.</param>
    /// <param name="options">Members, capacity, calendar, blocked periods and language; <see cref="ValidationOptions.Default"/> when null.</param>
    /// <returns>The findings, ordered by rule code and then by their place in the plan.</returns>
    public static ValueArray<Bevinding> Validate(this Werkplan plan, ValidationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var controle = new Controle(plan, options ?? ValidationOptions.Default);
        PlanRegels.Check(controle);
        for (var i = 0; i < plan.Acties.Count; i++)
        {
            ActieRegels.Check(controle, plan.Acties[i], new ActiePad(i));
        }

        SamenhangRegels.Check(controle);
        return Ordered(controle.Bevindingen);
    }

    /// <summary>
    /// Validates one action in the context of <paramref name="plan"/> (its members, parties, main tasks, period and
    /// meetings): the rules that concern a single action. Paths are relative to the action, e.g. <c>trekkerschap.bestuurlijk</c>.
    /// </summary>
    /// <param name="actie">The action, which need not be in the plan yet (e.g. while it is edited).</param>
    /// <param name="plan">The plan that gives the context.</param>
    /// <param name="options">As for <see cref="Validate(Werkplan, ValidationOptions?)"/>.</param>
    public static ValueArray<Bevinding> Validate(this Actie actie, Werkplan plan, ValidationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(actie);
        ArgumentNullException.ThrowIfNull(plan);
        var controle = new Controle(plan, options ?? ValidationOptions.Default);
        ActieRegels.Check(controle, actie, ActiePad.Los);
        return Ordered(controle.Bevindingen);
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

    private static ValueArray<Bevinding> Ordered(IReadOnlyList<Bevinding> bevindingen) =>
        bevindingen.OrderBy(b => b.Code, StringComparer.Ordinal).ToValueArray();
}
