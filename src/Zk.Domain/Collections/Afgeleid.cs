namespace Zk.Domain.Collections;

/// <summary>
/// A value derived from the immutable instance that holds it in a field (its index, a check's answer), made on first
/// use and then kept with it. It takes no part in the holder's equality or hash code (every two are equal), and the
/// holder's copy constructor leaves it out, so a copy made by <c>with</c> derives its own.
/// </summary>
/// <remarks>
/// Thread-safe: threads that race may each make the value, one is published and all see that one. The field that
/// holds it must not be readonly (a readonly struct field would be copied on every call and never keep the value).
/// </remarks>
/// <typeparam name="T">The derived value's type.</typeparam>
internal struct Afgeleid<T> : IEquatable<Afgeleid<T>>
    where T : class
{
    private T? _waarde;

    /// <summary>The value, made by <paramref name="maak"/> from <paramref name="bron"/> on first use.</summary>
    public T Of<TBron>(TBron bron, Func<TBron, T> maak)
    {
        if (Volatile.Read(ref _waarde) is { } waarde)
        {
            return waarde;
        }

        var gemaakt = maak(bron);
        return Interlocked.CompareExchange(ref _waarde, gemaakt, null) ?? gemaakt;
    }

    /// <inheritdoc/>
    public readonly bool Equals(Afgeleid<T> other) => true;

    /// <inheritdoc/>
    public override readonly bool Equals(object? obj) => obj is Afgeleid<T>;

    /// <inheritdoc/>
    public override readonly int GetHashCode() => 0;
}
