using System.Diagnostics.CodeAnalysis;

namespace Zk.Domain.Documenten;

/// <summary>
/// The outcome of reading a document without exceptions (<c>TryLoadAsync</c>): the value read, or the
/// <see cref="DocumentError"/> saying where and why reading failed.
/// </summary>
/// <typeparam name="T">What the document holds, e.g. a <see cref="Werkplannen.Werkplan"/>.</typeparam>
/// <remarks>Exactly one of <see cref="Value"/> and <see cref="Error"/> is set. Immutable and thread-safe.</remarks>
public sealed class DocumentLoadResult<T>
    where T : class
{
    private DocumentLoadResult(T? value, DocumentError? error)
    {
        Value = value;
        Error = error;
    }

    /// <summary>Whether the document was read (then <see cref="Value"/> is set, otherwise <see cref="Error"/>).</summary>
    [MemberNotNullWhen(true, nameof(Value))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool Success => Value is not null;

    /// <summary>The value read; null when reading failed.</summary>
    public T? Value { get; }

    /// <summary>Where and why reading failed: the first error in document order; null when the document was read.</summary>
    public DocumentError? Error { get; }

    /// <summary>A successful result.</summary>
    /// <param name="value">The value read.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    public static DocumentLoadResult<T> ForValue(T value) => new(value ?? throw new ArgumentNullException(nameof(value)), null);

    /// <summary>A failed result.</summary>
    /// <param name="error">Where and why reading failed.</param>
    /// <exception cref="ArgumentNullException"><paramref name="error"/> is null.</exception>
    public static DocumentLoadResult<T> ForError(DocumentError error) => new(null, error ?? throw new ArgumentNullException(nameof(error)));

    /// <summary>The value read, or the error as the exception <c>Load</c> throws.</summary>
    /// <exception cref="WerkplanDocumentException">Reading failed; its <see cref="WerkplanDocumentException.Error"/> is <see cref="Error"/>.</exception>
    public T GetValueOrThrow() => Success ? Value : throw new WerkplanDocumentException(Error);

    /// <summary>The value read, or the error, as out parameters (as <c>TryLoad</c>).</summary>
    /// <param name="value">The value, when reading succeeded.</param>
    /// <param name="error">The error, when it failed.</param>
    /// <returns><see cref="Success"/>.</returns>
    public bool TryGetValue([NotNullWhen(true)] out T? value, [NotNullWhen(false)] out DocumentError? error)
    {
        value = Value;
        error = Error;
        return Success;
    }

    /// <summary>The value's or the error's text.</summary>
    public override string ToString() => Success ? Value.ToString() ?? string.Empty : Error.ToString();
}
