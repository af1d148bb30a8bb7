using System.Buffers;
using System.Numerics;

namespace Zk.Domain.Regels;

/// <summary>
/// A set of ids for one pass over a list in the plan's order (ZK001: is this id new?), as an open-addressing table on
/// arrays from the shared pool: a validation of a large plan makes hundreds of thousands of these checks, and a
/// <see cref="HashSet{T}"/> per list would be allocated on the large object heap in every validation (at 100,000 actions
/// some 15 MB, which triggers full collections of the whole model).
/// </summary>
/// <remarks>Ordinal; a null id is one id like any other. For one thread; <see cref="Dispose"/> returns the arrays.</remarks>
internal sealed class Idtabel : IDisposable
{
    private string?[] _ids;
    private int[] _hashes;
    private readonly int _masker;
    private bool _null;

    /// <param name="aantal">How many ids at most will be added.</param>
    public Idtabel(int aantal)
    {
        var grootte = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, 2 * aantal));
        _ids = ArrayPool<string?>.Shared.Rent(grootte);
        _hashes = ArrayPool<int>.Shared.Rent(grootte);
        Array.Clear(_ids, 0, grootte);
        _masker = grootte - 1;
    }

    /// <summary>Adds <paramref name="id"/>; false when it was already in the table.</summary>
    public bool Add(string? id)
    {
        if (id is null)
        {
            var eerder = _null;
            _null = true;
            return !eerder;
        }

        var hash = id.GetHashCode();
        var plek = hash & _masker;
        while (_ids[plek] is { } daar)
        {
            if (_hashes[plek] == hash && string.Equals(daar, id, StringComparison.Ordinal))
            {
                return false;
            }

            plek = (plek + 1) & _masker;
        }

        _ids[plek] = id;
        _hashes[plek] = hash;
        return true;
    }

    /// <summary>Returns the arrays to the pool (the ids cleared, so the table keeps nothing alive).</summary>
    public void Dispose()
    {
        if (_ids.Length > 0)
        {
            Array.Clear(_ids, 0, _masker + 1);
            ArrayPool<string?>.Shared.Return(_ids);
            ArrayPool<int>.Shared.Return(_hashes);
            _ids = [];
            _hashes = [];
        }
    }
}

/// <summary>
/// The first value stored under each 64-bit key, for one pass over a list in the plan's order (ZK051: which earlier link
/// connects this pair?), as an open-addressing table on arrays from the shared pool (see <see cref="Idtabel"/> for why).
/// </summary>
/// <remarks>Values are at least 0. For one thread; <see cref="Dispose"/> returns the arrays.</remarks>
internal sealed class Eerstetabel : IDisposable
{
    private long[] _sleutels;
    private int[] _waarden; // the value plus one; 0 is an empty slot
    private readonly int _masker;

    /// <param name="aantal">How many keys at most will be added.</param>
    public Eerstetabel(int aantal)
    {
        var grootte = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, 2 * aantal));
        _sleutels = ArrayPool<long>.Shared.Rent(grootte);
        _waarden = ArrayPool<int>.Shared.Rent(grootte);
        Array.Clear(_waarden, 0, grootte);
        _masker = grootte - 1;
    }

    /// <summary>Stores <paramref name="waarde"/> under <paramref name="sleutel"/> when the key is new and returns -1; otherwise
    /// returns the value stored first.</summary>
    public int EersteOfAdd(long sleutel, int waarde)
    {
        // Fibonacci hashing: keys of neighbouring indices land apart.
        var plek = (int)(((ulong)sleutel * 0x9E3779B97F4A7C15ul) >> 33) & _masker;
        while (_waarden[plek] != 0)
        {
            if (_sleutels[plek] == sleutel)
            {
                return _waarden[plek] - 1;
            }

            plek = (plek + 1) & _masker;
        }

        _sleutels[plek] = sleutel;
        _waarden[plek] = waarde + 1;
        return -1;
    }

    /// <summary>Returns the arrays to the pool.</summary>
    public void Dispose()
    {
        if (_waarden.Length > 0)
        {
            ArrayPool<long>.Shared.Return(_sleutels);
            ArrayPool<int>.Shared.Return(_waarden);
            _sleutels = [];
            _waarden = [];
        }
    }
}
