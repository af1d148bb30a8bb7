using Zk.Domain.Besturing;
using Zk.Domain.Collections;

namespace Zk.Domain.Regels;

/// <summary>
/// Options for validating a plan: the member municipalities and capacity when they differ from what the plan
/// states, a meeting calendar for the calendar rules (ZK060–ZK062), extra blocked periods, the language of the
/// messages, and rules switched off or given another severity (<see cref="Regels"/>).
/// </summary>
/// <remarks>
/// <para>The options win over the plan's governance profile: a rule setting here replaces the profile's for that code
/// (<c>Bestuursprofiel.Regels</c>), and <see cref="Plancapaciteit"/> replaces the number of the plan's and the profile's
/// capacity (what it counts stays the profile's).</para>
/// <para>Equality is structural. Immutable and thread-safe.</para>
/// </remarks>
public sealed record ValidationOptions
{
    /// <summary>The default options: the plan's own members, capacity and rules (its profile's), no calendar, Dutch messages.</summary>
    public static ValidationOptions Default { get; } = new();

    /// <summary>The member municipalities (ids) to validate against, or null for the plan's <c>Deelnemers</c>.</summary>
    public ValueArray<string>? Deelnemers { get; init; }

    /// <summary>
    /// The capacity's number, or null for the plan's <c>Plancapaciteit</c>, or else its profile's. It counts what the
    /// profile's capacity counts (actions or main tasks), actions when the profile sets none. With null here, in the
    /// plan and in the profile, ZK011 does not run.
    /// </summary>
    public int? Plancapaciteit { get; init; }

    /// <summary>The meeting calendar; without one, ZK061 is not checked and ZK060/ZK062 look only at the plan's own meetings.</summary>
    public Vergaderkalender? Kalender { get; init; }

    /// <summary>Blocked periods in addition to the calendar's.</summary>
    public ValueArray<Blokkade> Blokkades { get; init; }

    /// <summary>The language of the messages; Dutch by default.</summary>
    public Taal Taal { get; init; } = Taal.Nl;

    /// <summary>
    /// Rules switched off or reported with a severity, at most one setting per code; empty by default (the rules and
    /// severities of the plan's profile). A setting here wins over the profile's: a rule switched off does not run, a
    /// rule given a severity runs with it, also a rule that is one plan's own and that the profile does not set.
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
    public ValidationOptions Without(params string[] codes)
    {
        ArgumentNullException.ThrowIfNull(codes);
        var opties = this;
        foreach (var code in codes)
        {
            opties = opties.Met(RegelInstelling.Off(code));
        }

        return opties;
    }

    /// <summary>These options with the rule <paramref name="code"/> reported as <paramref name="severity"/> (replacing its earlier setting).</summary>
    /// <param name="code">A code of the catalogue.</param>
    /// <param name="severity">The severity its findings get.</param>
    /// <exception cref="ArgumentException">The catalogue has no rule <paramref name="code"/>.</exception>
    public ValidationOptions WithSeverity(string code, FindingSeverity severity) => Met(RegelInstelling.WithSeverity(code, severity));

    private ValidationOptions Met(RegelInstelling instelling) => this with
    {
        Regels = [.. Regels.Where(r => !string.Equals(r.Code, instelling.Code, StringComparison.Ordinal)), instelling],
    };
}
