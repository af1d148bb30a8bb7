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
/// <remarks>Runs the same rules as <see cref="WerkplanValidation.Validate(Werkplan, ValidationOptions?)"/>. Thread-safe.</remarks>
public sealed class WerkplanValidator : AbstractValidator<Werkplan>
{
    /// <summary>Creates the validator.</summary>
    /// <param name="options">Members, capacity, calendar, blocked periods and language; the defaults when null.</param>
    public WerkplanValidator(ValidationOptions? options = null)
    {
        var opties = options ?? ValidationOptions.Default;
        RuleFor(plan => plan).Custom((plan, context) => FluentFailures.Add(context, plan.Validate(opties)));
    }
}

/// <summary>
/// The rules about one action as a FluentValidation validator, in the context of a plan: for an edit form that
/// checks an action before it is added to the plan.
/// </summary>
/// <remarks>Runs the same rules as <see cref="WerkplanValidation.Validate(Actie, Werkplan, ValidationOptions?)"/>. Thread-safe.</remarks>
public sealed class ActieValidator : AbstractValidator<Actie>
{
    /// <summary>Creates the validator.</summary>
    /// <param name="plan">The plan that gives the context (members, parties, main tasks, period, meetings).</param>
    /// <param name="options">As for <see cref="WerkplanValidator"/>.</param>
    public ActieValidator(Werkplan plan, ValidationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var opties = options ?? ValidationOptions.Default;
        RuleFor(actie => actie).Custom((actie, context) => FluentFailures.Add(context, actie.Validate(plan, opties)));
    }
}

internal static class FluentFailures
{
    public static void Add<T>(ValidationContext<T> context, ValueArray<Bevinding> bevindingen)
    {
        var prefix = context.PropertyPath;
        foreach (var b in bevindingen)
        {
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
