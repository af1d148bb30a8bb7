using System.Globalization;

namespace Zk.Domain.Documenten;

/// <summary>
/// Why a work plan document could not be read: where (the source, the JSON path, the line and column)
/// and what was wrong, in English and in Dutch.
/// </summary>
/// <param name="Source">The file name or other source name given to the loader; <c>&lt;document&gt;</c> when none was given.</param>
/// <param name="JsonPath">The JSON path of the offending element, e.g. <c>$.acties[2].termijn</c>; <c>$</c> for the document as a whole.</param>
/// <param name="Line">The 1-based line of the offending token, or null when the position is not known (e.g. an unreadable file).</param>
/// <param name="Column">The 1-based column (in UTF-8 bytes) of the offending token, or null when not known.</param>
/// <param name="Message">What is wrong, in one sentence (English).</param>
/// <param name="Code">The rule code when the error breaks a rule of the catalogue (ZK003 for an invalid date or period), otherwise null.</param>
/// <remarks>
/// <para>Every text is one line of bounded length, whatever the document held: <see cref="JsonPath"/>,
/// <see cref="Message"/> and <see cref="MessageNl"/> are stored with control characters (and unpaired surrogates)
/// escaped as <c>\n</c>, <c>\u001B</c>, … and shortened to at most <see cref="MaxPathLength"/> and
/// <see cref="MaxMessageLength"/> characters (<c>… (N characters)</c> marks a cut, which never falls inside a surrogate
/// pair); <see cref="ToString(Taal)"/> shows <see cref="Source"/> the same way and is at most <see cref="MaxLineLength"/>
/// characters.</para>
/// <para>Equality is structural (the Dutch message included). Immutable and thread-safe.</para>
/// </remarks>
public sealed record DocumentError(string Source, string JsonPath, int? Line, int? Column, string Message, string? Code = null)
{
    /// <summary>The longest <see cref="JsonPath"/> kept, in UTF-16 code units.</summary>
    public const int MaxPathLength = 100;

    /// <summary>The longest <see cref="Message"/> or <see cref="MessageNl"/> kept, in UTF-16 code units.</summary>
    public const int MaxMessageLength = 240;

    /// <summary>The longest line <see cref="ToString(Taal)"/> gives, in UTF-16 code units.</summary>
    public const int MaxLineLength = 300;

    private const int MaxSourceLength = 60;

    /// <summary>The JSON path of the offending element, e.g. <c>$.acties[2].termijn</c>; escaped and shortened (see remarks).</summary>
    public string JsonPath { get; init => field = Weergave.Shorten(value, MaxPathLength); } = Weergave.Shorten(JsonPath, MaxPathLength);

    /// <summary>What is wrong, in one sentence (English); escaped and shortened (see remarks).</summary>
    public string Message { get; init => field = Weergave.Shorten(value, MaxMessageLength); } = Weergave.Shorten(Message, MaxMessageLength);

    /// <summary>What is wrong, in one sentence (Dutch); the English <see cref="Message"/> when no Dutch text was given.</summary>
    public string MessageNl { get; init => field = Weergave.Shorten(value, MaxMessageLength); } = Weergave.Shorten(Message, MaxMessageLength);

    /// <summary>The message in <paramref name="taal"/>.</summary>
    /// <param name="taal">The language.</param>
    public string MessageIn(Taal taal) => taal == Taal.Nl ? MessageNl : Message;

    /// <summary>
    /// One line (at most <see cref="MaxLineLength"/> characters) naming everything: <c>plan.json: $.acties[2].termijn (line 41, column 19): Expected one of "kort", "lang"; found 'middel'.</c>
    /// </summary>
    public override string ToString() => ToString(Taal.En);

    /// <summary>One line naming everything, in <paramref name="taal"/>: <c>plan.json: $.acties[2].termijn (regel 41, kolom 19): …</c>.</summary>
    /// <param name="taal">The language.</param>
    public string ToString(Taal taal)
    {
        var position = Line is { } line
            ? taal == Taal.Nl
                ? string.Create(CultureInfo.InvariantCulture, $" (regel {line}, kolom {Column ?? 1})")
                : string.Create(CultureInfo.InvariantCulture, $" (line {line}, column {Column ?? 1})")
            : string.Empty;
        var code = Code is null ? string.Empty : Weergave.Shorten(Code, 16) + ": ";
        var begin = $"{Weergave.Shorten(Source ?? string.Empty, MaxSourceLength)}: {JsonPath}{position}: {code}";
        var bericht = MessageIn(taal) ?? string.Empty;
        return begin.Length + bericht.Length <= MaxLineLength
            ? begin + bericht
            : begin + Weergave.Cut(bericht, MaxLineLength - begin.Length - 1) + "…";
    }
}
