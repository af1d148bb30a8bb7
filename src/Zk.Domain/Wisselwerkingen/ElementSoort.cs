namespace Zk.Domain.Wisselwerkingen;

/// <summary>The level a koppelkans or bestuurlijk vraagstuk connects at: a main task or an action.</summary>
public enum ElementSoort
{
    /// <summary>A main task (<c>Hoofdopgave</c>); a link at this level applies to all of its actions.</summary>
    Hoofdopgave,

    /// <summary>A single action (<c>Actie</c>).</summary>
    Actie,
}
