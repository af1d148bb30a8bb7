using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using Zk.Domain.Besturing;
using Zk.Domain.Collections;
using Zk.Domain.Partijen;
using Zk.Domain.Regels;
using Zk.Domain.Tijd;
using Zk.Domain.Werkplannen;
using Zk.Domain.Wisselwerkingen;

namespace Zk.Domain.Tests.Generators;

/// <summary>A valid plan changed so that it breaks one rule, with the path where the rule must be reported.</summary>
public sealed record Mutatie(Werkplan Plan, string Path, ValidationOptions Options)
{
    public override string ToString() => $"{Path} in a plan of {Plan.Acties.Count} actions";
}

/// <summary>For each rule, a generator of plans that break exactly that rule (and possibly raise warnings).</summary>
internal static class Mutaties
{
    private static readonly ValidationOptions Standaard = ValidationOptions.Default;

    private static Gen<(Werkplan Plan, int I)> MetActie =>
        from plan in WerkplanGenerator.GeldigWerkplan
        from i in Gen.Choose(0, plan.Acties.Count - 1)
        select (plan, i);

    private static Werkplan Vervang(Werkplan plan, int i, Func<Actie, Actie> change) =>
        plan with { Acties = plan.Acties.SetItem(i, change(plan.Acties[i])) };

    private static Kwartaal Laatste(Werkplan plan) => Kwartaal.FromDate(plan.Looptijd.End);

    private static Kwartaal Eerste(Werkplan plan) => Kwartaal.FromDate(plan.Looptijd.Start);

    private static string A(int i, string rest) => $"acties[{i}]{rest}";

    // The plan with one more member, with this membership period, in every project organisation that lists its members.
    private static Werkplan MetLid(Werkplan plan, Lidmaatschap lidmaatschap) => plan with
    {
        Deelnemers = plan.Deelnemers.Add(lidmaatschap.Partij),
        Lidmaatschappen = plan.Lidmaatschappen.Add(lidmaatschap),
        Partijen = plan.Partijen.Add(new Partij { Id = lidmaatschap.Partij, Naam = lidmaatschap.Partij, Soort = PartijSoort.Gemeente }),
        Acties = plan.Acties.Select(a => a.Projectorganisatie.IsAlleDeelnemers ? a : a with { Projectorganisatie = a.Projectorganisatie.Partijen.Add(lidmaatschap.Partij) }).ToValueArray(),
    };

    // From the brief (issue 13): an action's time ends with its last council moment, a moment with only a quarter at the
    // quarter's last day (generated valid plans assign no meetings), or with the period when it has none.
    internal static LocalDate ActieEinde(Werkplan plan, Actie actie) =>
        actie.Raadsmomenten.Where(m => m.Kwartaal is not null).Select(m => m.Kwartaal!.Value.LaatsteDag).DefaultIfEmpty(plan.Looptijd.End).Max();

    public static Gen<Mutatie> For(string code) => code switch
    {
        Regelcatalogus.ZK001 => MetActie.Select(x =>
        {
            var actie = x.Plan.Acties[x.I];
            return new Mutatie(Vervang(x.Plan, x.I, a => a with { Resultaten = a.Resultaten.Add(a.Resultaten[0]) }), A(x.I, $".resultaten[{actie.Resultaten.Count}].id"), Standaard);
        }),
        Regelcatalogus.ZK002 => MetActie.Select(x => new Mutatie(
            Vervang(x.Plan, x.I, a => a with { Trekkerschap = a.Trekkerschap with { Partners = a.Trekkerschap.Partners.Add("onbekende-partij") } }),
            A(x.I, $".trekkerschap.partners[{x.Plan.Acties[x.I].Trekkerschap.Partners.Count}]"),
            Standaard)),
        Regelcatalogus.ZK003 => MetActie.Select(x => new Mutatie(
            Vervang(x.Plan, x.I, a => a with { Doelen = a.Doelen.Add(new Doel { Id = "omgekeerd", Omschrijving = "x", Waarde = 1, Eenheid = "ha", VanafJaar = 2030, TotEnMetJaar = 2020, Kader = "kader" }) }),
            A(x.I, $".doelen[{x.Plan.Acties[x.I].Doelen.Count}]"),
            Standaard)),
        Regelcatalogus.ZK004 =>
            from x in MetActie
            from lid in Gen.Elements("titel", "trekkerschap", "financiering")
            select new Mutatie(
                Vervang(x.Plan, x.I, a => lid switch
                {
                    "titel" => a with { Titel = null! },
                    "trekkerschap" => a with { Trekkerschap = null! },
                    _ => a with { Financiering = null! },
                }),
                A(x.I, "." + lid),
                Standaard),
        Regelcatalogus.ZK010 => WerkplanGenerator.GeldigWerkplan.Select(p => new Mutatie(
            p with { Hoofdopgaven = p.Hoofdopgaven.Add(new Hoofdopgave { Id = "zonder-actie", Naam = "Leeg" }) },
            $"hoofdopgaven[{p.Hoofdopgaven.Count}]",
            Standaard)),
        Regelcatalogus.ZK011 => WerkplanGenerator.GeldigWerkplan.Select(p => new Mutatie(p, "acties", Standaard with { Plancapaciteit = p.Acties.Count - 1 })),
        Regelcatalogus.ZK013 => MetActie.Select(x => new Mutatie(Vervang(x.Plan, x.I, a => a with { AlLopend = true }), A(x.I, ".alLopend"), Standaard)),
        Regelcatalogus.ZK014 => MetActie.Select(x => new Mutatie(
            Vervang(x.Plan, x.I, a => a with { Financiering = a.Financiering with { ClaimOpMiddelen = true } }), A(x.I, ".financiering.claimOpMiddelen"), Standaard)),
        Regelcatalogus.ZK020 => MetActie.Select(x => new Mutatie(
            Vervang(x.Plan, x.I, a => a with
            {
                Trekkerschap = a.Trekkerschap with { Bestuurlijk = [] },
                Deelacties = a.Deelacties.Select(d => d with { Trekkerschap = null }).ToValueArray(),
            }),
            A(x.I, ".trekkerschap.bestuurlijk"),
            Standaard)),
        Regelcatalogus.ZK021 =>
            from x in MetActie
            from vertrokken in Gen.Elements(false, true)
            select vertrokken && ActieEinde(x.Plan, x.Plan.Acties[x.I]) > x.Plan.Looptijd.Start
                // A lead whose membership ends the day before the action's last council moment (or the period's end).
                ? new Mutatie(
                    Vervang(MetLid(x.Plan, new Lidmaatschap { Partij = "oud", TotEnMet = ActieEinde(x.Plan, x.Plan.Acties[x.I]).PlusDays(-1) }), x.I, a => a with
                    {
                        Trekkerschap = a.Trekkerschap with { Bestuurlijk = ["oud"] },
                    }),
                    A(x.I, ".trekkerschap.bestuurlijk[0]"),
                    Standaard)
                : new Mutatie(
                    Vervang(x.Plan, x.I, a => a with { Trekkerschap = a.Trekkerschap with { Bestuurlijk = ["buiten-de-regio"] } })
                        with { Partijen = x.Plan.Partijen.Add(new Partij { Id = "buiten-de-regio", Naam = "Buiten", Soort = PartijSoort.Gemeente }) },
                    A(x.I, ".trekkerschap.bestuurlijk[0]"),
                    Standaard),
        Regelcatalogus.ZK022 => MetActie.Select(x => new Mutatie(
            Vervang(x.Plan, x.I, a => a with { Projectorganisatie = a.Projectorganisatie.Leden(x.Plan.Deelnemers).RemoveAt(0) }), A(x.I, ".projectorganisatie"), Standaard)),
        Regelcatalogus.ZK030 => MetActie.Select(x => new Mutatie(Vervang(x.Plan, x.I, a => a with { Resultaten = [] }), A(x.I, ".resultaten"), Standaard)),
        Regelcatalogus.ZK031 => MetActie.Select(x => new Mutatie(
            Vervang(x.Plan, x.I, a => a with { Resultaten = a.Resultaten.SetItem(0, a.Resultaten[0] with { Gereed = Laatste(x.Plan).Next(), GereedJaar = null, Kader = null }) }),
            A(x.I, ".resultaten[0].gereed"),
            Standaard)),
        Regelcatalogus.ZK040 => MetActie.Select(x => new Mutatie(
            Vervang(x.Plan, x.I, a => a with
            {
                Raadsmomenten =
                [
                    new Raadsmoment { Fase = Fase.Versie80, Kwartaal = Eerste(x.Plan) },
                    new Raadsmoment { Fase = Fase.Versie50, Kwartaal = Eerste(x.Plan) },
                ],
            }),
            A(x.I, ".raadsmomenten[0]"),
            Standaard)),
        Regelcatalogus.ZK041 => MetActie.Select(x => new Mutatie(
            Vervang(x.Plan, x.I, a => a with { Raadsmomenten = [new Raadsmoment { Fase = Fase.Besluitvorming, Kwartaal = Laatste(x.Plan) }] }),
            A(x.I, ".raadsmomenten[0]"),
            Standaard)),
        Regelcatalogus.ZK042 => MetActie.Select(x => new Mutatie(
            Vervang(x.Plan, x.I, a => a with { Raadsmomenten = [new Raadsmoment { Fase = Fase.Informatie, Kwartaal = Laatste(x.Plan).Next() }] }),
            A(x.I, ".raadsmomenten[0].kwartaal"),
            Standaard)),
        Regelcatalogus.ZK050 => MetActie.Select(x =>
        {
            var eind = Verwijzing.NaarActie(x.Plan.Acties[x.I].Id);
            return new Mutatie(
                x.Plan with { Koppelkansen = x.Plan.Koppelkansen.Add(new Koppelkans { Id = "zelf", Titel = "Zelf", Van = eind, Naar = eind }) },
                $"koppelkansen[{x.Plan.Koppelkansen.Count}]",
                Standaard);
        }),
        Regelcatalogus.ZK060 => MetActie.Select(x =>
        {
            var vol = new Radenbijeenkomst { Id = "vol", Datum = x.Plan.Looptijd.Start, Agendaruimte = 0 };
            var moment = new Raadsmoment { Fase = Fase.Informatie, Kwartaal = Eerste(x.Plan), Radenbijeenkomst = "vol" };
            return new Mutatie(
                Vervang(x.Plan, x.I, a => a with { Raadsmomenten = a.Raadsmomenten.Add(moment) }) with { Radenbijeenkomsten = x.Plan.Radenbijeenkomsten.Add(vol) },
                $"radenbijeenkomsten[{x.Plan.Radenbijeenkomsten.Count}]",
                Standaard);
        }),
        Regelcatalogus.ZK061 => MetActie.Select(x =>
        {
            // A calendar with a meeting in every quarter of the period but the first.
            var eerste = Eerste(x.Plan);
            var kalender = new Vergaderkalender
            {
                Radenbijeenkomsten = Enumerable.Range(1, Laatste(x.Plan) - eerste)
                    .Select(k => new Radenbijeenkomst { Id = $"rb{k}", Datum = (eerste + k).EersteDag })
                    .ToValueArray(),
            };
            var moment = new Raadsmoment { Fase = Fase.Informatie, Kwartaal = eerste };
            var actie = x.Plan.Acties[x.I];
            return new Mutatie(
                Vervang(x.Plan, x.I, a => a with { Raadsmomenten = a.Raadsmomenten.Add(moment) }),
                A(x.I, $".raadsmomenten[{actie.Raadsmomenten.Count}]"),
                Standaard with { Kalender = kalender });
        }),
        Regelcatalogus.ZK101 => MetActie.Select(x =>
        {
            // A meeting on the period's first day, and a moment assigned to it but said to be a quarter later.
            var eerste = new Radenbijeenkomst { Id = "begin", Datum = x.Plan.Looptijd.Start };
            var moment = new Raadsmoment { Fase = Fase.Informatie, Kwartaal = Eerste(x.Plan).Next(), Radenbijeenkomst = "begin" };
            var plan = Vervang(x.Plan, x.I, a => a with { Raadsmomenten = a.Raadsmomenten.Add(moment) }) with { Radenbijeenkomsten = x.Plan.Radenbijeenkomsten.Add(eerste) };
            return new Mutatie(plan, A(x.I, $".raadsmomenten[{x.Plan.Acties[x.I].Raadsmomenten.Count}]"), Standaard);
        }),
        Regelcatalogus.ZK104 =>
            from x in MetActie
            from waar in Gen.Elements("moment", "besluitfase", "vereist")
            select waar switch
            {
                // A moment of a stage Zuid-Kennemerland's profile does not define (not yet planned: only ZK043 warns).
                "moment" => new Mutatie(
                    Vervang(x.Plan, x.I, a => a with { Raadsmomenten = a.Raadsmomenten.Add(new Raadsmoment { Fase = new Fase("zienswijzen") }) }),
                    A(x.I, $".raadsmomenten[{x.Plan.Acties[x.I].Raadsmomenten.Count}]"),
                    Standaard),

                // A profile that requires a stage it does not define.
                "vereist" => new Mutatie(
                    x.Plan with { Profiel = x.Plan.Profiel with { VereisteFasen = x.Plan.Profiel.VereisteFasen.Add(new Fase("startnotitie")) } },
                    $"profiel.vereisteFasen[{x.Plan.Profiel.VereisteFasen.Count}]",
                    Standaard),

                // A profile whose decision stage it does not define: no moment of the plan is a decision any more.
                _ => new Mutatie(x.Plan with { Profiel = x.Plan.Profiel with { Besluitfase = new Fase("vaststelling") } }, "profiel.besluitfase", Standaard),
            },
        Regelcatalogus.ZK105 =>
            from p in WerkplanGenerator.GeldigWerkplan
            from soort in Gen.Elements("ervoor", "erna", "omgekeerd")
            from dag in Gen.Choose(1, 400)
            let looptijd = p.Looptijd
            let periode = soort switch
            {
                "ervoor" => new Lidmaatschap { Partij = "oud", TotEnMet = looptijd.Start.PlusDays(-dag) },
                "erna" => new Lidmaatschap { Partij = "oud", Vanaf = looptijd.End.PlusDays(dag) },
                _ => new Lidmaatschap { Partij = "oud", Vanaf = looptijd.Start.PlusDays(dag), TotEnMet = looptijd.Start.PlusDays(dag - 1) },
            }
            select new Mutatie(MetLid(p, periode), $"lidmaatschappen[{p.Lidmaatschappen.Count}]", Standaard),
        Regelcatalogus.ZK106 =>
            from p in WerkplanGenerator.GeldigWerkplan
            from dag in Gen.Choose(0, p.Looptijd.Length - 2)
            // The successor is a party of the plan, but no member.
            let plan = MetLid(p, new Lidmaatschap { Partij = "oud", TotEnMet = p.Looptijd.Start.PlusDays(dag), Opvolger = "nieuw" })
            select new Mutatie(
                plan with { Partijen = plan.Partijen.Add(new Partij { Id = "nieuw", Naam = "Nieuw", Soort = PartijSoort.Gemeente }) },
                $"lidmaatschappen[{p.Lidmaatschappen.Count}].opvolger",
                Standaard),
        Regelcatalogus.ZK109 =>
            from p in WerkplanGenerator.GeldigWerkplan.Where(p => p.Partijen.Count > 0)
            from i in Gen.Choose(0, p.Partijen.Count - 1)
            from cijfers in Gen.Choose(0, 99999)
            // Malformed for every kind of party: no TOOI prefix, a prefix only, the wrong scheme.
            from tooi in Gen.Elements($"gm{cijfers:0000}", "https://identifier.overheid.nl/tooi/id/", $"http://identifier.overheid.nl/tooi/id/gemeente/gm{cijfers % 10000:0000}", "")
            select new Mutatie(p with { Partijen = p.Partijen.SetItem(i, p.Partijen[i] with { Tooi = tooi }) }, $"partijen[{i}].tooi", Standaard),
        _ => throw new ArgumentOutOfRangeException(nameof(code), code, "No mutation for this rule."),
    };

    /// <summary>The error rules that a mutation of a valid plan can break on its own.</summary>
    public static readonly string[] ErrorCodes =
    [
        Regelcatalogus.ZK001, Regelcatalogus.ZK002, Regelcatalogus.ZK003, Regelcatalogus.ZK004, Regelcatalogus.ZK010, Regelcatalogus.ZK011,
        Regelcatalogus.ZK013, Regelcatalogus.ZK014, Regelcatalogus.ZK020, Regelcatalogus.ZK021, Regelcatalogus.ZK022,
        Regelcatalogus.ZK030, Regelcatalogus.ZK031, Regelcatalogus.ZK040, Regelcatalogus.ZK041, Regelcatalogus.ZK042,
        Regelcatalogus.ZK050, Regelcatalogus.ZK060, Regelcatalogus.ZK061, Regelcatalogus.ZK101, Regelcatalogus.ZK104, Regelcatalogus.ZK105,
        Regelcatalogus.ZK106, Regelcatalogus.ZK109,
    ];
}
