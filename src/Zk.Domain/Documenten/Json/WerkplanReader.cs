using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using System.Text;
using System.Text.Json;
using System.Text.Unicode;
using NodaTime;
using Zk.Domain.Besturing;
using Zk.Domain.Collections;
using Zk.Domain.Partijen;
using Zk.Domain.Samenhang;
using Zk.Domain.Tijd;
using Zk.Domain.Werkplannen;

namespace Zk.Domain.Documenten.Json;

/// <summary>
/// The loader's fast path: reads a document straight into the model, without DTOs. It gives exactly the plan
/// the DTO path (<see cref="WerkplanDto"/> and <see cref="DtoMapping"/>) gives, or false: on anything that
/// path would refuse, and on anything unusual (null, escaped field names, escaped dates). It never throws and
/// never explains; the DTO path then runs and gives the precise error.
/// </summary>
internal static class WerkplanReader
{
    /// <summary>Reads a plan from UTF-8 JSON without a byte order mark.</summary>
    /// <param name="utf8Json">The document.</param>
    /// <param name="plan">The plan, when read.</param>
    /// <returns>Whether the plan was read; false means: let the DTO path decide.</returns>
    internal static bool TryRead(ReadOnlySpan<byte> utf8Json, [NotNullWhen(true)] out Werkplan? plan)
    {
        plan = null;
        try
        {
            var r = new Utf8JsonReader(utf8Json, isFinalBlock: true, state: default);
            if (!r.Read() || ReadWerkplan(ref r, new Context()) is not { } read || r.Read())
            {
                return false;
            }

            plan = read;
            return true;
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or FormatException or ArgumentException or OverflowException)
        {
            // Malformed JSON, trailing content, invalid UTF-8 in a string: the DTO path reports it.
            return false;
        }
    }

    // Buffers reused within one load: one per element type (no element type contains a list of itself,
    // so a buffer is never in use twice at once), and the shared strings.
    private sealed class Context
    {
        private const int MaxShared = 64;

        private readonly Dictionary<string, string> _shared = new(StringComparer.Ordinal);

        public Context() => Lookup = _shared.GetAlternateLookup<ReadOnlySpan<char>>();

        private Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> Lookup { get; }

        public List<string> Strings { get; } = [];

        public List<Partij> Partijen { get; } = [];

        public List<Uitgangspunt> Uitgangspunten { get; } = [];

        public List<Hoofdopgave> Hoofdopgaven { get; } = [];

        public List<Actie> Acties { get; } = [];

        public List<Deelactie> Deelacties { get; } = [];

        public List<Resultaat> Resultaten { get; } = [];

        public List<Doel> Doelen { get; } = [];

        public List<Raadsmoment> Raadsmomenten { get; } = [];

        public List<Bronvermelding> Bronnen { get; } = [];

        public List<Koppelkans> Koppelkansen { get; } = [];

        public List<BestuurlijkVraagstuk> Vraagstukken { get; } = [];

        public List<Radenbijeenkomst> Radenbijeenkomsten { get; } = [];

        // A string of a small set that recurs throughout the document (party and main task ids, units, sources,
        // meeting ids): one instance per value in the load. Ids of large sets (actions, links) are not shared:
        // lookups in a large table cost more time than the allocations they save.
        public string? Shared(ref Utf8JsonReader r)
        {
            if (r.TokenType != JsonTokenType.String)
            {
                return null;
            }

            var utf8 = r.ValueSpan;
            if (r.ValueIsEscaped || utf8.Length > MaxShared)
            {
                return r.GetString();
            }

            Span<char> buffer = stackalloc char[MaxShared];
            if (Utf8.ToUtf16(utf8, buffer, out _, out var written, replaceInvalidSequences: false) != OperationStatus.Done)
            {
                // Invalid UTF-8: GetString throws, as the DTO path does.
                return r.GetString();
            }

            var chars = buffer[..written];
            if (Lookup.TryGetValue(chars, out var shared))
            {
                return shared;
            }

            shared = new string(chars);
            _shared.Add(shared, shared);
            return shared;
        }
    }

    private delegate T? ElementReader<T>(ref Utf8JsonReader r, Context c)
        where T : class;

    private const int End = -1;
    private const int Bail = -2;

    private static byte[][] Names(params string[] names) => [.. names.Select(Encoding.UTF8.GetBytes)];

    // Field names, camelCase of the DTO properties; a field's number is its index here.
    private static readonly byte[][] WerkplanFields = Names(
        "$schema", "formaat", "id", "titel", "regio", "agenda", "looptijd", "convenant", "capaciteit", "deelnemers",
        "partijen", "uitgangspunten", "hoofdopgaven", "acties", "koppelkansen", "vraagstukken", "radenbijeenkomsten", "totstandkoming");

    private const uint WerkplanRequired = 1 << 1 | 1 << 2 | 1 << 3 | 1 << 4 | 1 << 6 | 1 << 9 | 1 << 10 | 1 << 12 | 1 << 13;

    private static readonly byte[][] LooptijdFields = Names("begin", "einde");

    private const uint LooptijdRequired = 1 << 0 | 1 << 1;

    private static readonly byte[][] ConvenantFields = Names("naam", "ondertekend", "toelichting");

    private const uint ConvenantRequired = 1 << 0 | 1 << 1;

    private static readonly byte[][] PartijFields = Names("id", "naam", "soort");

    private const uint PartijRequired = 1 << 0 | 1 << 1 | 1 << 2;

    private static readonly byte[][] UitgangspuntFields = Names("id", "titel", "toelichting");

    private const uint UitgangspuntRequired = 1 << 0 | 1 << 1;

    private static readonly byte[][] HoofdopgaveFields = Names("id", "naam", "titel", "hoofdstuk");

    private const uint HoofdopgaveRequired = 1 << 0 | 1 << 1;

    private static readonly byte[][] ActieFields = Names(
        "id", "nummer", "titel", "hoofdopgave", "aanleiding", "inhoud", "termijn", "alLopend", "trekkerschap",
        "projectorganisatie", "deelacties", "resultaten", "doelen", "financiering", "raadsmomenten");

    private const uint ActieRequired = 1 << 0 | 1 << 1 | 1 << 2 | 1 << 3 | 1 << 6 | 1 << 8 | 1 << 13;

    private static readonly byte[][] TrekkerschapFields = Names("bestuurlijk", "ambtelijk", "regie", "partners", "toelichting");

    private static readonly byte[][] DeelactieFields = Names("id", "titel", "omschrijving", "trekkerschap");

    private const uint DeelactieRequired = 1 << 0 | 1 << 1;

    private static readonly byte[][] ResultaatFields = Names("id", "omschrijving", "deelactie", "gereed");

    private const uint ResultaatRequired = 1 << 0 | 1 << 1;

    private static readonly byte[][] DoelFields = Names("id", "omschrijving", "waarde", "eenheid", "minimaal", "vanafJaar", "totEnMetJaar", "kader");

    private const uint DoelRequired = 1 << 0 | 1 << 1 | 1 << 2 | 1 << 3;

    private static readonly byte[][] FinancieringFields = Names("status", "financiers", "claimOpMiddelen", "toelichting");

    private const uint FinancieringRequired = 1 << 0;

    private static readonly byte[][] RaadsmomentFields = Names("fase", "kwartaal", "radenbijeenkomst", "bronnen", "toelichting");

    private const uint RaadsmomentRequired = 1 << 0 | 1 << 1;

    private static readonly byte[][] BronvermeldingFields = Names("bron", "kwartaal", "citaat");

    private const uint BronvermeldingRequired = 1 << 0;

    private static readonly byte[][] RadenbijeenkomstFields = Names("id", "datum", "capaciteit", "toelichting");

    private const uint RadenbijeenkomstRequired = 1 << 0 | 1 << 1;

    private static readonly byte[][] WisselwerkingFields = Names("id", "titel", "omschrijving", "van", "naar", "sterkte");

    private const uint WisselwerkingRequired = 1 << 0 | 1 << 1 | 1 << 3 | 1 << 4;

    private static readonly byte[][] VerwijzingFields = Names("soort", "id");

    private const uint VerwijzingRequired = 1 << 0 | 1 << 1;

    // Moves past the next field name to its value and returns the field's number; End after the object's last
    // field; Bail for an unknown, escaped or repeated name. The reader is at the object's start or at the
    // previous field's value. The search starts after the previous field: documents list fields in order.
    private static int NextField(ref Utf8JsonReader r, byte[][] fields, ref uint seen, ref int next)
    {
        if (!r.Read())
        {
            return Bail;
        }

        if (r.TokenType == JsonTokenType.EndObject)
        {
            return End;
        }

        if (r.TokenType != JsonTokenType.PropertyName || r.ValueIsEscaped)
        {
            return Bail;
        }

        var name = r.ValueSpan;
        var i = next;
        for (var k = 0; k < fields.Length; k++)
        {
            if (name.SequenceEqual(fields[i]))
            {
                var bit = 1u << i;
                if ((seen & bit) != 0 || !r.Read())
                {
                    return Bail;
                }

                seen |= bit;
                next = i + 1 == fields.Length ? 0 : i + 1;
                return i;
            }

            i = i + 1 == fields.Length ? 0 : i + 1;
        }

        return Bail;
    }

    private static bool Complete(int field, uint seen, uint required) => field == End && (seen & required) == required;

    private static bool ReadList<T>(ref Utf8JsonReader r, Context c, List<T> buffer, ElementReader<T> read, out ValueArray<T> items)
        where T : class
    {
        items = default;
        if (r.TokenType != JsonTokenType.StartArray)
        {
            return false;
        }

        buffer.Clear();
        while (true)
        {
            if (!r.Read())
            {
                return false;
            }

            if (r.TokenType == JsonTokenType.EndArray)
            {
                break;
            }

            if (read(ref r, c) is not { } item)
            {
                return false;
            }

            buffer.Add(item);
        }

        if (buffer.Count > 0)
        {
            items = ValueArray<T>.Wrap([.. buffer]);
            buffer.Clear();
        }

        return true;
    }

    private static bool ReadIds(ref Utf8JsonReader r, Context c, out ValueArray<string> ids) =>
        ReadList(ref r, c, c.Strings, static (ref Utf8JsonReader r, Context c) => c.Shared(ref r), out ids);

    private static string? Text(ref Utf8JsonReader r) => r.TokenType == JsonTokenType.String ? r.GetString() : null;

    private static bool Int(ref Utf8JsonReader r, out int value)
    {
        value = 0;
        return r.TokenType == JsonTokenType.Number && r.TryGetInt32(out value);
    }

    private static bool Bool(ref Utf8JsonReader r, out bool value)
    {
        value = r.TokenType == JsonTokenType.True;
        return value || r.TokenType == JsonTokenType.False;
    }

    private static bool Kebab<T>(ref Utf8JsonReader r, out T value)
        where T : struct, Enum
    {
        value = default;
        return r.TokenType == JsonTokenType.String && !r.ValueIsEscaped && KebabEnumConverter<T>.TryGetValue(r.ValueSpan, out value);
    }

    // An unescaped string: its bytes; otherwise empty, which no date, quarter or constant matches.
    private static ReadOnlySpan<byte> Plain(ref Utf8JsonReader r) =>
        r.TokenType == JsonTokenType.String && !r.ValueIsEscaped ? r.ValueSpan : default;

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

    // yyyy-MM-dd in the years 1 to 9999, a day that exists: what LocalDateConverter accepts.
    private static bool Date(ref Utf8JsonReader r, out LocalDate date)
    {
        date = default;
        var s = Plain(ref r);
        if (s.Length != 10 || s[4] != '-' || s[7] != '-')
        {
            return false;
        }

        int year = Digits(s[..4]), month = Digits(s[5..7]), day = Digits(s[8..]);
        if (year < 1 || month is < 1 or > 12 || day < 1 || day > CalendarSystem.Iso.GetDaysInMonth(year, month))
        {
            return false;
        }

        date = new LocalDate(year, month, day);
        return true;
    }

    // yyyy-Qn: what Kwartaal.TryParse accepts.
    private static bool Quarter(ReadOnlySpan<byte> s, out Kwartaal kwartaal)
    {
        kwartaal = default;
        if (s.Length != 7 || s[4] != '-' || s[5] != 'Q' || s[6] is < (byte)'1' or > (byte)'4')
        {
            return false;
        }

        var year = Digits(s[..4]);
        if (year < Kwartaal.MinJaar)
        {
            return false;
        }

        kwartaal = new Kwartaal(year, s[6] - '0');
        return true;
    }

    private static Werkplan? ReadWerkplan(ref Utf8JsonReader r, Context c)
    {
        if (r.TokenType != JsonTokenType.StartObject)
        {
            return null;
        }

        string? id = null, titel = null, regio = null, agenda = null;
        DateInterval? looptijd = null;
        Convenant? convenant = null;
        int? capaciteit = null;
        ValueArray<string> deelnemers = default;
        ValueArray<Partij> partijen = default;
        ValueArray<Uitgangspunt> uitgangspunten = default;
        ValueArray<Hoofdopgave> hoofdopgaven = default;
        ValueArray<Actie> acties = default;
        ValueArray<Koppelkans> koppelkansen = default;
        ValueArray<BestuurlijkVraagstuk> vraagstukken = default;
        ValueArray<Radenbijeenkomst> radenbijeenkomsten = default;
        ValueArray<Raadsmoment> totstandkoming = default;
        uint seen = 0;
        var next = 0;
        int field;
        while ((field = NextField(ref r, WerkplanFields, ref seen, ref next)) >= 0)
        {
            var ok = field switch
            {
                0 => Text(ref r) is not null, // $schema: any string, not kept
                1 => Plain(ref r).SequenceEqual("zk-werkplan/1"u8), // WerkplanDocument.Formaat
                2 => (id = Text(ref r)) is not null,
                3 => (titel = Text(ref r)) is not null,
                4 => (regio = Text(ref r)) is not null,
                5 => (agenda = Text(ref r)) is not null,
                6 => (looptijd = ReadLooptijd(ref r)) is not null,
                7 => (convenant = ReadConvenant(ref r)) is not null,
                8 => NullableInt(ref r, out capaciteit),
                9 => ReadIds(ref r, c, out deelnemers),
                10 => ReadList(ref r, c, c.Partijen, ReadPartij, out partijen),
                11 => ReadList(ref r, c, c.Uitgangspunten, ReadUitgangspunt, out uitgangspunten),
                12 => ReadList(ref r, c, c.Hoofdopgaven, ReadHoofdopgave, out hoofdopgaven),
                13 => ReadList(ref r, c, c.Acties, ReadActie, out acties),
                14 => ReadList(ref r, c, c.Koppelkansen, ReadKoppelkans, out koppelkansen),
                15 => ReadList(ref r, c, c.Vraagstukken, ReadVraagstuk, out vraagstukken),
                16 => ReadList(ref r, c, c.Radenbijeenkomsten, ReadRadenbijeenkomst, out radenbijeenkomsten),
                _ => ReadList(ref r, c, c.Raadsmomenten, ReadRaadsmoment, out totstandkoming),
            };
            if (!ok)
            {
                return null;
            }
        }

        return Complete(field, seen, WerkplanRequired)
            ? new Werkplan
            {
                Id = id!,
                Titel = titel!,
                Regio = regio!,
                Agenda = agenda,
                Looptijd = looptijd!,
                Convenant = convenant,
                Capaciteit = capaciteit,
                Deelnemers = deelnemers,
                Partijen = partijen,
                Uitgangspunten = uitgangspunten,
                Hoofdopgaven = hoofdopgaven,
                Acties = acties,
                Koppelkansen = koppelkansen,
                Vraagstukken = vraagstukken,
                Radenbijeenkomsten = radenbijeenkomsten,
                Totstandkoming = totstandkoming,
            }
            : null;
    }

    private static bool NullableInt(ref Utf8JsonReader r, out int? value)
    {
        var ok = Int(ref r, out var v);
        value = v;
        return ok;
    }

    // The period; one that ends before it begins is refused (ZK003 on the DTO path).
    private static DateInterval? ReadLooptijd(ref Utf8JsonReader r)
    {
        if (r.TokenType != JsonTokenType.StartObject)
        {
            return null;
        }

        LocalDate begin = default, einde = default;
        uint seen = 0;
        var next = 0;
        int field;
        while ((field = NextField(ref r, LooptijdFields, ref seen, ref next)) >= 0)
        {
            var ok = field == 0 ? Date(ref r, out begin) : Date(ref r, out einde);
            if (!ok)
            {
                return null;
            }
        }

        return Complete(field, seen, LooptijdRequired) && einde >= begin ? new DateInterval(begin, einde) : null;
    }

    private static Convenant? ReadConvenant(ref Utf8JsonReader r)
    {
        if (r.TokenType != JsonTokenType.StartObject)
        {
            return null;
        }

        string? naam = null, toelichting = null;
        LocalDate ondertekend = default;
        uint seen = 0;
        var next = 0;
        int field;
        while ((field = NextField(ref r, ConvenantFields, ref seen, ref next)) >= 0)
        {
            var ok = field switch
            {
                0 => (naam = Text(ref r)) is not null,
                1 => Date(ref r, out ondertekend),
                _ => (toelichting = Text(ref r)) is not null,
            };
            if (!ok)
            {
                return null;
            }
        }

        return Complete(field, seen, ConvenantRequired)
            ? new Convenant { Naam = naam!, Ondertekend = ondertekend, Toelichting = toelichting }
            : null;
    }

    private static Partij? ReadPartij(ref Utf8JsonReader r, Context c)
    {
        if (r.TokenType != JsonTokenType.StartObject)
        {
            return null;
        }

        string? id = null, naam = null;
        PartijSoort soort = default;
        uint seen = 0;
        var next = 0;
        int field;
        while ((field = NextField(ref r, PartijFields, ref seen, ref next)) >= 0)
        {
            var ok = field switch
            {
                0 => (id = c.Shared(ref r)) is not null,
                1 => (naam = Text(ref r)) is not null,
                _ => Kebab(ref r, out soort),
            };
            if (!ok)
            {
                return null;
            }
        }

        return Complete(field, seen, PartijRequired) ? new Partij { Id = id!, Naam = naam!, Soort = soort } : null;
    }

    private static Uitgangspunt? ReadUitgangspunt(ref Utf8JsonReader r, Context c)
    {
        if (r.TokenType != JsonTokenType.StartObject)
        {
            return null;
        }

        string? id = null, titel = null, toelichting = null;
        uint seen = 0;
        var next = 0;
        int field;
        while ((field = NextField(ref r, UitgangspuntFields, ref seen, ref next)) >= 0)
        {
            var ok = field switch
            {
                0 => (id = Text(ref r)) is not null,
                1 => (titel = Text(ref r)) is not null,
                _ => (toelichting = Text(ref r)) is not null,
            };
            if (!ok)
            {
                return null;
            }
        }

        return Complete(field, seen, UitgangspuntRequired) ? new Uitgangspunt { Id = id!, Titel = titel!, Toelichting = toelichting } : null;
    }

    private static Hoofdopgave? ReadHoofdopgave(ref Utf8JsonReader r, Context c)
    {
        if (r.TokenType != JsonTokenType.StartObject)
        {
            return null;
        }

        string? id = null, naam = null, titel = null;
        int? hoofdstuk = null;
        uint seen = 0;
        var next = 0;
        int field;
        while ((field = NextField(ref r, HoofdopgaveFields, ref seen, ref next)) >= 0)
        {
            var ok = field switch
            {
                0 => (id = c.Shared(ref r)) is not null,
                1 => (naam = Text(ref r)) is not null,
                2 => (titel = Text(ref r)) is not null,
                _ => NullableInt(ref r, out hoofdstuk),
            };
            if (!ok)
            {
                return null;
            }
        }

        return Complete(field, seen, HoofdopgaveRequired)
            ? new Hoofdopgave { Id = id!, Naam = naam!, Titel = titel, Hoofdstuk = hoofdstuk }
            : null;
    }

    private static Actie? ReadActie(ref Utf8JsonReader r, Context c)
    {
        if (r.TokenType != JsonTokenType.StartObject)
        {
            return null;
        }

        string? id = null, titel = null, hoofdopgave = null, aanleiding = null, inhoud = null;
        var nummer = 0;
        Termijn termijn = default;
        var alLopend = false;
        Trekkerschap? trekkerschap = null;
        Projectorganisatie? projectorganisatie = Projectorganisatie.Leeg;
        ValueArray<Deelactie> deelacties = default;
        ValueArray<Resultaat> resultaten = default;
        ValueArray<Doel> doelen = default;
        Financiering? financiering = null;
        ValueArray<Raadsmoment> raadsmomenten = default;
        uint seen = 0;
        var next = 0;
        int field;
        while ((field = NextField(ref r, ActieFields, ref seen, ref next)) >= 0)
        {
            var ok = field switch
            {
                0 => (id = Text(ref r)) is not null,
                1 => Int(ref r, out nummer),
                2 => (titel = Text(ref r)) is not null,
                3 => (hoofdopgave = c.Shared(ref r)) is not null,
                4 => (aanleiding = Text(ref r)) is not null,
                5 => (inhoud = Text(ref r)) is not null,
                6 => Kebab(ref r, out termijn),
                7 => Bool(ref r, out alLopend),
                8 => (trekkerschap = ReadTrekkerschap(ref r, c)) is not null,
                9 => (projectorganisatie = ReadProjectorganisatie(ref r, c)) is not null,
                10 => ReadList(ref r, c, c.Deelacties, ReadDeelactie, out deelacties),
                11 => ReadList(ref r, c, c.Resultaten, ReadResultaat, out resultaten),
                12 => ReadList(ref r, c, c.Doelen, ReadDoel, out doelen),
                13 => (financiering = ReadFinanciering(ref r, c)) is not null,
                _ => ReadList(ref r, c, c.Raadsmomenten, ReadRaadsmoment, out raadsmomenten),
            };
            if (!ok)
            {
                return null;
            }
        }

        return Complete(field, seen, ActieRequired)
            ? new Actie
            {
                Id = id!,
                Nummer = nummer,
                Titel = titel!,
                Hoofdopgave = hoofdopgave!,
                Aanleiding = aanleiding,
                Inhoud = inhoud,
                Termijn = termijn,
                AlLopend = alLopend,
                Trekkerschap = trekkerschap!,
                Projectorganisatie = projectorganisatie!,
                Deelacties = deelacties,
                Resultaten = resultaten,
                Doelen = doelen,
                Financiering = financiering!,
                Raadsmomenten = raadsmomenten,
            }
            : null;
    }

    // "alle-deelnemers" or an array of party ids (ProjectorganisatieConverter).
    private static Projectorganisatie? ReadProjectorganisatie(ref Utf8JsonReader r, Context c)
    {
        if (r.TokenType == JsonTokenType.String)
        {
            return Plain(ref r).SequenceEqual("alle-deelnemers"u8) ? Projectorganisatie.AlleDeelnemers : null;
        }

        return ReadIds(ref r, c, out var partijen) ? Projectorganisatie.Van(partijen) : null;
    }

    private static Trekkerschap? ReadTrekkerschap(ref Utf8JsonReader r, Context c)
    {
        if (r.TokenType != JsonTokenType.StartObject)
        {
            return null;
        }

        ValueArray<string> bestuurlijk = default, ambtelijk = default, partners = default;
        string? regie = null, toelichting = null;
        uint seen = 0;
        var next = 0;
        int field;
        while ((field = NextField(ref r, TrekkerschapFields, ref seen, ref next)) >= 0)
        {
            var ok = field switch
            {
                0 => ReadIds(ref r, c, out bestuurlijk),
                1 => ReadIds(ref r, c, out ambtelijk),
                2 => (regie = c.Shared(ref r)) is not null,
                3 => ReadIds(ref r, c, out partners),
                _ => (toelichting = Text(ref r)) is not null,
            };
            if (!ok)
            {
                return null;
            }
        }

        return field == End
            ? new Trekkerschap { Bestuurlijk = bestuurlijk, Ambtelijk = ambtelijk, Regie = regie, Partners = partners, Toelichting = toelichting }
            : null;
    }

    private static Deelactie? ReadDeelactie(ref Utf8JsonReader r, Context c)
    {
        if (r.TokenType != JsonTokenType.StartObject)
        {
            return null;
        }

        string? id = null, titel = null, omschrijving = null;
        Trekkerschap? trekkerschap = null;
        uint seen = 0;
        var next = 0;
        int field;
        while ((field = NextField(ref r, DeelactieFields, ref seen, ref next)) >= 0)
        {
            var ok = field switch
            {
                0 => (id = Text(ref r)) is not null,
                1 => (titel = Text(ref r)) is not null,
                2 => (omschrijving = Text(ref r)) is not null,
                _ => (trekkerschap = ReadTrekkerschap(ref r, c)) is not null,
            };
            if (!ok)
            {
                return null;
            }
        }

        return Complete(field, seen, DeelactieRequired)
            ? new Deelactie { Id = id!, Titel = titel!, Omschrijving = omschrijving, Trekkerschap = trekkerschap }
            : null;
    }

    private static Resultaat? ReadResultaat(ref Utf8JsonReader r, Context c)
    {
        if (r.TokenType != JsonTokenType.StartObject)
        {
            return null;
        }

        string? id = null, omschrijving = null, deelactie = null;
        Kwartaal? gereed = null;
        uint seen = 0;
        var next = 0;
        int field;
        while ((field = NextField(ref r, ResultaatFields, ref seen, ref next)) >= 0)
        {
            var ok = field switch
            {
                0 => (id = Text(ref r)) is not null,
                1 => (omschrijving = Text(ref r)) is not null,
                2 => (deelactie = Text(ref r)) is not null,
                _ => NullableQuarter(ref r, out gereed),
            };
            if (!ok)
            {
                return null;
            }
        }

        return Complete(field, seen, ResultaatRequired)
            ? new Resultaat { Id = id!, Omschrijving = omschrijving!, Deelactie = deelactie, Gereed = gereed }
            : null;
    }

    private static bool NullableQuarter(ref Utf8JsonReader r, out Kwartaal? value)
    {
        var ok = Quarter(Plain(ref r), out var k);
        value = k;
        return ok;
    }

    private static Doel? ReadDoel(ref Utf8JsonReader r, Context c)
    {
        if (r.TokenType != JsonTokenType.StartObject)
        {
            return null;
        }

        string? id = null, omschrijving = null, eenheid = null, kader = null;
        decimal waarde = 0;
        var minimaal = false;
        int? vanafJaar = null, totEnMetJaar = null;
        uint seen = 0;
        var next = 0;
        int field;
        while ((field = NextField(ref r, DoelFields, ref seen, ref next)) >= 0)
        {
            var ok = field switch
            {
                0 => (id = Text(ref r)) is not null,
                1 => (omschrijving = Text(ref r)) is not null,
                2 => r.TokenType == JsonTokenType.Number && r.TryGetDecimal(out waarde),
                3 => (eenheid = c.Shared(ref r)) is not null,
                4 => Bool(ref r, out minimaal),
                5 => NullableInt(ref r, out vanafJaar),
                6 => NullableInt(ref r, out totEnMetJaar),
                _ => (kader = Text(ref r)) is not null,
            };
            if (!ok)
            {
                return null;
            }
        }

        return Complete(field, seen, DoelRequired)
            ? new Doel
            {
                Id = id!, Omschrijving = omschrijving!, Waarde = waarde, Eenheid = eenheid!, Minimaal = minimaal,
                VanafJaar = vanafJaar, TotEnMetJaar = totEnMetJaar, Kader = kader,
            }
            : null;
    }

    private static Financiering? ReadFinanciering(ref Utf8JsonReader r, Context c)
    {
        if (r.TokenType != JsonTokenType.StartObject)
        {
            return null;
        }

        FinancieringsStatus status = default;
        ValueArray<string> financiers = default;
        var claim = false;
        string? toelichting = null;
        uint seen = 0;
        var next = 0;
        int field;
        while ((field = NextField(ref r, FinancieringFields, ref seen, ref next)) >= 0)
        {
            var ok = field switch
            {
                0 => Kebab(ref r, out status),
                1 => ReadIds(ref r, c, out financiers),
                2 => Bool(ref r, out claim),
                _ => (toelichting = Text(ref r)) is not null,
            };
            if (!ok)
            {
                return null;
            }
        }

        return Complete(field, seen, FinancieringRequired)
            ? new Financiering { Status = status, Financiers = financiers, ClaimOpMiddelen = claim, Toelichting = toelichting }
            : null;
    }

    private static Raadsmoment? ReadRaadsmoment(ref Utf8JsonReader r, Context c)
    {
        if (r.TokenType != JsonTokenType.StartObject)
        {
            return null;
        }

        Fase fase = default;
        Kwartaal? kwartaal = null;
        string? radenbijeenkomst = null, toelichting = null;
        ValueArray<Bronvermelding> bronnen = default;
        uint seen = 0;
        var next = 0;
        int field;
        while ((field = NextField(ref r, RaadsmomentFields, ref seen, ref next)) >= 0)
        {
            var ok = field switch
            {
                0 => Kebab(ref r, out fase),
                1 => Planning(ref r, out kwartaal),
                2 => (radenbijeenkomst = c.Shared(ref r)) is not null,
                3 => ReadList(ref r, c, c.Bronnen, ReadBronvermelding, out bronnen),
                _ => (toelichting = Text(ref r)) is not null,
            };
            if (!ok)
            {
                return null;
            }
        }

        return Complete(field, seen, RaadsmomentRequired)
            ? new Raadsmoment { Fase = fase, Kwartaal = kwartaal, Radenbijeenkomst = radenbijeenkomst, Bronnen = bronnen, Toelichting = toelichting }
            : null;
    }

    // A quarter or "n.t.b." (PlanningConverter), which is null.
    private static bool Planning(ref Utf8JsonReader r, out Kwartaal? kwartaal)
    {
        var s = Plain(ref r);
        if (s.SequenceEqual("n.t.b."u8))
        {
            kwartaal = null;
            return true;
        }

        var ok = Quarter(s, out var k);
        kwartaal = k;
        return ok;
    }

    private static Bronvermelding? ReadBronvermelding(ref Utf8JsonReader r, Context c)
    {
        if (r.TokenType != JsonTokenType.StartObject)
        {
            return null;
        }

        string? bron = null, citaat = null;
        Kwartaal? kwartaal = null;
        uint seen = 0;
        var next = 0;
        int field;
        while ((field = NextField(ref r, BronvermeldingFields, ref seen, ref next)) >= 0)
        {
            var ok = field switch
            {
                0 => (bron = c.Shared(ref r)) is not null,
                1 => NullableQuarter(ref r, out kwartaal),
                _ => (citaat = Text(ref r)) is not null,
            };
            if (!ok)
            {
                return null;
            }
        }

        return Complete(field, seen, BronvermeldingRequired) ? new Bronvermelding { Bron = bron!, Kwartaal = kwartaal, Citaat = citaat } : null;
    }

    private static Radenbijeenkomst? ReadRadenbijeenkomst(ref Utf8JsonReader r, Context c)
    {
        if (r.TokenType != JsonTokenType.StartObject)
        {
            return null;
        }

        string? id = null, toelichting = null;
        LocalDate datum = default;
        int? capaciteit = null;
        uint seen = 0;
        var next = 0;
        int field;
        while ((field = NextField(ref r, RadenbijeenkomstFields, ref seen, ref next)) >= 0)
        {
            var ok = field switch
            {
                0 => (id = c.Shared(ref r)) is not null,
                1 => Date(ref r, out datum),
                2 => NullableInt(ref r, out capaciteit),
                _ => (toelichting = Text(ref r)) is not null,
            };
            if (!ok)
            {
                return null;
            }
        }

        return Complete(field, seen, RadenbijeenkomstRequired)
            ? new Radenbijeenkomst { Id = id!, Datum = datum, Capaciteit = capaciteit, Toelichting = toelichting }
            : null;
    }

    private static Koppelkans? ReadKoppelkans(ref Utf8JsonReader r, Context c) =>
        ReadWisselwerking(ref r, c, out var w)
            ? new Koppelkans { Id = w.Id, Titel = w.Titel, Omschrijving = w.Omschrijving, Van = w.Van, Naar = w.Naar, Sterkte = w.Sterkte }
            : null;

    private static BestuurlijkVraagstuk? ReadVraagstuk(ref Utf8JsonReader r, Context c) =>
        ReadWisselwerking(ref r, c, out var w)
            ? new BestuurlijkVraagstuk { Id = w.Id, Titel = w.Titel, Omschrijving = w.Omschrijving, Van = w.Van, Naar = w.Naar, Sterkte = w.Sterkte }
            : null;

    private readonly record struct WisselwerkingFieldValues(string Id, string Titel, string? Omschrijving, Verwijzing Van, Verwijzing Naar, int? Sterkte);

    private static bool ReadWisselwerking(ref Utf8JsonReader r, Context c, out WisselwerkingFieldValues values)
    {
        values = default;
        if (r.TokenType != JsonTokenType.StartObject)
        {
            return false;
        }

        string? id = null, titel = null, omschrijving = null;
        Verwijzing van = default, naar = default;
        int? sterkte = null;
        uint seen = 0;
        var next = 0;
        int field;
        while ((field = NextField(ref r, WisselwerkingFields, ref seen, ref next)) >= 0)
        {
            var ok = field switch
            {
                0 => (id = Text(ref r)) is not null,
                1 => (titel = Text(ref r)) is not null,
                2 => (omschrijving = Text(ref r)) is not null,
                3 => ReadVerwijzing(ref r, c, out van),
                4 => ReadVerwijzing(ref r, c, out naar),
                _ => NullableInt(ref r, out sterkte) && sterkte is >= -3 and <= 3, // SterkteConverter
            };
            if (!ok)
            {
                return false;
            }
        }

        if (!Complete(field, seen, WisselwerkingRequired))
        {
            return false;
        }

        values = new WisselwerkingFieldValues(id!, titel!, omschrijving, van, naar, sterkte);
        return true;
    }

    private static bool ReadVerwijzing(ref Utf8JsonReader r, Context c, out Verwijzing verwijzing)
    {
        verwijzing = default;
        if (r.TokenType != JsonTokenType.StartObject)
        {
            return false;
        }

        ElementSoort soort = default;
        string? id = null;
        uint seen = 0;
        var next = 0;
        int field;
        while ((field = NextField(ref r, VerwijzingFields, ref seen, ref next)) >= 0)
        {
            var ok = field == 0 ? Kebab(ref r, out soort) : (id = Text(ref r)) is not null;
            if (!ok)
            {
                return false;
            }
        }

        if (!Complete(field, seen, VerwijzingRequired))
        {
            return false;
        }

        verwijzing = new Verwijzing(soort, id!);
        return true;
    }
}
