using System.Runtime.CompilerServices;
using System.Text.Json;
using Zk.Domain.Besturing;
using Zk.Domain.Bundled;
using Zk.Domain.Documenten.Export;
using Zk.Domain.Inplannen;
using Zk.Domain.Regels;
using Zk.Domain.Samenhang;
using Zk.Domain.Verloop;
using Zk.Domain.Werkplannen;

namespace Zk.Domain.Tests.Documenten;

/// <summary>The exports (Documenten/Export): the schedule, findings and catalogue, coherence and run as JSON, Mermaid, DOT and Markdown.</summary>
public class ExportTests
{
    private static readonly string RulesDoc = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", "..", "docs", "rules.md"));

    private static Werkplan Zk => BundledPlans.ZuidKennemerland;

    private static Vergaderkalender ZkKalender => BundledPlans.ZuidKennemerlandKalender;

    [Fact]
    public void The_Mermaid_chart_has_a_section_per_action_and_a_milestone_per_moment()
    {
        var gantt = Planner.Schedule(Zk, ZkKalender).ToMermaidGantt(Zk);
        Assert.StartsWith("gantt\n", gantt, StringComparison.Ordinal);
        Assert.Equal(9, gantt.Split('\n').Count(l => l.StartsWith("    section ", StringComparison.Ordinal)));
        Assert.Equal(15, gantt.Split('\n').Count(l => l.Contains(":milestone, ", StringComparison.Ordinal)));
        Assert.Contains("    Besluitvorming :milestone, 2022-11-16, 0d", gantt, StringComparison.Ordinal);
    }

    [Fact]
    public void A_stage_with_an_empty_id_still_charts()
    {
        // A document may name a stage "" (ZK104 reports it); the chart shows the milestone as "—" (Mermaid refuses a task
        // without a name), no exception.
        var actie = Zk.Acties[0];
        var plan = Zk with { Acties = Zk.Acties.SetItem(0, actie with { Raadsmomenten = [new Raadsmoment { Fase = new Fase(""), Kwartaal = global::Zk.Domain.Tijd.Kwartaal.Parse("2022-Q2") }] }) };
        Assert.Contains(plan.Validate(), b => b.Code == Regelcatalogus.ZK104);
        var gantt = Planner.Schedule(plan, ZkKalender).ToMermaidGantt(plan);
        Assert.Contains("    — :milestone, ", gantt, StringComparison.Ordinal);
    }

    [Fact]
    public void The_schedule_as_JSON_lists_meetings_unplannable_moments_and_slack()
    {
        using var json = JsonDocument.Parse(Planner.Schedule(Zk, ZkKalender).ToJson(Taal.En));
        Assert.Equal(6, json.RootElement.GetProperty("bijeenkomsten").GetArrayLength());
        Assert.Equal(0, json.RootElement.GetProperty("onplanbaar").GetArrayLength());
        Assert.Equal(9, json.RootElement.GetProperty("speling").GetArrayLength());
        Assert.Equal("behouden", json.RootElement.GetProperty("bijeenkomsten")[0].GetProperty("agenda")[1].GetProperty("status").GetString());
    }

    [Fact]
    public void An_unplannable_moment_is_written_with_its_reason_and_the_stage_name_of_the_document()
    {
        // One meeting long before the action's moments: the first cannot meet its deadline, the next cannot follow it.
        var plan = Zk with { Acties = [Zk.Acties[3]] };
        var kalender = new Vergaderkalender { Radenbijeenkomsten = [new Radenbijeenkomst { Id = "te-vroeg", Datum = new NodaTime.LocalDate(2021, 1, 1) }] };
        var planning = Planner.Schedule(plan, kalender);
        using var json = JsonDocument.Parse(planning.ToJson(Taal.Nl));
        var onplanbaar = json.RootElement.GetProperty("onplanbaar").EnumerateArray().ToList();
        Assert.Equal(planning.Onplanbaar.Count, onplanbaar.Count);
        Assert.Equal(["deadline", "volgorde"], onplanbaar.Select(o => o.GetProperty("reden").GetString()));
        Assert.Equal(["informatie", "terugkoppeling"], onplanbaar.Select(o => o.GetProperty("fase").GetString()));
        Assert.Equal(planning.Onplanbaar.Select(o => o.Melding(Taal.Nl)), onplanbaar.Select(o => o.GetProperty("melding").GetString()));
    }

    [Fact]
    public void Exports_to_Mermaid_and_DOT_hold_every_link()
    {
        var plan = BundledPlans.ZuidKennemerland;
        var mermaid = SamenhangExport.ToMermaid(plan);
        Assert.Equal(8, mermaid.Split('\n').Count(l => l.Contains(" --- ", StringComparison.Ordinal)));
        Assert.Equal(7, mermaid.Split('\n').Count(l => l.Contains(" .- ", StringComparison.Ordinal)));
        Assert.Contains("a_3_2e_2 -- \"+ K8\" --- a_6_2e_2", mermaid, StringComparison.Ordinal);
        var dot = SamenhangExport.ToDot(plan);
        Assert.Equal(15, dot.Split('\n').Count(l => l.Contains(" -- ", StringComparison.Ordinal)));
        Assert.Equal(5, dot.Split('\n').Count(l => l.Contains("subgraph \"cluster_", StringComparison.Ordinal)));
        Assert.EndsWith("}\n", dot, StringComparison.Ordinal);
    }

    [Fact]
    public void The_analysis_as_JSON_holds_the_matrix_the_links_per_action_and_the_botsproef()
    {
        var analyse = SamenhangAnalyse.Of(Zk);
        using var json = JsonDocument.Parse(analyse.ToJson());
        Assert.Equal(analyse.Matrix.Count, json.RootElement.GetProperty("matrix").GetArrayLength());
        Assert.Equal(Zk.Acties.Select(a => a.Id), json.RootElement.GetProperty("perActie").EnumerateArray().Select(a => a.GetProperty("actie").GetString()));
        Assert.Equal(Zk.Vraagstukken.Select(v => v.Id), json.RootElement.GetProperty("botsproef").EnumerateArray().Select(b => b.GetProperty("vraagstuk").GetString()));
        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("botsproef")[0].GetProperty("samen").ValueKind); // V1: the seed names no decision on the park
    }

    [Fact]
    public void Findings_as_JSON_keep_code_severity_path_and_message()
    {
        var bevindingen = Zk.Validate(new ValidationOptions { Taal = Taal.En });
        using var json = JsonDocument.Parse(bevindingen.ToJson());
        Assert.Equal(
            bevindingen.Select(b => (b.Code, "warning", b.Path, b.Message)),
            json.RootElement.EnumerateArray().Select(b => (
                b.GetProperty("code").GetString()!, b.GetProperty("severity").GetString()!, b.GetProperty("path").GetString()!, b.GetProperty("message").GetString()!)));
        Assert.NotEmpty(bevindingen);
    }

    [Fact]
    public void The_catalogue_as_JSON_has_every_rule_with_its_description_in_the_language()
    {
        using var json = JsonDocument.Parse(BevindingenExport.CatalogusToJson(Taal.En));
        Assert.Equal(
            Regelcatalogus.Regels.Select(r => (r.Code, r.OmschrijvingEn, r.Bron)),
            json.RootElement.EnumerateArray().Select(r => (r.GetProperty("code").GetString()!, r.GetProperty("description").GetString()!, r.GetProperty("source").GetString()!)));
        Assert.Equal("warning", json.RootElement.EnumerateArray().Single(r => r.GetProperty("code").GetString() == Regelcatalogus.ZK043).GetProperty("severity").GetString());
    }

    [Fact]
    public void Docs_rules_md_is_generated_from_the_catalogue()
    {
        // To regenerate: dotnet run --project samples/Zk.Domain.Sample -- rules --format markdown > docs/rules.md
        Assert.Equal(BevindingenExport.CatalogusToMarkdown(), File.ReadAllText(RulesDoc));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(42)]
    public void The_run_as_JSON_holds_every_action_of_the_plan_and_every_event(int seed)
    {
        var planning = Planner.Schedule(Zk, ZkKalender);
        var verslag = PlanRun.Run(Zk, planning, seed == 0 ? Scenario.Volgens : Scenario.Random(Zk, planning, seed));
        using var json = JsonDocument.Parse(verslag.ToJson());
        var root = json.RootElement;
        Assert.Equal(verslag.Eind.Datum.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), root.GetProperty("datum").GetString());

        var acties = root.GetProperty("acties").EnumerateArray().ToList();
        Assert.Equal(Zk.Acties.Select(a => a.Id), acties.Select(a => a.GetProperty("actie").GetString()));
        for (var i = 0; i < acties.Count; i++)
        {
            var voortgang = verslag.Eind.Acties[i];
            var a = acties[i];
            Assert.Equal(StatusNamen[voortgang.Status], a.GetProperty("status").GetString());
            Assert.Equal(StandNamen[voortgang.Besluitstand], a.GetProperty("besluitstand").GetString());
            var volgend = a.GetProperty("volgendMoment");
            Assert.Equal(
                voortgang.VolgendMoment?.Datum.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                volgend.ValueKind == JsonValueKind.Null ? null : volgend.GetString());
            Assert.Equal(voortgang.ResultatenBereikt, a.GetProperty("resultatenBereikt").EnumerateArray().Select(r => r.GetString()!));
        }

        var gebeurtenissen = root.GetProperty("gebeurtenissen").EnumerateArray().ToList();
        Assert.Equal(verslag.Gebeurtenissen.Count, gebeurtenissen.Count);
        Assert.Equal(verslag.Gebeurtenissen.Select(g => SoortNamen[g.GetType()]), gebeurtenissen.Select(g => g.GetProperty("soort").GetString()));
        Assert.True(gebeurtenissen.Count > Zk.Acties.Count, $"only {gebeurtenissen.Count} events");
    }

    [Fact]
    public void The_run_as_JSON_refuses_an_event_kind_it_has_no_name_for()
    {
        var planning = Planner.Schedule(Zk, ZkKalender);
        var verslag = PlanRun.Run(Zk, planning);
        var vreemd = verslag with { Gebeurtenissen = [.. verslag.Gebeurtenissen, new VreemdeGebeurtenis { Datum = verslag.Eind.Datum }] };
        Assert.Throws<ArgumentOutOfRangeException>(() => vreemd.ToJson());
    }

    // The wire names, as the outputs have them: written out here, not taken from the code.
    private static readonly Dictionary<Fase, string> FaseNamen = new()
    {
        [Fase.Verkenning] = "verkenning",
        [Fase.Informatie] = "informatie",
        [Fase.Terugkoppeling] = "terugkoppeling",
        [Fase.Bespreking] = "bespreking",
        [Fase.Versie50] = "versie50",
        [Fase.Versie80] = "versie80",
        [Fase.Concept] = "concept",
        [Fase.Besluitvorming] = "besluitvorming",
        [Fase.Evaluatie] = "evaluatie",
    };

    private static readonly Dictionary<Fase, string> GanttNamen = new()
    {
        [Fase.Verkenning] = "Verkenning",
        [Fase.Informatie] = "Informatie",
        [Fase.Terugkoppeling] = "Terugkoppeling",
        [Fase.Bespreking] = "Bespreking",
        [Fase.Versie50] = "Versie50",
        [Fase.Versie80] = "Versie80",
        [Fase.Concept] = "Concept",
        [Fase.Besluitvorming] = "Besluitvorming",
        [Fase.Evaluatie] = "Evaluatie",
    };

    private static readonly Dictionary<ToewijzingStatus, string> ToewijzingNamen = new()
    {
        [ToewijzingStatus.Behouden] = "behouden",
        [ToewijzingStatus.Verplaatst] = "verplaatst",
        [ToewijzingStatus.Ingepland] = "ingepland",
        [ToewijzingStatus.Toegevoegd] = "toegevoegd",
    };

    private static readonly Dictionary<OnplanbaarReden, string> RedenNamen = new()
    {
        [OnplanbaarReden.Deadline] = "deadline",
        [OnplanbaarReden.AgendaVol] = "capaciteit",
        [OnplanbaarReden.Blokkade] = "blokkade",
        [OnplanbaarReden.Volgorde] = "volgorde",
    };

    private static readonly Dictionary<ActieStatus, string> StatusNamen = new()
    {
        [ActieStatus.OpSchema] = "op-schema",
        [ActieStatus.Risico] = "risico",
        [ActieStatus.Vertraagd] = "vertraagd",
        [ActieStatus.Vastgesteld] = "vastgesteld",
        [ActieStatus.Gestopt] = "gestopt",
    };

    private static readonly Dictionary<Besluitstand, string> StandNamen = new()
    {
        [Besluitstand.Open] = "open",
        [Besluitstand.Vastgesteld] = "vastgesteld",
        [Besluitstand.DeelsAangenomen] = "deels-aangenomen",
        [Besluitstand.Verworpen] = "verworpen",
        [Besluitstand.VastgesteldMetAfwijkingen] = "vastgesteld-met-afwijkingen",
    };

    private static readonly Dictionary<Besluituitkomst, string> UitkomstNamen = new()
    {
        [Besluituitkomst.Vastgesteld] = "vastgesteld",
        [Besluituitkomst.VastgesteldMetAfwijkingen] = "vastgesteld-met-afwijkingen",
        [Besluituitkomst.Herafstemming] = "herafstemming",
        [Besluituitkomst.Verworpen] = "verworpen",
    };

    private static readonly Dictionary<Raadsbesluit, string> BesluitNamen = new()
    {
        [Raadsbesluit.Aangenomen] = "aangenomen",
        [Raadsbesluit.Verworpen] = "verworpen",
        [Raadsbesluit.Geamendeerd] = "geamendeerd",
    };

    private static readonly Dictionary<Oordeel, string> OordeelNamen = new()
    {
        [Oordeel.Open] = "open",
        [Oordeel.Acceptabel] = "acceptabel",
        [Oordeel.NietAcceptabel] = "niet-acceptabel",
    };

    private static readonly Dictionary<FindingSeverity, string> SeverityNamen = new()
    {
        [FindingSeverity.Error] = "error",
        [FindingSeverity.Warning] = "warning",
        [FindingSeverity.Info] = "info",
    };

    private static readonly Dictionary<Type, string> SoortNamen = new()
    {
        [typeof(RunGestart)] = "RunGestart",
        [typeof(BijeenkomstGehouden)] = "BijeenkomstGehouden",
        [typeof(BijeenkomstGeannuleerd)] = "BijeenkomstGeannuleerd",
        [typeof(MomentBesproken)] = "MomentBesproken",
        [typeof(MomentVerschoven)] = "MomentVerschoven",
        [typeof(RaadBesloten)] = "RaadBesloten",
        [typeof(VoorstelVastgesteld)] = "VoorstelVastgesteld",
        [typeof(VoorstelNietVastgesteld)] = "VoorstelNietVastgesteld",
        [typeof(RondeGepland)] = "RondeGepland",
        [typeof(FinancieringGevonden)] = "FinancieringGevonden",
    };

    private static void AssertNames<TEnum>(Dictionary<TEnum, string> expected, Func<TEnum, string> naam)
        where TEnum : struct, Enum
    {
        // Every defined member has exactly the name listed, and no two members share one.
        Assert.Equal(Enum.GetValues<TEnum>().Order(), expected.Keys.Order());
        Assert.All(Enum.GetValues<TEnum>(), v => Assert.Equal(expected[v], naam(v)));
        Assert.Equal(expected.Count, Enum.GetValues<TEnum>().Select(naam).Distinct(StringComparer.Ordinal).Count());
        Assert.Throws<ArgumentOutOfRangeException>(() => naam((TEnum)(object)999));
    }

    [Fact]
    public void Every_stage_has_its_wire_name_and_it_is_the_plan_documents()
    {
        // A stage's wire name is its id in the profile: Zuid-Kennemerland's stages keep the names they always had.
        var fasen = Bestuursprofiel.ZuidKennemerland.Fasen.Select(f => f.Fase).ToList();
        Assert.Equal(FaseNamen.Keys.Select(f => f.Id).Order(StringComparer.Ordinal), fasen.Select(f => f.Id).Order(StringComparer.Ordinal));
        Assert.All(fasen, f => Assert.Equal(FaseNamen[f], WireNames.Naam(f)));
        Assert.All(fasen, f => Assert.Equal(GanttNamen[f], WireNames.GanttLabel(f)));
        Assert.Equal("zienswijzen", WireNames.Naam(new Fase("zienswijzen")));
    }

    [Fact]
    public void Every_schedule_enum_has_its_wire_name()
    {
        AssertNames(ToewijzingNamen, WireNames.Naam);
        AssertNames(RedenNamen, WireNames.Naam);
    }

    [Fact]
    public void Every_run_enum_has_its_wire_name()
    {
        AssertNames(StatusNamen, WireNames.Naam);
        AssertNames(StandNamen, WireNames.Naam);
        AssertNames(UitkomstNamen, WireNames.Naam);
        AssertNames(BesluitNamen, WireNames.Naam);
        AssertNames(OordeelNamen, WireNames.Naam);
    }

    [Fact]
    public void Every_severity_has_its_wire_name()
    {
        AssertNames(SeverityNamen, WireNames.Naam);
    }

    [Fact]
    public void Every_event_kind_of_the_library_has_its_wire_name()
    {
        var soorten = typeof(Gebeurtenis).Assembly.GetTypes().Where(t => t.IsSubclassOf(typeof(Gebeurtenis)) && !t.IsAbstract).ToList();
        Assert.Equal(SoortNamen.Keys.OrderBy(t => t.Name, StringComparer.Ordinal), soorten.OrderBy(t => t.Name, StringComparer.Ordinal));
        Assert.All(soorten, t => Assert.Equal(SoortNamen[t], WireNames.Soort((Gebeurtenis)RuntimeHelpers.GetUninitializedObject(t))));
        Assert.Equal(SoortNamen.Count, SoortNamen.Values.Distinct(StringComparer.Ordinal).Count());
    }

    private sealed record VreemdeGebeurtenis : Gebeurtenis;
}
