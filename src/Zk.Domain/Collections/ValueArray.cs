using System.Collections;
using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;

namespace Zk.Domain.Collections;

/// <summary>
/// An immutable array with value semantics: two instances are equal when they hold equal elements in the
/// same order. The model's records use it for every collection, so that record equality is structural all
/// the way down (a plan loaded twice from the same document compares equal).
/// </summary>
/// <typeparam name="T">The element type.</typeparam>
/// <remarks>
/// <para>The <see langword="default"/> value is the empty array. Collection expressions work:
/// <c>ValueArray&lt;string&gt; ids = ["haarlem", "zandvoort"];</c></para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
[CollectionBuilder(typeof(ValueArray), nameof(ValueArray.Create))]
public readonly struct ValueArray<T> : IReadOnlyList<T>, IEquatable<ValueArray<T>>
{
    private readonly T[]? _items;

    /// <summary>Creates an array holding a copy of <paramref name="items"/>.</summary>
    /// <param name="items">The elements, in order.</param>
    public ValueArray(IEnumerable<T> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        _items = items.ToArray();
    }

    private ValueArray(T[] items, bool _) => _items = items;

    /// <summary>The empty array.</summary>
    public static ValueArray<T> Empty => default;

    internal static ValueArray<T> Wrap(T[] items) => new(items, true);

    /// <summary>The number of elements.</summary>
    public int Count => _items?.Length ?? 0;

    /// <summary>Whether the array has no elements.</summary>
    public bool IsEmpty => Count == 0;

    /// <summary>The element at <paramref name="index"/>.</summary>
    /// <param name="index">A zero-based index.</param>
    /// <exception cref="IndexOutOfRangeException"><paramref name="index"/> is outside the array.</exception>
    public T this[int index] => (_items ?? [])[index];

    /// <summary>A copy with the element at <paramref name="index"/> replaced by <paramref name="item"/>.</summary>
    /// <param name="index">A zero-based index.</param>
    /// <param name="item">The new element.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is outside the array.</exception>
    public ValueArray<T> SetItem(int index, T item)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Count);
        var copy = (T[])_items!.Clone();
        copy[index] = item;
        return Wrap(copy);
    }

    /// <summary>A copy with <paramref name="item"/> added at the end.</summary>
    /// <param name="item">The new element.</param>
    public ValueArray<T> Add(T item) => Wrap([.. AsSpan(), item]);

    /// <summary>A copy without the element at <paramref name="index"/>.</summary>
    /// <param name="index">A zero-based index.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is outside the array.</exception>
    public ValueArray<T> RemoveAt(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Count);
        return Wrap([.. AsSpan()[..index], .. AsSpan()[(index + 1)..]]);
    }

    /// <summary>The elements as a read-only span.</summary>
    public ReadOnlySpan<T> AsSpan() => _items;

    /// <summary>The elements as an <see cref="ImmutableArray{T}"/> (a copy).</summary>
    public ImmutableArray<T> ToImmutableArray() => _items is null ? [] : [.. _items];

    /// <summary>Returns an enumerator over the elements (allocation-free; usable in iterators and async methods).</summary>
    public Enumerator GetEnumerator() => new(_items ?? []);

    IEnumerator<T> IEnumerable<T>.GetEnumerator() => ((IEnumerable<T>)(_items ?? [])).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => (_items ?? []).GetEnumerator();

    /// <summary>Whether both arrays hold equal elements in the same order.</summary>
    /// <param name="other">The array to compare with.</param>
    public bool Equals(ValueArray<T> other) =>
        AsSpan().SequenceEqual(other.AsSpan(), EqualityComparer<T>.Default);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ValueArray<T> other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var item in AsSpan())
        {
            hash.Add(item);
        }

        return hash.ToHashCode();
    }

    /// <summary>Lists the elements between brackets, e.g. <c>[haarlem, zandvoort]</c>, formatted culture-independently.</summary>
    public override string ToString()
    {
        var text = new StringBuilder("[");
        for (var i = 0; i < Count; i++)
        {
            if (i > 0)
            {
                text.Append(", ");
            }

            text.Append(CultureInfo.InvariantCulture, $"{_items![i]}");
        }

        return text.Append(']').ToString();
    }

    /// <summary>Whether both arrays hold equal elements in the same order.</summary>
    /// <param name="left">The first array.</param>
    /// <param name="right">The second array.</param>
    public static bool operator ==(ValueArray<T> left, ValueArray<T> right) => left.Equals(right);

    /// <summary>Whether the arrays differ in length or in an element.</summary>
    /// <param name="left">The first array.</param>
    /// <param name="right">The second array.</param>
    public static bool operator !=(ValueArray<T> left, ValueArray<T> right) => !left.Equals(right);

    /// <summary>Enumerates the elements of a <see cref="ValueArray{T}"/>.</summary>
    public struct Enumerator
    {
        private readonly T[] _items;
        private int _index;

        internal Enumerator(T[] items)
        {
            _items = items;
            _index = -1;
        }

        /// <summary>The element at the current position.</summary>
        public readonly T Current => _items[_index];

        /// <summary>Advances to the next element.</summary>
        /// <returns>Whether there was a next element.</returns>
        public bool MoveNext() => ++_index < _items.Length;
    }

    /// <summary>Wraps a copy of an array.</summary>
    /// <param name="items">The elements; null gives the empty array.</param>
    public static implicit operator ValueArray<T>(T[]? items) =>
        items is null || items.Length == 0 ? default : Wrap((T[])items.Clone());

    /// <summary>Wraps a copy of an <see cref="ImmutableArray{T}"/>.</summary>
    /// <param name="items">The elements.</param>
    public static implicit operator ValueArray<T>(ImmutableArray<T> items) =>
        items.IsDefaultOrEmpty ? default : Wrap([.. items]);
}

/// <summary>Creates <see cref="ValueArray{T}"/> instances; used by collection expressions.</summary>
public static class ValueArray
{
    /// <summary>Creates an array holding a copy of <paramref name="items"/>.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="items">The elements, in order.</param>
    public static ValueArray<T> Create<T>(ReadOnlySpan<T> items) =>
        items.IsEmpty ? default : ValueArray<T>.Wrap(items.ToArray());

    /// <summary>Creates an array holding a copy of <paramref name="items"/>.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="items">The elements, in order.</param>
    public static ValueArray<T> ToValueArray<T>(this IEnumerable<T> items) => new(items);
}
