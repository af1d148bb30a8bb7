namespace Zk.Domain.Wisselwerkingen;

/// <summary>A reference (verwijzing) to a main task or an action, one end of a koppelkans or vraagstuk.</summary>
/// <param name="Soort">Whether the reference is to a main task or to an action.</param>
/// <param name="Id">The id of the main task or action.</param>
/// <remarks>The text form is <c>soort:id</c>, e.g. <c>actie:3.2</c> or <c>hoofdopgave:wonen</c>. Equality is structural. Immutable and thread-safe.</remarks>
public readonly record struct Verwijzing(ElementSoort Soort, string Id)
{
    /// <summary>A reference to the main task <paramref name="id"/>.</summary>
    /// <param name="id">The main task's id.</param>
    public static Verwijzing NaarHoofdopgave(string id) => new(ElementSoort.Hoofdopgave, id);

    /// <summary>A reference to the action <paramref name="id"/>.</summary>
    /// <param name="id">The action's id.</param>
    public static Verwijzing NaarActie(string id) => new(ElementSoort.Actie, id);

    /// <summary>The text form <c>soort:id</c>, e.g. <c>actie:3.2</c>.</summary>
    public override string ToString() => (Soort == ElementSoort.Actie ? "actie:" : "hoofdopgave:") + Id;
}
