using System.Buffers;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using NodaTime;
using Zk.Domain.Collections;
using Zk.Domain.Tijd;
using Zk.Domain.Werkplannen;

namespace Zk.Domain.Documenten.Json;

/// <summary>The value kinds of the format: each reads a JSON value into the model and writes it back.</summary>
internal static class Waarden
{
    public static readonly Tekst ObjectVerwacht = new("an object", "een object");
    public static readonly Tekst LijstVerwacht = new("an array", "een lijst");
    private static readonly Tekst TekstVerwacht = new("a string", "een tekst");

    /// <summary>A string.</summary>
    public static Waarde<string> Tekst { get; } = new TekstWaarde(gedeeld: false);

    /// <summary>A string that recurs throughout the document (a reference to a party, main task, meeting, a unit): read once per value per load.</summary>
    public static Waarde<string> Id { get; } = new TekstWaarde(gedeeld: true);

    /// <summary>A whole number (a 32-bit integer).</summary>
    public static Waarde<int> GeheelGetal { get; } = new GeheelGetalWaarde(int.MinValue, int.MaxValue);

    /// <summary>A whole number, or null.</summary>
    public static Waarde<int?> OptioneelGeheelGetal { get; } = Optioneel(GeheelGetal);

    /// <summary>A whole number of zero or more (a count, such as a capacity).</summary>
    public static Waarde<int> Aantal { get; } = new AantalWaarde();

    /// <summary>A strength on the interaction scale, −3 to +3, or null.</summary>
    public static Waarde<int?> Sterkte { get; } = Optioneel<int>(new GeheelGetalWaarde(-3, 3));

    /// <summary>A number that fits a .NET decimal.</summary>
    public static Waarde<decimal> Getal { get; } = new GetalWaarde();

    /// <summary>true or false.</summary>
    public static Waarde<bool> JaNee { get; } = new JaNeeWaarde();

    /// <summary>true, false, or null.</summary>
    public static Waarde<bool?> OptioneelJaNee { get; } = Optioneel(JaNee);

    /// <summary>An ISO date, <c>2022-07-01</c>, in the years 1 to 9999 (ZK003 otherwise).</summary>
    public static Waarde<LocalDate> Datum { get; } = new DatumWaarde();

    /// <summary>A quarter, <c>2022-Q3</c>, or null.</summary>
    public static Waarde<Kwartaal?> Kwartaal { get; } = new KwartaalWaarde(metNogTeBepalen: false);

    /// <summary>A planned quarter or <c>n.t.b.</c> (nog te bepalen), which is null in the model and always written.</summary>
    public static Waarde<Kwartaal?> Planning { get; } = new KwartaalWaarde(metNogTeBepalen: true);

    /// <summary>A list of ids (each a recurring string).</summary>
    public static Waarde<ValueArray<string>> Ids { get; } = new IdsWaarde();

    /// <summary>A project organisation: <c>"alle-deelnemers"</c> or a list of party ids.</summary>
    public static Waarde<Projectorganisatie> Projectorganisatie { get; } = new ProjectorganisatieWaarde();

    /// <summary>The format field: <c>zk-werkplan/1</c>; another version or format is refused.</summary>
    public static Waarde<string> Formaat { get; } = new WerkplanFormaatWaarde();

    /// <summary>
    /// A governance stage: an id of the plan's profile. A <c>zk-werkplan/1</c> document has only Zuid-Kennemerland's
    /// stages (any other is refused, as the format always did); a <c>zk-werkplan/2</c> document any string (a stage its
    /// profile does not define is rule ZK104's finding, not a load error).
    /// </summary>
    public static Waarde<Besturing.Fase> Fase { get; } = new FaseWaarde();

    /// <summary>A value of a field that <c>zk-werkplan/2</c> added: a <c>zk-werkplan/1</c> document that has it is refused.</summary>
    /// <remarks>
    /// One instance per wrapped value kind, made on its first use: the build functions name their fields on every object
    /// read, and a new wrapper per call would be an allocation per object.
    /// </remarks>
    public static Waarde<T> AlleenVersie2<T>(Waarde<T> waarde) =>
        waarde.AlsAlleenVersie2 ??= new AlleenVersie2Waarde<T>(waarde);

    /// <summary>The scenario format field: <c>zk-scenario/1</c>.</summary>
    public static Waarde<string> ScenarioFormaat { get; } = new FormaatWaarde(ScenarioDocument.Formaat, "zk-scenario", Melding.GeenScenarioFormaat);

    /// <summary>The calendar document's format field: exactly <c>zk-kalender/1</c>.</summary>
    public static Waarde<string> KalenderFormaat { get; } = new FormaatWaarde(KalenderDocument.Formaat, "zk-kalender", Melding.GeenKalenderFormaat);

    /// <summary>An ISO date, or null.</summary>
    public static Waarde<LocalDate?> OptioneleDatum { get; } = Optioneel(Datum);

    /// <summary>A string that is read and not kept (the document's <c>$schema</c>); never written.</summary>
    public static Waarde<string?> Genegeerd { get; } = new GenegeerdeWaarde();

    /// <summary>An enum with its wire names given explicitly, never taken from the C# member names.</summary>
    public static KeuzeWaarde<TEnum> Keuze<TEnum>(params (TEnum Waarde, string Naam)[] namen)
        where TEnum : struct, Enum => new(namen);

    /// <summary>An object: an element of the format.</summary>
    public static Waarde<T> Object<T>(Element<T> element) => new ObjectWaarde<T>(element);

    /// <summary>A reference (<see cref="Wisselwerkingen.Verwijzing"/>, a struct): kept in the slot itself rather than boxed.</summary>
    public static Waarde<Wisselwerkingen.Verwijzing> Verwijzing(Element<Wisselwerkingen.Verwijzing> element) => new VerwijzingWaarde(element);

    /// <summary>A list of elements.</summary>
    public static Waarde<ValueArray<T>> Lijst<T>(Element<T> element) => new LijstWaarde<T>(element);

    /// <summary>
    /// A profile's rule settings: an object from rule code to setting (<c>{ "ZK012": "warning", "ZK013": "uit" }</c>), in
    /// document order; a code twice is refused (a duplicate field). Any code reads: one the catalogue does not have is
    /// rule ZK108's finding, not a load error.
    /// </summary>
    public static Waarde<ValueArray<Besturing.Profielregel>> Regels(KeuzeWaarde<Besturing.Regelstand> standen) => new RegelsWaarde(standen);

    internal static void WriteText(Utf8JsonWriter w, string? value)
    {
        if (value is null)
        {
            throw new Weigering(null, "null cannot be written here.");
        }

        // The writer would put U+FFFD in place of an unpaired surrogate, and the document would read back as another text.
        var span = value.AsSpan();
        if (span.IndexOfAnyInRange('\uD800', '\uDFFF') >= 0 && !IsValidUtf16(span))
        {
            throw new Weigering(null, "the text holds an unpaired surrogate, which UTF-8 cannot hold.");
        }

        w.WriteStringValue(value);
    }

    private static bool IsValidUtf16(ReadOnlySpan<char> text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static string Quote(string text) => "\"" + text + "\"";

    private sealed class TekstWaarde(bool gedeeld) : Waarde<string>
    {
        public override Tekst Verwacht => TekstVerwacht;

        public override bool Read(ref Utf8JsonReader r, LeesContext c, ref Slot slot)
        {
            if (r.TokenType != JsonTokenType.String)
            {
                return c.FailExpected(ref r, Verwacht);
            }

            // The slot still holds the field's text of the previous object read (slots are reused): a text that
            // repeats it (a title, a description or a reference that consecutive objects share) is that string again.
            if (!gedeeld && slot.Ref is string vorige && LeesContext.Herhaalt(ref r, vorige))
            {
                return true;
            }

            var text = gedeeld ? c.Shared(ref r) : c.Text(ref r);
            slot.Ref = text;
            return text is not null;
        }

        // The slot holds what Read stored: a string (the casts in these Get methods go unchecked, they run per field read).
        public override string Get(in Slot slot) => Unsafe.As<string>(slot.Ref)!;

        public override void Write(Utf8JsonWriter w, string value) => WriteText(w, value);

        public override void Schema(SchemaSchrijver s) => s.Type("string");
    }

    private sealed class GenegeerdeWaarde : Waarde<string?>
    {
        public override Tekst Verwacht => TekstVerwacht;

        public override bool Read(ref Utf8JsonReader r, LeesContext c, ref Slot slot) =>
            r.TokenType == JsonTokenType.String ? c.Text(ref r) is not null : c.FailExpected(ref r, Verwacht);

        public override string? Get(in Slot slot) => null;

        public override void Write(Utf8JsonWriter w, string? value)
        {
        }

        public override void Schema(SchemaSchrijver s) => s.Type("string");
    }

    // The work plan's format field: zk-werkplan/2, or zk-werkplan/1 (read with Zuid-Kennemerland's profile). The
    // version read is kept in the load's context, for the fields whose reading depends on it.
    private sealed class WerkplanFormaatWaarde : Waarde<string>
    {
        private static readonly Json.Tekst Beide = new(
            WerkplanDocument.Formaat + "\" or \"" + WerkplanDocument.Formaat1,
            WerkplanDocument.Formaat + "\" of \"" + WerkplanDocument.Formaat1);

        public override Tekst Verwacht { get; } = new(
            "the format " + Quote(WerkplanDocument.Formaat) + " or " + Quote(WerkplanDocument.Formaat1),
            "het formaat " + Quote(WerkplanDocument.Formaat) + " of " + Quote(WerkplanDocument.Formaat1));

        public override bool Read(ref Utf8JsonReader r, LeesContext c, ref Slot slot)
        {
            if (r.TokenType != JsonTokenType.String)
            {
                return c.FailExpected(ref r, Verwacht);
            }

            if (LeesContext.TekstGelijk(ref r, WerkplanDocument.Formaat) || LeesContext.TekstGelijk(ref r, WerkplanDocument.Formaat1))
            {
                c.Versie = LeesContext.TekstGelijk(ref r, WerkplanDocument.Formaat) ? 2 : 1;
                slot.Num = c.Versie;
                return true;
            }

            if (c.Text(ref r) is not { } text)
            {
                return false;
            }

            var melding = text.StartsWith(WerkplanDocument.FormaatNaam + "/", StringComparison.Ordinal) ? Melding.OnbekendeVersie : Melding.GeenWerkplanFormaat;
            return c.Fail(ref r, melding, ("tekst", Json.Tekst.Letterlijk(text)), ("formaat", Beide));
        }

        public override string Get(in Slot slot) => slot.Num == 1 ? WerkplanDocument.Formaat1 : WerkplanDocument.Formaat;

        public override void Write(Utf8JsonWriter w, string value) => w.WriteStringValue(WerkplanDocument.Formaat);

        public override void Schema(SchemaSchrijver s) => s.Enum([WerkplanDocument.Formaat1, WerkplanDocument.Formaat]);
    }

    /// <summary>The stages a <c>zk-werkplan/1</c> document may name: Zuid-Kennemerland's, in its order.</summary>
    public static IEnumerable<string> Versie1Fasen => Besturing.Bestuursprofiel.ZuidKennemerland.Fasen.Select(f => f.Id);

    private sealed class FaseWaarde : Waarde<Besturing.Fase>
    {
        // The stages of zk-werkplan/1: Zuid-Kennemerland's, in its order.
        private static readonly (string Id, byte[] Utf8)[] FasenVersie1 =
            [.. Besturing.Bestuursprofiel.ZuidKennemerland.Fasen.Select(f => (f.Id, Encoding.UTF8.GetBytes(f.Id)))];

        private static readonly Tekst Versie1Verwacht = new(
            "one of " + string.Join(", ", FasenVersie1.Select(f => Quote(f.Id))),
            "een van " + string.Join(", ", FasenVersie1.Select(f => Quote(f.Id))));

        private static readonly Tekst IdVerwacht = new("a stage id of the profile (a string)", "een fase-id van het profiel (een tekst)");

        public override Tekst Verwacht => IdVerwacht;

        public override bool IsAbsent(Besturing.Fase value) => false;

        public override Versie1 Versie1 => Versie1.Fase;

        public override bool Read(ref Utf8JsonReader r, LeesContext c, ref Slot slot)
        {
            if (r.TokenType != JsonTokenType.String)
            {
                return c.FailExpected(ref r, c.Versie == 2 ? IdVerwacht : Versie1Verwacht, valueFound: true);
            }

            if (c.Versie != 2)
            {
                foreach (var (id, utf8) in FasenVersie1)
                {
                    if (r.ValueIsEscaped ? LeesContext.TekstGelijk(ref r, utf8) : r.ValueSpan.SequenceEqual(utf8))
                    {
                        slot.Ref = id;
                        return true;
                    }
                }

                if (c.Versie == 1)
                {
                    return c.FailExpected(ref r, Versie1Verwacht, valueFound: true);
                }

                // The version is not known yet (the format field comes later): the document decides at its end.
                c.AlleenVersie2 ??= "fase";
            }

            var text = c.Shared(ref r);
            slot.Ref = text;
            return text is not null;
        }

        public override Besturing.Fase Get(in Slot slot) => slot.Ref is string id ? new Besturing.Fase(id) : default;

        public override void Write(Utf8JsonWriter w, Besturing.Fase value) => WriteText(w, value.Id);

        public override void Schema(SchemaSchrijver s) => s.Type("string");
    }

    private sealed class AlleenVersie2Waarde<T>(Waarde<T> waarde) : Waarde<T>
    {
        public override Versie1 Versie1 => Versie1.Verboden;

        public override Tekst Verwacht => waarde.Verwacht;

        public override IEnumerable<Element> Elementen => waarde.Elementen;

        public override bool IsAbsent(T value) => waarde.IsAbsent(value);

        public override bool Read(ref Utf8JsonReader r, LeesContext c, ref Slot slot)
        {
            if (c.Versie == 1)
            {
                return c.Fail(ref r, Melding.AlleenVersie2, ("formaat", Json.Tekst.Letterlijk(WerkplanDocument.Formaat)), ("versie1", Json.Tekst.Letterlijk(WerkplanDocument.Formaat1)));
            }

            if (c.Versie == 0)
            {
                c.AlleenVersie2 ??= "veld";
            }

            return waarde.Read(ref r, c, ref slot);
        }

        public override T Get(in Slot slot) => waarde.Get(in slot);

        public override void Write(Utf8JsonWriter w, T value) => waarde.Write(w, value);

        public override void Schema(SchemaSchrijver s) => waarde.Schema(s);
    }

    private sealed class FormaatWaarde(string formaat, string naam, Melding anderFormaat) : Waarde<string>
    {
        public override Tekst Verwacht { get; } = new("the format " + Quote(formaat), "het formaat " + Quote(formaat));

        public override bool Read(ref Utf8JsonReader r, LeesContext c, ref Slot slot)
        {
            if (r.TokenType != JsonTokenType.String)
            {
                return c.FailExpected(ref r, Verwacht);
            }

            if (LeesContext.TekstGelijk(ref r, formaat))
            {
                return true;
            }

            if (c.Text(ref r) is not { } text)
            {
                return false;
            }

            var melding = text.StartsWith(naam + "/", StringComparison.Ordinal) ? Melding.OnbekendeVersie : anderFormaat;
            return c.Fail(ref r, melding, ("tekst", Json.Tekst.Letterlijk(text)), ("formaat", Json.Tekst.Letterlijk(formaat)));
        }

        public override string Get(in Slot slot) => formaat;

        public override void Write(Utf8JsonWriter w, string value) => w.WriteStringValue(formaat);

        public override void Schema(SchemaSchrijver s) => s.Const(formaat);
    }

    /// <summary>An optional value of a struct kind (e.g. an enum's <see cref="Keuze"/>): absent when the model holds null.</summary>
    /// <remarks>One instance per value kind, made on its first use (see <see cref="AlleenVersie2{T}"/>).</remarks>
    public static Waarde<TStruct?> Optioneel<TStruct>(Waarde<TStruct> waarde)
        where TStruct : struct =>
        waarde.AlsOptioneel is { } bekend ? Unsafe.As<Waarde<TStruct?>>(bekend) : Unsafe.As<Waarde<TStruct?>>(waarde.AlsOptioneel = new OptioneleWaarde<TStruct>(waarde));

    private sealed class OptioneleWaarde<TStruct>(Waarde<TStruct> waarde) : Waarde<TStruct?>
        where TStruct : struct
    {
        public override Versie1 Versie1 => waarde.Versie1;

        public override Tekst Verwacht => waarde.Verwacht;

        public override IEnumerable<Element> Elementen => waarde.Elementen;

        public override bool Read(ref Utf8JsonReader r, LeesContext c, ref Slot slot)
        {
            if (!waarde.Read(ref r, c, ref slot))
            {
                return false;
            }

            slot.HasValue = true;
            return true;
        }

        public override TStruct? Get(in Slot slot) => slot.HasValue ? waarde.Get(in slot) : null;

        public override void Write(Utf8JsonWriter w, TStruct? value) => waarde.Write(w, value!.Value);

        public override void Schema(SchemaSchrijver s) => waarde.Schema(s);
    }

    // A whole number, optionally within a scale (a strength from -3 to +3): outside it, the error names the scale.
    private sealed class GeheelGetalWaarde(int min, int max) : Waarde<int>
    {
        private readonly bool _schaal = min != int.MinValue || max != int.MaxValue;

        public override Tekst Verwacht { get; } = new("a whole number", "een geheel getal");

        public override bool IsAbsent(int value) => false;

        public override bool Read(ref Utf8JsonReader r, LeesContext c, ref Slot slot)
        {
            if (r.TokenType != JsonTokenType.Number || !r.TryGetInt32(out var value) || value < min || value > max)
            {
                return _schaal ? BuitenSchaal(ref r, c) : c.FailExpected(ref r, Verwacht);
            }

            slot.Num = value;
            return true;
        }

        // The errors of the value kinds are made out of line: a message's values would otherwise be set up (cleared on
        // the stack) on every call of Read, which runs per field.
        [MethodImpl(MethodImplOptions.NoInlining)]
        private static bool BuitenSchaal(ref Utf8JsonReader r, LeesContext c) =>
            c.Fail(ref r, Melding.BuitenSchaal, ("gevonden", LeesContext.Found(ref r, rawNumber: true)));

        public override int Get(in Slot slot) => (int)slot.Num;

        public override void Write(Utf8JsonWriter w, int value)
        {
            if (value < min || value > max)
            {
                throw new Weigering(null, $"{value} is outside {min} to {max}.");
            }

            w.WriteNumberValue(value);
        }

        public override void Schema(SchemaSchrijver s) => s.Integer(min, max);
    }

    private sealed class AantalWaarde : Waarde<int>
    {
        public override Tekst Verwacht { get; } = new("a whole number of 0 or more", "een geheel getal van 0 of meer");

        public override bool IsAbsent(int value) => false;

        public override bool Read(ref Utf8JsonReader r, LeesContext c, ref Slot slot)
        {
            if (r.TokenType != JsonTokenType.Number || !r.TryGetInt32(out var value) || value < 0)
            {
                return c.FailExpected(ref r, Verwacht);
            }

            slot.Num = value;
            return true;
        }

        public override int Get(in Slot slot) => (int)slot.Num;

        public override void Write(Utf8JsonWriter w, int value)
        {
            if (value < 0)
            {
                throw new Weigering(null, $"{value} is negative; a count is 0 or more.");
            }

            w.WriteNumberValue(value);
        }

        public override void Schema(SchemaSchrijver s) => s.Integer(0, int.MaxValue);
    }

    private sealed class GetalWaarde : Waarde<decimal>
    {
        public override Tekst Verwacht { get; } = new("a number (at most 28 digits, as a .NET decimal holds)", "een getal (hoogstens 28 cijfers, zoals een .NET-decimal bevat)");

        public override bool IsAbsent(decimal value) => false;

        public override bool Read(ref Utf8JsonReader r, LeesContext c, ref Slot slot)
        {
            if (r.TokenType != JsonTokenType.Number || !r.TryGetDecimal(out var value))
            {
                return c.FailExpected(ref r, Verwacht);
            }

            slot.Dec = value;
            return true;
        }

        public override decimal Get(in Slot slot) => slot.Dec;

        public override void Write(Utf8JsonWriter w, decimal value) => w.WriteNumberValue(value);

        public override void Schema(SchemaSchrijver s) => s.Decimal();
    }

    private sealed class JaNeeWaarde : Waarde<bool>
    {
        public override Tekst Verwacht { get; } = new("true or false", "true of false");

        public override bool IsAbsent(bool value) => false;

        public override bool Read(ref Utf8JsonReader r, LeesContext c, ref Slot slot)
        {
            if (r.TokenType is not (JsonTokenType.True or JsonTokenType.False))
            {
                return c.FailExpected(ref r, Verwacht);
            }

            slot.Num = r.TokenType == JsonTokenType.True ? 1 : 0;
            return true;
        }

        public override bool Get(in Slot slot) => slot.Num != 0;

        public override void Write(Utf8JsonWriter w, bool value) => w.WriteBooleanValue(value);

        public override void Schema(SchemaSchrijver s) => s.Type("boolean");
    }

    // The value's bytes: the token's own when it is a plain (unescaped) string, else its unescaped text in UTF-8
    // (rare: a heap copy); false when the text is invalid (the error is recorded).
    private static bool Plain(ref Utf8JsonReader r, LeesContext c, out ReadOnlySpan<byte> bytes)
    {
        if (!r.ValueIsEscaped && !r.HasValueSequence)
        {
            bytes = r.ValueSpan;
            return true;
        }

        bytes = default;
        if (c.Text(ref r) is not { } text)
        {
            return false;
        }

        bytes = Encoding.UTF8.GetBytes(text);
        return true;
    }

    private static int Digits(ReadOnlySpan<byte> s)
    {
        var value = 0;
        foreach (var b in s)
        {
            var d = b - (uint)'0';
            if (d > 9)
            {
                return -1;
            }

            value = (value * 10) + (int)d;
        }

        return value;
    }

    private sealed class DatumWaarde : Waarde<LocalDate>
    {
        private static void Put(Span<byte> digits, int value)
        {
            for (var i = digits.Length - 1; i >= 0; i--)
            {
                digits[i] = (byte)('0' + (value % 10));
                value /= 10;
            }
        }

        public override Tekst Verwacht { get; } = new("a date (yyyy-MM-dd)", "een datum (jjjj-MM-dd)");

        public override bool IsAbsent(LocalDate value) => false;

        public override bool Read(ref Utf8JsonReader r, LeesContext c, ref Slot slot)
        {
            if (r.TokenType != JsonTokenType.String)
            {
                return c.FailExpected(ref r, Verwacht);
            }

            if (!Plain(ref r, c, out var s))
            {
                return false;
            }

            if (s.Length == 10 && s[4] == '-' && s[7] == '-')
            {
                int year = Digits(s[..4]), month = Digits(s[5..7]), day = Digits(s[8..]);
                if (year >= 1 && month is >= 1 and <= 12 && day >= 1 && day <= CalendarSystem.Iso.GetDaysInMonth(year, month))
                {
                    slot.Num = (year * 10_000L) + (month * 100) + day;
                    return true;
                }
            }

            return GeenDatum(ref r, c);
        }

        [MethodImpl(MethodImplOptions.NoInlining)]
        private static bool GeenDatum(ref Utf8JsonReader r, LeesContext c) =>
            c.FailRule(ref r, Melding.GeenDatum, "ZK003", ("tekst", Json.Tekst.Letterlijk(c.Text(ref r) ?? string.Empty)));

        public override LocalDate Get(in Slot slot) =>
            slot.Num == 0 ? default : new LocalDate((int)(slot.Num / 10_000), (int)(slot.Num / 100 % 100), (int)(slot.Num % 100));

        public override void Write(Utf8JsonWriter w, LocalDate value)
        {
            if (value.Calendar != CalendarSystem.Iso || value.Year is < 1 or > 9999)
            {
                throw new Weigering(null, "the date is not an ISO date in the years 0001 to 9999.");
            }

            Span<byte> text = stackalloc byte[10];
            Put(text[..4], value.Year);
            text[4] = (byte)'-';
            Put(text[5..7], value.Month);
            text[7] = (byte)'-';
            Put(text[8..], value.Day);
            w.WriteStringValue(text);
        }

        public override void Schema(SchemaSchrijver s) => s.Ref("date");
    }

    private sealed class KwartaalWaarde(bool metNogTeBepalen) : Waarde<Kwartaal?>
    {
        internal const string NogTeBepalen = "n.t.b.";

        public override Tekst Verwacht { get; } = metNogTeBepalen
            ? new("a quarter (yyyy-Qn) or \"n.t.b.\"", "een kwartaal (jjjj-Qn) of \"n.t.b.\"")
            : new("a quarter (yyyy-Qn)", "een kwartaal (jjjj-Qn)");

        public override bool IsAbsent(Kwartaal? value) => !metNogTeBepalen && value is null;

        public override bool Read(ref Utf8JsonReader r, LeesContext c, ref Slot slot)
        {
            if (r.TokenType != JsonTokenType.String)
            {
                return c.FailExpected(ref r, Verwacht);
            }

            if (!Plain(ref r, c, out var s))
            {
                return false;
            }

            if (metNogTeBepalen && s.SequenceEqual("n.t.b."u8))
            {
                slot.HasValue = false;
                return true;
            }

            if (s.Length == 7 && s[4] == '-' && s[5] == 'Q' && s[6] is >= (byte)'1' and <= (byte)'4' && Digits(s[..4]) is var year and >= Tijd.Kwartaal.MinJaar)
            {
                slot.Num = (year * 4L) + (s[6] - '1');
                slot.HasValue = true;
                return true;
            }

            return GeenKwartaal(ref r, c);
        }

        [MethodImpl(MethodImplOptions.NoInlining)]
        private bool GeenKwartaal(ref Utf8JsonReader r, LeesContext c) =>
            c.Fail(ref r, metNogTeBepalen ? Melding.GeenPlanning : Melding.GeenKwartaal, ("tekst", Json.Tekst.Letterlijk(c.Text(ref r) ?? string.Empty)));

        public override Kwartaal? Get(in Slot slot) => slot.HasValue ? new Tijd.Kwartaal((int)(slot.Num / 4), (int)(slot.Num % 4) + 1) : null;

        public override void Write(Utf8JsonWriter w, Kwartaal? value)
        {
            if (value is { } k)
            {
                Span<char> text = stackalloc char[7];
                k.TryFormat(text, out _, default, null);
                w.WriteStringValue(text);
            }
            else
            {
                w.WriteStringValue(NogTeBepalen);
            }
        }

        public override void Schema(SchemaSchrijver s)
        {
            if (metNogTeBepalen)
            {
                s.Ref("planning");
            }
            else
            {
                s.Ref("quarter");
            }
        }
    }

    /// <summary>An enum's value kind: one wire name per member, read, written and listed in the schema from one table.</summary>
    internal sealed class KeuzeWaarde<TEnum> : Waarde<TEnum>
        where TEnum : struct, Enum
    {
        private readonly (TEnum Waarde, string Naam, byte[] Utf8)[] _namen;

        // The wire names in UTF-8, in the order of _namen (what Read compares, without the tuples around them).
        private readonly byte[][] _utf8;

        public KeuzeWaarde((TEnum Waarde, string Naam)[] namen)
        {
            _namen = [.. namen.Select(n => (n.Waarde, n.Naam, Encoding.UTF8.GetBytes(n.Naam)))];
            _utf8 = [.. _namen.Select(n => n.Utf8)];
            if (Enum.GetValues<TEnum>().Length != _namen.Length || _namen.Select(n => n.Waarde).Distinct().Count() != _namen.Length
                || _namen.Select(n => n.Naam).Distinct(StringComparer.Ordinal).Count() != _namen.Length)
            {
                throw new InvalidOperationException($"Every {typeof(TEnum).Name} value needs exactly one wire name.");
            }

            var lijst = string.Join(", ", _namen.Select(n => Quote(n.Naam)));
            Verwacht = new("one of " + lijst, "een van " + lijst);
        }

        public IEnumerable<string> Namen => _namen.Select(n => n.Naam);

        /// <summary>The wire name of <paramref name="value"/> (the exports write it too).</summary>
        /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not a defined member.</exception>
        public string Naam(TEnum value)
        {
            foreach (var (v, naam, _) in _namen)
            {
                if (EqualityComparer<TEnum>.Default.Equals(v, value))
                {
                    return naam;
                }
            }

            throw new ArgumentOutOfRangeException(nameof(value), value, $"Not a defined {typeof(TEnum).Name} value.");
        }

        public override Tekst Verwacht { get; }

        public override bool IsAbsent(TEnum value) => false;

        public override bool Read(ref Utf8JsonReader r, LeesContext c, ref Slot slot)
        {
            if (r.TokenType == JsonTokenType.String && !r.ValueIsEscaped)
            {
                // The usual case: the token's own bytes against each wire name.
                var s = r.ValueSpan;
                var namen = _utf8;
                for (var i = 0; i < namen.Length; i++)
                {
                    if (s.SequenceEqual(namen[i]))
                    {
                        slot.Num = i;
                        return true;
                    }
                }

                return Fout(ref r, c);
            }

            return ReadEscaped(ref r, c, ref slot);
        }

        // An escaped string (its text against each wire name), or another token: out of the per-field path.
        [MethodImpl(MethodImplOptions.NoInlining)]
        private bool ReadEscaped(ref Utf8JsonReader r, LeesContext c, ref Slot slot)
        {
            if (r.TokenType == JsonTokenType.String)
            {
                for (var i = 0; i < _utf8.Length; i++)
                {
                    if (LeesContext.TekstGelijk(ref r, _utf8[i]))
                    {
                        slot.Num = i;
                        return true;
                    }
                }
            }

            return Fout(ref r, c);
        }

        [MethodImpl(MethodImplOptions.NoInlining)]
        private bool Fout(ref Utf8JsonReader r, LeesContext c) => c.FailExpected(ref r, Verwacht, valueFound: true);

        public override TEnum Get(in Slot slot) => _namen[(int)slot.Num].Waarde;

        public override void Write(Utf8JsonWriter w, TEnum value)
        {
            foreach (var (v, _, utf8) in _namen)
            {
                if (EqualityComparer<TEnum>.Default.Equals(v, value))
                {
                    w.WriteStringValue(utf8);
                    return;
                }
            }

            throw new Weigering(null, $"{value} is not a defined {typeof(TEnum).Name} value.");
        }

        public override void Schema(SchemaSchrijver s) => s.Enum(Namen);
    }

    private sealed class ObjectWaarde<T>(Element<T> element) : Waarde<T>
    {
        public override Versie1 Versie1 => Versie1.Object;

        public override Tekst Verwacht => ObjectVerwacht;

        public override IEnumerable<Element> Elementen => [element];

        public override bool IsAbsent(T value) => value is null;

        public override bool Read(ref Utf8JsonReader r, LeesContext c, ref Slot slot)
        {
            if (!element.TryRead(ref r, c, out var value))
            {
                return false;
            }

            slot.Ref = value;
            slot.HasValue = true;
            return true;
        }

        public override T Get(in Slot slot) => !slot.HasValue ? default! : typeof(T).IsValueType ? (T)slot.Ref! : Unsafe.As<object, T>(ref Unsafe.AsRef(in slot.Ref)!);

        public override void Write(Utf8JsonWriter w, T value) => element.Write(w, value);

        public override void Schema(SchemaSchrijver s) => s.ObjectRef(element.Naam);
    }

    private sealed class VerwijzingWaarde(Element<Wisselwerkingen.Verwijzing> element) : Waarde<Wisselwerkingen.Verwijzing>
    {
        public override Versie1 Versie1 => Versie1.Object;

        public override Tekst Verwacht => ObjectVerwacht;

        public override IEnumerable<Element> Elementen => [element];

        public override bool IsAbsent(Wisselwerkingen.Verwijzing value) => false;

        public override bool Read(ref Utf8JsonReader r, LeesContext c, ref Slot slot)
        {
            if (!element.TryRead(ref r, c, out var value))
            {
                return false;
            }

            slot.Ref = value.Id;
            slot.Num = (long)value.Soort;
            return true;
        }

        public override Wisselwerkingen.Verwijzing Get(in Slot slot) => new((Wisselwerkingen.ElementSoort)slot.Num, (string)slot.Ref!);

        public override void Write(Utf8JsonWriter w, Wisselwerkingen.Verwijzing value) => element.Write(w, value);

        public override void Schema(SchemaSchrijver s) => s.ObjectRef(element.Naam);
    }

    private sealed class LijstWaarde<T>(Element<T> element) : Waarde<ValueArray<T>>
    {
        public override Versie1 Versie1 => Versie1.Lijst;

        // One buffer per list kind in a load: a list of T is never inside another list of T.
        private readonly int _buffer = LeesContext.NewBufferIndex();

        public override Tekst Verwacht => LijstVerwacht;

        public override IEnumerable<Element> Elementen => [element];

        public override bool IsAbsent(ValueArray<T> value) => false;

        public override bool Read(ref Utf8JsonReader r, LeesContext c, ref Slot slot)
        {
            if (r.TokenType != JsonTokenType.StartArray)
            {
                return c.FailExpected(ref r, Verwacht);
            }

            var buffer = c.Buffer<T>(_buffer);
            buffer.Clear();
            while (true)
            {
                r.Read();
                if (r.TokenType == JsonTokenType.EndArray)
                {
                    break;
                }

                if (r.TokenType == JsonTokenType.Null)
                {
                    c.Fail(ref r, Melding.NullNietToegestaan, ("verwacht", ObjectVerwacht));
                    return c.Unwind(buffer.Count);
                }

                if (!c.RuimteInLijst(ref r, buffer.Count) || !element.TryRead(ref r, c, out var item))
                {
                    return c.Unwind(buffer.Count);
                }

                buffer.Add(item);
            }

            slot.Ref = buffer.Count == 0 ? null : buffer.ToArray();
            buffer.Clear();
            return true;
        }

        public override ValueArray<T> Get(in Slot slot) => slot.Ref is null ? default : ValueArray<T>.Wrap(Unsafe.As<T[]>(slot.Ref));

        public override void Write(Utf8JsonWriter w, ValueArray<T> value)
        {
            w.WriteStartArray();
            var items = value.AsSpan();
            for (var i = 0; i < items.Length; i++)
            {
                try
                {
                    element.Write(w, items[i]);
                }
                catch (Weigering e)
                {
                    throw e.In(i);
                }
            }

            w.WriteEndArray();
        }

        public override void Schema(SchemaSchrijver s) => s.ArrayOf(element.Naam);
    }

    private sealed class RegelsWaarde(KeuzeWaarde<Besturing.Regelstand> standen) : Waarde<ValueArray<Besturing.Profielregel>>
    {
        public override Tekst Verwacht => ObjectVerwacht;

        public override bool IsAbsent(ValueArray<Besturing.Profielregel> value) => false;

        public override bool Read(ref Utf8JsonReader r, LeesContext c, ref Slot slot)
        {
            if (r.TokenType != JsonTokenType.StartObject)
            {
                return c.FailExpected(ref r, Verwacht);
            }

            var regels = new List<Besturing.Profielregel>();
            var codes = new HashSet<string>(StringComparer.Ordinal);
            while (true)
            {
                r.Read();
                if (r.TokenType == JsonTokenType.EndObject)
                {
                    break;
                }

                if (!c.RuimteInLijst(ref r, regels.Count) || c.Text(ref r) is not { } code)
                {
                    return false;
                }

                if (!codes.Add(code))
                {
                    return c.FailAtName(ref r, Melding.DubbelVeld);
                }

                r.Read();
                var stand = default(Slot);
                if (r.TokenType == JsonTokenType.Null)
                {
                    c.Fail(ref r, Melding.NullNietToegestaan, ("verwacht", standen.Verwacht));
                    return c.Unwind(code);
                }

                if (!standen.Read(ref r, c, ref stand))
                {
                    return c.Unwind(code);
                }

                regels.Add(new Besturing.Profielregel { Code = code, Stand = standen.Get(in stand) });
            }

            slot.Ref = regels.Count == 0 ? null : regels.ToArray();
            return true;
        }

        public override ValueArray<Besturing.Profielregel> Get(in Slot slot) =>
            slot.Ref is Besturing.Profielregel[] items ? ValueArray<Besturing.Profielregel>.Wrap(items) : default;

        public override void Write(Utf8JsonWriter w, ValueArray<Besturing.Profielregel> value)
        {
            w.WriteStartObject();
            foreach (var regel in value)
            {
                if (regel is null)
                {
                    throw new Weigering(null, "a rule setting is null.");
                }

                var code = regel.Code ?? throw new Weigering(null, "a rule setting has no code.");
                if (code.AsSpan().IndexOfAnyInRange('\uD800', '\uDFFF') >= 0 && !IsValidUtf16(code))
                {
                    throw new Weigering(code, "the code holds an unpaired surrogate, which UTF-8 cannot hold.");
                }

                w.WritePropertyName(code);
                try
                {
                    standen.Write(w, regel.Stand);
                }
                catch (Weigering e)
                {
                    throw e.In(code);
                }
            }

            w.WriteEndObject();
        }

        public override void Schema(SchemaSchrijver s) => s.ObjectOfEnum(standen.Namen);
    }

    private sealed class IdsWaarde : Waarde<ValueArray<string>>
    {
        // Lists of ids hold no lists: one buffer for all of them.
        private static readonly int IdBuffer = LeesContext.NewBufferIndex();

        public override Tekst Verwacht => LijstVerwacht;

        public override bool IsAbsent(ValueArray<string> value) => false;

        public override bool Read(ref Utf8JsonReader r, LeesContext c, ref Slot slot)
        {
            if (r.TokenType != JsonTokenType.StartArray)
            {
                return c.FailExpected(ref r, Verwacht);
            }

            if (!ReadIds(ref r, c, out var ids))
            {
                return false;
            }

            slot.Ref = ids;
            return true;
        }

        // The reader is at the array's start.
        internal static bool ReadIds(ref Utf8JsonReader r, LeesContext c, out string[]? ids)
        {
            ids = null;
            var buffer = c.Buffer<string>(IdBuffer);
            buffer.Clear();
            while (true)
            {
                r.Read();
                if (r.TokenType == JsonTokenType.EndArray)
                {
                    break;
                }

                if (r.TokenType == JsonTokenType.Null)
                {
                    c.Fail(ref r, Melding.NullNietToegestaan, ("verwacht", TekstVerwacht));
                    return c.Unwind(buffer.Count);
                }

                if (r.TokenType != JsonTokenType.String)
                {
                    c.FailExpected(ref r, TekstVerwacht);
                    return c.Unwind(buffer.Count);
                }

                if (!c.RuimteInLijst(ref r, buffer.Count) || c.Shared(ref r) is not { } id)
                {
                    return c.Unwind(buffer.Count);
                }

                buffer.Add(id);
            }

            ids = buffer.Count == 0 ? null : buffer.ToArray();
            buffer.Clear();
            return true;
        }

        public override ValueArray<string> Get(in Slot slot) => slot.Ref is null ? default : ValueArray<string>.Wrap(Unsafe.As<string[]>(slot.Ref));

        public override void Write(Utf8JsonWriter w, ValueArray<string> value) => WriteIds(w, value);

        internal static void WriteIds(Utf8JsonWriter w, ValueArray<string> value)
        {
            w.WriteStartArray();
            var items = value.AsSpan();
            for (var i = 0; i < items.Length; i++)
            {
                try
                {
                    WriteText(w, items[i]);
                }
                catch (Weigering e)
                {
                    throw e.In(i);
                }
            }

            w.WriteEndArray();
        }

        public override void Schema(SchemaSchrijver s) => s.ArrayOfStrings();
    }

    private sealed class ProjectorganisatieWaarde : Waarde<Projectorganisatie>
    {
        internal const string AlleDeelnemers = "alle-deelnemers";

        public override Tekst Verwacht { get; } = new(
            "\"" + AlleDeelnemers + "\" or an array of party ids", "\"" + AlleDeelnemers + "\" of een lijst van partij-ids");

        public override bool IsAbsent(Projectorganisatie value) => value is null;

        public override bool Read(ref Utf8JsonReader r, LeesContext c, ref Slot slot)
        {
            if (r.TokenType == JsonTokenType.String)
            {
                if (LeesContext.TekstGelijk(ref r, AlleDeelnemers))
                {
                    slot.Ref = Werkplannen.Projectorganisatie.AlleDeelnemers;
                    return true;
                }

                return c.FailExpected(ref r, Verwacht, valueFound: true);
            }

            if (r.TokenType != JsonTokenType.StartArray)
            {
                return c.FailExpected(ref r, Verwacht);
            }

            if (!IdsWaarde.ReadIds(ref r, c, out var ids))
            {
                return false;
            }

            slot.Ref = ids is null ? Werkplannen.Projectorganisatie.Leeg : Werkplannen.Projectorganisatie.From(ValueArray<string>.Wrap(ids));
            return true;
        }

        public override Projectorganisatie Get(in Slot slot) => slot.Ref as Projectorganisatie ?? Werkplannen.Projectorganisatie.Leeg;

        public override void Write(Utf8JsonWriter w, Projectorganisatie value)
        {
            if (value.IsAlleDeelnemers)
            {
                w.WriteStringValue(AlleDeelnemers);
            }
            else
            {
                IdsWaarde.WriteIds(w, value.Partijen);
            }
        }

        public override void Schema(SchemaSchrijver s) => s.ConstOrArrayOfStrings(AlleDeelnemers);
    }
}

/// <summary>Helpers for values that only the document's search structures need.</summary>
internal static class Zoekwaarden
{
    /// <summary>Characters that make a field name need the bracket form in a JSON path.</summary>
    public static SearchValues<char> Bijzonder { get; } = SearchValues.Create(".'/\"[]()\t\n\r\f\b\\\u0085\u2028\u2029 ");
}
