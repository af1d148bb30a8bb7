namespace Zk.Domain.Regels;

/// <summary>
/// The append-only list the rules write their findings to in one validation: it fills in the message in the options'
/// language and the severity (the catalogue's, or the one the options or the plan's profile set for the code, see
/// <see cref="Regelselectie"/>). Rules never read it.
/// </summary>
internal sealed class Bevindingen
{
    private readonly List<Bevinding> _lijst = [];
    private readonly Taal _taal;
    private readonly Regelselectie _selectie;

    public Bevindingen(ValidationOptions options, Regelselectie selectie)
    {
        _taal = options.Taal;
        _selectie = selectie;
    }

    /// <summary>Adds a finding of <paramref name="regel"/> at <paramref name="pad"/>, its message filled from <paramref name="waarden"/>.</summary>
    public void Meld(Regeldefinitie regel, string pad, params ReadOnlySpan<(string Naam, object? Waarde)> waarden)
    {
        var severity = _selectie.Severity(regel);
        var melding = (_taal == Taal.En ? regel.MeldingEn : regel.MeldingNl).Format(waarden);
        _lijst.Add(new Bevinding(regel.Code, severity, pad, melding));
    }

    /// <summary>The findings so far, for the validation to sort.</summary>
    internal List<Bevinding> Lijst => _lijst;
}
