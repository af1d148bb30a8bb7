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

        Hoofdopgaven = new Dictionary<string, int>(plan.Hoofdopgaven.Count, StringComparer.Ordinal);
        for (var i = 0; i < plan.Hoofdopgaven.Count; i++)
        {
            Hoofdopgaven.TryAdd(plan.Hoofdopgaven[i].Id, i);
        }

        Acties = new Dictionary<string, int>(plan.Acties.Count, StringComparer.Ordinal);
        for (var i = 0; i < plan.Acties.Count; i++)
        {
            Acties.TryAdd(plan.Acties[i].Id, i);
        }

        Besluiten = new (Kwartaal, NodaTime.LocalDate?)?[plan.Acties.Count];

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

    /// <summary>The index of each main task id (the first, when ids repeat).</summary>
    public Dictionary<string, int> Hoofdopgaven { get; }

    /// <summary>The index of each action id (the first, when ids repeat).</summary>
    public Dictionary<string, int> Acties { get; }

    /// <summary>The last planned decision of each action, by index; filled while the actions are checked.</summary>
    public (Kwartaal Kwartaal, NodaTime.LocalDate? Datum)?[] Besluiten { get; }

    /// <summary>
    /// The resolved ends of the koppelkansen and vraagstukken, two per link (van, naar): an action's index, the
    /// number of actions plus a main task's index, or -1 when the end does not resolve. Filled by ZK002.
    /// </summary>
    public int[] KoppelkansEinden { get; set; } = [];

    /// <inheritdoc cref="KoppelkansEinden"/>
    public int[] VraagstukEinden { get; set; } = [];

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
        _bevindingen.Add(new Bevinding(code, regel.Severity, path, Regelcatalogus.Melding(regel, Taal, details)));
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
