using PortMailBot.Intake.Documents;

namespace PortMailBot.Ocr.Tests;

internal static class PageText
{
    public static string Of(IEnumerable<DocumentPage> pages) => string.Join("\n", pages.Select(Of));

    public static string Of(DocumentPage page) => string.Join(' ', page.Words.Select(w => w.Text));

    /// <summary>Digits only, so "519-544-4392" and "519 544 4392" compare alike.</summary>
    public static string Digits(string text) => new(text.Where(char.IsAsciiDigit).ToArray());
}
