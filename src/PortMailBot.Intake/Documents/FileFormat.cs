namespace PortMailBot.Intake.Documents;

/// <summary>What an attachment's bytes are, judged by their magic bytes first and the file name second.</summary>
internal enum FileFormat
{
    Unknown,
    Pdf,
    Image,
    Xlsx,
    LegacyXls,
    OleCompound,
    Csv,
    Text,
}

internal static class FileFormatSniffer
{
    private static readonly string[] ImageExtensions = [".png", ".jpg", ".jpeg", ".tif", ".tiff", ".gif", ".bmp", ".jfif", ".webp"];

    public static FileFormat Detect(string fileName, string contentType, ReadOnlySpan<byte> content)
    {
        var extension = Path.GetExtension(fileName ?? "").ToLowerInvariant();
        var type = (contentType ?? "").ToLowerInvariant();

        // A PDF may carry junk before its header; look in the first kilobyte as readers do.
        var head = content[..Math.Min(content.Length, 1024)];
        if (head.IndexOf("%PDF-"u8) >= 0)
        {
            return FileFormat.Pdf;
        }

        if (StartsWith(content, [0x89, 0x50, 0x4E, 0x47]) || StartsWith(content, [0xFF, 0xD8, 0xFF])
            || StartsWith(content, "II*\0"u8) || StartsWith(content, "MM\0*"u8) || StartsWith(content, "GIF8"u8)
            || StartsWith(content, "BM"u8) && ImageExtensions.Contains(extension))
        {
            return FileFormat.Image;
        }

        if (StartsWith(content, [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]))
        {
            // Legacy .xls and password-protected .xlsx are both OLE compound files.
            return extension is ".xls" ? FileFormat.LegacyXls : FileFormat.OleCompound;
        }

        if (StartsWith(content, "PK"u8) && extension is ".xlsx" or ".xlsm" or ".xltx" or ".xltm" || StartsWith(content, "PK"u8) && type.Contains("spreadsheetml", StringComparison.Ordinal))
        {
            return FileFormat.Xlsx;
        }

        if (extension == ".pdf" || type == "application/pdf")
        {
            return FileFormat.Pdf;
        }

        if (ImageExtensions.Contains(extension) || type.StartsWith("image/", StringComparison.Ordinal))
        {
            return FileFormat.Image;
        }

        if (extension is ".xlsx" or ".xlsm")
        {
            return FileFormat.Xlsx;
        }

        if (extension == ".xls" || type == "application/vnd.ms-excel" && extension != ".csv")
        {
            return FileFormat.LegacyXls;
        }

        if (extension is ".csv" or ".tsv" || type is "text/csv" or "text/tab-separated-values")
        {
            return FileFormat.Csv;
        }

        if (extension == ".txt" || type == "text/plain")
        {
            return FileFormat.Text;
        }

        return FileFormat.Unknown;
    }

    private static bool StartsWith(ReadOnlySpan<byte> content, ReadOnlySpan<byte> prefix) => content.StartsWith(prefix);
}
