namespace Zk.Domain.Besturing;

/// <summary>
/// What a governance profile makes of one rule of the catalogue (<see cref="Profielregel"/>): switched off, or on with a
/// severity. The model's own word for it: the rules (namespace <c>Zk.Domain.Regels</c>) sit in a layer above the model,
/// and map <see cref="Error"/>, <see cref="Warning"/> and <see cref="Info"/> onto their <c>FindingSeverity</c> of the same name.
/// </summary>
public enum Regelstand
{
    /// <summary>The rule does not run for the plan (<c>uit</c> in the document).</summary>
    Uit,

    /// <summary>The rule runs; its findings are errors (<c>error</c>).</summary>
    Error,

    /// <summary>The rule runs; its findings are warnings (<c>warning</c>).</summary>
    Warning,

    /// <summary>The rule runs; its findings are information (<c>info</c>).</summary>
    Info,
}
