namespace Zk.Domain.Besturing;

/// <summary>
/// The governance stage (fase) a council moment belongs to. A regional proposal moves from verkenning via
/// interim versions discussed in a radenbijeenkomst (50 %-versie, 80 %-versie or concept) to besluitvorming
/// by every council; informative meetings and progress feedback are council moments too.
/// </summary>
/// <remarks>The order of the members is the order of the stages where order matters (see <see cref="FaseExtensions.IsInterim"/>).</remarks>
public enum Fase
{
    /// <summary>Exploration, e.g. the councils' brainstorm on priorities (verkenning).</summary>
    Verkenning,

    /// <summary>An informative meeting for the councils (informatieve bijeenkomst); no version of a proposal.</summary>
    Informatie,

    /// <summary>Progress feedback to the councils during execution (terugkoppeling).</summary>
    Terugkoppeling,

    /// <summary>Discussion of a draft whose maturity the plan does not name (bespreking, "afstemmen"). Counts as an interim discussion.</summary>
    Bespreking,

    /// <summary>The 50 %-versie of a proposal, discussed in a radenbijeenkomst.</summary>
    Versie50,

    /// <summary>The 80 %-versie of a proposal, discussed in a radenbijeenkomst.</summary>
    Versie80,

    /// <summary>The concept version (conceptversie) of a proposal, the last before the decision.</summary>
    Concept,

    /// <summary>The final proposal, decided by each council separately (besluitvorming).</summary>
    Besluitvorming,

    /// <summary>Evaluation after execution (evaluatie).</summary>
    Evaluatie,
}

/// <summary>Facts about the stages.</summary>
public static class FaseExtensions
{
    /// <summary>
    /// Whether the stage is an interim discussion of a proposal in a radenbijeenkomst (bespreking, 50 %-versie,
    /// 80 %-versie or concept): the convenant requires one before besluitvorming.
    /// </summary>
    /// <param name="fase">The stage.</param>
    public static bool IsInterim(this Fase fase) => fase is Fase.Bespreking or Fase.Versie50 or Fase.Versie80 or Fase.Concept;

    /// <summary>
    /// The rank of the stage on the path to a decision (1 for bespreking and 50 %, 2 for 80 % and concept,
    /// 3 for besluitvorming), or null for stages outside that path (verkenning, informatie, terugkoppeling, evaluatie).
    /// </summary>
    /// <param name="fase">The stage.</param>
    public static int? Rang(this Fase fase) => fase switch
    {
        Fase.Bespreking or Fase.Versie50 => 1,
        Fase.Versie80 or Fase.Concept => 2,
        Fase.Besluitvorming => 3,
        _ => null,
    };
}
