using System.Text;

namespace Zk.Domain.Sample;

/// <summary>
/// The text and Markdown output of the console: every character a plan's text brings is shown escaped (control
/// characters, a line break inside a value, unpaired surrogates: <c>\n</c>, <c>\u001B</c>, …, see
/// <see cref="Weergave.Escape(string)"/>), so that a title cannot end a line, move the cursor or colour the terminal.
/// Only <c>WriteLine</c> ends a line, and only <see cref="WriteRaw(string)"/> (the console's own colours) writes as is.
/// </summary>
internal sealed class VeiligeUitvoer(TextWriter inner) : TextWriter
{
    public override Encoding Encoding => inner.Encoding;

    public override IFormatProvider FormatProvider => inner.FormatProvider;

    [System.Diagnostics.CodeAnalysis.AllowNull]
    public override string NewLine
    {
        get => inner.NewLine;
        set => inner.NewLine = value;
    }

    /// <summary>Writes <paramref name="text"/> as is: for the console's own escape sequences (colours).</summary>
    public void WriteRaw(string text) => inner.Write(text);

    /// <summary>Writes raw text to <paramref name="o"/>: as is through a <see cref="VeiligeUitvoer"/>, else directly.</summary>
    public static void WriteRaw(TextWriter o, string text)
    {
        if (o is VeiligeUitvoer veilig)
        {
            veilig.WriteRaw(text);
        }
        else
        {
            o.Write(text);
        }
    }

    public override void Write(char value) => inner.Write(Weergave.Escape(value.ToString()));

    public override void Write(string? value) => inner.Write(Weergave.Escape(value ?? string.Empty));

    public override void Write(char[] buffer, int index, int count) => Write(new string(buffer, index, count));

    public override void Write(ReadOnlySpan<char> buffer) => Write(new string(buffer));

    public override void WriteLine() => inner.WriteLine();

    public override void WriteLine(string? value)
    {
        Write(value);
        inner.WriteLine();
    }

    public override void WriteLine(ReadOnlySpan<char> buffer)
    {
        Write(buffer);
        inner.WriteLine();
    }

    public override void WriteLine(char[] buffer, int index, int count)
    {
        Write(buffer, index, count);
        inner.WriteLine();
    }

    public override void Flush() => inner.Flush();
}
