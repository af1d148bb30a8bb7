using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;

namespace Zk.Domain.Documenten;

/// <summary>
/// Reads a document file for <c>LoadFile</c> (plan, scenario, calendar): only a regular file of at most
/// <see cref="WerkplanDocument.MaxFileSize"/> bytes. A directory, a FIFO, a device (<c>/dev/zero</c>), a socket, a missing
/// or unreadable file and a larger file are refused with one <see cref="WerkplanDocumentException"/> naming the file,
/// before anything is read from it: a FIFO without a writer never blocks the load, a device never fills the memory.
/// </summary>
internal static class Invoerbestand
{
    // The file kinds of the runtime's own stat (System.Native normalises them to these values on every Unix).
    private const int SoortMasker = 0xF000;
    private const int Gewoon = 0x8000;

    private const int Blok = 81920;

    public static byte[] Lees(string path)
    {
        if (path.Length == 0 || path.Contains('\0', StringComparison.Ordinal))
        {
            throw Fout(path, "The file name is empty or holds a NUL character.", "De bestandsnaam is leeg of bevat een NUL-teken.");
        }

        if (Directory.Exists(path))
        {
            throw Fout(path, "This is a directory, not a file.", "Dit is een map, geen bestand.");
        }

        if (!File.Exists(path))
        {
            throw Fout(path, "The file does not exist.", "Het bestand bestaat niet.");
        }

        if (Soort(path) is { } soort && soort != Gewoon)
        {
            throw Fout(
                path,
                "This is not a regular file (a FIFO, a device or a socket); give a file.",
                "Dit is geen gewoon bestand (een FIFO, een apparaat of een socket); geef een bestand.");
        }

        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
            var verwacht = stream.CanSeek ? stream.Length : 0;
            if (verwacht > WerkplanDocument.MaxFileSize)
            {
                throw TeGroot(path);
            }

            // One array of the file's size, read in place (no second copy: a 100,000-action plan is 219 MiB). Only when
            // a full array is followed by more bytes (a file that grows while it is read) does it grow, up to one byte more
            // than allowed: such a file is refused past the limit too.
            var bytes = new byte[stream.CanSeek ? verwacht : Blok];
            var proef = new byte[1];
            var lengte = 0;
            while (true)
            {
                if (lengte == bytes.Length)
                {
                    if (stream.Read(proef, 0, 1) == 0)
                    {
                        break;
                    }

                    Array.Resize(ref bytes, (int)Math.Min(Math.Max(2L * bytes.Length, Blok), WerkplanDocument.MaxFileSize + 1));
                    bytes[lengte++] = proef[0];
                }
                else
                {
                    var gelezen = stream.Read(bytes, lengte, bytes.Length - lengte);
                    if (gelezen == 0)
                    {
                        break;
                    }

                    lengte += gelezen;
                }

                if (lengte > WerkplanDocument.MaxFileSize)
                {
                    throw TeGroot(path);
                }
            }

            if (lengte != bytes.Length)
            {
                Array.Resize(ref bytes, lengte);
            }

            return bytes;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            var missing = e is FileNotFoundException or DirectoryNotFoundException;
            var geweigerd = e is UnauthorizedAccessException;
            throw new WerkplanDocumentException(
                new DocumentError(
                    path,
                    "$",
                    null,
                    null,
                    missing ? "The file does not exist." : geweigerd ? "The file may not be read (permission denied)." : "Cannot read the file: " + e.Message)
                {
                    MessageNl = missing ? "Het bestand bestaat niet." : geweigerd ? "Het bestand mag niet gelezen worden (geen toestemming)." : "Kan het bestand niet lezen: " + e.Message,
                },
                e);
        }
    }

    private static WerkplanDocumentException TeGroot(string path)
    {
        var mib = (WerkplanDocument.MaxFileSize / (1024 * 1024)).ToString(CultureInfo.InvariantCulture);
        return Fout(path, $"The file is larger than {mib} MiB, the most a document may be.", $"Het bestand is groter dan {mib} MiB, het meeste dat een document mag zijn.");
    }

    private static WerkplanDocumentException Fout(string path, string en, string nl) =>
        new(new DocumentError(path, "$", null, null, en) { MessageNl = nl });

    // The file's kind on Unix, from the runtime's own stat; null where that is not available (Windows, or a host
    // without the runtime's native library): the size check and the read then still bound what is read.
    private static int? Soort(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            return null;
        }

        try
        {
            var naam = new byte[Encoding.UTF8.GetByteCount(path) + 1];
            Encoding.UTF8.GetBytes(path, naam);
            var status = new byte[256];
            return Stat(naam, status) == 0 ? BitConverter.ToInt32(status, 4) & SoortMasker : null;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException or MarshalDirectiveException)
        {
            return null;
        }
    }

    // int SystemNative_Stat(const char* path, FileStatus* output): FileStatus starts with int Flags, int Mode. The buffer
    // is larger than the structure of any runtime version.
    [DllImport("libSystem.Native", EntryPoint = "SystemNative_Stat")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int Stat(byte[] path, byte[] status);
}
