using Zk.Domain.Besturing;
using Zk.Domain.Collections;

namespace Zk.Domain.Regels;

/// <summary>
/// Options for validating a plan: the member municipalities and capacity when they differ from what the plan
/// states, a meeting calendar for the calendar rules (ZK060–ZK062), extra blocked periods, the language of the
/// messages, and rules switched off or given another severity (<see cref="Regels"/>).
/// </summary>
/// <remarks>Equality is structural. Immutable and thread-safe.</remarks>
public sealed record ValidationOptions
{
    /// <summary>The capacity when neither the options nor the plan set one: nine actions, as in the seed.</summary>
    public const int StandaardCapaciteit = 9;

    /// <summary>The default options: the plan's own members and capacity, no calendar, Dutch messages.</summary>
    public static ValidationOptions Default { get; } = new();

    /// <summary>The member municipalities (ids) to validate against, or null for the plan's <c>Deelnemers</c>.</summary>
    public ValueArray<string>? Deelnemers { get; init; }

    /// <summary>The maximum number of actions, or null for the plan's <c>Capaciteit</c> (and 9 when the plan sets none).</summary>
    public int? Capaciteit { get; init; }

    /// <summary>The meeting calendar; without one, ZK061 is not checked and ZK060/ZK062 look only at the plan's own meetings.</summary>
    public Vergaderkalender? Kalender { get; init; }

    /// <summary>Blocked periods in addition to the calendar's.</summary>
    public ValueArray<Blokkade> Blokkades { get; init; }

    /// <summary>The language of the messages; Dutch by default.</summary>
    public Taal Taal { get; init; } = Taal.Nl;

    /// <summary>
    /// Rules switched off or reported with another severity, at most one setting per code; empty by default (every
    /// rule with the catalogue's severity).
    /// </summary>
    /// <exception cref="ArgumentException">Two settings name the same code.</exception>
    public ValueArray<RegelInstelling> Regels
    {
        get;
        init
        {
            var codes = new HashSet<string>(StringComparer.Ordinal);
            foreach (var instelling in value)
            {
                ArgumentNullException.ThrowIfNull(instelling, nameof(value));
                if (!codes.Add(instelling.Code))
                {
                    throw new ArgumentException($"Two settings for rule {instelling.Code}.", nameof(value));
                }
            }

            field = value;
        }
    }

    /// <summary>These options with the rules <paramref name="codes"/> switched off (replacing their earlier settings).</summary>
    /// <param name="codes">Codes of the catalogue.</param>
    /// <exception cref="ArgumentException">The catalogue has no rule with one of the codes.</exception>
    public ValidationOptions Zonder(params string[] codes)
    {
        ArgumentNullException.ThrowIfNull(codes);
        var opties = this;
        foreach (var code in codes)
        {
            opties = opties.Met(RegelInstelling.Uit(code));
        }

        return opties;
    }

    /// <summary>These options with the rule <paramref name="code"/> reported as <paramref name="severity"/> (replacing its earlier setting).</summary>
    /// <param name="code">A code of the catalogue.</param>
    /// <param name="severity">The severity its findings get.</param>
    /// <exception cref="ArgumentException">The catalogue has no rule <paramref name="code"/>.</exception>
    public ValidationOptions MetSeverity(string code, FindingSeverity severity) => Met(RegelInstelling.MetSeverity(code, severity));

    private ValidationOptions Met(RegelInstelling instelling) => this with
    {
        Regels = [.. Regels.Where(r => !string.Equals(r.Code, instelling.Code, StringComparison.Ordinal)), instelling],
    };

    /// <summary>Whether the rule <paramref name="code"/> is switched off.</summary>
    internal bool IsUit(string code)
    {
        foreach (var instelling in Regels)
        {
            if (instelling.IsUit && string.Equals(instelling.Code, code, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The severities set per code.</summary>
    internal IReadOnlyDictionary<string, FindingSeverity> Severities
    {
        get
        {
            var severities = new Dictionary<string, FindingSeverity>(StringComparer.Ordinal);
            foreach (var instelling in Regels)
            {
                if (instelling.Severity is { } severity)
                {
                    severities[instelling.Code] = severity;
                }
            }

            return severities;
        }
    }
}
