namespace Zk.Domain.Werkplannen;

/// <summary>Whether an action realises its results in the short or the long term (termijn).</summary>
public enum Termijn
{
    /// <summary>Short term: relatively simple, broad regional agreement already exists.</summary>
    Kort,

    /// <summary>Long term: regional differences to bridge, sharp choices or alignment beyond the region.</summary>
    Lang,
}
