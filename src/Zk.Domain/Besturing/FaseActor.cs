namespace Zk.Domain.Besturing;

/// <summary>Who acts in a governance stage (<see cref="Fasedefinitie.Actor"/>).</summary>
public enum FaseActor
{
    /// <summary>The joint meeting of the councils (radenbijeenkomst, Regiopodium, …): the stage takes an agenda item there.</summary>
    Bijeenkomst,

    /// <summary>Every council separately, in its own meeting (e.g. zienswijzen, or the decision of each council).</summary>
    ElkeRaad,

    /// <summary>A regional board (algemeen bestuur, regiobestuur).</summary>
    Regiobestuur,

    /// <summary>The colleges of burgemeester en wethouders.</summary>
    Colleges,

    /// <summary>The portfolio holders' meeting (portefeuillehoudersoverleg).</summary>
    Portefeuillehoudersoverleg,
}
