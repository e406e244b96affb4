using System.Text;
using System.Text.RegularExpressions;

namespace PortMailBot.Intake.Mail;

/// <summary>
/// Bytes to text by the declared charset, forgiving the usual lies: an unknown or wrong charset falls
/// back to UTF-8 and then to Windows-1252 (a superset of Latin-1 for printable text), valid UTF-8 under a
/// single-byte label is read as UTF-8, and nothing throws.
/// </summary>
internal static partial class CharsetDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    static CharsetDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>Windows-1252, registered through the code pages provider; Latin-1 if that is missing.</summary>
    public static Encoding Windows1252 { get; } = GetWindows1252();

    public static string Decode(ReadOnlySpan<byte> bytes, string? charset)
    {
        if (bytes.StartsWith(Encoding.UTF8.Preamble))
        {
            return DecodeUtf8OrLegacy(bytes[3..]);
        }

        var encoding = Resolve(charset);
        if (encoding is null || encoding.CodePage is 20127 or 65001)
        {
            // Undeclared, unknown, ASCII or UTF-8: 8-bit bytes in such parts are usually UTF-8, else legacy.
            return DecodeUtf8OrLegacy(bytes);
        }

        if (encoding.IsSingleByte && IsUtf8WithMultiByteSequences(bytes))
        {
            // A legacy label on UTF-8 text (webmail and scripts that write UTF-8 and say Latin-1): legacy
            // text whose 8-bit bytes all pair up into valid UTF-8 sequences ("Ã©", "Ã´") is vanishingly rare,
            // while decoding UTF-8 as Latin-1 turns every accent into two wrong letters.
            return StrictUtf8.GetString(bytes);
        }

        try
        {
            return encoding.GetString(bytes);
        }
        catch (Exception ex) when (ex is DecoderFallbackException or ArgumentException)
        {
            return DecodeUtf8OrLegacy(bytes);
        }
    }

    private static bool IsUtf8WithMultiByteSequences(ReadOnlySpan<byte> bytes) =>
        bytes.ContainsAnyInRange((byte)0x80, (byte)0xFF) && System.Text.Unicode.Utf8.IsValid(bytes);

    private static string DecodeUtf8OrLegacy(ReadOnlySpan<byte> bytes)
    {
        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return Windows1252.GetString(bytes);
        }
    }

    private static Encoding? Resolve(string? charset)
    {
        if (string.IsNullOrWhiteSpace(charset))
        {
            return null;
        }

        var name = charset.Trim().Trim('"', '\'').ToLowerInvariant();

        // Senders labelling text ISO-8859-1 very often use Windows-1252's extra characters (curly quotes, €);
        // decoding as 1252 gets those right and changes nothing else printable.
        if (name is "iso-8859-1" or "iso8859-1" or "latin1" or "latin-1" or "l1" or "iso_8859-1" or "us-ascii" or "ascii")
        {
            return name.Contains("ascii", StringComparison.Ordinal) ? Encoding.ASCII : Windows1252;
        }

        if (name is "utf8" or "utf-8" or "unicode-1-1-utf-8")
        {
            return Encoding.UTF8;
        }

        var codePageMatch = CodePageName().Match(name);
        if (codePageMatch.Success && int.TryParse(codePageMatch.Groups["page"].Value, out var codePage))
        {
            try
            {
                return Encoding.GetEncoding(codePage);
            }
            catch (Exception ex) when (ex is NotSupportedException or ArgumentException)
            {
                // Not a code page this runtime knows: try the name itself below.
            }
        }

        try
        {
            return Encoding.GetEncoding(name);
        }
        catch (Exception ex) when (ex is NotSupportedException or ArgumentException)
        {
            return null;
        }
    }

    private static Encoding GetWindows1252()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        try
        {
            return Encoding.GetEncoding(1252);
        }
        catch (Exception ex) when (ex is NotSupportedException or ArgumentException)
        {
            return Encoding.Latin1;
        }
    }

    [GeneratedRegex(@"^(?:x-)?(?:cp|windows-|ms)-?(?<page>\d{3,5})$", RegexOptions.CultureInvariant)]
    private static partial Regex CodePageName();
}
