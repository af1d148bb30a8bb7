using System.Buffers;
using System.Buffers.Binary;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using System.Text.Unicode;

namespace Zk.Domain.Documenten.Json;

/// <summary>
/// The state of one load: per element its slots, per list type a buffer, the shared strings, the JSON path to the
/// value being read, and the first error. Not thread-safe: a load rents one (<see cref="Rent"/>) and gives it back
/// cleared (<see cref="Return"/>), so a thread's loads reuse their slots and buffers.
/// </summary>
/// <remarks>
/// One state per element type and one buffer per list type suffice because no element of the format contains
/// an element of its own type (checked by a test of the description).
/// </remarks>
internal sealed class LeesContext
{
    private const int MaxShared = 64;

    private readonly Dictionary<string, string> _shared = new(StringComparer.Ordinal);
#if NET9_0_OR_GREATER
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _lookup;
#endif
    private object?[] _states = new object?[32];
    private object?[] _buffers = new object?[16];
    // The error's JSON path, innermost segment first: each level a failure returns through adds its own, so a read
    // that succeeds keeps no path at all.
    private readonly List<(string? Name, int Index)> _terug = [];

    // The context a thread's last load gave back: what a small document would otherwise spend most of its
    // allocations on (a state per element, a buffer per list kind, the table of shared strings).
    [ThreadStatic]
    private static LeesContext? _vrij;

#if NET9_0_OR_GREATER
    private LeesContext() => _lookup = _shared.GetAlternateLookup<ReadOnlySpan<char>>();
#else
    private LeesContext()
    {
    }
#endif

    // A document up to this size reuses the thread's context. A larger one gets a context of its own: its load runs
    // through several collections, and a long-lived context's slots and buffers, written with every object read, would
    // make each of them scan that context (the reuse saved less than that cost, measured at 10,000 actions).
    private const int MaxHergebruik = 256 * 1024;

    /// <summary>A cleared context for one load of <paramref name="lengte"/> bytes on this thread.</summary>
    public static LeesContext Rent(int lengte)
    {
        if (lengte > MaxHergebruik)
        {
            return new LeesContext { _eigen = true };
        }

        var c = _vrij ?? new LeesContext();
        _vrij = null;
        return c;
    }

    // Made for one large document: not kept after it.
    private bool _eigen;

    /// <summary>
    /// Gives <paramref name="c"/> back after its load, cleared: no value read stays reachable from it; buffers that grew
    /// large and a large table of shared strings are let go rather than kept.
    /// </summary>
    public static void Return(LeesContext c)
    {
        if (c._eigen)
        {
            return;
        }

        c.Versie = 0;
        c.AlleenVersie2 = null;
        c.Fout = null;
        c._terug.Clear();
        if (c._shared.Count + c._ascii > 4 * 1024)
        {
            return; // a thread keeps no large table; the next load makes a new context
        }

        c._shared.Clear();
        if (c._asciiTabel.Length > 1024)
        {
            c._asciiTabel = new AsciiPlek[256]; // grown by a large document: not cleared for every load after it
        }
        else if (c._ascii > 0)
        {
            Array.Clear(c._asciiTabel);
        }

        c._ascii = 0;

        foreach (var state in c._states)
        {
            (state as IState)?.Clear();
        }

        for (var i = 0; i < c._buffers.Length; i++)
        {
            if (c._buffers[i] is IBuffer { Leeg: false })
            {
                c._buffers[i] = null; // left filled by a failed read, or grown large: not kept
            }
        }

        _vrij = c;
    }

    private interface IState
    {
        void Clear();
    }

    private interface IBuffer
    {
        /// <summary>Empty and not grown beyond what a thread keeps.</summary>
        bool Leeg { get; }
    }

    private sealed class Lijstbuffer<T> : List<T>, IBuffer
    {
        public bool Leeg => Count == 0 && Capacity <= 16 * 1024;
    }

    /// <summary>The major version of the document's format once its <c>formaat</c> field is read (1 or 2); 0 before.</summary>
    public int Versie { get; set; }

    /// <summary>
    /// What was read before the format field that only <c>zk-werkplan/2</c> allows (a stage outside Zuid-Kennemerland's
    /// profile, a field version 2 added), or null: a <c>zk-werkplan/1</c> document is then refused as a whole.
    /// </summary>
    public string? AlleenVersie2 { get; set; }

    /// <summary>Whether an error was recorded.</summary>
    public bool Failed => Fout is not null;

    /// <summary>The first error: its message, code and the offset of the offending token.</summary>
    public (Tekst Bericht, string? Code, long Offset)? Fout { get; private set; }

    public sealed class ElementState<T> : IState
    {
        public ElementState(Veld<T>[] velden, LeesContext context)
        {
            Slots = new Slot[velden.Length];
            Velden = new(velden, Slots, context);
        }

        public Slot[] Slots { get; }

        public Velden<T> Velden { get; }

        public void Clear() => Array.Clear(Slots);
    }

    // The casts below cannot fail (a state is made for its element, a buffer for its list kind) and go unchecked:
    // they run for every object and every list read.

    /// <summary>The state of the element numbered <paramref name="id"/> in this load, or null before its first object.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public object? StateAt(int id) => (uint)id < (uint)_states.Length ? _states[id] : null;

    /// <summary>Makes the state of <paramref name="element"/> (its first object in this context).</summary>
    public ElementState<T> NewState<T>(Element<T> element, Veld<T>[] velden)
    {
        if (element.Id >= _states.Length)
        {
            Array.Resize(ref _states, Math.Max(element.Id + 1, _states.Length * 2));
        }

        var state = new ElementState<T>(velden, this);
        _states[element.Id] = state;
        return state;
    }

    private static int _laatsteBuffer = -1;

    /// <summary>A number for a new kind of list buffer.</summary>
    public static int NewBufferIndex() => Interlocked.Increment(ref _laatsteBuffer);

    /// <summary>The list buffer numbered <paramref name="index"/> (made on its first use in this context).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public List<T> Buffer<T>(int index) =>
        (uint)index < (uint)_buffers.Length && _buffers[index] is { } buffer ? Unsafe.As<List<T>>(buffer) : NewBuffer<T>(index);

    [MethodImpl(MethodImplOptions.NoInlining)]
    private List<T> NewBuffer<T>(int index)
    {
        if (index >= _buffers.Length)
        {
            Array.Resize(ref _buffers, Math.Max(index + 1, _buffers.Length * 2));
        }

        return Unsafe.As<List<T>>(_buffers[index] ??= new Lijstbuffer<T>());
    }

    /// <summary>On the way out of a failed read: the field the error lies in; returns false.</summary>
    public bool Unwind(string name)
    {
        _terug.Add((name, -1));
        return false;
    }

    /// <summary>On the way out of a failed read: the list element the error lies in; returns false.</summary>
    public bool Unwind(int index)
    {
        _terug.Add((null, index));
        return false;
    }

    /// <summary>The string value at the reader; null (and the error recorded) when it is not valid text.</summary>
    public string? Text(ref Utf8JsonReader r)
    {
        try
        {
            var text = r.GetString();
            return text is { Length: > WerkplanDocument.MaxStringLength } ? TeLang(ref r, text.Length) : text;
        }
        catch (InvalidOperationException)
        {
            // Invalid UTF-8, or an escape for an unpaired surrogate: the reader's only way to say so.
            Fail(ref r, Melding.OngeldigeTekst);
            return null;
        }
    }

    /// <summary>
    /// Whether the string at the reader is <paramref name="tekst"/>, told from its bytes without decoding them: a plain
    /// (unescaped) ASCII string of the same characters; false for anything else, which the caller then reads as usual.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Herhaalt(ref Utf8JsonReader r, string tekst)
    {
        var utf8 = r.ValueSpan;
        return utf8.Length == tekst.Length && !r.ValueIsEscaped && !r.HasValueSequence && Ascii.Equals(utf8, tekst);
    }

    /// <summary>
    /// Whether the string or field name at the reader is <paramref name="utf8"/>: <see cref="Utf8JsonReader.ValueTextEquals(ReadOnlySpan{byte})"/>,
    /// but false rather than an exception for an escape the reader cannot unescape (<c>\ud800</c>, an unpaired
    /// surrogate): such a value equals no name of the format, and the caller's error names it.
    /// </summary>
    public static bool TekstGelijk(ref Utf8JsonReader r, ReadOnlySpan<byte> utf8)
    {
        try
        {
            return r.ValueTextEquals(utf8);
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    /// <inheritdoc cref="TekstGelijk(ref Utf8JsonReader, ReadOnlySpan{byte})"/>
    public static bool TekstGelijk(ref Utf8JsonReader r, string tekst)
    {
        try
        {
            return r.ValueTextEquals(tekst);
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    // A string beyond the format's limit: the error, and null.
    private string? TeLang(ref Utf8JsonReader r, int lengte)
    {
        Fail(ref r, Melding.TekstTeLang, ("tekst", Tekst.Letterlijk(lengte.ToString("N0", CultureInfo.InvariantCulture))), ("max", Tekst.Letterlijk(WerkplanDocument.MaxStringLength.ToString("N0", CultureInfo.InvariantCulture))));
        return null;
    }

    /// <summary>
    /// Whether a list that holds <paramref name="lengte"/> elements may take one more; false (and the error recorded at
    /// the reader's element, which the caller unwinds with its index) when it is full.
    /// </summary>
    public bool RuimteInLijst(ref Utf8JsonReader r, int lengte) => lengte < WerkplanDocument.MaxListLength || LijstVol(ref r);

    // Out of line: the message's values would otherwise be set up on every element of every list.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private bool LijstVol(ref Utf8JsonReader r) =>
        Fail(ref r, Melding.LijstTeLang, ("max", Tekst.Letterlijk(WerkplanDocument.MaxListLength.ToString("N0", CultureInfo.InvariantCulture))));

    // A string of a small set that recurs throughout the document (party and main task ids, units, sources,
    // meeting ids): one instance per value in the load. Ids of large sets (actions, links) are not shared:
    // lookups in a large table cost more time than the allocations they save.
    public string? Shared(ref Utf8JsonReader r)
    {
        var utf8 = r.ValueSpan;
        if (r.ValueIsEscaped || r.HasValueSequence || utf8.Length > MaxShared)
        {
            return Text(ref r);
        }

        // An ASCII string (nearly every id) is looked up by its bytes, without decoding them: a string found has
        // exactly these bytes (Ascii.Equals holds only for ASCII of the same length). Probing is bounded, so that
        // ids made to collide cost no more than reading each as a string of its own.
        var tabel = _asciiTabel;
        var mask = tabel.Length - 1;
        var hash = AsciiHash(utf8);
        var i = (int)hash & mask;
        for (var stap = 0; stap < MaxStappen; stap++)
        {
            ref var plek = ref tabel[i];
            if (plek.Tekst is not { } tekst)
            {
                return Ascii.IsValid(utf8) ? NieuwAscii(utf8, hash, ref plek) : SharedUtf8(ref r, utf8);
            }

            if (plek.Hash == hash && Ascii.Equals(utf8, tekst))
            {
                return tekst;
            }

            i = (i + 1) & mask;
        }

        return SharedUtf8(ref r, utf8);
    }

    private const int MaxStappen = 8;

    // The shared ASCII strings by the hash of their bytes (open addressing, linear probing, a power of two entries
    // kept at most half full), and how many there are.
    private AsciiPlek[] _asciiTabel = new AsciiPlek[256];
    private int _ascii;

    private struct AsciiPlek
    {
        public string? Tekst;
        public uint Hash;
    }

    // A hash of at most MaxShared bytes: 8 bytes at a time, then the rest.
    private static uint AsciiHash(ReadOnlySpan<byte> utf8)
    {
        const ulong Factor = 0x9E3779B97F4A7C15;
        var h = (ulong)utf8.Length * Factor;
        var i = 0;
        for (; i + 8 <= utf8.Length; i += 8)
        {
            h = (h ^ BinaryPrimitives.ReadUInt64LittleEndian(utf8[i..])) * Factor;
            h ^= h >> 29;
        }

        ulong rest = 0;
        for (; i < utf8.Length; i++)
        {
            rest = (rest << 8) | utf8[i];
        }

        h = (h ^ rest) * Factor;
        return (uint)(h >> 32) ^ (uint)h;
    }

    // A new ASCII string in the empty entry the lookup ended at (the table grows when it gets half full).
    [MethodImpl(MethodImplOptions.NoInlining)]
    private string NieuwAscii(ReadOnlySpan<byte> utf8, uint hash, ref AsciiPlek plek)
    {
        var tekst = Encoding.ASCII.GetString(utf8);
        if (_shared.Count > 0 && _shared.TryGetValue(tekst, out var bekend))
        {
            tekst = bekend; // shared by its text before (its probe once found no place): the same string stays in use
        }

        plek.Tekst = tekst;
        plek.Hash = hash;
        if (++_ascii * 2 > _asciiTabel.Length)
        {
            Groei();
        }

        return tekst;
    }

    private void Groei()
    {
        var oud = _asciiTabel;
        var tabel = new AsciiPlek[oud.Length * 2];
        var mask = tabel.Length - 1;
        foreach (var plek in oud)
        {
            if (plek.Tekst is not null)
            {
                var i = (int)plek.Hash & mask;
                while (tabel[i].Tekst is not null)
                {
                    i = (i + 1) & mask;
                }

                tabel[i] = plek;
            }
        }

        _asciiTabel = tabel;
    }

    // A string that is not ASCII (or whose probe found no place): decoded, and shared by its text.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private string? SharedUtf8(ref Utf8JsonReader r, ReadOnlySpan<byte> utf8)
    {
        Span<char> buffer = stackalloc char[MaxShared];
        if (Utf8.ToUtf16(utf8, buffer, out _, out var written, replaceInvalidSequences: false) != OperationStatus.Done)
        {
            Fail(ref r, Melding.OngeldigeTekst);
            return null;
        }

        var chars = buffer[..written];
#if NET9_0_OR_GREATER
        if (_lookup.TryGetValue(chars, out var shared))
        {
            return shared;
        }

        shared = new string(chars);
#else
        // .NET 8 has no span lookup into a dictionary: the string is made first (the net10.0 build avoids it).
        var shared = new string(chars);
        if (_shared.TryGetValue(shared, out var known))
        {
            return known;
        }
#endif
        _shared.Add(shared, shared);
        return shared;
    }

    /// <summary>Records an error at the reader's token; returns false for the caller to return.</summary>
    public bool Fail(ref Utf8JsonReader r, Melding melding, params ReadOnlySpan<(string Naam, Tekst Waarde)> waarden) =>
        Record(Meldingen.Format(melding, waarden), null, r.TokenStartIndex);

    /// <summary>Records an error with a rule code at the reader's token.</summary>
    public bool FailRule(ref Utf8JsonReader r, Melding melding, string code, params ReadOnlySpan<(string Naam, Tekst Waarde)> waarden) =>
        Record(Meldingen.Format(melding, waarden), code, r.TokenStartIndex);

    /// <summary>"Expected …; found …" at the reader's token; with <paramref name="valueFound"/> a string is quoted rather than named.</summary>
    public bool FailExpected(ref Utf8JsonReader r, Tekst verwacht, bool valueFound = false) =>
        Fail(ref r, Melding.VerwachtGevonden, ("verwacht", verwacht), ("gevonden", Found(ref r, valueFound)));

    /// <summary>An error about the field name the reader is at: the path names the field.</summary>
    public bool FailAtName(ref Utf8JsonReader r, Melding melding)
    {
        var name = NameText(ref r);
        Record(Meldingen.Format(melding, ("veld", Tekst.Letterlijk(name))), null, r.TokenStartIndex);
        return Unwind(name);
    }

    /// <summary>Missing required fields of the object that starts at <paramref name="start"/>.</summary>
    public bool FailMissing(long start, IReadOnlyList<Veld> velden, ulong missing)
    {
        var names = new List<string>();
        for (var i = 0; i < velden.Count; i++)
        {
            if ((missing & (1ul << i)) != 0)
            {
                names.Add("'" + velden[i].Naam + "'");
            }
        }

        return Record(Meldingen.Format(Melding.VerplichtOntbreekt, ("veld", Tekst.Letterlijk(string.Join(", ", names)))), null, start);
    }

    /// <summary>An error about the object that starts at <paramref name="start"/> as a whole.</summary>
    public bool FailAt(long start, Melding melding, string? code, ReadOnlySpan<(string Naam, Tekst Waarde)> waarden) =>
        Record(Meldingen.Format(melding, waarden), code, start);

    private bool Record(Tekst bericht, string? code, long offset)
    {
        Fout ??= (bericht, code, offset);
        return false;
    }

    private static string NameText(ref Utf8JsonReader r)
    {
        try
        {
            return r.GetString() ?? string.Empty;
        }
        catch (InvalidOperationException)
        {
            return Encoding.UTF8.GetString(r.ValueSpan);
        }
    }

    /// <summary>What the reader is at, for "found …": the kind of token, or with <paramref name="valueFound"/> a string's text in quotes.</summary>
    public static Tekst Found(ref Utf8JsonReader r, bool valueFound = false, bool rawNumber = false)
    {
        switch (r.TokenType)
        {
            case JsonTokenType.String when valueFound:
                return Tekst.Letterlijk("'" + NameText(ref r) + "'");
            case JsonTokenType.Number when rawNumber:
                return Tekst.Letterlijk(Encoding.UTF8.GetString(r.HasValueSequence ? r.ValueSequence.ToArray() : r.ValueSpan));
            default:
                return Kind(r.TokenType);
        }
    }

    /// <summary>A token's kind with its article.</summary>
    public static Tekst Kind(JsonTokenType token) => token switch
    {
        JsonTokenType.StartObject => new("an object", "een object"),
        JsonTokenType.StartArray => new("an array", "een lijst"),
        JsonTokenType.Number => new("a number", "een getal"),
        JsonTokenType.True or JsonTokenType.False => new("a boolean", "een waarheidswaarde"),
        JsonTokenType.Null => new("null", "null"),
        JsonTokenType.String => new("a string", "een tekst"),
        _ => new("a token " + token, "een token " + token),
    };

    /// <summary>The JSON path of the error, from the segments the failed read returned through.</summary>
    public string Pad
    {
        get
        {
            var pad = new StringBuilder("$");
            for (var i = _terug.Count - 1; i >= 0; i--)
            {
                if (_terug[i].Name is { } name)
                {
                    AppendName(pad, name);
                }
                else
                {
                    pad.Append('[').Append(_terug[i].Index.ToString(CultureInfo.InvariantCulture)).Append(']');
                }
            }

            return pad.ToString();
        }
    }

    /// <summary>Appends <c>.name</c>, or <c>['name']</c> for a name with characters a dotted path cannot hold.</summary>
    internal static void AppendName(StringBuilder pad, string name)
    {
        if (name.AsSpan().IndexOfAny(Zoekwaarden.Bijzonder) >= 0)
        {
            pad.Append("['").Append(name).Append("']");
        }
        else
        {
            pad.Append('.').Append(name);
        }
    }
}
