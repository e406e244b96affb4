using System.Globalization;
using System.Text;

namespace PortMailBot.Intake.Tests.Documents.Pdf;

/// <summary>Writes a one-page PDF by hand: Helvetica text lines and raw path operators, so a test can draw what a
/// PDF library would (pen strokes, rules) without one. Coordinates are PDF units, origin bottom-left.</summary>
internal sealed class MinimalPdf
{
    private readonly StringBuilder _content = new();

    public MinimalPdf Text(double x, double y, double size, string text)
    {
        var escaped = text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("(", "\\(", StringComparison.Ordinal).Replace(")", "\\)", StringComparison.Ordinal);
        _content.Append(CultureInfo.InvariantCulture, $"BT /F1 {size} Tf {x} {y} Td ({escaped}) Tj ET\n");
        return this;
    }

    /// <summary>Path operators as written in a content stream ("60 400 m 80 420 90 390 110 405 c S").</summary>
    public MinimalPdf Path(string operators)
    {
        _content.Append(operators).Append('\n');
        return this;
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
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
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
