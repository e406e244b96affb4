using System.Text;
using System.Text.RegularExpressions;

namespace PortMailBot.Intake.Mail;

/// <summary>
/// Keeps what the sender wrote in this message: drops '&gt;'-quoted lines and whatever follows a reply
/// header ("On … wrote:", "Le … a écrit :", "-----Original Message-----", an Outlook "From:/Sent:" block),
/// but keeps inline forwarded messages, since what a customer forwards is part of what they state.
/// </summary>
internal static partial class ReplyQuoteStripper
{
    // Header lines are short; longer lines are prose and are not matched at all (keeps regexes cheap).
    private const int MaxHeaderLineLength = 400;

    private enum State
    {
        Fresh,
        Forwarded,
        Quoted,
    }

    public static string FreshText(string text, string? messageSubject = null)
    {
        var lines = TextLines.Split(text);
        var kept = new StringBuilder(text.Length);
        var state = State.Fresh;

        // Set by "On … wrote:" until the quote under it ends; a forward marker quoted there is history.
        var inReplyQuote = false;
        for (var i = 0; i < lines.Length && state != State.Quoted; i++)
        {
            var line = lines[i];
            if (state == State.Forwarded)
            {
                kept.Append(Unquote(line)).Append('\n');
                continue;
            }

            var trimmed = line.Trim();
            if (IsForwardMarker(trimmed))
            {
                state = State.Forwarded;
                kept.Append(trimmed).Append('\n');
                continue;
            }

            if (IsQuoted(trimmed))
            {
                // Apple Mail puts a forwarded message, marker included, in a quote block.
                if (!inReplyQuote && IsForwardMarker(Unquote(trimmed)))
                {
                    state = State.Forwarded;
                    kept.Append(Unquote(trimmed)).Append('\n');
                }

                continue;
            }

            if (trimmed.Length > 0)
            {
                inReplyQuote = false;
            }

            if (IsAttributionLine(lines, i, out var attributionLines))
            {
                // "On … wrote:" above '>'-quoted lines: inline answers may follow the quote, keep reading.
                // Above unquoted history (HTML mail turned to text often has no '>'), the rest is history.
                var next = NextNonBlank(lines, i + attributionLines);
                if (next is not null && IsQuoted(next.Trim()))
                {
                    i += attributionLines - 1;
                    inReplyQuote = true;
                    continue;
                }

                state = State.Quoted;
                continue;
            }

            if (IsOriginalMessageMarker(trimmed) || IsHeaderBlockStart(lines, i))
            {
                state = IsForwardedHeaderBlock(lines, i, messageSubject) ? State.Forwarded : State.Quoted;
                if (state == State.Forwarded)
                {
                    kept.Append(trimmed).Append('\n');
                }

                continue;
            }

            kept.Append(line).Append('\n');
        }

        return TextLines.Normalize(kept.ToString());
    }

    private static bool IsQuoted(string trimmedLine) => trimmedLine.StartsWith('>');

    private static string Unquote(string line)
    {
        var trimmed = line.TrimStart();
        while (trimmed.StartsWith('>'))
        {
            trimmed = trimmed[1..].TrimStart(' ');
        }

        return trimmed;
    }

    private static string? NextNonBlank(string[] lines, int start)
    {
        for (var i = start; i < lines.Length; i++)
        {
            if (lines[i].Trim().Length > 0)
            {
                return lines[i];
            }
        }

        return null;
    }

    private static bool IsForwardMarker(string line) =>
        line.Length <= MaxHeaderLineLength && ForwardMarker().IsMatch(line);

    private static bool IsOriginalMessageMarker(string line) =>
        line.Length <= MaxHeaderLineLength && OriginalMessageMarker().IsMatch(line);

    /// <summary>"On … wrote:" possibly wrapped over two or three lines (mail clients wrap long names).</summary>
    private static bool IsAttributionLine(string[] lines, int index, out int lineCount)
    {
        lineCount = 0;
        var first = lines[index].Trim();
        if (first.Length == 0 || first.Length > MaxHeaderLineLength || !AttributionStart().IsMatch(first))
        {
            return false;
        }

        var joined = first;
        for (var count = 1; count <= 3 && index + count <= lines.Length; count++)
        {
            if (count > 1)
            {
                var next = lines[index + count - 1].Trim();
                if (next.Length == 0 || joined.Length + next.Length > MaxHeaderLineLength)
                {
                    return false;
                }

                joined += " " + next;
            }

            if (AttributionLine().IsMatch(joined))
            {
                lineCount = count;
                return true;
            }
        }

        return false;
    }

    /// <summary>An Outlook-style header block: "From:"/"De :" followed closely by "Sent:"/"Envoyé :"/"Date:".</summary>
    private static bool IsHeaderBlockStart(string[] lines, int index)
    {
        var first = lines[index].Trim();
        if (first.Length > MaxHeaderLineLength || !FromHeader().IsMatch(first))
        {
            return false;
        }

        for (var i = index + 1; i < Math.Min(lines.Length, index + 4); i++)
        {
            var line = lines[i].Trim();
            if (line.Length <= MaxHeaderLineLength && SentHeader().IsMatch(line))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Outlook writes the same header block (and old ones the same "Original Message" line) for replies
    /// and forwards; the subject in the block ("FW:", "Fwd:", "TR:") or of the message tells them apart.
    /// </summary>
    private static bool IsForwardedHeaderBlock(string[] lines, int index, string? messageSubject)
    {
        for (var i = index; i < Math.Min(lines.Length, index + 8); i++)
        {
            var line = lines[i].Trim();
            if (line.Length > MaxHeaderLineLength)
            {
                continue;
            }

            var subject = SubjectHeader().Match(line);
            if (subject.Success)
            {
                return ForwardSubject().IsMatch(subject.Groups["value"].Value.Trim());
            }
        }

        return messageSubject is not null && ForwardSubject().IsMatch(messageSubject.Trim());
    }

    [GeneratedRegex(
        @"^(?:-{2,}\s*(?:Forwarded message|Forwarded Message|Message transf[ée]r[ée]|Message r[ée]exp[ée]di[ée]|Mensaje reenviado)\s*-{2,}|Begin forwarded message\s*:?|D[ée]but du message r[ée]exp[ée]di[ée]\s*:?|-{2,}\s*Message transf[ée]r[ée]\s*-*)$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ForwardMarker();

    [GeneratedRegex(
        @"^-{2,}\s*(?:Original Message|Message d'origine|Message original|Courriel original|Ursprüngliche Nachricht)\s*-{2,}$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OriginalMessageMarker();

    [GeneratedRegex(@"^(?:On|Le)\s", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AttributionStart();

    [GeneratedRegex(
        @"^(?:On\s.{0,380}\swrote\s*:|Le\s.{0,380}\sa\s+[ée]crit\s*:)$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Singleline)]
    private static partial Regex AttributionLine();

    [GeneratedRegex(@"^\*{0,2}(?:From|De)\s*\*{0,2}\s*:\s*\S", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FromHeader();

    [GeneratedRegex(@"^\*{0,2}(?:Sent|Envoy[ée]|Date)\s*\*{0,2}\s*:\s*\S", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SentHeader();

    [GeneratedRegex(@"^\*{0,2}(?:Subject|Objet)\s*\*{0,2}\s*:(?<value>.*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SubjectHeader();

    [GeneratedRegex(@"^(?:fwd?|tr|wg|rv|enc)\s*:", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ForwardSubject();
}
