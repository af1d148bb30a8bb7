using FluentValidation;
using Zk.Domain.Bundled;
using Zk.Domain.Regels;
using Zk.Domain.Werkplannen;

namespace Zk.Domain.Tests.Regels;

public class RegelcatalogusTests
{
    [Fact]
    public void The_catalogue_holds_every_code_of_the_brief_with_its_severity()
    {
        // Codes never change: this list pins them.
        (string, FindingSeverity)[] brief =
        [
            ("ZK001", FindingSeverity.Error), ("ZK002", FindingSeverity.Error), ("ZK003", FindingSeverity.Error), ("ZK004", FindingSeverity.Error),
            ("ZK010", FindingSeverity.Error), ("ZK011", FindingSeverity.Error), ("ZK012", FindingSeverity.Warning), ("ZK013", FindingSeverity.Error), ("ZK014", FindingSeverity.Error),
            ("ZK020", FindingSeverity.Error), ("ZK021", FindingSeverity.Error), ("ZK022", FindingSeverity.Error),
            ("ZK030", FindingSeverity.Error), ("ZK031", FindingSeverity.Error),
            ("ZK040", FindingSeverity.Error), ("ZK041", FindingSeverity.Error), ("ZK042", FindingSeverity.Error), ("ZK043", FindingSeverity.Warning), ("ZK044", FindingSeverity.Warning),
            ("ZK050", FindingSeverity.Error), ("ZK051", FindingSeverity.Warning), ("ZK052", FindingSeverity.Warning),
            ("ZK060", FindingSeverity.Error), ("ZK061", FindingSeverity.Error), ("ZK062", FindingSeverity.Warning),
            ("ZK100", FindingSeverity.Warning), ("ZK101", FindingSeverity.Error), ("ZK102", FindingSeverity.Info), ("ZK103", FindingSeverity.Warning), ("ZK104", FindingSeverity.Error),
            ("ZK105", FindingSeverity.Error), ("ZK106", FindingSeverity.Error), ("ZK107", FindingSeverity.Warning),
            ("ZK108", FindingSeverity.Warning), ("ZK109", FindingSeverity.Error),
        ];
        Assert.Equal(brief, Regelcatalogus.Regels.Select(r => (r.Code, r.Severity)));
    }

    [Fact]
    public void Every_rule_is_described_in_both_languages_with_a_message_in_both()
    {
        Assert.All(Regelcatalogus.Regels, r =>
        {
            Assert.NotEqual(r.OmschrijvingNl, r.OmschrijvingEn);
            Assert.NotEmpty(r.Bron);
            Assert.Equal(r.MeldingNl.Count(c => c == '{'), r.MeldingEn.Count(c => c == '{'));
            Assert.Equal(r.OmschrijvingEn, r.Omschrijving(Taal.En));
            Assert.Equal(r.OmschrijvingNl, r.Omschrijving(Taal.Nl));
        });
        Assert.Same(Regelcatalogus.Regels[4], Regelcatalogus.Get("ZK010"));
        Assert.Throws<KeyNotFoundException>(() => Regelcatalogus.Get("ZK999"));
    }

    [Fact]
    public void The_catalogue_is_built_from_one_type_per_rule_each_in_its_own_file_in_one_folder()
    {
        var typen = typeof(Regelcatalogus).Assembly.GetTypes()
            .Where(t => t.IsSubclassOf(typeof(Regeldefinitie)) && !t.IsAbstract)
            .OrderBy(t => t.Name, StringComparer.Ordinal)
            .ToList();
        Assert.Equal(typen, Regelcatalogus.Definities.Select(d => d.GetType()));
        Assert.Equal(Regelcatalogus.Regels, Regelcatalogus.Definities.Select(d => d.Regel));
        var map = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", "..", "src", "Zk.Domain", "Regels", "Catalogus"));
        Assert.Equal(typen.Select(t => t.Name + ".cs"), Directory.GetFiles(map).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.All(typen, t =>
        {
            Assert.Equal("Zk.Domain.Regels.Catalogus", t.Namespace);
            Assert.True(t.IsSealed, t.Name);
            Assert.StartsWith(Regelcatalogus.Definities.Single(d => d.GetType() == t).Code, t.Name, StringComparison.Ordinal);
            Assert.Empty(t.GetFields(System.Reflection.BindingFlags.DeclaredOnly | System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Public)); // no state
        });
    }

    [Fact]
    public void Every_message_names_the_same_placeholders_in_both_languages()
    {
        Assert.All(Regelcatalogus.Definities, d =>
        {
            Assert.Equal(d.MeldingNl.Namen.Order(StringComparer.Ordinal), d.MeldingEn.Namen.Order(StringComparer.Ordinal));
            Assert.DoesNotMatch(@"\{\d+\}", d.Regel.MeldingNl);
        });
    }

    [Fact]
    public void The_FluentValidation_validator_fails_on_errors_only_by_default()
    {
        var result = new WerkplanValidator().Validate(BundledPlans.ZuidKennemerland);

        // The bundled plan has warnings but no errors: by default only errors become failures, so it is valid and
        // ValidateAndThrow does not throw.
        Assert.NotEmpty(BundledPlans.ZuidKennemerland.Validate());
        Assert.True(result.IsValid);
        Assert.Empty(result.Errors);
        new WerkplanValidator().ValidateAndThrow(BundledPlans.ZuidKennemerland);
    }

    [Fact]
    public void The_FluentValidation_validator_reports_warnings_at_Warning_severity_when_asked()
    {
        var findings = BundledPlans.ZuidKennemerland.Validate();
        var result = new WerkplanValidator(minimumSeverity: FindingSeverity.Warning).Validate(BundledPlans.ZuidKennemerland);

        // FluentValidation counts every failure, warnings too: with the warnings asked for, the bundled plan's
        // eight warnings make it not IsValid, and none of them is an error.
        Assert.False(result.IsValid);
        Assert.Equal(8, result.Errors.Count);
        Assert.Equal(
            findings.Where(b => b.Severity != FindingSeverity.Info).Select(b => (b.Code, b.Path, b.Message)),
            result.Errors.Select(e => (e.ErrorCode, e.PropertyName, e.ErrorMessage)));
        Assert.All(result.Errors, e => Assert.Equal(FluentValidation.Severity.Warning, e.Severity));
    }

    [Fact]
    public void Each_minimum_severity_keeps_exactly_the_findings_at_least_as_severe_with_their_own_severity()
    {
        // A plan with an error (ZK013), warnings and, through the options, an informational finding: each threshold
        // against the findings of Validate, ranked by hand (error above warning above info).
        var plan = BundledPlans.ZuidKennemerland with { Acties = BundledPlans.ZuidKennemerland.Acties.SetItem(2, BundledPlans.ZuidKennemerland.Acties[2] with { AlLopend = true }) };
        var options = ValidationOptions.Default.WithSeverity("ZK103", FindingSeverity.Info);
        var findings = plan.Validate(options);
        int Rank(FindingSeverity s) => s == FindingSeverity.Error ? 3 : s == FindingSeverity.Warning ? 2 : 1;
        FluentValidation.Severity Fluent(FindingSeverity s) =>
            s == FindingSeverity.Error ? FluentValidation.Severity.Error : s == FindingSeverity.Warning ? FluentValidation.Severity.Warning : FluentValidation.Severity.Info;
        Assert.Contains(findings, b => b.Severity == FindingSeverity.Error);
        Assert.Contains(findings, b => b.Severity == FindingSeverity.Warning);
        Assert.Contains(findings, b => b.Severity == FindingSeverity.Info);

        var counts = new List<int>();
        foreach (var minimum in new[] { FindingSeverity.Error, FindingSeverity.Warning, FindingSeverity.Info })
        {
            var result = new WerkplanValidator(options, minimum).Validate(plan);
            var expected = findings.Where(b => Rank(b.Severity) >= Rank(minimum)).Select(b => (b.Code, b.Path, Fluent(b.Severity))).ToList();
            Assert.Equal(expected, result.Errors.Select(e => (e.ErrorCode, e.PropertyName, e.Severity)));
            Assert.False(result.IsValid);
            counts.Add(result.Errors.Count);
        }

        Assert.True(counts[0] < counts[1] && counts[1] < counts[2], string.Join(",", counts));
        Assert.Throws<ArgumentOutOfRangeException>(() => new WerkplanValidator(minimumSeverity: (FindingSeverity)7));
        Assert.Throws<ArgumentOutOfRangeException>(() => new ActieValidator(plan, minimumSeverity: (FindingSeverity)(-1)));
    }

    private sealed record Aanvraag(string Naam, Werkplan Plan);

    private sealed class AanvraagValidator : AbstractValidator<Aanvraag>
    {
        public AanvraagValidator()
        {
            RuleFor(a => a.Naam).NotEmpty();
            RuleFor(a => a.Plan).SetValidator(new WerkplanValidator(new ValidationOptions { Taal = Taal.En }));
        }
    }

    [Fact]
    public void Hosts_compose_the_validator_into_their_own()
    {
        var plan = BundledPlans.ZuidKennemerland with { Acties = BundledPlans.ZuidKennemerland.Acties.SetItem(2, BundledPlans.ZuidKennemerland.Acties[2] with { AlLopend = true }) };
        var result = new AanvraagValidator().Validate(new Aanvraag("", plan));
        Assert.Contains(result.Errors, e => e.PropertyName == "Naam");
        var fout = Assert.Single(result.Errors, e => e.ErrorCode == "ZK013");
        Assert.Equal("Plan.acties[2].alLopend", fout.PropertyName);
        Assert.Equal(FluentValidation.Severity.Error, fout.Severity);
        Assert.StartsWith("The action '4.1' is already running", fout.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void The_action_validator_checks_one_action_in_an_edit_form()
    {
        var plan = BundledPlans.ZuidKennemerland;
        var nieuw = plan.Acties[5] with { Id = "5.3", Trekkerschap = plan.Acties[5].Trekkerschap with { Bestuurlijk = ["velsen"] } };
        var result = new ActieValidator(plan).Validate(nieuw);
        var fout = Assert.Single(result.Errors);
        Assert.Equal(FluentValidation.Severity.Error, fout.Severity);
        Assert.Equal(("ZK021", "trekkerschap.bestuurlijk[0]"), (fout.ErrorCode, fout.PropertyName));
        var metWaarschuwingen = new ActieValidator(plan, minimumSeverity: FindingSeverity.Warning).Validate(nieuw);
        Assert.Equal(
            nieuw.Validate(plan).Where(b => b.Severity != FindingSeverity.Info).Select(b => (b.Code, b.Path)),
            metWaarschuwingen.Errors.Select(e => (e.ErrorCode, e.PropertyName)));
    }
}
