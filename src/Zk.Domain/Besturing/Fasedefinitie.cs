namespace Zk.Domain.Besturing;

/// <summary>
/// A stage of a governance profile (<see cref="Bestuursprofiel"/>): its id, names, abbreviation, rank on the path to a
/// decision, whether it is an interim discussion, who acts, and whether it takes an agenda item of the joint meeting.
/// </summary>
/// <remarks>Equality is structural. Immutable and thread-safe.</remarks>
public sealed record Fasedefinitie
{
    /// <summary>The id council moments use (the document's wire name), e.g. <c>versie50</c>.</summary>
    public required string Id { get; init; }

    /// <summary>The Dutch name, e.g. <c>50%-versie</c>.</summary>
    public required string NaamNl { get; init; }

    /// <summary>The English name, e.g. <c>50 % version</c>.</summary>
    public required string NaamEn { get; init; }

    /// <summary>A short abbreviation for tables, e.g. <c>50</c>.</summary>
    public required string Afkorting { get; init; }

    /// <summary>
    /// The rank on the path to a decision (a stage of a lower rank comes first; stages of one rank are alternatives),
    /// or null for a stage outside that path (exploration, information, feedback, evaluation).
    /// </summary>
    public int? Rang { get; init; }

    /// <summary>Whether the stage is an interim discussion of a proposal (a draft before the decision).</summary>
    public bool IsTussentijds { get; init; }

    /// <summary>Who acts in the stage.</summary>
    public FaseActor Actor { get; init; }

    /// <summary>
    /// Whether a moment of the stage takes an agenda item of the joint meeting it is planned at; null for the default:
    /// a stage the joint meeting acts in does (<see cref="FaseActor.Bijeenkomst"/>), a stage acted on elsewhere (every
    /// council in its own meeting, a board, the colleges, the portfolio holders) does not and is only dated by the
    /// meeting. Zuid-Kennemerland's besluitvorming sets it: its final proposal is put before the radenbijeenkomst, after
    /// which every council decides.
    /// </summary>
    public bool? Agendapunt { get; init; }

    /// <summary>Whether a moment of the stage takes an agenda item: <see cref="Agendapunt"/>, or its default by <see cref="Actor"/>.</summary>
    public bool IsAgendapunt => Agendapunt ?? Actor == FaseActor.Bijeenkomst;

    /// <summary>The stage as a value of council moments.</summary>
    public Fase Fase => new(Id);
}
