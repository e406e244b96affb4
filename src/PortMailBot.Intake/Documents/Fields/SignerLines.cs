using System.Text.RegularExpressions;
using PortMailBot.Intake.Names;

namespace PortMailBot.Intake.Documents.Fields;

/// <summary>The signer's name typed straight under a signature picture, with no caption ("Jane Doe, Owner",
/// "Jane Doe - President"): the picture is the signature, the line names who signed.</summary>
internal static partial class SignerLines
{
    public static IEnumerable<LayoutValue> Find(PageLayout layout)
    {
        foreach (var line in layout.Lines)
        {
            if (layout.Page(line.PageNumber) is not { FromOcr: false } page || page.Images.Count == 0)
            {
                continue;
            }

            foreach (var segment in line.Segments.Where(s => s.Words.Count <= 8))
            {
                var h = Math.Max(segment.Box.Height, 1);
                // A logo heads the page; a signature picture is wide, low and below the page's top fifth.
                var signature = page.Images.Any(i => i.Width > 4 * h && i.Width > 2 * i.Height && i.Height > h && i.Height < 10 * h
                    && i.Top > 0.2 * page.Height
                    && i.Bottom <= segment.Box.Top + h && segment.Box.Top - i.Bottom < 3 * h
                    && i.Left < segment.Box.Right && segment.Box.Left < i.Right);
                if (signature && NameOf(segment.Text) is { } name)
                {
                    yield return new LayoutValue(name, line.PageNumber, segment.Words);
                }
            }
        }
    }

    /// <summary>The person a signer line names, without the title after a comma or a spaced dash.</summary>
    public static string? NameOf(string text)
    {
        // The title follows the last comma or dash; a name written "KAPLAN, Nadia" has no title.
        // "DE LA FONTAINE, Marie": a part before the comma with only one word besides its particles is a last name
        // alone, so what follows the comma is the first name, not a title.
        var titled = TitledPattern().Match(text.Trim());
        if (titled.Success && HasGivenName(titled.Groups["name"].Value) && PersonNameParser.Parse(titled.Groups["name"].Value) is not null)
        {
            return titled.Groups["name"].Value.Trim();
        }

        return PersonNameParser.Parse(text) is not null ? text.Trim() : null;
    }

    private static bool HasGivenName(string name) =>
        name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Count(word => !PersonNameParser.IsParticle(word)) >= 2;

    [GeneratedRegex(@"^(?<name>.+)\s*(?:,|\s[-–—]\s|[–—])\s*(?<title>\p{L}[\p{L} .'’&/-]*)$")]
    private static partial Regex TitledPattern();
}
