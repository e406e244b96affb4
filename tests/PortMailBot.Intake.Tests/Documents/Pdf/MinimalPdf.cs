using System.Globalization;
using System.Text;

namespace PortMailBot.Intake.Tests.Documents.Pdf;

/// <summary>Writes a one-page PDF by hand: Helvetica text lines and raw path operators, so a test can draw what a
/// PDF library would (pen strokes, rules) without one. Coordinates are PDF units, origin bottom-left.
/// <paramref name="type3Font"/> sets the text in a Type 3 font instead, the way browsers' PDF engines set fonts they
/// cannot embed: glyphs drawn by procedures in a font matrix that flips them, a ToUnicode map for the text.</summary>
internal sealed class MinimalPdf(bool type3Font = false)
{
    private readonly StringBuilder _content = new();

    public MinimalPdf Text(double x, double y, double size, string text)
    {
        var escaped = text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("(", "\\(", StringComparison.Ordinal).Replace(")", "\\)", StringComparison.Ordinal);
        // A browser draws the page top-down (the y axis flipped once for the page) and flips its Type 3 glyphs back
        // through the font's matrix.
        _content.Append(type3Font
            ? string.Create(CultureInfo.InvariantCulture, $"q 1 0 0 -1 0 792 cm BT /F1 {size} Tf {x} {792 - y} Td ({escaped}) Tj ET Q\n")
            : string.Create(CultureInfo.InvariantCulture, $"BT /F1 {size} Tf {x} {y} Td ({escaped}) Tj ET\n"));
        return this;
    }

    /// <summary>Path operators as written in a content stream ("60 400 m 80 420 90 390 110 405 c S").</summary>
    public MinimalPdf Path(string operators)
    {
        _content.Append(operators).Append('\n');
        return this;
    }

    /// <summary>Every printable ASCII code drawn by one glyph procedure (a box), 0.5 em wide.</summary>
    private static string Type3Font =>
        "<< /Type /Font /Subtype /Type3 /FontBBox [0 200 900 -700] /FontMatrix [0.001 0 0 -0.001 0 0] "
        + "/CharProcs << /g 6 0 R >> /Encoding << /Type /Encoding /Differences [32 "
        + string.Concat(Enumerable.Repeat("/g ", 95))
        + "] >> /FirstChar 32 /LastChar 126 /Widths ["
        + string.Concat(Enumerable.Repeat("500 ", 95))
        + "] /ToUnicode 7 0 R /Resources << >> >>";

    private static string Type3Glyph
    {
        get
        {
            const string procedure = "500 0 d0 50 -700 400 700 re f";
            return $"<< /Length {procedure.Length} >>\nstream\n{procedure}\nendstream";
        }
    }

    private static string Type3ToUnicode
    {
        get
        {
            const string map = "/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /Ascii def "
                + "1 begincodespacerange <00> <FF> endcodespacerange 1 beginbfrange <20> <7E> <0020> endbfrange "
                + "endcmap CMapName currentdict /CMap defineresource pop end end";
            return $"<< /Length {map.Length} >>\nstream\n{map}\nendstream";
        }
    }

    public byte[] Build()
    {
        var content = _content.ToString();
        var objects = new[]
        {
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
            $"<< /Length {Encoding.Latin1.GetByteCount(content)} >>\nstream\n{content}endstream",
            type3Font ? Type3Font : "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
            Type3Glyph,
            Type3ToUnicode,
        };
        var pdf = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Length; i++)
        {
            offsets.Add(Encoding.Latin1.GetByteCount(pdf.ToString()));
            pdf.Append(CultureInfo.InvariantCulture, $"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }

        var xref = Encoding.Latin1.GetByteCount(pdf.ToString());
        pdf.Append(CultureInfo.InvariantCulture, $"xref\n0 {objects.Length + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            pdf.Append(CultureInfo.InvariantCulture, $"{offset:D10} 00000 n \n");
        }

        pdf.Append(CultureInfo.InvariantCulture, $"trailer\n<< /Size {objects.Length + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.Latin1.GetBytes(pdf.ToString());
    }
}
