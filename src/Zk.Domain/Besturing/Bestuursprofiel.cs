using Zk.Domain.Collections;

namespace Zk.Domain.Besturing;

/// <summary>
/// A governance profile (bestuursprofiel): how a regional cooperation takes its proposals to a decision, as data. It
/// names the stages (<see cref="Fasen"/>: names, abbreviation, rank, interim or not, who acts), which stage is the
/// decision (<see cref="Besluitfase"/>) and which a proposal needs before it (<see cref="VereisteFasen"/>), and the kinds
/// of joint meeting (<see cref="Bijeenkomstsoorten"/>) with the words messages and the console use for them; and the
/// plan's own rules: which rules of the catalogue apply at which severity (<see cref="Regels"/>) and the capacity
/// (<see cref="Plancapaciteit"/>).
/// </summary>
/// <remarks>
/// <para>Every fact about a stage is looked up here, by id (<see cref="Definitie"/>, <see cref="Rang"/>,
/// <see cref="IsTussentijds"/>, <see cref="IsBesluit"/>, <see cref="IsAgendapunt"/>; the words through
/// <c>Woorden.FaseNaam</c> and <c>Woorden.BijeenkomstNaam</c>);
/// a stage the profile does not define has no rank, is no interim discussion and takes an agenda item (rule ZK104
/// reports it).</para>
/// <para>The rules a profile sets are the plan's own selection criteria and its choices of severity: a rule of the
/// catalogue that is one plan's own (Zuid-Kennemerland's criteria ZK010, ZK012–ZK014, ZK021, ZK022) runs only where the
/// profile sets it; every other rule runs unless the profile switches it off, with the catalogue's severity unless the
/// profile sets another. The validation options win over the profile.</para>
/// <para><see cref="ZuidKennemerland"/> is the default of every plan; <see cref="Algemeen"/> is a region-neutral start
/// (Zuid-Kennemerland's stages, none of its criteria, no capacity). Equality is structural (over every list).
/// Immutable and thread-safe.</para>
/// </remarks>
public sealed record Bestuursprofiel
{
    /// <summary>The id, e.g. <c>zuid-kennemerland</c>.</summary>
    public required string Id { get; init; }

    /// <summary>The name, e.g. <c>Zuid-Kennemerland</c>.</summary>
    public required string Naam { get; init; }

    /// <summary>The stages, in the order they are listed (and shown); the path to a decision is given by their ranks.</summary>
    public ValueArray<Fasedefinitie> Fasen { get; init; }

    /// <summary>The stage that decides a proposal (for Zuid-Kennemerland: besluitvorming by every council).</summary>
    public required Fase Besluitfase { get; init; }

    /// <summary>
    /// The stages a proposal needs before its decision. A required interim stage is met by any earlier interim
    /// discussion (the convenant asks for one, whatever its maturity); any other required stage by itself. Where the
    /// plan has none, the planner adds the stage (the policy's <c>TussentijdseBesprekingVerplicht</c> switches the
    /// interim ones off).
    /// </summary>
    public ValueArray<Fase> VereisteFasen { get; init; }

    /// <summary>The kinds of joint meeting; the first is the kind of a meeting that names none.</summary>
    public ValueArray<Bijeenkomstsoort> Bijeenkomstsoorten { get; init; }

    /// <summary>
    /// The rule settings, at most one per code, kept ordered by code (ordinally, whatever order they are given in, as a
    /// document's object of settings has no order): a rule switched off, or run with a severity. A rule that is one plan's own runs only when it is listed here with a severity; any other rule not
    /// listed runs with the catalogue's severity. Empty: the catalogue's rules that apply to every plan, as the
    /// catalogue has them.
    /// </summary>
    /// <exception cref="ArgumentException">Two settings name the same code.</exception>
    public ValueArray<Profielregel> Regels
    {
        get;
        init
        {
            // A setting (or its code) a host set to null is rule ZK004's, as everywhere in the model: kept where it is.
            if (value.Any(r => r?.Code is null))
            {
                field = value;
                return;
            }

            var codes = new HashSet<string>(StringComparer.Ordinal);
            foreach (var regel in value)
            {
                if (!codes.Add(regel.Code))
                {
                    throw new ArgumentException($"Two settings for rule {regel.Code}.", nameof(value));
                }
            }

            field = IsGeordend(value) ? value : [.. value.OrderBy(r => r.Code, StringComparer.Ordinal)];
        }
    }

    /// <summary>
    /// How many actions or main tasks a plan of the profile can take up (rule ZK011); null when the profile sets no
    /// capacity, and then ZK011 checks only a number the plan or the validation options state.
    /// </summary>
    public Plancapaciteit? Plancapaciteit { get; init; }

    private static bool IsGeordend(ValueArray<Profielregel> regels)
    {
        for (var i = 1; i < regels.Count; i++)
        {
            if (string.CompareOrdinal(regels[i - 1].Code, regels[i].Code) > 0)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The profile's setting for the rule <paramref name="code"/>, or null when it sets none.</summary>
    /// <param name="code">A rule code, e.g. <c>ZK012</c>.</param>
    public Regelstand? Stand(string code)
    {
        foreach (var regel in Regels)
        {
            if (regel is not null && string.Equals(regel.Code, code, StringComparison.Ordinal))
            {
                return regel.Stand;
            }
        }

        return null;
    }

    /// <summary>The definition of <paramref name="fase"/>, or null when the profile does not define it.</summary>
    /// <param name="fase">The stage.</param>
    public Fasedefinitie? Definitie(Fase fase)
    {
        foreach (var definitie in Fasen)
        {
            if (string.Equals(definitie.Id, fase.Id, StringComparison.Ordinal))
            {
                return definitie;
            }
        }

        return null;
    }

    /// <summary>The definition of the stage with id <paramref name="id"/>, or null.</summary>
    /// <param name="id">The stage's id.</param>
    public Fasedefinitie? Fase(string id) => id is null ? null : Definitie(new Besturing.Fase(id));

    /// <summary>Whether the profile defines <paramref name="fase"/>.</summary>
    /// <param name="fase">The stage.</param>
    public bool Defines(Fase fase) => Definitie(fase) is not null;

    /// <summary>The rank of <paramref name="fase"/> on the path to a decision, or null (outside the path, or not defined).</summary>
    /// <param name="fase">The stage.</param>
    public int? Rang(Fase fase) => Definitie(fase)?.Rang;

    /// <summary>Whether <paramref name="fase"/> is an interim discussion.</summary>
    /// <param name="fase">The stage.</param>
    public bool IsTussentijds(Fase fase) => Definitie(fase)?.IsTussentijds == true;

    /// <summary>Whether <paramref name="fase"/> is the decision stage.</summary>
    /// <param name="fase">The stage.</param>
    public bool IsBesluit(Fase fase) => fase == Besluitfase;

    /// <summary>Who acts in <paramref name="fase"/>; the joint meeting for a stage the profile does not define.</summary>
    /// <param name="fase">The stage.</param>
    public FaseActor Actor(Fase fase) => Definitie(fase)?.Actor ?? FaseActor.Bijeenkomst;

    /// <summary>
    /// Whether a moment of <paramref name="fase"/> takes an agenda item of the joint meeting it is planned at
    /// (<see cref="Fasedefinitie.IsAgendapunt"/>: by default a stage the joint meeting acts in; the profile may say
    /// otherwise per stage). A stage the profile does not define counts as the joint meeting's.
    /// </summary>
    /// <param name="fase">The stage.</param>
    public bool IsAgendapunt(Fase fase) => Definitie(fase)?.IsAgendapunt ?? true;

    /// <summary>
    /// Whether a moment of <paramref name="fase"/> is acted on by the councils after the joint meeting, within the
    /// decision time (the decision stage, and any stage every council acts on separately).
    /// </summary>
    /// <param name="fase">The stage.</param>
    public bool NaBesluitvormingstermijn(Fase fase) => IsBesluit(fase) || Actor(fase) == FaseActor.ElkeRaad;

    /// <summary>The abbreviation of <paramref name="fase"/>; its id when the profile does not define it.</summary>
    /// <param name="fase">The stage.</param>
    public string Afkorting(Fase fase) => Definitie(fase)?.Afkorting ?? fase.Id;

    /// <summary>The kind of meeting with id <paramref name="id"/>; the first kind when <paramref name="id"/> is null; null when there is no such kind.</summary>
    /// <param name="id">The kind's id, or null for the default kind.</param>
    public Bijeenkomstsoort? Bijeenkomstsoort(string? id)
    {
        if (id is null)
        {
            return Bijeenkomstsoorten.IsEmpty ? null : Bijeenkomstsoorten[0];
        }

        foreach (var soort in Bijeenkomstsoorten)
        {
            if (string.Equals(soort.Id, id, StringComparison.Ordinal))
            {
                return soort;
            }
        }

        return null;
    }

    /// <summary>The kind of <paramref name="bijeenkomst"/> (its own, or the profile's first); null when the profile has no such kind.</summary>
    /// <param name="bijeenkomst">The meeting.</param>
    public Bijeenkomstsoort? Soort(Radenbijeenkomst bijeenkomst)
    {
        ArgumentNullException.ThrowIfNull(bijeenkomst);
        return Bijeenkomstsoort(bijeenkomst.Soort);
    }

    /// <summary>
    /// The profile of Zuid-Kennemerland's work plan 2021–2023, the default of every plan: verkenning, informatie,
    /// terugkoppeling, bespreking, 50 %-versie, 80 %-versie, concept, besluitvorming (by every council, after the
    /// radenbijeenkomst, within the decision time) and evaluatie; an interim discussion before every decision; one kind
    /// of meeting, the radenbijeenkomst. The stages' words are here and nowhere else (the word tables read them from here).
    /// Its own rules are the selection criteria of chapter 2 and the cooperation's terms of chapter 8, with the severities
    /// of the domain brief: ZK010 (every main task has an action), ZK012 (a mix of short and long term, a warning),
    /// ZK013 (nothing already running), ZK014 (no claims on funds), ZK021 (the leads are members), ZK022 (every member in
    /// every project organisation); its capacity is nine actions.
    /// </summary>
    public static Bestuursprofiel ZuidKennemerland { get; } = MaakZuidKennemerland();

    /// <summary>
    /// A region-neutral profile to start from: Zuid-Kennemerland's stages, decision stage, required interim discussion
    /// and kind of meeting, but none of its own rules (ZK010, ZK012–ZK014, ZK021 and ZK022 do not run) and no capacity.
    /// A region makes its own with <c>with</c>: its stages, its meetings, its rules and capacity.
    /// </summary>
    public static Bestuursprofiel Algemeen { get; } = ZuidKennemerland with
    {
        Id = "algemeen",
        Naam = "Algemeen",
        Regels = [],
        Plancapaciteit = null,
    };

    /// <summary>The number of actions of Zuid-Kennemerland's capacity (the seed's "capaciteit van negen acties"), in one place.</summary>
    internal const int ZuidKennemerlandCapaciteit = 9;

    private static Bestuursprofiel MaakZuidKennemerland()
    {
        static Profielregel Regel(string code, Regelstand stand) => new() { Code = code, Stand = stand };

        static Fasedefinitie Stage(Fase fase, string nl, string en, string afkorting, int? rang, bool tussentijds, FaseActor actor = FaseActor.Bijeenkomst, bool? agendapunt = null) =>
            new() { Id = fase.Id, NaamNl = nl, NaamEn = en, Afkorting = afkorting, Rang = rang, IsTussentijds = tussentijds, Actor = actor, Agendapunt = agendapunt };

        return new Bestuursprofiel
        {
            Id = "zuid-kennemerland",
            Naam = "Zuid-Kennemerland",
            Fasen =
            [
                Stage(Besturing.Fase.Verkenning, "verkenning", "exploration", "V", null, false),
                Stage(Besturing.Fase.Informatie, "informatie", "information", "I", null, false),
                Stage(Besturing.Fase.Terugkoppeling, "terugkoppeling", "feedback", "T", null, false),
                Stage(Besturing.Fase.Bespreking, "bespreking", "discussion", "B", 1, true),
                Stage(Besturing.Fase.Versie50, "50%-versie", "50 % version", "50", 1, true),
                Stage(Besturing.Fase.Versie80, "80%-versie", "80 % version", "80", 2, true),
                Stage(Besturing.Fase.Concept, "concept", "concept", "C", 2, true),
                // Every council decides, after the final proposal was put before the radenbijeenkomst (ch. 1, 8).
                Stage(Besturing.Fase.Besluitvorming, "besluitvorming", "decision", "BV", 3, false, FaseActor.ElkeRaad, agendapunt: true),
                Stage(Besturing.Fase.Evaluatie, "evaluatie", "evaluation", "E", null, false),
            ],
            Besluitfase = Besturing.Fase.Besluitvorming,
            VereisteFasen = [Besturing.Fase.Bespreking],
            Bijeenkomstsoorten = [new Bijeenkomstsoort { Id = "radenbijeenkomst", NaamNl = "radenbijeenkomst", NaamEn = "joint council meeting" }],
            Regels =
            [
                Regel("ZK010", Regelstand.Error),
                Regel("ZK012", Regelstand.Warning),
                Regel("ZK013", Regelstand.Error),
                Regel("ZK014", Regelstand.Error),
                Regel("ZK021", Regelstand.Error),
                Regel("ZK022", Regelstand.Error),
            ],
            Plancapaciteit = new Plancapaciteit { Aantal = ZuidKennemerlandCapaciteit, Telt = Capaciteitseenheid.Acties },
        };
    }
}
