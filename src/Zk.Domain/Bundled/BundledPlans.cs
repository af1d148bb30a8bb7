using Zk.Domain.Besturing;
using Zk.Domain.Documenten;
using Zk.Domain.Inplannen;
using Zk.Domain.Werkplannen;

namespace Zk.Domain.Bundled;

/// <summary>
/// The work plans bundled with the package. The first is the Zuid-Kennemerland work plan 2021–2023 of
/// Bloemendaal, Haarlem, Heemstede and Zandvoort.
/// </summary>
/// <remarks>
/// The plan is an embedded <c>zk-werkplan/2</c> document, read once on first use. How the seed's text was
/// turned into the model (leads, the council moments where the planning table and the section texts differ,
/// inferred quarters) is described in <c>docs/zuid-kennemerland.md</c>. Thread-safe.
/// </remarks>
public static class BundledPlans
{
    private const string ZuidKennemerlandResource = "Zk.Domain.Bundled.werkplan-zuid-kennemerland-2021-2023.json";

    private static readonly Lazy<Werkplan> ZuidKennemerlandPlan = new(
        () => WerkplanDocument.Load(OpenZuidKennemerlandDocument(), "werkplan-zuid-kennemerland-2021-2023.json"));

    /// <summary>The Zuid-Kennemerland work plan 2021–2023 (looptijd 1 July 2021 up to 1 January 2023).</summary>
    public static Werkplan ZuidKennemerland => ZuidKennemerlandPlan.Value;

    /// <summary>
    /// The meeting calendar the Zuid-Kennemerland plan is scheduled on when no other is given: one radenbijeenkomst per
    /// quarter of its period (the default <see cref="Vergaderpatroon"/>), skipping the summer recesses and the weeks
    /// around the municipal elections of 16 March 2022.
    /// </summary>
    public static Vergaderkalender ZuidKennemerlandKalender => StandaardKalender.Generate(ZuidKennemerland);

    /// <summary>Opens the bundled Zuid-Kennemerland document as it is embedded (UTF-8 JSON, format <c>zk-werkplan/2</c>).</summary>
    /// <returns>A new read-only stream; the caller disposes it.</returns>
    public static Stream OpenZuidKennemerlandDocument() =>
        typeof(BundledPlans).Assembly.GetManifestResourceStream(ZuidKennemerlandResource)
        ?? throw new InvalidOperationException($"The resource {ZuidKennemerlandResource} is missing from the assembly.");
}
