using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using Zk.Domain.Werkplannen;

namespace Zk.Domain.Regels;

/// <summary>
/// One rule of the catalogue as a named thing: its code, severity and seed section, what it asks and its message in
/// Dutch and English (with named placeholders such as <c>{actie}</c>), and its check. Every rule is one type in
/// <c>Regels/Catalogus</c>; <see cref="Regelcatalogus"/> is built from them.
/// </summary>
/// <remarks>
/// A check reads the plan, its index and the options from the <see cref="Regelcontext"/> and writes findings to an
/// append-only <see cref="Bevindingen"/>; it keeps no state and never reads another rule's findings, so the rules can
/// run in any order (the findings are sorted afterwards). Instances are immutable and thread-safe.
/// </remarks>
[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicMethods)]
internal abstract class Regeldefinitie
{
    protected Regeldefinitie(string code, FindingSeverity severity, string bron, Regeltekst nl, Regeltekst en, bool profielregel = false)
    {
        Code = code;
        Severity = severity;
        IsProfielregel = profielregel;
        MeldingNl = new Sjabloon(nl.Melding);
        MeldingEn = new Sjabloon(en.Melding);
        if (!MeldingNl.Namen.SetEquals(MeldingEn.Namen))
        {
            throw new InvalidOperationException($"{code}: the Dutch and English messages name different placeholders.");
        }

        Regel = new Regel
        {
            Code = code,
            Severity = severity,
            Bron = bron,
            OmschrijvingNl = nl.Omschrijving,
            OmschrijvingEn = en.Omschrijving,
            MeldingNl = nl.Melding,
            MeldingEn = en.Melding,
            IsProfielregel = profielregel,
        };

        // A rule that leaves a check as the base's empty one is not called for it (100,000 calls saved per 1,000
        // actions of a plan with the whole catalogue).
        var type = GetType();
        ControleertPlan = Eigen(type, nameof(CheckPlan), [typeof(Regelcontext), typeof(Bevindingen)]);
        ControleertActies = Eigen(type, nameof(CheckActie), [typeof(Regelcontext), typeof(Actie), typeof(ActiePad), typeof(Bevindingen)]);
    }

    /// <summary>Whether the rule has a check of its own on the plan outside its actions.</summary>
    public bool ControleertPlan { get; }

    /// <summary>Whether the rule has a check of its own per action.</summary>
    public bool ControleertActies { get; }

    /// <summary>The stable code, e.g. <c>ZK040</c>.</summary>
    public string Code { get; }

    /// <summary>The catalogue's severity (options may change it).</summary>
    public FindingSeverity Severity { get; }

    /// <summary>Whether the rule is one plan's own: it runs only where the plan's profile (or the options) give it a severity.</summary>
    public bool IsProfielregel { get; }

    /// <summary>The rule as the public catalogue shows it.</summary>
    public Regel Regel { get; }

    public Sjabloon MeldingNl { get; }

    public Sjabloon MeldingEn { get; }

    /// <summary>The check on the plan outside its actions (ids, links, the period, the plan's own history…).</summary>
    public virtual void CheckPlan(Regelcontext c, Bevindingen uit)
    {
    }

    /// <summary>The check on one action, at <paramref name="pad"/> (also when the action is validated on its own).</summary>
    public virtual void CheckActie(Regelcontext c, Actie actie, ActiePad pad, Bevindingen uit)
    {
    }

    private static bool Eigen([DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicMethods)] Type type, string naam, Type[] parameters) =>
        type.GetMethod(naam, BindingFlags.Public | BindingFlags.Instance, parameters)?.DeclaringType != typeof(Regeldefinitie);
}

/// <summary>What a rule asks and its message template, in one language.</summary>
internal readonly record struct Regeltekst(string Omschrijving, string Melding);
