using NodaTime;

namespace Zk.Domain.Besturing;

/// <summary>
/// Blocked periods looked up by date: the first period in list order that holds the date, found by a binary search
/// over the periods sorted by start (with the latest end so far, so overlapping periods are all seen).
/// </summary>
/// <remarks>Immutable after construction and thread-safe.</remarks>
internal sealed class Blokkadeindex
{
    private readonly (Blokkade Blokkade, int Plaats)[] _opStart;
    private readonly LocalDate[] _verstEinde;

    public Blokkadeindex(ReadOnlySpan<Blokkade> blokkades)
    {
        _opStart = new (Blokkade, int)[blokkades.Length];
        for (var i = 0; i < blokkades.Length; i++)
        {
            _opStart[i] = (blokkades[i], i);
        }

        Array.Sort(_opStart, static (a, b) =>
        {
            var byStart = a.Blokkade.Periode.Start.CompareTo(b.Blokkade.Periode.Start);
            return byStart != 0 ? byStart : a.Plaats.CompareTo(b.Plaats);
        });
        _verstEinde = new LocalDate[_opStart.Length];
        for (var i = 0; i < _opStart.Length; i++)
        {
            var einde = _opStart[i].Blokkade.Periode.End;
            _verstEinde[i] = i > 0 && _verstEinde[i - 1] > einde ? _verstEinde[i - 1] : einde;
        }
    }

    /// <summary>Whether there are no blocked periods.</summary>
    public bool IsEmpty => _opStart.Length == 0;

    /// <summary>The first blocked period (in the list given) that holds <paramref name="datum"/>, or null.</summary>
    public Blokkade? Op(LocalDate datum)
    {
        // The last period that starts on or before the date; walk back while an earlier period may still reach it.
        int lo = 0, hi = _opStart.Length;
        while (lo < hi)
        {
            var mid = lo + ((hi - lo) / 2);
            if (_opStart[mid].Blokkade.Periode.Start <= datum)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        (Blokkade Blokkade, int Plaats)? gevonden = null;
        for (var i = lo - 1; i >= 0 && _verstEinde[i] >= datum; i--)
        {
            if (_opStart[i].Blokkade.Periode.End >= datum && (gevonden is null || _opStart[i].Plaats < gevonden.Value.Plaats))
            {
                gevonden = _opStart[i];
            }
        }

        return gevonden?.Blokkade;
    }
}
