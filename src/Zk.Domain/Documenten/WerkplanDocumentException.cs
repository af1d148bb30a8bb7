namespace Zk.Domain.Documenten;

/// <summary>
/// The one exception the document loader throws: the bytes are not a readable work plan document (missing
/// or unreadable file, not JSON, wrong shape, unknown or duplicate field, unsupported format version,
/// invalid date). <see cref="Error"/> says where and what.
/// </summary>
/// <remarks>An inconsistent but readable plan is not an error of the document: the consistency rules report it as findings.</remarks>
public sealed class WerkplanDocumentException : Exception
{
    /// <summary>Creates the exception for <paramref name="error"/>.</summary>
    /// <param name="error">Where and what.</param>
    /// <param name="innerException">The underlying exception, if any.</param>
    public WerkplanDocumentException(DocumentError error, Exception? innerException = null)
        : base((error ?? throw new ArgumentNullException(nameof(error))).ToString(), innerException) => Error = error;

    /// <summary>Where the document went wrong and what was wrong.</summary>
    public DocumentError Error { get; }
}
