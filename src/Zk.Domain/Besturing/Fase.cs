namespace Zk.Domain.Besturing;

/// <summary>
/// The governance stage (fase) a council moment belongs to: the id of a stage of the plan's governance profile
/// (<see cref="Bestuursprofiel"/>), e.g. <c>versie50</c>. What a stage means (its names, its rank on the path to a
/// decision, whether it is an interim discussion, who acts) is data in the profile, not in this type.
/// </summary>
/// <remarks>
/// <para>The stages of Zuid-Kennemerland's profile (<see cref="Bestuursprofiel.ZuidKennemerland"/>) are the well-known
/// values <see cref="Verkenning"/> … <see cref="Evaluatie"/>; another profile defines its own ids.</para>
/// <para>Equality is ordinal on the id. <c>default(Fase)</c> has an empty id, which no profile defines. Immutable and
/// thread-safe; <see cref="ToString"/> gives the id.</para>
/// </remarks>
public readonly record struct Fase
{
    /// <summary>A stage with the id <paramref name="id"/>.</summary>
    /// <param name="id">The stage's id in its profile, e.g. <c>besluitvorming</c>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    public Fase(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        _id = id;
    }

    private readonly string? _id;

    /// <summary>The stage's id in its profile (the document's wire name); empty for <c>default(Fase)</c>.</summary>
    public string Id => _id ?? string.Empty;

    /// <summary>Exploration, e.g. the councils' brainstorm on priorities (verkenning; Zuid-Kennemerland).</summary>
    public static Fase Verkenning { get; } = new("verkenning");

    /// <summary>An informative meeting for the councils (informatieve bijeenkomst); no version of a proposal (Zuid-Kennemerland).</summary>
    public static Fase Informatie { get; } = new("informatie");

    /// <summary>Progress feedback to the councils during execution (terugkoppeling; Zuid-Kennemerland).</summary>
    public static Fase Terugkoppeling { get; } = new("terugkoppeling");

    /// <summary>Discussion of a draft whose maturity the plan does not name (bespreking, "afstemmen"); an interim discussion (Zuid-Kennemerland).</summary>
    public static Fase Bespreking { get; } = new("bespreking");

    /// <summary>The 50 %-versie of a proposal, discussed in a radenbijeenkomst (Zuid-Kennemerland).</summary>
    public static Fase Versie50 { get; } = new("versie50");

    /// <summary>The 80 %-versie of a proposal, discussed in a radenbijeenkomst (Zuid-Kennemerland).</summary>
    public static Fase Versie80 { get; } = new("versie80");

    /// <summary>The concept version (conceptversie) of a proposal, the last before the decision (Zuid-Kennemerland).</summary>
    public static Fase Concept { get; } = new("concept");

    /// <summary>The final proposal, decided by each council separately (besluitvorming; Zuid-Kennemerland's decision stage).</summary>
    public static Fase Besluitvorming { get; } = new("besluitvorming");

    /// <summary>Evaluation after execution (evaluatie; Zuid-Kennemerland).</summary>
    public static Fase Evaluatie { get; } = new("evaluatie");

    /// <summary>The id.</summary>
    public override string ToString() => Id;

    /// <inheritdoc/>
    public bool Equals(Fase other) => string.Equals(Id, other.Id, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Id);
}
