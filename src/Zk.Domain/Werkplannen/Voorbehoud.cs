namespace Zk.Domain.Werkplannen;

/// <summary>What part of a plan a caveat (voorbehoud) applies to.</summary>
public enum VoorbehoudBetreft
{
    /// <summary>The planning of council moments: when actions come to the councils.</summary>
    Planning,

    /// <summary>The coherence: the koppelkansen and bestuurlijke vraagstukken between actions and main tasks.</summary>
    Samenhang,
}

/// <summary>
/// A caveat (voorbehoud) the plan itself makes about how firm what it says is, e.g. that its planning table is
/// "vooralsnog niet meer dan een indicatie", or that its koppelkansen and dilemmas are possible connections rather
/// than choices already at hand.
/// </summary>
/// <remarks>Equality is structural. Immutable and thread-safe.</remarks>
public sealed record Voorbehoud
{
    /// <summary>What the caveat applies to.</summary>
    public required VoorbehoudBetreft Betreft { get; init; }

    /// <summary>The place in the source document, e.g. <c>H8 tabel</c>.</summary>
    public required string Bron { get; init; }

    /// <summary>The source's words (Dutch).</summary>
    public required string Citaat { get; init; }

    /// <summary>What the caveat means for a reader of the plan (Dutch); null when the quotation says it all.</summary>
    public string? Toelichting { get; init; }
}
