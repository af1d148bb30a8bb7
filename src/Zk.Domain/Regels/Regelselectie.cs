using System.Runtime.CompilerServices;
using Zk.Domain.Besturing;

namespace Zk.Domain.Regels;

/// <summary>
/// Which rules run in one validation and with which severity, from three sources, the first that speaks winning: the
/// options' setting for the code (<see cref="ValidationOptions.Regels"/>), the plan's profile's
/// (<see cref="Bestuursprofiel.Regels"/>), and the catalogue (a rule of every plan runs with its severity; a rule that is
/// one plan's own, <see cref="Regeldefinitie.IsProfielregel"/>, does not run).
/// </summary>
internal sealed class Regelselectie
{
    private readonly Dictionary<string, FindingSeverity> _severities;

    // The catalogue's selection with no options' settings depends on the profile alone: made once per profile instance.
    private static readonly ConditionalWeakTable<Bestuursprofiel, Regelselectie> PerProfiel = new();

    private Regelselectie(Regeldefinitie[] actief, Dictionary<string, FindingSeverity> severities)
    {
        Actief = actief;
        _severities = severities;
        PlanRegels = [.. actief.Where(r => r.ControleertPlan)];
        ActieRegels = [.. actief.Where(r => r.ControleertActies)];
    }

    /// <summary>The rules that run, in the order given.</summary>
    public Regeldefinitie[] Actief { get; }

    /// <summary>The rules that run and check the plan outside its actions, in the order given.</summary>
    public Regeldefinitie[] PlanRegels { get; }

    /// <summary>The rules that run and check each action, in the order given.</summary>
    public Regeldefinitie[] ActieRegels { get; }

    /// <summary>The severity a finding of <paramref name="regel"/> gets.</summary>
    public FindingSeverity Severity(Regeldefinitie regel) => _severities.TryGetValue(regel.Code, out var severity) ? severity : regel.Severity;

    /// <param name="regels">The catalogue's rules (or some of them, in tests).</param>
    /// <param name="options">The options.</param>
    /// <param name="profiel">The plan's profile; null for a plan without one (ZK004), which then sets nothing.</param>
    public static Regelselectie Of(ReadOnlySpan<Regeldefinitie> regels, ValidationOptions options, Bestuursprofiel? profiel)
    {
        if (options.Regels.IsEmpty && profiel is not null && regels == Regelcatalogus.Definities.AsSpan())
        {
            return PerProfiel.GetValue(profiel, static p => Maak(Regelcatalogus.Definities.AsSpan(), ValidationOptions.Default, p));
        }

        return Maak(regels, options, profiel);
    }

    private static Regelselectie Maak(ReadOnlySpan<Regeldefinitie> regels, ValidationOptions options, Bestuursprofiel? profiel)
    {
        var actief = new List<Regeldefinitie>(regels.Length);
        var gekozen = new Dictionary<string, FindingSeverity>(StringComparer.Ordinal);
        foreach (var regel in regels)
        {
            var stand = Stand(regel, options, profiel);
            if (stand is { } severity)
            {
                actief.Add(regel);
                if (severity != regel.Severity)
                {
                    gekozen[regel.Code] = severity;
                }
            }
        }

        return new Regelselectie([.. actief], gekozen);
    }

    // Null: the rule does not run.
    private static FindingSeverity? Stand(Regeldefinitie regel, ValidationOptions options, Bestuursprofiel? profiel)
    {
        foreach (var instelling in options.Regels)
        {
            if (string.Equals(instelling.Code, regel.Code, StringComparison.Ordinal))
            {
                return instelling.Severity;
            }
        }

        return profiel?.Stand(regel.Code) switch
        {
            Regelstand.Uit => null,
            Regelstand.Error => FindingSeverity.Error,
            Regelstand.Warning => FindingSeverity.Warning,
            Regelstand.Info => FindingSeverity.Info,
            _ => regel.IsProfielregel ? null : regel.Severity,
        };
    }
}
