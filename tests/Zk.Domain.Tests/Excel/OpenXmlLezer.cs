using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Zk.Domain.Tests.Excel;

/// <summary>
/// A second reader of xlsx files, independent of ClosedXML: the Open XML SDK's own parts, the shared strings resolved and
/// the ST_Xstring escapes (<c>_xHHHH_</c>, ECMA-376 Part 1, 22.9.2.19) decoded here.
/// </summary>
internal sealed class OpenXmlLezer
{
    public required Dictionary<string, Blad> Bladen { get; init; }

    internal sealed record Blad(string Naam, string Zichtbaarheid, Dictionary<string, (string Soort, string Tekst)> Cellen, bool Beschermd)
    {
        public string? Tekst(string a1) => Cellen.TryGetValue(a1, out var c) ? c.Tekst : null;
    }

    public static OpenXmlLezer Lees(byte[] xlsx)
    {
        using var stream = new MemoryStream(xlsx);
        using var document = SpreadsheetDocument.Open(stream, false);
        var workbook = document.WorkbookPart!;
        var gedeeld = workbook.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(Tekst).ToArray() ?? [];
        var bladen = new Dictionary<string, Blad>(StringComparer.Ordinal);
        foreach (var sheet in workbook.Workbook.Sheets!.Elements<Sheet>())
        {
            var part = (WorksheetPart)workbook.GetPartById(sheet.Id!.Value!);
            var cellen = new Dictionary<string, (string, string)>(StringComparer.Ordinal);
            foreach (var row in part.Worksheet.Descendants<Row>())
            {
                var kolom = 0;
                foreach (var cell in row.Elements<Cell>())
                {
                    // The reference is optional in the format: without it a cell follows the one before it.
                    var referentie = cell.CellReference?.Value ?? A1((int)row.RowIndex!.Value, kolom + 1);
                    kolom = Kolom(referentie);
                    var soort = cell.DataType?.Value;
                    if (soort == CellValues.SharedString && cell.CellValue is { } index)
                    {
                        cellen[referentie] = ("s", gedeeld[int.Parse(index.Text, CultureInfo.InvariantCulture)]);
                    }
                    else if (soort == CellValues.InlineString)
                    {
                        cellen[referentie] = ("s", Decodeer(cell.InlineString!.InnerText));
                    }
                    else if (cell.CellValue is { } waarde)
                    {
                        cellen[referentie] = (soort == CellValues.String ? "s" : "n", waarde.Text);
                    }
                }
            }

            var state = sheet.State?.Value;
            var zichtbaar = state == SheetStateValues.VeryHidden ? "veryHidden" : state == SheetStateValues.Hidden ? "hidden" : "visible";
            bladen[sheet.Name!.Value!] = new Blad(sheet.Name!.Value!, zichtbaar, cellen, part.Worksheet.Elements<SheetProtection>().Any());
        }

        return new OpenXmlLezer { Bladen = bladen };
    }

    // A shared string: its text, or the concatenated text of its runs.
    private static string Tekst(SharedStringItem item) =>
        Decodeer(item.Text is { } t ? t.Text : string.Concat(item.Elements<Run>().Select(r => r.Text?.Text ?? string.Empty)));

    /// <summary>Decodes every <c>_xHHHH_</c> to its character (so <c>_x005F_</c> to an underscore).</summary>
    public static string Decodeer(string tekst)
    {
        var uit = new StringBuilder(tekst.Length);
        for (var i = 0; i < tekst.Length; i++)
        {
            if (tekst[i] == '_' && i + 6 < tekst.Length && tekst[i + 1] == 'x' && tekst[i + 6] == '_'
                && int.TryParse(tekst.AsSpan(i + 2, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code))
            {
                uit.Append((char)code);
                i += 6;
            }
            else
            {
                uit.Append(tekst[i]);
            }
        }

        return uit.ToString();
    }

    private static int Kolom(string a1)
    {
        var kolom = 0;
        foreach (var c in a1.TakeWhile(char.IsAsciiLetterUpper))
        {
            kolom = (kolom * 26) + (c - 'A' + 1);
        }

        return kolom;
    }

    /// <summary>The A1 reference of row and column, written out here as the specification says (letters base 26 without zero).</summary>
    public static string A1(int rij, int kolom)
    {
        var letters = string.Empty;
        while (kolom > 0)
        {
            var rest = (kolom - 1) % 26;
            letters = (char)('A' + rest) + letters;
            kolom = (kolom - 1) / 26;
        }

        return letters + rij.ToString(CultureInfo.InvariantCulture);
    }
}
