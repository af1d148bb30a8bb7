namespace Zk.Domain.Partijen;

/// <summary>The kind of a <see cref="Partij"/>.</summary>
public enum PartijSoort
{
    /// <summary>A municipality (gemeente). Whether it is a member of the cooperation is stated by <c>Werkplan.Deelnemers</c>.</summary>
    Gemeente,

    /// <summary>A province (provincie), e.g. Noord-Holland.</summary>
    Provincie,

    /// <summary>A region or regional body (regio), e.g. IJmond or the Metropoolregio Amsterdam.</summary>
    Regio,

    /// <summary>A water authority (waterschap or hoogheemraadschap), e.g. Rijnland.</summary>
    Waterschap,

    /// <summary>The national government or one of its ministries (Rijk).</summary>
    Rijk,

    /// <summary>Any other organisation, e.g. the Nationaal Park or a drinking-water company.</summary>
    Organisatie,
}
