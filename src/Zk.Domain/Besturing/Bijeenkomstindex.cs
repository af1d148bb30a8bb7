using NodaTime;
using Zk.Domain.Collections;
using Zk.Domain.Tijd;

namespace Zk.Domain.Besturing;

/// <summary>
/// A list of meetings looked up by id, by date and by quarter, built once: an id finds its first meeting in the list,
/// a date or a quarter finds its meetings (ordered by date, then id) by a binary search over the sorted list.
/// </summary>
/// <remarks>Immutable after construction and thread-safe.</remarks>
internal sealed class Bijeenkomstindex
{
    private readonly Dictionary<string, int> _perId;
    private readonly Radenbijeenkomst[] _opDatum;

    public Bijeenkomstindex(ValueArray<Radenbijeenkomst> bijeenkomsten)
    {
        Bijeenkomsten = bijeenkomsten;
        _perId = new Dictionary<string, int>(bijeenkomsten.Count, StringComparer.Ordinal);
        for (var i = 0; i < bijeenkomsten.Count; i++)
        {
            _perId.TryAdd(bijeenkomsten[i].Id, i);
        }

        _opDatum = bijeenkomsten.AsSpan().ToArray();
        Array.Sort(_opDatum, static (a, b) =>
        {
            var byDatum = a.Datum.CompareTo(b.Datum);
            return byDatum != 0 ? byDatum : string.CompareOrdinal(a.Id, b.Id);
        });
    }

    /// <summary>The index of a calendar's meetings, built once per calendar instance.</summary>
    public static Bijeenkomstindex Of(Vergaderkalender kalender) =>
        kalender.AfgeleideIndex.Of(kalender, static k => new Bijeenkomstindex(k.Radenbijeenkomsten));

    /// <summary>The meetings in their list order.</summary>
    public ValueArray<Radenbijeenkomst> Bijeenkomsten { get; }

    /// <summary>Whether a meeting has this id.</summary>
    public bool Contains(string id) => _perId.ContainsKey(id);

    /// <summary>The first meeting with this id.</summary>
    public bool TryGet(string id, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Radenbijeenkomst? bijeenkomst)
    {
        if (_perId.TryGetValue(id, out var i))
        {
            bijeenkomst = Bijeenkomsten[i];
            return true;
        }

        bijeenkomst = null;
        return false;
    }

    /// <summary>The meetings in <paramref name="kwartaal"/>, by date and then id.</summary>
    public ReadOnlySpan<Radenbijeenkomst> In(Kwartaal kwartaal) => Tussen(kwartaal.EersteDag, kwartaal.LaatsteDag);

    /// <summary>The meetings on <paramref name="datum"/>, by id.</summary>
    public ReadOnlySpan<Radenbijeenkomst> Op(LocalDate datum) => Tussen(datum, datum);

    // The meetings from `van` to `tot` (both included): two binary searches for the first date at or after each bound.
    private ReadOnlySpan<Radenbijeenkomst> Tussen(LocalDate van, LocalDate tot)
    {
        var begin = Eerste(van);
        var eind = tot == LocalDate.MaxIsoValue ? _opDatum.Length : Eerste(tot.PlusDays(1));
        return _opDatum.AsSpan(begin, eind - begin);
    }

    private int Eerste(LocalDate datum)
    {
        int lo = 0, hi = _opDatum.Length;
        while (lo < hi)
        {
            var mid = lo + ((hi - lo) / 2);
            if (_opDatum[mid].Datum < datum)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }
}
