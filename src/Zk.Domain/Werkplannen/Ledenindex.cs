using NodaTime;
using Zk.Domain.Collections;
using Zk.Domain.Partijen;

namespace Zk.Domain.Werkplannen;

/// <summary>
/// The members (deelnemers) over time: for every date, the members of that date in the plan's order, computed once from
/// the members and their membership periods (<see cref="Werkplan.Lidmaatschappen"/>). A member without a period is a
/// member on every date; a period of a party that is not a member, or a second period of one member, counts for
/// nothing (the rules report both).
/// </summary>
/// <remarks>
/// The dates on which membership changes (a first day, the day after a last day) cut time into segments; each segment
/// keeps its members as one array, so <see cref="Op"/> is a binary search and allocates nothing. A plan without periods
/// has one segment: the members themselves. Immutable after construction and thread-safe.
/// </remarks>
internal sealed class Ledenindex
{
    private readonly Dictionary<string, Lidmaatschap?> _lidmaatschap;
    private readonly LocalDate[] _grenzen;
    private readonly ValueArray<string>[] _segmenten;

    private Ledenindex(ValueArray<string> deelnemers, ValueArray<Lidmaatschap> lidmaatschappen)
    {
        Deelnemers = deelnemers;
        _lidmaatschap = new Dictionary<string, Lidmaatschap?>(deelnemers.Count, StringComparer.Ordinal);
        foreach (var id in deelnemers)
        {
            // A null id is an incomplete plan (ZK004): it is no member.
            if (id is not null)
            {
                _lidmaatschap.TryAdd(id, null);
            }
        }

        var grenzen = new SortedSet<LocalDate>();
        foreach (var l in lidmaatschappen)
        {
            if (l?.Partij is null || !_lidmaatschap.TryGetValue(l.Partij, out var eerder) || eerder is not null)
            {
                continue;
            }

            _lidmaatschap[l.Partij] = l;
            if (l.Vanaf is { } vanaf)
            {
                grenzen.Add(vanaf);
            }

            if (l.TotEnMet is { } tot && tot < LocalDate.MaxIsoValue)
            {
                grenzen.Add(tot.PlusDays(1));
            }
        }

        _grenzen = [.. grenzen];

        // Segment 0 lies before every change: the members whose membership has no first day. Segment k + 1 starts on
        // change k.
        _segmenten = new ValueArray<string>[_grenzen.Length + 1];
        _segmenten[0] = _grenzen.Length == 0 ? deelnemers : Kies(l => l?.Vanaf is null);
        for (var k = 0; k < _grenzen.Length; k++)
        {
            var dag = _grenzen[k];
            _segmenten[k + 1] = Kies(l => l is null || l.IsLidOp(dag));
        }
    }

    /// <summary>The members for a plan's own members and periods.</summary>
    /// <param name="deelnemers">The members, in the plan's order.</param>
    /// <param name="lidmaatschappen">Their periods.</param>
    public static Ledenindex Of(ValueArray<string> deelnemers, ValueArray<Lidmaatschap> lidmaatschappen) => new(deelnemers, lidmaatschappen);

    /// <summary>Every member at any time, in the plan's order.</summary>
    public ValueArray<string> Deelnemers { get; }

    /// <summary>Whether the plan has any membership period that counts.</summary>
    public bool HeeftPerioden => _grenzen.Length > 0;

    /// <summary>The members on <paramref name="datum"/>, in the plan's order.</summary>
    public ValueArray<string> Op(LocalDate datum)
    {
        // The number of changes on or before the date is the segment.
        int laag = 0, hoog = _grenzen.Length;
        while (laag < hoog)
        {
            var midden = (laag + hoog) >>> 1;
            if (_grenzen[midden] <= datum)
            {
                laag = midden + 1;
            }
            else
            {
                hoog = midden;
            }
        }

        return _segmenten[laag];
    }

    /// <summary>Whether <paramref name="partij"/> is a member at any time.</summary>
    public bool IsLid(string partij) => _lidmaatschap.ContainsKey(partij);

    /// <summary>Whether <paramref name="partij"/> is a member on <paramref name="datum"/>.</summary>
    public bool IsLidOp(string partij, LocalDate datum) =>
        _lidmaatschap.TryGetValue(partij, out var l) && (l is null || l.IsLidOp(datum));

    /// <summary>Whether <paramref name="partij"/> is a member on some day from <paramref name="van"/> to <paramref name="tot"/>.</summary>
    public bool IsLidTijdens(string partij, LocalDate van, LocalDate tot) =>
        _lidmaatschap.TryGetValue(partij, out var l) && (l is null ? van <= tot : l.IsLidTijdens(van, tot));

    /// <summary>The membership period of member <paramref name="partij"/> that counts; null when it has none (or is no member).</summary>
    public Lidmaatschap? Van(string partij) => _lidmaatschap.GetValueOrDefault(partij);

    private ValueArray<string> Kies(Func<Lidmaatschap?, bool> lid)
    {
        var gekozen = new List<string>(Deelnemers.Count);
        foreach (var id in Deelnemers)
        {
            if (id is not null && lid(_lidmaatschap[id]))
            {
                gekozen.Add(id);
            }
        }

        return gekozen.Count == Deelnemers.Count ? Deelnemers : gekozen.ToValueArray();
    }
}
