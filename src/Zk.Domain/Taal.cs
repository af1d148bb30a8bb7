namespace Zk.Domain;

/// <summary>The language (taal) of messages and reports: Dutch, the default, or English.</summary>
public enum Taal
{
    /// <summary>Dutch (Nederlands), the default.</summary>
    Nl,

    /// <summary>English.</summary>
    En,
}
