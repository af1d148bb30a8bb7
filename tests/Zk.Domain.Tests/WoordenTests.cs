using System.Reflection;
using NodaTime;
using Zk.Domain.Besturing;
using Zk.Domain.Bundled;
using Zk.Domain.Inplannen;
using Zk.Domain.Partijen;
using Zk.Domain.Regels;
using Zk.Domain.Verloop;
using Zk.Domain.Werkplannen;

namespace Zk.Domain.Tests;

/// <summary>
/// The word tables (issue 12, point 6): every key and every value of every public enum has a word in both languages,
/// the languages differ where they should, templates name the same placeholders in both, and the words the brief names.
/// </summary>
public class WoordenTests
{
    private static readonly Taal[] Talen = Enum.GetValues<Taal>();

    // Public enums that are not shown to people by name: the language itself, and the table's own key.
    private static readonly Type[] ZonderWoord = [typeof(Taal), typeof(Woord)];

    // Keys whose word is the same in Dutch and English, each on purpose.
    private static readonly Woord[] GelijkInBeideTalen =
    [
        Woord.ErnstInfo, Woord.HetPlan, Woord.Scenario, Woord.Status, Woord.BesluitstandOpen,
        // Formats of the alternatives and the comparison of versions: ids, arrows and signs only.
        Woord.Verschuift, Woord.BevindingNieuw, Woord.BevindingVervallen, Woord.VerschilPlan,
    ];

    private static Type[] GetoondeEnums() =>
    [
        .. typeof(Woorden).Assembly.GetExportedTypes().Where(t => t.IsEnum && !ZonderWoord.Contains(t)).OrderBy(t => t.FullName, StringComparer.Ordinal),
    ];

    /// <summary>Every public static <c>Naam(TEnum, Taal)</c> of the library: the table's own and the operations' accessors.</summary>
    private static Dictionary<Type, MethodInfo> Naamgevers()
    {
        var methoden = typeof(Woorden).Assembly.GetExportedTypes()
            .Where(t => t.IsAbstract && t.IsSealed)
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Static))
            .Where(m => m.Name == nameof(Woorden.Naam) && m.ReturnType == typeof(string)
                && m.GetParameters() is [var waarde, var taal] && waarde.ParameterType.IsEnum && waarde.ParameterType != typeof(Woord)
                && taal.ParameterType == typeof(Taal));
        return methoden.ToDictionary(m => m.GetParameters()[0].ParameterType);
    }

    private static string Naam(MethodInfo naamgever, object waarde, Taal taal) => (string)naamgever.Invoke(null, [waarde, taal])!;

    [Fact]
    public void Every_key_has_a_word_in_both_languages()
    {
        var sleutels = Enum.GetValues<Woord>();
        Assert.True(sleutels.Length >= 100, $"only {sleutels.Length} keys");
        foreach (var sleutel in sleutels)
        {
            foreach (var taal in Talen)
            {
                Assert.False(string.IsNullOrWhiteSpace(Woorden.Naam(sleutel, taal)), $"{sleutel} has no word in {taal}");
            }
        }
    }

    [Fact]
    public void Every_value_of_every_public_enum_has_a_word_in_both_languages()
    {
        var enums = GetoondeEnums();
        var naamgevers = Naamgevers();
        var getoetst = 0;
        foreach (var soort in enums)
        {
            Assert.True(naamgevers.TryGetValue(soort, out var naamgever), $"{soort.Name} has no Woorden.Naam({soort.Name}, Taal)");
            foreach (var taal in Talen)
            {
                var woorden = new HashSet<string>(StringComparer.Ordinal);
                foreach (var waarde in Enum.GetValues(soort))
                {
                    var woord = Naam(naamgever, waarde, taal);
                    Assert.False(string.IsNullOrWhiteSpace(woord), $"{soort.Name}.{waarde} has no word in {taal}");
                    Assert.True(woorden.Add(woord), $"{soort.Name}.{waarde} shares its {taal} word '{woord}' with another value");
                    getoetst++;
                }
            }
        }

        // The brief's list: stages, statuses, reasons, severities, party kinds, funding, term, derived-kinds.
        Type[] genoemd =
        [
            typeof(FaseActor), typeof(ActieStatus), typeof(Besluitstand), typeof(ToewijzingStatus), typeof(Raadsbesluit),
            typeof(OnplanbaarReden), typeof(FindingSeverity), typeof(PartijSoort), typeof(FinancieringsStatus),
            typeof(Termijn), typeof(AfleidingSoort),
        ];
        Assert.All(genoemd, t => Assert.Contains(t, enums));

        // The stages are data of the governance profile; Zuid-Kennemerland's have their words there, distinct per language.
        foreach (var taal in Talen)
        {
            var woorden = Bestuursprofiel.ZuidKennemerland.Fasen.Select(f => Woorden.Naam(f, taal)).ToList();
            Assert.All(woorden, w => Assert.False(string.IsNullOrWhiteSpace(w)));
            Assert.Equal(woorden.Count, woorden.Distinct(StringComparer.Ordinal).Count());
            getoetst += woorden.Count;
        }

        Assert.True(getoetst >= 2 * 60, $"only {getoetst} enum words checked");
    }

    [Fact]
    public void An_undefined_value_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Woorden.Naam((FaseActor)99, Taal.Nl));
        Assert.Throws<ArgumentOutOfRangeException>(() => Woorden.Naam((ToewijzingStatus)99, Taal.En));
        Assert.Throws<ArgumentOutOfRangeException>(() => Woorden.Naam((Woord)9999, Taal.En));
        Assert.Throws<ArgumentOutOfRangeException>(() => Woorden.Naam(Woord.Planning, (Taal)7));
    }

    [Fact]
    public void Dutch_and_English_differ_except_where_they_are_the_same_word()
    {
        var gelijk = Enum.GetValues<Woord>().Where(w => Woorden.Naam(w, Taal.Nl) == Woorden.Naam(w, Taal.En)).ToHashSet();
        Assert.Equal(GelijkInBeideTalen.ToHashSet(), gelijk);
    }

    [Fact]
    public void A_template_names_the_same_placeholders_in_both_languages()
    {
        var sjablonen = 0;
        foreach (var sleutel in Enum.GetValues<Woord>())
        {
            var nl = Woorden.Plaatshouders(sleutel, Taal.Nl).Order(StringComparer.Ordinal);
            var en = Woorden.Plaatshouders(sleutel, Taal.En).Order(StringComparer.Ordinal);
            Assert.Equal(nl, en);
            sjablonen += nl.Any() ? 1 : 0;
        }

        Assert.True(sjablonen >= 7, $"only {sjablonen} templates");
    }

    [Fact]
    public void Vul_fills_named_placeholders_and_refuses_a_missing_one()
    {
        Assert.Equal("1, 2 and 3 more", Woorden.Format(Woord.EnNogMeer, Taal.En, ("rest", "3"), ("genoemd", "1, 2")));
        Assert.Equal("1, 2 en 3 andere", Woorden.Format(Woord.EnNogMeer, Taal.Nl, ("genoemd", "1, 2"), ("rest", "3"), ("ongebruikt", "x")));
        Assert.Equal("Schedule", Woorden.Format(Woord.Planning, Taal.En));
        Assert.Throws<ArgumentException>(() => Woorden.Format(Woord.EnNogMeer, Taal.En, ("genoemd", "1")));
    }

    [Theory]
    [InlineData("versie80", "80%-versie", "80 % version")]
    [InlineData("besluitvorming", "besluitvorming", "decision")]
    [InlineData("informatie", "informatie", "information")]
    public void Stage_names(string id, string nl, string en)
    {
        var fase = new Fase(id);
        Assert.Equal(nl, Bestuursprofiel.ZuidKennemerland.FaseNaam(fase, Taal.Nl));
        Assert.Equal(en, Bestuursprofiel.ZuidKennemerland.FaseNaam(fase, Taal.En));
        Assert.Equal(nl, Woorden.Naam(fase, Taal.Nl));
        Assert.Equal(en, Woorden.Naam(fase, Taal.En));
    }

    [Fact]
    public void The_words_the_brief_names()
    {
        Assert.Equal(["fout", "waarschuwing", "info"], Enum.GetValues<FindingSeverity>().Select(s => Woorden.Naam(s, Taal.Nl)));
        Assert.Equal(["error", "warning", "info"], Enum.GetValues<FindingSeverity>().Select(s => Woorden.Naam(s, Taal.En)));
        Assert.Equal(("deels geregeld", "partly arranged"), (Woorden.Naam(FinancieringsStatus.DeelsGeregeld, Taal.Nl), Woorden.Naam(FinancieringsStatus.DeelsGeregeld, Taal.En)));
        Assert.Equal(("verwacht", "expected"), (Woorden.Naam(FinancieringsStatus.Verwacht, Taal.Nl), Woorden.Naam(FinancieringsStatus.Verwacht, Taal.En)));
        Assert.Equal(("kort", "lang"), (Woorden.Naam(Termijn.Kort, Taal.Nl), Woorden.Naam(Termijn.Lang, Taal.Nl)));
        Assert.Equal("korte", Woorden.Bijvoeglijk(Termijn.Kort, Taal.Nl));
        Assert.Equal("on schedule", Woorden.Naam(ActieStatus.OpSchema, Taal.En));
        Assert.Equal("verplaatst", Woorden.Naam(ToewijzingStatus.Verplaatst, Taal.Nl));
        Assert.Equal("gemeente", Woorden.Naam(PartijSoort.Gemeente, Taal.Nl));
        Assert.Equal("Wat hebben we in 2023 bereikt?", Woorden.Bereikt(BundledPlans.ZuidKennemerland.Looptijd, Taal.Nl)); // "tot 1 januari 2023"
        Assert.Equal("What have we achieved by 2026?", Woorden.Bereikt(new DateInterval(new LocalDate(2024, 1, 1), new LocalDate(2025, 12, 31)), Taal.En));
        Assert.Equal("Wat hebben we in 2025 bereikt?", Woorden.Bereikt(new DateInterval(new LocalDate(2024, 1, 1), new LocalDate(2025, 6, 30)), Taal.Nl));
    }

    [Fact]
    public void The_planners_explanation_names_the_stage_in_its_language()
    {
        foreach (var reden in Enum.GetValues<OnplanbaarReden>())
        {
            var moment = new OnplanbaarMoment
            {
                Actie = "4.1", Moment = 0, Fase = Fase.Versie80, Reden = reden, Deadline = new LocalDate(2022, 11, 19),
                Bijeenkomsten = ["rb-1"], Concurrenten = ["2.1"],
            };
            Assert.Contains("80 % version of action '4.1'", moment.Melding(Taal.En), StringComparison.Ordinal);
            Assert.Contains("80%-versie van actie '4.1'", moment.Melding(Taal.Nl), StringComparison.Ordinal);
            Assert.DoesNotContain(nameof(Fase.Versie80), moment.Melding(Taal.En), StringComparison.Ordinal);
        }
    }
}
