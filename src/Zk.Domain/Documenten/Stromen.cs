using System.Globalization;

namespace Zk.Domain.Documenten;

/// <summary>
/// Reads a document from a caller's stream for <c>Load(Stream)</c> and <c>LoadAsync</c>: at most
/// <see cref="WerkplanDocument.MaxFileSize"/> bytes, whatever the stream is (seekable or not, one that refuses synchronous
/// reads, one that fails or lies about its counts). Every failure of the stream becomes one
/// <see cref="WerkplanDocumentException"/> naming the source; only a cancellation the caller asked for escapes, as
/// <see cref="OperationCanceledException"/>.
/// </summary>
internal static class Stromen
{
    private const int Blok = 81920;

    // The stream's bytes up to its end (synchronous reads), or the one documented exception.
    public static ArraySegment<byte> Lees(Stream stream, string source)
    {
        try
        {
            var buffer = new Buffer(Verwacht(stream, source), source);
            while (true)
            {
                var ruimte = buffer.Ruimte();
                var gelezen = stream.Read(ruimte.Array!, ruimte.Offset, ruimte.Count);
                if (!buffer.Neem(gelezen, ruimte.Count))
                {
                    return buffer.Inhoud;
                }
            }
        }
        catch (WerkplanDocumentException)
        {
            throw;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            throw Onleesbaar(source, e, synchroon: true);
        }
    }

    // The stream's bytes up to its end (asynchronous reads only), or the one documented exception; an
    // OperationCanceledException only when cancellationToken asked for it.
    public static async Task<ArraySegment<byte>> LeesAsync(Stream stream, string source, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        try
        {
            var buffer = new Buffer(Verwacht(stream, source), source);
            while (true)
            {
                var ruimte = buffer.Ruimte();
                var gelezen = await stream.ReadAsync(ruimte.AsMemory(), cancellationToken).ConfigureAwait(false);
                cancellationToken.ThrowIfCancellationRequested();
                if (!buffer.Neem(gelezen, ruimte.Count))
                {
                    return buffer.Inhoud;
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (WerkplanDocumentException)
        {
            throw;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            throw Onleesbaar(source, e, synchroon: false);
        }
    }

    // How many bytes the stream says are left (refusing a stream that says more than allowed), or null when it cannot say.
    private static long? Verwacht(Stream stream, string source)
    {
        long over;
        try
        {
            if (!stream.CanSeek)
            {
                return null;
            }

            over = stream.Length - stream.Position;
        }
        catch (Exception e) when (e is IOException or NotSupportedException or ObjectDisposedException or InvalidOperationException)
        {
            // A stream that claims to seek but cannot tell its length: read it and count.
            return null;
        }

        return over > WerkplanDocument.MaxFileSize ? throw TeGroot(source) : Math.Max(0, over);
    }

    private static WerkplanDocumentException Onleesbaar(string source, Exception e, bool synchroon)
    {
        var hint = synchroon && e is NotSupportedException or InvalidOperationException
            ? " (a stream that refuses synchronous reads needs LoadAsync)"
            : string.Empty;
        var hintNl = hint.Length == 0 ? string.Empty : " (een stroom die synchroon lezen weigert vraagt om LoadAsync)";
        return new WerkplanDocumentException(
            new DocumentError(source, "$", null, null, "Cannot read the stream" + hint + ": " + e.Message)
            {
                MessageNl = "Kan de stroom niet lezen" + hintNl + ": " + e.Message,
            },
            e);
    }

    private static WerkplanDocumentException TeGroot(string source)
    {
        var mib = (WerkplanDocument.MaxFileSize / (1024 * 1024)).ToString(CultureInfo.InvariantCulture);
        return new WerkplanDocumentException(
            new DocumentError(source, "$", null, null, $"The stream holds more than {mib} MiB, the most a document may be.")
            {
                MessageNl = $"De stroom bevat meer dan {mib} MiB, het meeste dat een document mag zijn.",
            });
    }

    // A growing buffer that holds at most MaxFileSize + 1 bytes (one more than allowed, to see a stream that is too large).
    private sealed class Buffer(long? verwacht, string source)
    {
        private byte[] bytes = new byte[verwacht is { } v ? (int)Math.Min(v + 1, WerkplanDocument.MaxFileSize + 1) : Blok];
        private int lengte;

        public ArraySegment<byte> Inhoud => new(bytes, 0, lengte);

        // Where the next read goes: never empty (a read of zero bytes means the end of the stream).
        public ArraySegment<byte> Ruimte()
        {
            if (lengte == bytes.Length)
            {
                var groter = (int)Math.Min(Math.Max((long)bytes.Length * 2, Blok), WerkplanDocument.MaxFileSize + 1);
                Array.Resize(ref bytes, groter);
            }

            return new ArraySegment<byte>(bytes, lengte, bytes.Length - lengte);
        }

        // Takes the count a read returned; false at the end of the stream. A count outside 0..gevraagd is the stream's fault.
        public bool Neem(int gelezen, int gevraagd)
        {
            if (gelezen < 0 || gelezen > gevraagd)
            {
                throw new IOException(string.Create(CultureInfo.InvariantCulture, $"The stream reported reading {gelezen} bytes of {gevraagd} asked."));
            }

            if (gelezen == 0)
            {
                return false;
            }

            lengte += gelezen;
            if (lengte > WerkplanDocument.MaxFileSize)
            {
                throw TeGroot(source);
            }

            return true;
        }
    }
}
