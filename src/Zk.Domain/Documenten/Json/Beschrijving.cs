using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Zk.Domain.Collections;

namespace Zk.Domain.Documenten.Json;

// The machinery behind the one description of the document format (WerkplanFormaat): an element is a JSON
// object with its fields in document order; a field is a wire name, whether it is required, a value kind (how
// a JSON value reads into the model and how it writes from it) and the model property it holds. The reader
// (Element<T>.TryRead), the writer (Element<T>.Write) and the JSON Schema (SchemaGenerator) all walk the same
// fields; nothing else knows the format.

/// <summary>A value read from the document and not yet in the model: a reference, a number, or a decimal.</summary>
internal struct Slot
{
    /// <summary>The slot of a field not in the document (never written: a non-generic static, reached without a lookup).</summary>
    internal static readonly Slot[] Leeg = new Slot[1];

    public object? Ref;
    public long Num;
    public decimal Dec;
    public bool HasValue;
}

/// <summary>What a value kind means for a <c>zk-werkplan/1</c> document, for the schema's version 1 constraints.</summary>
internal enum Versie1
{
    /// <summary>The same as in version 2.</summary>
    Vrij,

    /// <summary>Version 2 added the field: a version 1 document cannot have it.</summary>
    Verboden,

    /// <summary>A stage: version 1 has only Zuid-Kennemerland's.</summary>
    Fase,

    /// <summary>An object of an element, whose fields may have constraints of their own.</summary>
    Object,

    /// <summary>A list of objects of an element.</summary>
    Lijst,
}

/// <summary>What a field holds: how its JSON value reads into a <see cref="Slot"/>, how it writes, what the schema says.</summary>
/// <typeparam name="T">The model's type for the value.</typeparam>
internal abstract class Waarde<T> : Waardelezer
{
    /// <summary>What the format expects here, e.g. "a string"; used in messages.</summary>
    public abstract Tekst Verwacht { get; }

    /// <summary>Whether the field is left out of the document for this value (an absent optional value).</summary>
    public virtual bool IsAbsent(T value) => value is null;

    /// <summary>The model's value from what <see cref="Waardelezer.Read"/> stored (a slot never read gives the field's default).</summary>
    public abstract T Get(in Slot slot);

    /// <summary>Writes the value; throws <see cref="Weigering"/> for a value the reader would refuse.</summary>
    public abstract void Write(Utf8JsonWriter w, T value);

    /// <summary>Writes the value's JSON Schema (the keywords inside the field's schema object).</summary>
    public abstract void Schema(SchemaSchrijver s);

    /// <summary>The elements this value contains, for the schema's definitions and the description's checks.</summary>
    public virtual IEnumerable<Element> Elementen => [];

    /// <summary>What the value means for a version 1 document.</summary>
    public virtual Versie1 Versie1 => Versie1.Vrij;

    /// <summary>This value kind as a field <c>zk-werkplan/2</c> added (<see cref="Waarden.AlleenVersie2{T}"/>), once made.</summary>
    internal Waarde<T>? AlsAlleenVersie2 { get; set; }

    /// <summary>This value kind, or null (<see cref="Waarden.Optioneel{TStruct}"/>: a <c>Waarde&lt;T?&gt;</c>), once made.</summary>
    internal object? AlsOptioneel { get; set; }
}

/// <summary>How a value kind reads, independent of the model type: what the reader calls per field (one virtual call).</summary>
internal abstract class Waardelezer
{
    /// <summary>
    /// Reads the value at the reader's current token; false when the error is recorded in <paramref name="c"/>.
    /// Slots are reused from object to object: a successful read sets every part of the slot that <c>Get</c> uses.
    /// </summary>
    public abstract bool Read(ref Utf8JsonReader r, LeesContext c, ref Slot slot);
}

/// <summary>A field of an element, independent of the model type.</summary>
internal abstract class Veld
{
    protected Veld(string naam, bool verplicht, string omschrijving, Waardelezer lezer, bool nullIsAbsent)
    {
        Lezer = lezer;
        NullIsAbsent = nullIsAbsent;
        Naam = naam;
        Utf8 = Encoding.UTF8.GetBytes(naam);
        Encoded = JsonEncodedText.Encode(naam, JavaScriptEncoder.UnsafeRelaxedJsonEscaping);
        Verplicht = verplicht;
        Omschrijving = omschrijving;
    }

    /// <summary>The wire name.</summary>
    public string Naam { get; }

    /// <summary>The wire name in UTF-8.</summary>
    public byte[] Utf8 { get; }

    /// <summary>The wire name as the writer writes it.</summary>
    public JsonEncodedText Encoded { get; }

    /// <summary>Whether the field must be present.</summary>
    public bool Verplicht { get; }

    /// <summary>What the field means, for the schema (English).</summary>
    public string Omschrijving { get; }

    /// <summary>Whether JSON null reads as an absent value (optional scalars and objects); lists and booleans refuse it.</summary>
    public bool NullIsAbsent { get; }

    /// <summary>How the field's value reads.</summary>
    public Waardelezer Lezer { get; }

    /// <summary>What the format expects here.</summary>
    public abstract Tekst Verwacht { get; }

    /// <summary>Reads the field's value at the reader's current token (JSON null as the field allows it).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool Read(ref Utf8JsonReader r, LeesContext c, ref Slot slot) =>
        r.TokenType == JsonTokenType.Null ? ReadNull(ref r, c, ref slot) : Lezer.Read(ref r, c, ref slot);

    // JSON null: an absent value where the field allows it, else the error (out of the per-field path that reads values).
    [MethodImpl(MethodImplOptions.NoInlining)]
    private bool ReadNull(ref Utf8JsonReader r, LeesContext c, ref Slot slot)
    {
        if (NullIsAbsent)
        {
            slot = default;
            return true;
        }

        return c.Fail(ref r, Melding.NullNietToegestaan, ("verwacht", Verwacht));
    }

    /// <summary>Writes the value's schema.</summary>
    public abstract void Schema(SchemaSchrijver s);

    /// <summary>The elements the value contains.</summary>
    public abstract IEnumerable<Element> Elementen { get; }

    /// <summary>What the value means for a version 1 document.</summary>
    public abstract Versie1 Versie1 { get; }
}

/// <summary>A field of an element of model type <typeparamref name="TModel"/>.</summary>
internal abstract class Veld<TModel>(string naam, bool verplicht, string omschrijving, Waardelezer lezer, bool nullIsAbsent)
    : Veld(naam, verplicht, omschrijving, lezer, nullIsAbsent)
{
    /// <summary>Writes the field (name and value) from the model, or nothing when the value is absent.</summary>
    public abstract void Write(Utf8JsonWriter w, TModel model);
}

/// <summary>A field: its name, whether it is required, its value kind, and the model property it holds.</summary>
internal sealed class Veld<TModel, TValue>(
    string naam, bool verplicht, Waarde<TValue> waarde, Func<TModel, TValue> get, string omschrijving, bool nullIsAbsent,
    Func<TValue, bool>? weglaten = null)
    : Veld<TModel>(naam, verplicht, omschrijving, waarde, nullIsAbsent)
{
    public Waarde<TValue> Waarde { get; } = waarde;

    public override Tekst Verwacht => Waarde.Verwacht;

    public override IEnumerable<Element> Elementen => Waarde.Elementen;

    public override Versie1 Versie1 => Waarde.Versie1;

    public override void Write(Utf8JsonWriter w, TModel model)
    {
        var value = get(model);
        if (weglaten is not null && weglaten(value))
        {
            return; // a sparse list: absent reads back as the same empty list
        }

        if (Waarde.IsAbsent(value))
        {
            // Only an optional field may be left out; a defaulted one would read back as its default, not as null.
            if (!NullIsAbsent)
            {
                throw new Weigering(Naam, "a value is required; the model holds null.");
            }

            return;
        }

        try
        {
            w.WritePropertyName(Encoded);
            Waarde.Write(w, value);
        }
        catch (Weigering e)
        {
            throw e.In(Naam);
        }
    }

    public override void Schema(SchemaSchrijver s)
    {
        s.Nullable = NullIsAbsent;
        Waarde.Schema(s);
    }
}

/// <summary>An element of the format: a JSON object, its fields in document order.</summary>
internal abstract class Element
{
    private static int _laatsteId = -1;

    protected Element(string naam, string omschrijving)
    {
        Naam = naam;
        Omschrijving = omschrijving;
        Id = Interlocked.Increment(ref _laatsteId);
    }

    /// <summary>The element's name (the schema's definition name), e.g. <c>actie</c>.</summary>
    public string Naam { get; }

    /// <summary>What the element is, for the schema (English).</summary>
    public string Omschrijving { get; }

    /// <summary>A number unique over all elements: the index of the element's state in a load.</summary>
    public int Id { get; }

    /// <summary>The fields, in document order.</summary>
    public abstract IReadOnlyList<Veld> AlleVelden { get; }
}

/// <summary>
/// An element read into and written from model type <typeparamref name="T"/>. Its fields are the calls that
/// <c>build</c> makes on <see cref="Velden{T}"/>, in order: the description runs <c>build</c> once to learn them,
/// and the reader runs it for every object it reads, to make the model from the values read.
/// </summary>
internal sealed class Element<T> : Element
{
    private readonly Func<Velden<T>, T> _build;
    private readonly Lazy<(Veld<T>[] Velden, ulong Verplicht)> _beschrijving;
    private Veld<T>[]? _velden;
    private ulong _verplicht;

    public Element(string naam, string omschrijving, Func<Velden<T>, T> build)
        : base(naam, omschrijving)
    {
        _build = build;
        _beschrijving = new(() =>
        {
            var velden = Velden<T>.Describe(build);
            var mask = 0ul;
            for (var i = 0; i < velden.Length; i++)
            {
                mask |= velden[i].Verplicht ? 1ul << i : 0;
            }

            return (velden, mask);
        });
    }

    public Veld<T>[] Velden => _beschrijving.Value.Velden;

    /// <summary>The element as a field's value: one object.</summary>
    public Waarde<T> AlsObject => field ??= Waarden.Object(this);

    /// <summary>The element as a field's value: a list of objects.</summary>
    public Waarde<Collections.ValueArray<T>> AlsLijst => field ??= Waarden.Lijst(this);

    public override IReadOnlyList<Veld> AlleVelden => Velden;

    /// <summary>Reads the object at the reader's current token into the model; false when the error is recorded in <paramref name="c"/>.</summary>
    public bool TryRead(ref Utf8JsonReader r, LeesContext c, out T value)
    {
        value = default!;
        if (r.TokenType != JsonTokenType.StartObject)
        {
            return c.Fail(ref r, Melding.VerwachtGevonden, ("verwacht", Waarden.ObjectVerwacht), ("gevonden", LeesContext.Found(ref r)));
        }

        var start = r.TokenStartIndex;
        var velden = _velden;
        if (velden is null)
        {
            (velden, _verplicht) = _beschrijving.Value;
            _velden = velden;
        }

        var verplicht = _verplicht;
        var state = c.StateAt(Id) is { } known ? Unsafe.As<LeesContext.ElementState<T>>(known) : c.NewState(this, velden);
        var slots = state.Slots;
        var seen = 0ul;
        var next = 0;
        while (true)
        {
            r.Read();
            if (r.TokenType == JsonTokenType.EndObject)
            {
                break;
            }

            var i = Find(ref r, velden, next);
            if (i < 0)
            {
                return c.FailAtName(ref r, Melding.OnbekendVeld);
            }

            if ((seen & (1ul << i)) != 0)
            {
                return c.FailAtName(ref r, Melding.DubbelVeld);
            }

            seen |= 1ul << i;
            next = i + 1 == velden.Length ? 0 : i + 1;
            var veld = velden[i];
            r.Read();
            if (!veld.Read(ref r, c, ref slots[i]))
            {
                return c.Unwind(veld.Naam);
            }
        }

        if ((seen & verplicht) != verplicht)
        {
            return c.FailMissing(start, velden, verplicht & ~seen);
        }

        value = state.Velden.Build(_build, seen, start);
        return !c.Failed;
    }

    // The field whose name the reader is at, searched from the one after the previous: documents list fields in order.
    private static int Find(ref Utf8JsonReader r, Veld<T>[] velden, int next)
    {
        var i = next;
        if (!r.ValueIsEscaped)
        {
            var name = r.ValueSpan;
            for (var k = 0; k < velden.Length; k++)
            {
                if (name.SequenceEqual(velden[i].Utf8))
                {
                    return i;
                }

                i = i + 1 == velden.Length ? 0 : i + 1;
            }

            return -1;
        }

        for (var k = 0; k < velden.Length; k++)
        {
            if (LeesContext.TekstGelijk(ref r, velden[i].Utf8))
            {
                return i;
            }

            i = i + 1 == velden.Length ? 0 : i + 1;
        }

        return -1;
    }

    /// <summary>Writes the model as a JSON object; throws <see cref="Weigering"/> for a value the reader would refuse.</summary>
    public void Write(Utf8JsonWriter w, T value)
    {
        if (value is null)
        {
            throw new Weigering(null, "a value is required; the model holds null.");
        }

        w.WriteStartObject();
        foreach (var veld in Velden)
        {
            veld.Write(w, value);
        }

        w.WriteEndObject();
    }
}

/// <summary>
/// What an element's <c>build</c> function calls to name its fields. Describing, each call records a field and
/// returns a default; building, each call returns the value read for the field it names, in the same order.
/// </summary>
/// <remarks>
/// <c>build</c> must call every field exactly once, unconditionally, in document order; anything it computes from
/// the values (such as <see cref="Refuse"/>) comes after the calls that give them.
/// </remarks>
internal sealed class Velden<T>
{
    private readonly List<Veld<T>>? _beschrijving;
    private readonly Veld<T>[] _velden = [];

    // Of one element in one load context (LeesContext.ElementState): the slots its objects are read into, reused from
    // object to object, and the context; set once, so that building an object writes no references here.
    private readonly Slot[] _slots = [];
    private readonly LeesContext? _context;
    private ulong _seen;
    private int _next;
    private long _start;

    private Velden(List<Veld<T>>? beschrijving) => _beschrijving = beschrijving;

    internal Velden(Veld<T>[] velden, Slot[] slots, LeesContext context)
    {
        _velden = velden;
        _slots = slots;
        _context = context;
    }

    internal static Veld<T>[] Describe(Func<Velden<T>, T> build)
    {
        var velden = new Velden<T>(new List<Veld<T>>());
        build(velden);
        var result = velden._beschrijving!.ToArray();
        if (result.Length > 64)
        {
            throw new InvalidOperationException("An element has at most 64 fields.");
        }

        if (result.Select(v => v.Naam).Distinct(StringComparer.Ordinal).Count() != result.Length)
        {
            throw new InvalidOperationException("An element names a field twice.");
        }

        return result;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal T Build(Func<Velden<T>, T> build, ulong seen, long start)
    {
        _seen = seen;
        _next = 0;
        _start = start;
        return build(this);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private TValue Take<TValue>(
        string naam, bool verplicht, Waarde<TValue> waarde, Func<T, TValue> get, string omschrijving, bool nullIsAbsent, Func<TValue, bool>? weglaten = null)
    {
        if (_beschrijving is not null)
        {
            return Record(naam, verplicht, waarde, get, omschrijving, nullIsAbsent, weglaten);
        }

        // The i-th call names the i-th field (Describe made them from these calls), so the cast cannot fail and
        // goes unchecked: this runs for every field of every object read.
        // A field not in the document reads from an empty slot (the slots are not cleared between objects).
        var i = _next++;
        return Unsafe.As<Veld<T, TValue>>(_velden[i]).Waarde.Get(in (_seen & (1ul << i)) != 0 ? ref _slots[i] : ref Slot.Leeg[0]);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private TValue Record<TValue>(
        string naam, bool verplicht, Waarde<TValue> waarde, Func<T, TValue> get, string omschrijving, bool nullIsAbsent, Func<TValue, bool>? weglaten)
    {
        _beschrijving!.Add(new Veld<T, TValue>(naam, verplicht, waarde, get, omschrijving, nullIsAbsent, weglaten));
        return default!;
    }

    /// <summary>A required field.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public TValue Required<TValue>(string naam, Waarde<TValue> waarde, Func<T, TValue> get, string omschrijving) =>
        Take(naam, true, waarde, get, omschrijving, nullIsAbsent: false);

    /// <summary>An optional field that is absent, or null, when the model's value is null.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public TValue? Optional<TValue>(string naam, Waarde<TValue> waarde, Func<T, TValue?> get, string omschrijving) =>
        Take(naam, false, waarde, get!, omschrijving, nullIsAbsent: true);

    /// <summary>An optional field that is always written and may not be null (a list, a boolean); absent reads as the default.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public TValue Defaulted<TValue>(string naam, Waarde<TValue> waarde, Func<T, TValue> get, string omschrijving) =>
        Take(naam, false, waarde, get, omschrijving, nullIsAbsent: false);

    /// <summary>
    /// An optional list that Save leaves out when it is empty (fields added to the format later, so that documents
    /// without them keep their form); absent reads as the empty list, null is refused.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ValueArray<TItem> Sparse<TItem>(string naam, Waarde<ValueArray<TItem>> waarde, Func<T, ValueArray<TItem>> get, string omschrijving) =>
        Take(naam, false, waarde, get, omschrijving, nullIsAbsent: false, weglaten: static lijst => lijst.IsEmpty);

    /// <summary>Whether the load read, before the document's format field, something only <c>zk-werkplan/2</c> has.</summary>
    public bool GebruiktVersie2 => _context?.AlleenVersie2 is not null;

    /// <summary>Refuses the element as read (a rule the values break together); returns a default for <c>build</c> to return.</summary>
    public T Refuse(Melding melding, string? code, params ReadOnlySpan<(string Naam, Tekst Waarde)> waarden)
    {
        if (_context is { } context)
        {
            context.FailAt(_start, melding, code, waarden);
        }

        return default!;
    }
}

/// <summary>A value Save will not write because Load would refuse it; <see cref="Pad"/> says where.</summary>
internal sealed class Weigering : Exception
{
    private readonly List<string> _segmenten = [];

    public Weigering(string? segment, string reden)
        : base(reden)
    {
        if (segment is not null)
        {
            _segmenten.Add(segment);
        }
    }

    public Weigering()
    {
    }

    public Weigering(string message)
        : base(message)
    {
    }

    public Weigering(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Adds the enclosing field or list index (outermost last).</summary>
    public Weigering In(string segment)
    {
        _segmenten.Add(segment);
        return this;
    }

    /// <summary>Adds the enclosing list index.</summary>
    public Weigering In(int index)
    {
        _segmenten.Add(index.ToString(CultureInfo.InvariantCulture));
        return this;
    }

    /// <summary>The JSON path of the refused value.</summary>
    public string Pad
    {
        get
        {
            var pad = new StringBuilder("$");
            for (var i = _segmenten.Count - 1; i >= 0; i--)
            {
                var s = _segmenten[i];
                if (s.Length > 0 && char.IsAsciiDigit(s[0]))
                {
                    pad.Append('[').Append(s).Append(']');
                }
                else
                {
                    LeesContext.AppendName(pad, s);
                }
            }

            return pad.ToString();
        }
    }
}
