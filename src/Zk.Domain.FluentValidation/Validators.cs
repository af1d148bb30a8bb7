using FluentValidation;
using FluentValidation.Results;
using Zk.Domain.Collections;
using Zk.Domain.Werkplannen;
using FluentSeverity = FluentValidation.Severity;

namespace Zk.Domain.Regels;

/// <summary>
/// The rules catalogue as a FluentValidation validator of a whole plan, for hosts that compose validators
/// (<c>Include</c>, <c>SetValidator</c>). Each failure carries the rule code as <c>ErrorCode</c>, the severity, and
/// the finding's path (after the path of the property the validator is attached to) as <c>PropertyName</c>.
/// </summary>
/// <remarks>
/// Runs the same rules as <see cref="WerkplanValidation.Validate(Werkplan, ValidationOptions?)"/>. By default only the
/// errors become failures, so <c>IsValid</c> is true exactly when the plan has no errors (FluentValidation counts a
/// failure of any severity against <c>IsValid</c>); pass <see cref="FindingSeverity.Warning"/> (or
/// <see cref="FindingSeverity.Info"/>) as the minimum severity to have the warnings (and the informational findings)
/// too, at FluentValidation's <c>Warning</c> (<c>Info</c>) severity. Thread-safe.
/// </remarks>
public sealed class WerkplanValidator : AbstractValidator<Werkplan>
{
    /// <summary>Creates the validator.</summary>
    /// <param name="options">Members, capacity, calendar, blocked periods and language; the defaults when null.</param>
    /// <param name="minimumSeverity">
    /// The least severe finding that becomes a failure: <see cref="FindingSeverity.Error"/> (the default) for errors
    /// only, <see cref="FindingSeverity.Warning"/> for errors and warnings, <see cref="FindingSeverity.Info"/> for all.
    /// </param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="minimumSeverity"/> is not a defined severity.</exception>
    public WerkplanValidator(ValidationOptions? options = null, FindingSeverity minimumSeverity = FindingSeverity.Error)
    {
        FluentFailures.CheckDefined(minimumSeverity);
        var opties = options ?? ValidationOptions.Default;
        RuleFor(plan => plan).Custom((plan, context) => FluentFailures.Add(context, plan.Validate(opties), minimumSeverity));
    }
}

/// <summary>
/// The rules about one action as a FluentValidation validator, in the context of a plan: for an edit form that
/// checks an action before it is added to the plan.
/// </summary>
/// <remarks>
/// Runs the same rules as <see cref="WerkplanValidation.Validate(Actie, Werkplan, ValidationOptions?)"/>; errors only
/// by default, as for <see cref="WerkplanValidator"/>. Thread-safe.
/// </remarks>
public sealed class ActieValidator : AbstractValidator<Actie>
{
    /// <summary>Creates the validator.</summary>
    /// <param name="plan">The plan that gives the context (members, parties, main tasks, period, meetings).</param>
    /// <param name="options">As for <see cref="WerkplanValidator"/>.</param>
    /// <param name="minimumSeverity">As for <see cref="WerkplanValidator"/>: errors only by default.</param>
    /// <exception cref="ArgumentNullException"><paramref name="plan"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="minimumSeverity"/> is not a defined severity.</exception>
    public ActieValidator(Werkplan plan, ValidationOptions? options = null, FindingSeverity minimumSeverity = FindingSeverity.Error)
    {
        ArgumentNullException.ThrowIfNull(plan);
        FluentFailures.CheckDefined(minimumSeverity);
        var opties = options ?? ValidationOptions.Default;
        RuleFor(actie => actie).Custom((actie, context) => FluentFailures.Add(context, actie.Validate(plan, opties), minimumSeverity));
    }
}

internal static class FluentFailures
{
    public static void CheckDefined(FindingSeverity severity)
    {
        if (severity is not (FindingSeverity.Error or FindingSeverity.Warning or FindingSeverity.Info))
        {
            throw new ArgumentOutOfRangeException(nameof(severity), severity, "Expected Error, Warning or Info.");
        }
    }

    /// <summary>How severe a finding is, the most severe highest: the enum's own order runs the other way.</summary>
    private static int Rank(FindingSeverity severity) => severity switch
    {
        FindingSeverity.Error => 2,
        FindingSeverity.Warning => 1,
        _ => 0,
    };

    public static void Add<T>(ValidationContext<T> context, ValueArray<Bevinding> bevindingen, FindingSeverity minimum)
    {
        var prefix = context.PropertyPath;
        foreach (var b in bevindingen)
        {
            if (Rank(b.Severity) < Rank(minimum))
            {
                continue;
            }

            var pad = string.IsNullOrEmpty(prefix) ? b.Path : (b.Path.Length == 0 ? prefix : prefix + "." + b.Path);
            context.AddFailure(new ValidationFailure(pad, b.Message)
            {
                ErrorCode = b.Code,
                Severity = b.Severity switch
                {
                    FindingSeverity.Error => FluentSeverity.Error,
                    FindingSeverity.Warning => FluentSeverity.Warning,
                    _ => FluentSeverity.Info,
                },
            });
        }
    }
}
