using System.Text;

namespace PortMailBot.Daemon.Replies;

/// <summary>Cleans text taken from a message (a subject, a display name, a name read from a document) before it
/// goes into a reply or the database: control characters (NUL included) and line breaks become a space, the
/// bidirectional overrides and isolates (U+202A-U+202E, U+2066-U+2069, which make "exe.pdf" read as "fdp.exe")
/// are dropped, runs of spaces shrink to one, and the text is cut to a sane length.</summary>
public static class SafeText
{
    public const int MaxSubject = 200;
    public const int MaxName = 100;

    public static string Clean(string? text, int maxLength)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        var result = new StringBuilder(Math.Min(text.Length, maxLength + 1));
        var space = false;
        foreach (var c in text)
        {
            if (IsBidiControl(c) || c is '\uFEFF' or '\u200B')
            {
                continue;
            }

            if (char.IsControl(c) || char.IsWhiteSpace(c) || c is '\u2028' or '\u2029')
            {
                space = result.Length > 0;
                continue;
            }

            if (space)
            {
                result.Append(' ');
                space = false;
            }

            result.Append(c);
            if (result.Length > maxLength)
            {
                // Cut, never between the halves of a surrogate pair, and say so.
                var keep = char.IsHighSurrogate(result[maxLength - 1]) ? maxLength - 1 : maxLength;
                return result.ToString(0, keep).TrimEnd() + "…";
            }
        }

        return result.ToString();
    }

    /// <summary>Whether a Message-ID may be copied into a reply's In-Reply-To/References: no control, space or
    /// bidi character, and a sane length (RFC 5322 msg-id is printable ASCII).</summary>
    public static bool IsSafeMessageId([System.Diagnostics.CodeAnalysis.NotNullWhen(true)] string? id) =>
        !string.IsNullOrEmpty(id) && id.Length <= 250 && id.All(c => c is > ' ' and < '\u007F');

    private static bool IsBidiControl(char c) => c is (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069') or '\u200E' or '\u200F' or '\u061C';
}
