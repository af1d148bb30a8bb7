using System.Globalization;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Zk.Domain.Regels;

/// <summary>
/// The append-only list the rules write their findings to in one validation: it fills in the message in the options'
/// language and the severity (the catalogue's, or the one the options or the plan's profile set for the code, see
/// <see cref="Regelselectie"/>). Rules never read it.
/// </summary>
/// <remarks>
/// The one place that caps the findings (every caller of validation shares it): a rule's first
/// <see cref="WerkplanValidation.MaxBevindingenPerCode"/> findings are kept, in the order the rule reports them (the
/// plan's order); the rest are only counted (their messages are never made) and stand as one summary finding per code,
/// with the rule's severity, at the plan's path, that gives their number. The scenario's checks
/// (<c>Scenariocontrole</c>) report through it too, and are capped the same way.
/// </remarks>
internal sealed class Bevindingen
{
    private readonly List<Bevinding> _lijst = [];
    private readonly Taal _taal;
    private readonly Regelselectie? _selectie;

    // Per code, how many findings the rule reported, and with which severity (the summary takes it).
    private readonly Dictionary<string, (int Aantal, FindingSeverity Severity)> _perCode = new(StringComparer.Ordinal);

    public Bevindingen(ValidationOptions options, Regelselectie selectie)
    {
        _taal = options.Taal;
        _selectie = selectie;
    }

    /// <summary>A list for the findings of checks outside the plan's catalogue (a scenario's), messages in <paramref name="taal"/>.</summary>
    public Bevindingen(Taal taal)
    {
        _taal = taal;
    }

    /// <summary>Adds a finding of <paramref name="regel"/> at <paramref name="pad"/>, its message filled from <paramref name="waarden"/>.</summary>
    public void Meld(Regeldefinitie regel, string pad, params ReadOnlySpan<(string Naam, object? Waarde)> waarden)
    {
        var severity = _selectie?.Severity(regel) ?? regel.Severity;
        if (Binnen(regel.Code, severity))
        {
            var melding = (_taal == Taal.En ? regel.MeldingEn : regel.MeldingNl).Format(waarden);
            _lijst.Add(new Bevinding(regel.Code, severity, pad, melding));
        }
    }

    /// <summary>
    /// Counts a finding of <paramref name="regel"/> when its first <see cref="WerkplanValidation.MaxBevindingenPerCode"/>
    /// are already listed, and says so; false (and nothing counted) otherwise, when the rule then calls
    /// <see cref="Meld(Regeldefinitie, string, ReadOnlySpan{ValueTuple{string, object}})"/>. A rule with many findings asks
    /// first, so that it makes no path and boxes no value for a finding that is only counted.
    /// </summary>
    public bool Geteld(Regeldefinitie regel)
    {
        ref var telling = ref CollectionsMarshal.GetValueRefOrNullRef(_perCode, regel.Code);
        if (Unsafe.IsNullRef(ref telling) || telling.Aantal < WerkplanValidation.MaxBevindingenPerCode)
        {
            return false;
        }

        telling.Aantal++;
        return true;
    }

    /// <summary>Adds a finding of a check outside the catalogue (a scenario's) at <paramref name="pad"/>, with its message in
    /// English and Dutch; capped as every finding.</summary>
    public void Meld(string code, FindingSeverity severity, string pad, string en, string nl)
    {
        if (Binnen(code, severity))
        {
            _lijst.Add(new Bevinding(code, severity, pad, _taal == Taal.En ? en : nl));
        }
    }

    // The cap: counts one finding of code, and says whether it is among the first MaxBevindingenPerCode (and so listed).
    private bool Binnen(string code, FindingSeverity severity)
    {
        ref var telling = ref CollectionsMarshal.GetValueRefOrAddDefault(_perCode, code, out _);
        telling = (telling.Aantal + 1, severity);
        return telling.Aantal <= WerkplanValidation.MaxBevindingenPerCode;
    }

    /// <summary>The findings in the order they were reported, then one summary per code (by code) that reported more than
    /// the cap; validation sorts them.</summary>
    internal List<Bevinding> Alle()
    {
        foreach (var (code, (aantal, severity)) in _perCode.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            if (aantal > WerkplanValidation.MaxBevindingenPerCode)
            {
                _lijst.Add(Samenvatting(code, severity, aantal - WerkplanValidation.MaxBevindingenPerCode, _taal));
            }
        }

        _perCode.Clear();
        return _lijst;
    }

    /// <summary>The summary finding of the <paramref name="rest"/> findings of <paramref name="code"/> beyond the cap.</summary>
    internal static Bevinding Samenvatting(string code, FindingSeverity severity, int rest, Taal taal)
    {
        var aantal = rest.ToString("N0", CultureInfo.InvariantCulture);
        var max = WerkplanValidation.MaxBevindingenPerCode.ToString("N0", CultureInfo.InvariantCulture);
        var melding = taal == Taal.En
            ? $"{aantal} more findings of {code} are not listed (at most {max} per rule)."
            : $"Nog {aantal} bevindingen van {code} staan niet in de lijst (hoogstens {max} per regel).";
        return new Bevinding(code, severity, string.Empty, melding);
    }
}
