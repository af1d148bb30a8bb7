using Zk.Domain.Collections;

namespace Zk.Domain.Werkplannen;

/// <summary>
/// The parties in an action's project organisation: either all member municipalities of the plan
/// ("In de projectorganisatie van iedere actie nemen alle vier gemeenten deel", ch. 8), or the parties listed by id.
/// </summary>
/// <remarks>
/// <para>In the document the first is the string <c>"alle-deelnemers"</c> and the second an array of ids. A plan
/// that lists its members keeps the list: loading and saving never turn one form into the other.</para>
/// <para>The short form keeps a large plan's document linear in its size: 10,000 actions of 400 members would
/// otherwise repeat four million ids. Equality is structural. Immutable and thread-safe.</para>
/// </remarks>
public sealed record Projectorganisatie
{
    private Projectorganisatie(bool alleDeelnemers, ValueArray<string> partijen)
    {
        IsAlleDeelnemers = alleDeelnemers;
        Partijen = partijen;
    }

    /// <summary>All member municipalities of the plan (<see cref="Werkplan.Deelnemers"/>), whoever they are.</summary>
    public static Projectorganisatie AlleDeelnemers { get; } = new(true, default);

    /// <summary>No party at all (the default of an action that names none).</summary>
    public static Projectorganisatie Leeg { get; } = new(false, default);

    /// <summary>The parties listed by id.</summary>
    /// <param name="partijen">The ids, in the plan's order.</param>
    public static Projectorganisatie From(ValueArray<string> partijen) => partijen.IsEmpty ? Leeg : new(false, partijen);

    /// <summary>The parties listed by id.</summary>
    /// <param name="partijen">The ids, in the plan's order.</param>
    public static implicit operator Projectorganisatie(ValueArray<string> partijen) => From(partijen);

    /// <summary>The parties listed by id.</summary>
    /// <param name="partijen">The ids, in the plan's order.</param>
    public static implicit operator Projectorganisatie(string[] partijen) => From(partijen);

    /// <summary>Whether every member municipality of the plan takes part (and no list is given).</summary>
    public bool IsAlleDeelnemers { get; }

    /// <summary>The parties listed by id; empty when <see cref="IsAlleDeelnemers"/>.</summary>
    public ValueArray<string> Partijen { get; }

    /// <summary>Whether <paramref name="partij"/> takes part, given the plan's members.</summary>
    /// <param name="partij">A party id.</param>
    /// <param name="deelnemers">The plan's member municipalities.</param>
    public bool Contains(string partij, ValueArray<string> deelnemers) =>
        IsAlleDeelnemers ? deelnemers.AsSpan().Contains(partij) : Partijen.AsSpan().Contains(partij);

    /// <summary>The parties that take part, given the plan's members: the members themselves, or the list.</summary>
    /// <param name="deelnemers">The plan's member municipalities.</param>
    public ValueArray<string> Leden(ValueArray<string> deelnemers) => IsAlleDeelnemers ? deelnemers : Partijen;

    /// <inheritdoc/>
    public override string ToString() => IsAlleDeelnemers ? "alle deelnemers" : string.Join(", ", Partijen);
}
