using System.Text;
using Zk.Domain.Besturing;
using Zk.Domain.Partijen;
using Zk.Domain.Werkplannen;
using Zk.Domain.Wisselwerkingen;

namespace Zk.Domain;

/// <summary>
/// The words (woorden) the library and the sample show to people, in one table per language: stage names, statuses,
/// reasons, severities, kinds, and the labels and headings of the reports. Nothing user-facing is worded elsewhere;
/// machine formats (JSON) keep their wire names.
/// </summary>
/// <remarks>
/// <para>
/// There is one table per language (<c>Woorden.Nederlands.cs</c>, <c>Woorden.Engels.cs</c>), each keyed by
/// <see cref="Woord"/>. The words of the model's enums (<see cref="Fase"/>, <see cref="PartijSoort"/>,
/// <see cref="FinancieringsStatus"/>, …) are reached by the overloads of <c>Naam</c> here. The operations' enums
/// (the rules' severity, the scheduler's statuses and reasons, the run's statuses and decisions) live in namespaces
/// the model may not depend on; their namespaces add overloads of <c>Naam</c> to this class as extension members
/// (<c>Woorden.Naam(ToewijzingStatus.Verplaatst, Taal.En)</c> with <c>using Zk.Domain.Inplannen;</c>), which only map the
/// value to its <see cref="Woord"/>: the words themselves are in the tables here.
/// </para>
/// <para>
/// Rule messages and other sentences keep their templates with their type (one type per rule); the words they fill
/// in come from here. Templates that belong to no type (the scheduler's explanations, the report's counts) are keys
/// of this table with named placeholders in braces, filled by <see cref="Format"/>.
/// </para>
/// <para>Every member is pure, culture-independent and thread-safe.</para>
/// </remarks>
public static partial class Woorden
{
    /// <summary>
    /// The heading over a plan's results, "Wat hebben we in 2023 bereikt?", with the year the plan runs until: a period
    /// that ends on 31 December looks back from the next year (the seed's plan runs "tot 1 januari 2023"), any other from
    /// the year it ends in.
    /// </summary>
    /// <param name="looptijd">The plan's period.</param>
    /// <param name="taal">The language.</param>
    /// <returns>The heading.</returns>
    public static string Bereikt(NodaTime.DateInterval looptijd, Taal taal)
    {
        ArgumentNullException.ThrowIfNull(looptijd);
        var einde = looptijd.End;
        var jaar = einde.Month == 12 && einde.Day == 31 ? einde.Year + 1 : einde.Year;
        return Format(Woord.Bereikt, taal, ("jaar", jaar.ToString(System.Globalization.CultureInfo.InvariantCulture)));
    }

    /// <summary>The word for <paramref name="woord"/> in <paramref name="taal"/>.</summary>
    /// <param name="woord">The key.</param>
    /// <param name="taal">The language.</param>
    /// <exception cref="ArgumentOutOfRangeException">The key or the language is not a defined value.</exception>
    public static string Naam(Woord woord, Taal taal)
    {
        var tabel = taal switch
        {
            Taal.Nl => Nederlands,
            Taal.En => Engels,
            _ => throw new ArgumentOutOfRangeException(nameof(taal), taal, "not a language of the word tables"),
        };
        return tabel.TryGetValue(woord, out var tekst)
            ? tekst
            : throw new ArgumentOutOfRangeException(nameof(woord), woord, "not a key of the word tables");
    }

    /// <summary>
    /// The template <paramref name="woord"/> in <paramref name="taal"/> with its placeholders (<c>{naam}</c>) filled in
    /// from <paramref name="waarden"/>.
    /// </summary>
    /// <param name="woord">The key of a template.</param>
    /// <param name="taal">The language.</param>
    /// <param name="waarden">A value for every placeholder the template names.</param>
    /// <exception cref="ArgumentException">The template names a placeholder without a value, or has an unclosed brace.</exception>
    public static string Format(Woord woord, Taal taal, params ReadOnlySpan<(string Naam, string Waarde)> waarden)
    {
        var sjabloon = Naam(woord, taal);
        var uit = new StringBuilder(sjabloon.Length + 32);
        var i = 0;
        while (i < sjabloon.Length)
        {
            var open = sjabloon.IndexOf('{', i);
            if (open < 0)
            {
                uit.Append(sjabloon, i, sjabloon.Length - i);
                break;
            }

            var sluit = sjabloon.IndexOf('}', open + 1);
            if (sluit < 0)
            {
                throw new ArgumentException($"the template {woord} has an unclosed brace", nameof(woord));
            }

            uit.Append(sjabloon, i, open - i);
            uit.Append(Waarde(woord, sjabloon[(open + 1)..sluit], waarden));
            i = sluit + 1;
        }

        return uit.ToString();
    }

    /// <summary>The placeholders a template names (<c>{naam}</c>), in order of appearance.</summary>
    /// <param name="woord">The key.</param>
    /// <param name="taal">The language.</param>
    public static IReadOnlyList<string> Plaatshouders(Woord woord, Taal taal)
    {
        var sjabloon = Naam(woord, taal);
        var namen = new List<string>();
        for (var open = sjabloon.IndexOf('{'); open >= 0; open = sjabloon.IndexOf('{', open + 1))
        {
            var sluit = sjabloon.IndexOf('}', open + 1);
            if (sluit < 0)
            {
                break;
            }

            namen.Add(sjabloon[(open + 1)..sluit]);
        }

        return namen;
    }

    private static string Waarde(Woord woord, string naam, ReadOnlySpan<(string Naam, string Waarde)> waarden)
    {
        foreach (var (n, w) in waarden)
        {
            if (string.Equals(n, naam, StringComparison.Ordinal))
            {
                return w;
            }
        }

        throw new ArgumentException($"the template {woord} needs a value for {{{naam}}}", nameof(waarden));
    }

    /// <summary>
    /// A stage's name in Zuid-Kennemerland's profile (<c>80%-versie</c>, <c>80 % version</c>); its id for a stage that
    /// profile does not define. With a plan at hand, ask its profile: <c>plan.Profiel.FaseNaam(fase, taal)</c>.
    /// </summary>
    /// <param name="fase">The stage.</param>
    /// <param name="taal">The language.</param>
    public static string Naam(Fase fase, Taal taal) => Bestuursprofiel.ZuidKennemerland.FaseNaam(fase, taal);

    /// <summary>The name of <paramref name="fase"/> in <paramref name="profiel"/>, in <paramref name="taal"/>; its id when the profile does not define it.</summary>
    /// <param name="profiel">The governance profile.</param>
    /// <param name="fase">The stage.</param>
    /// <param name="taal">The language.</param>
    public static string FaseNaam(this Bestuursprofiel profiel, Fase fase, Taal taal)
    {
        ArgumentNullException.ThrowIfNull(profiel);
        return profiel.Definitie(fase) is { } definitie ? Naam(definitie, taal) : fase.Id;
    }

    /// <summary>A stage definition's name in <paramref name="taal"/>.</summary>
    /// <param name="fase">The stage.</param>
    /// <param name="taal">The language.</param>
    public static string Naam(Fasedefinitie fase, Taal taal)
    {
        ArgumentNullException.ThrowIfNull(fase);
        return taal == Taal.En ? fase.NaamEn : fase.NaamNl;
    }

    /// <summary>A kind of meeting's name in <paramref name="taal"/>, as used in a sentence (<c>radenbijeenkomst</c>).</summary>
    /// <param name="soort">The kind.</param>
    /// <param name="taal">The language.</param>
    public static string Naam(Bijeenkomstsoort soort, Taal taal)
    {
        ArgumentNullException.ThrowIfNull(soort);
        return taal == Taal.En ? soort.NaamEn : soort.NaamNl;
    }

    /// <summary>
    /// The word for a joint meeting of kind <paramref name="soort"/> (null: the profile's first kind) in
    /// <paramref name="taal"/>, as messages and the console use it (<c>radenbijeenkomst</c>, <c>Regiopodium</c>); the
    /// kind's id when the profile does not define it.
    /// </summary>
    /// <param name="profiel">The governance profile.</param>
    /// <param name="soort">The kind's id, or null.</param>
    /// <param name="taal">The language.</param>
    public static string BijeenkomstNaam(this Bestuursprofiel profiel, string? soort, Taal taal)
    {
        ArgumentNullException.ThrowIfNull(profiel);
        return profiel.Bijeenkomstsoort(soort) is { } s ? Naam(s, taal) : soort ?? string.Empty;
    }

    /// <summary>A derived-kind's name.</summary>
    /// <param name="soort">The kind.</param>
    /// <param name="taal">The language.</param>
    public static string Naam(AfleidingSoort soort, Taal taal) => Naam(
        soort switch
        {
            AfleidingSoort.Kwartaal => Woord.AfleidingKwartaal,
            AfleidingSoort.Moment => Woord.AfleidingMoment,
            _ => throw Onbekend(soort),
        },
        taal);

    /// <summary>A party kind's name (<c>gemeente</c>, <c>municipality</c>).</summary>
    /// <param name="soort">The kind.</param>
    /// <param name="taal">The language.</param>
    public static string Naam(PartijSoort soort, Taal taal) => Naam(
        soort switch
        {
            PartijSoort.Gemeente => Woord.PartijGemeente,
            PartijSoort.Provincie => Woord.PartijProvincie,
            PartijSoort.Regio => Woord.PartijRegio,
            PartijSoort.Waterschap => Woord.PartijWaterschap,
            PartijSoort.Rijk => Woord.PartijRijk,
            PartijSoort.Organisatie => Woord.PartijOrganisatie,
            _ => throw Onbekend(soort),
        },
        taal);

    /// <summary>A funding status's name (<c>deels geregeld</c>, <c>partly arranged</c>).</summary>
    /// <param name="status">The status.</param>
    /// <param name="taal">The language.</param>
    public static string Naam(FinancieringsStatus status, Taal taal) => Naam(
        status switch
        {
            FinancieringsStatus.BestaandeMiddelen => Woord.FinancieringBestaandeMiddelen,
            FinancieringsStatus.Geregeld => Woord.FinancieringGeregeld,
            FinancieringsStatus.NogTeVinden => Woord.FinancieringNogTeVinden,
            FinancieringsStatus.DeelsGeregeld => Woord.FinancieringDeelsGeregeld,
            FinancieringsStatus.Verwacht => Woord.FinancieringVerwacht,
            _ => throw Onbekend(status),
        },
        taal);

    /// <summary>Who acts in a stage (<c>elke raad afzonderlijk</c>, <c>every council separately</c>).</summary>
    /// <param name="actor">The actor.</param>
    /// <param name="taal">The language.</param>
    public static string Naam(FaseActor actor, Taal taal) => Naam(
        actor switch
        {
            FaseActor.Bijeenkomst => Woord.ActorBijeenkomst,
            FaseActor.ElkeRaad => Woord.ActorElkeRaad,
            FaseActor.Regiobestuur => Woord.ActorRegiobestuur,
            FaseActor.Colleges => Woord.ActorColleges,
            FaseActor.Portefeuillehoudersoverleg => Woord.ActorPortefeuillehoudersoverleg,
            _ => throw Onbekend(actor),
        },
        taal);

    /// <summary>What a capacity counts, as a plural noun after a number (<c>acties</c>, <c>hoofdopgaven</c>; <c>actions</c>, <c>main tasks</c>).</summary>
    /// <param name="eenheid">What is counted.</param>
    /// <param name="taal">The language.</param>
    public static string Naam(Capaciteitseenheid eenheid, Taal taal) => Naam(
        eenheid switch
        {
            Capaciteitseenheid.Acties => Woord.CapaciteitActies,
            Capaciteitseenheid.Hoofdopgaven => Woord.CapaciteitHoofdopgaven,
            _ => throw Onbekend(eenheid),
        },
        taal);

    /// <summary>A profile's setting for a rule (<c>uit</c>, <c>fout</c>, <c>waarschuwing</c>, <c>info</c>; <c>off</c>, <c>error</c>, …).</summary>
    /// <param name="stand">The setting.</param>
    /// <param name="taal">The language.</param>
    public static string Naam(Regelstand stand, Taal taal) => Naam(
        stand switch
        {
            Regelstand.Uit => Woord.RegelUit,
            Regelstand.Error => Woord.ErnstFout,
            Regelstand.Warning => Woord.ErnstWaarschuwing,
            Regelstand.Info => Woord.ErnstInfo,
            _ => throw Onbekend(stand),
        },
        taal);

    /// <summary>A term's name on its own (<c>kort</c>, <c>short</c>); <see cref="Bijvoeglijk"/> gives the form before a noun.</summary>
    /// <param name="termijn">The term.</param>
    /// <param name="taal">The language.</param>
    public static string Naam(Termijn termijn, Taal taal) => Naam(
        termijn switch
        {
            Termijn.Kort => Woord.TermijnKort,
            Termijn.Lang => Woord.TermijnLang,
            _ => throw Onbekend(termijn),
        },
        taal);

    /// <summary>A term's name before a noun (<c>korte</c> as in "op korte termijn"; <c>short</c> as in "short-term").</summary>
    /// <param name="termijn">The term.</param>
    /// <param name="taal">The language.</param>
    public static string Bijvoeglijk(Termijn termijn, Taal taal) => Naam(
        termijn switch
        {
            Termijn.Kort => Woord.TermijnKortBijvoeglijk,
            Termijn.Lang => Woord.TermijnLangBijvoeglijk,
            _ => throw Onbekend(termijn),
        },
        taal);

    /// <summary>A condition kind's name.</summary>
    /// <param name="soort">The kind.</param>
    /// <param name="taal">The language.</param>
    public static string Naam(VoorwaardeSoort soort, Taal taal) => Naam(
        soort switch
        {
            VoorwaardeSoort.UitersteDatum => Woord.VoorwaardeUitersteDatum,
            VoorwaardeSoort.Afhankelijkheid => Woord.VoorwaardeAfhankelijkheid,
            _ => throw Onbekend(soort),
        },
        taal);

    /// <summary>The name of what a caveat concerns.</summary>
    /// <param name="betreft">What it concerns.</param>
    /// <param name="taal">The language.</param>
    public static string Naam(VoorbehoudBetreft betreft, Taal taal) => Naam(
        betreft switch
        {
            VoorbehoudBetreft.Planning => Woord.VoorbehoudPlanning,
            VoorbehoudBetreft.Samenhang => Woord.VoorbehoudSamenhang,
            _ => throw Onbekend(betreft),
        },
        taal);

    /// <summary>A governing body's name.</summary>
    /// <param name="orgaan">The body.</param>
    /// <param name="taal">The language.</param>
    public static string Naam(Bestuursorgaan orgaan, Taal taal) => Naam(
        orgaan switch
        {
            Bestuursorgaan.Gemeenteraad => Woord.OrgaanGemeenteraad,
            Bestuursorgaan.College => Woord.OrgaanCollege,
            Bestuursorgaan.Raadscommissie => Woord.OrgaanRaadscommissie,
            Bestuursorgaan.Portefeuillehoudersoverleg => Woord.OrgaanPortefeuillehoudersoverleg,
            _ => throw Onbekend(orgaan),
        },
        taal);

    /// <summary>An element kind's name.</summary>
    /// <param name="soort">The kind.</param>
    /// <param name="taal">The language.</param>
    public static string Naam(ElementSoort soort, Taal taal) => Naam(
        soort switch
        {
            ElementSoort.Hoofdopgave => Woord.ElementHoofdopgave,
            ElementSoort.Actie => Woord.ElementActie,
            _ => throw Onbekend(soort),
        },
        taal);

    /// <summary>The exception for an enum value without a key (an undefined value).</summary>
    /// <typeparam name="T">The enum.</typeparam>
    /// <param name="waarde">The value.</param>
    internal static ArgumentOutOfRangeException Onbekend<T>(T waarde)
        where T : struct, Enum =>
        new(nameof(waarde), waarde, $"{typeof(T).Name} has no word for this value");
}
