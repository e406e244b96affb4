using System.Globalization;
using System.Text;

namespace PortMailBot.Daemon.Workflow;

/// <summary>A Letter-size PDF of text lines and rules in Helvetica, written directly: the form the daemon attaches
/// needs nothing more, and a general PDF builder cost more per reply than the rest of the reply's work together.
/// Text is encoded in WinAnsiEncoding, which the standard fonts print without a font file: French accents,
/// œ, quotes and dashes are kept; only what that encoding lacks is folded or replaced.</summary>
public sealed class LetterPdf
{
    public const double Width = 612;
    public const double Height = 792;

    private readonly List<StringBuilder> pages = [];
    private StringBuilder page;

    public LetterPdf()
    {
        page = new StringBuilder();
        pages.Add(page);
    }

    public int PageCount => pages.Count;

    public void AddPage()
    {
        page = new StringBuilder();
        pages.Add(page);
    }

    /// <summary>Writes <paramref name="text"/> on the current page with its baseline starting at (x, y), in points
    /// from the bottom left.</summary>
    public void AddText(string text, double size, double x, double y, bool bold = false)
    {
        page.Append("BT /").Append(bold ? "F2 " : "F1 ").Append(Number(size)).Append(" Tf ")
            .Append(Number(x)).Append(' ').Append(Number(y)).Append(" Td (");
        foreach (var b in WinAnsi.Encode(text))
        {
            AppendStringByte(page, b);
        }

        page.Append(") Tj ET\n");
    }

    public void AddRule(double x1, double x2, double y, double lineWidth)
    {
        page.Append(Number(lineWidth)).Append(" w ").Append(Number(x1)).Append(' ').Append(Number(y)).Append(" m ")
            .Append(Number(x2)).Append(' ').Append(Number(y)).Append(" l S\n");
    }

    public byte[] ToArray()
    {
        // Objects: 1 catalog, 2 page tree, 3-4 fonts, then a page and its content stream for each page.
        var output = new MemoryStream();
        var offsets = new List<long>();
        Write(output, "%PDF-1.4\n%\u00E2\u00E3\u00CF\u00D3\n");
        var kids = string.Join(' ', Enumerable.Range(0, pages.Count).Select(i => (5 + (2 * i)).ToString(CultureInfo.InvariantCulture) + " 0 R"));
        WriteObject(output, offsets, "<< /Type /Catalog /Pages 2 0 R >>");
        WriteObject(output, offsets, "<< /Type /Pages /Kids [" + kids + "] /Count " + pages.Count.ToString(CultureInfo.InvariantCulture) + " >>");
        WriteObject(output, offsets, "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>");
        WriteObject(output, offsets, "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>");
        for (var i = 0; i < pages.Count; i++)
        {
            var contentsId = 6 + (2 * i);
            WriteObject(output, offsets, "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents "
                + contentsId.ToString(CultureInfo.InvariantCulture) + " 0 R >>");
            var content = Encoding.ASCII.GetBytes(pages[i].ToString());
            WriteObject(output, offsets, "<< /Length " + content.Length.ToString(CultureInfo.InvariantCulture) + " >>\nstream\n", content, "\nendstream");
        }

        var xref = output.Position;
        var table = new StringBuilder();
        table.Append("xref\n0 ").Append(offsets.Count + 1).Append("\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            table.Append(offset.ToString("D10", CultureInfo.InvariantCulture)).Append(" 00000 n \n");
        }

        table.Append("trailer\n<< /Size ").Append(offsets.Count + 1).Append(" /Root 1 0 R >>\nstartxref\n")
            .Append(xref.ToString(CultureInfo.InvariantCulture)).Append("\n%%EOF\n");
        Write(output, table.ToString());
        return output.ToArray();
    }

    private static void WriteObject(MemoryStream output, List<long> offsets, string head, byte[]? stream = null, string? tail = null)
    {
        offsets.Add(output.Position);
        Write(output, (offsets.Count).ToString(CultureInfo.InvariantCulture) + " 0 obj\n" + head);
        if (stream is not null)
        {
            output.Write(stream);
            Write(output, tail ?? "");
        }

        Write(output, "\nendobj\n");
    }

    private static void Write(MemoryStream output, string text) => output.Write(Encoding.Latin1.GetBytes(text));

    /// <summary>Printable ASCII as it is, the string delimiters escaped, every other byte as an octal escape, so
    /// the content stream stays 7-bit.</summary>
    private static void AppendStringByte(StringBuilder builder, byte b)
    {
        if (b is (byte)'(' or (byte)')' or (byte)'\\')
        {
            builder.Append('\\').Append((char)b);
        }
        else if (b is >= 0x20 and <= 0x7E)
        {
            builder.Append((char)b);
        }
        else
        {
            builder.Append('\\').Append(Convert.ToString(b, 8).PadLeft(3, '0'));
        }
    }

    private static string Number(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
