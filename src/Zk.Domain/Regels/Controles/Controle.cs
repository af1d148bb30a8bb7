using System.Globalization;
using Zk.Domain.Besturing;
using Zk.Domain.Tijd;
using Zk.Domain.Werkplannen;

namespace Zk.Domain.Regels.Controles;

/// <summary>
/// One validation run: the plan, the options, the lookups every rule needs (built once), and the findings.
/// Paths and messages are built only for findings, never on the way.
/// </summary>
internal sealed class Controle
{
    private readonly List<Bevinding> _bevindingen = [];

    public Controle(Werkplan plan, ValidationOptions options)
    {
        Plan = plan;
        Options = options;
        Taal = options.Taal;
        Leden = new HashSet<string>(options.Deelnemers ?? plan.Deelnemers, StringComparer.Ordinal);
        Partijen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var partij in plan.Partijen)
        {
            Partijen.Add(partij.Id);
        }

        Hoofdopgaven = new HashSet<string>(StringComparer.Ordinal);
        foreach (var hoofdopgave in plan.Hoofdopgaven)
        {
            Hoofdopgaven.Add(hoofdopgave.Id);
        }

        Acties = new Dictionary<string, Actie>(plan.Acties.Count, StringComparer.Ordinal);
        foreach (var actie in plan.Acties)
        {
            Acties.TryAdd(actie.Id, actie);
        }

        Bijeenkomsten = new Dictionary<string, Radenbijeenkomst>(StringComparer.Ordinal);
        foreach (var bijeenkomst in plan.Radenbijeenkomsten)
        {
            Bijeenkomsten.TryAdd(bijeenkomst.Id, bijeenkomst);
        }

        Kalender = options.Kalender;
        if (Kalender is not null)
        {
            foreach (var bijeenkomst in Kalender.Radenbijeenkomsten)
            {
                Bijeenkomsten[bijeenkomst.Id] = bijeenkomst;
            }
        }

        Blokkades = [.. options.Blokkades, .. Kalender?.Blokkades ?? default];
        EersteKwartaal = Kwartaal.FromDate(plan.Looptijd.Start);
        LaatsteKwartaal = Kwartaal.FromDate(plan.Looptijd.End);
    }

    public Werkplan Plan { get; }

    public ValidationOptions Options { get; }

    public Taal Taal { get; }

    public HashSet<string> Leden { get; }

    public HashSet<string> Partijen { get; }

    public HashSet<string> Hoofdopgaven { get; }

    public Dictionary<string, Actie> Acties { get; }

    /// <summary>The plan's meetings and the calendar's (the calendar's win on equal ids).</summary>
    public Dictionary<string, Radenbijeenkomst> Bijeenkomsten { get; }

    public Vergaderkalender? Kalender { get; }

    public Blokkade[] Blokkades { get; }

    public Kwartaal EersteKwartaal { get; }

    public Kwartaal LaatsteKwartaal { get; }

    public IReadOnlyList<Bevinding> Bevindingen => _bevindingen;

    public void Add(string code, string path, params object?[] details)
    {
        var regel = Regelcatalogus.Get(code);
        _bevindingen.Add(new Bevinding(code, regel.Severity, path, regel.Melding(Taal, details)));
    }

    /// <summary>Where a moment stands in time: its meeting's date when it has one, otherwise its quarter.</summary>
    public (Kwartaal Kwartaal, NodaTime.LocalDate? Datum)? Positie(Raadsmoment moment)
    {
        if (moment.Radenbijeenkomst is { } id && Bijeenkomsten.TryGetValue(id, out var bijeenkomst))
        {
            return (Kwartaal.FromDate(bijeenkomst.Datum), bijeenkomst.Datum);
        }

        return moment.Kwartaal is { } kwartaal ? (kwartaal, null) : null;
    }

    /// <summary>Compares two positions; two moments in the same quarter without dates are taken to be in the same meeting.</summary>
    public static int Vergelijk((Kwartaal Kwartaal, NodaTime.LocalDate? Datum) a, (Kwartaal Kwartaal, NodaTime.LocalDate? Datum) b)
    {
        var byKwartaal = a.Kwartaal.CompareTo(b.Kwartaal);
        if (byKwartaal != 0 || a.Datum is null || b.Datum is null)
        {
            return byKwartaal;
        }

        return a.Datum.Value.CompareTo(b.Datum.Value);
    }

    public static string Tekst((Kwartaal Kwartaal, NodaTime.LocalDate? Datum) positie) =>
        positie.Datum is { } datum ? NodaTime.Text.LocalDatePattern.Iso.Format(datum) : positie.Kwartaal.ToString();

    public string Fase(Fase fase) => Taal == Taal.En
        ? fase switch
        {
            Besturing.Fase.Verkenning => "exploration",
            Besturing.Fase.Informatie => "information",
            Besturing.Fase.Terugkoppeling => "feedback",
            Besturing.Fase.Bespreking => "discussion",
            Besturing.Fase.Versie50 => "50 % version",
            Besturing.Fase.Versie80 => "80 % version",
            Besturing.Fase.Concept => "concept",
            Besturing.Fase.Besluitvorming => "decision",
            _ => "evaluation",
        }
        : fase switch
        {
            Besturing.Fase.Verkenning => "verkenning",
            Besturing.Fase.Informatie => "informatie",
            Besturing.Fase.Terugkoppeling => "terugkoppeling",
            Besturing.Fase.Bespreking => "bespreking",
            Besturing.Fase.Versie50 => "50%-versie",
            Besturing.Fase.Versie80 => "80%-versie",
            Besturing.Fase.Concept => "concept",
            Besturing.Fase.Besluitvorming => "besluitvorming",
            _ => "evaluatie",
        };

    public static string Index(string prefix, int index) => string.Create(CultureInfo.InvariantCulture, $"{prefix}[{index}]");
}

/// <summary>The path of one action: <c>acties[3]</c> in a plan, empty when an action is validated on its own.</summary>
internal readonly record struct ActiePad(int Index)
{
    public static ActiePad Los => new(-1);

    public string Met(string rest)
    {
        if (Index < 0)
        {
            return rest.StartsWith('.') ? rest[1..] : rest;
        }

        return Controle.Index("acties", Index) + rest;
    }

    public string Met(string veld, int index, string rest = "") => Met(Controle.Index(veld, index) + rest);
}

/// <summary>
/// The path of one council moment, built only for a finding: <c>acties[3].raadsmomenten[1]</c>, or
/// <c>totstandkoming[2]</c> for the plan's own history.
/// </summary>
internal readonly record struct MomentPad(ActiePad? Actie, int Index)
{
    public static MomentPad Totstandkoming(int index) => new(null, index);

    public string Tekst() => Actie is { } actie ? actie.Met(".raadsmomenten", Index) : Controle.Index("totstandkoming", Index);
}
