namespace Zk.Domain.Besturing;

/// <summary>What a plan's capacity counts (<see cref="Plancapaciteit.Telt"/>).</summary>
public enum Capaciteitseenheid
{
    /// <summary>The plan's actions (Zuid-Kennemerland: nine actions; <c>acties</c> in the document).</summary>
    Acties,

    /// <summary>
    /// The main tasks (speerpunten) the plan works on: each main task that has at least one action. A main task of the
    /// agenda without an action takes no capacity (<c>hoofdopgaven</c> in the document).
    /// </summary>
    Hoofdopgaven,
}
