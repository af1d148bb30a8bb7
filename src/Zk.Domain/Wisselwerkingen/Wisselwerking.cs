namespace Zk.Domain.Wisselwerkingen;

/// <summary>
/// An interaction (wisselwerking) between two elements of the plan: a <see cref="Koppelkans"/> (they
/// strengthen each other) or a <see cref="BestuurlijkVraagstuk"/> (they may collide and ask for a choice).
/// Each end is a main task or an action, at the level the plan names it.
/// </summary>
/// <remarks>
/// <para><see cref="Sterkte"/> places the link on the policy-interaction scale used in coherence studies,
/// from −3 ("cancelling") to +3 ("indivisible"): positive for koppelkansen, negative for vraagstukken.
/// The seed gives no strengths, so it is optional.</para>
/// <para>Equality is structural. Immutable and thread-safe.</para>
/// </remarks>
public abstract record Wisselwerking
{
    /// <summary>The id of the link, e.g. <c>K1</c> or <c>V3</c>.</summary>
    public required string Id { get; init; }

    /// <summary>The title as in the plan, e.g. <c>Duurzaamheid en wonen</c>.</summary>
    public required string Titel { get; init; }

    /// <summary>A short description (Dutch); null when there is none.</summary>
    public string? Omschrijving { get; init; }

    /// <summary>One end of the link.</summary>
    public required Verwijzing Van { get; init; }

    /// <summary>The other end of the link.</summary>
    public required Verwijzing Naar { get; init; }

    /// <summary>The strength on the −3…+3 interaction scale, or null when not given.</summary>
    public int? Sterkte { get; init; }
}

/// <summary>
/// A synergy (koppelkans): two elements of the plan that strengthen each other, e.g. "Vergroting nationaal
/// park en stresstest klimaatadaptatie".
/// </summary>
/// <remarks>Equality is structural. Immutable and thread-safe.</remarks>
public sealed record Koppelkans : Wisselwerking;

/// <summary>
/// A governance dilemma (bestuurlijk vraagstuk): two elements of the plan that may collide, "A versus B",
/// so that the councils have to weigh them together (the botsproef).
/// </summary>
/// <remarks>Equality is structural. Immutable and thread-safe.</remarks>
public sealed record BestuurlijkVraagstuk : Wisselwerking;
