using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace PortMailBot.Intake.Requests;

/// <summary>Line-level helpers over message text: normalisation, closings, signatures, quote headers.</summary>
internal static partial class MessageText
{
    // Message text beyond this is not a request anyone typed; bounding it bounds every regex below.
    private const int MaxTextLength = 200_000;

    // No one writes a request sentence in a paragraph longer than this; sentence patterns read no further.
    private const int MaxParagraphLength = 5_000;

    /// <summary>Unix newlines, no-break and odd spaces made plain, quote markers (<c>&gt; </c>) removed.</summary>
    public static string[] Lines(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return [];
        }

        if (text.Length > MaxTextLength)
        {
            text = text[..MaxTextLength];
        }

        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            switch (c)
            {
                case '\r':
                    break;
                // A tab sets table cells apart ("Adresse de service<TAB>12 rue ..."): kept as a wide gap, which
                // separates a known label from its value as two spaces do.
                case '\t':
                    builder.Append("  ");
                    break;
                case '\u00A0' or '\u2007' or '\u202F' or '\u2002' or '\u2003' or '\u2009':
                    builder.Append(' ');
                    break;
                case '\u200B' or '\u200C' or '\u200D' or '\uFEFF' or '\u00AD':
                    break;
                default:
                    builder.Append(c);
                    break;
            }
        }

        return builder.ToString()
            .Split('\n')
            .Select(line => QuoteMarker().Replace(line, "").TrimEnd())
            .ToArray();
    }

    /// <summary>Whatever stands in parentheses dropped, a space in its place: "Name (owner)", "Numbers (2)".</summary>
    public static string WithoutParentheticals(string text) => Parenthetical().Replace(text, " ");

    /// <summary>A line with a bullet (<c>-</c>, <c>*</c>, <c>•</c>, …) and indentation removed.</summary>
    public static string Unbulleted(string line) => Bullet().Replace(line, "").Trim();

    public static bool IsBlank(string line) => Unbulleted(line).Length == 0;

    /// <summary>"Thanks,", "Best regards,", "Cordialement," …: what comes after is a signature.</summary>
    public static bool IsClosing(string line)
    {
        var trimmed = line.Trim();
        return trimmed.Length <= 40 && ClosingLine().IsMatch(trimmed);
    }

    /// <summary>"On … wrote:", "-----Original Message-----", "From: …": the start of quoted or forwarded text.</summary>
    public static bool IsQuoteHeader(string line) => QuoteHeader().IsMatch(line.Trim());

    /// <summary>"Tel: …", "Cell.", "Tél. :", "Fax :" and other contact lines of a signature.</summary>
    public static bool IsContactLine(string line) => ContactLine().IsMatch(Unbulleted(line));

    /// <summary>A sentence inviting a call ("Questions? Call 1 800 …"), whose number is not requested.</summary>
    public static bool IsContactSentence(string sentence) =>
        ContactSentence().IsMatch(sentence) && !PortingWords().IsMatch(sentence);

    public static IEnumerable<string> Sentences(string line) => SentenceBreak().Split(line);

    /// <summary>Lower case, accents dropped, parentheses and punctuation made spaces, spaces collapsed.</summary>
    public static string Fold(string text)
    {
        var decomposed = text.ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            builder.Append(char.IsLetterOrDigit(c) ? c : ' ');
        }

        return Spaces().Replace(builder.ToString(), " ").Trim();
    }

    /// <summary>The lines of the text a sender wrote as the request: signature blocks after a closing
    /// (until quoted text starts) and contact lines or sentences removed.</summary>
    public static string RequestBody(IReadOnlyList<string> lines)
    {
        var kept = new List<string>();
        var inSignature = false;
        foreach (var line in lines)
        {
            if (IsQuoteHeader(line))
            {
                inSignature = false;
                continue;
            }

            if (IsClosing(line) || line.Trim() == "--")
            {
                inSignature = true;
                continue;
            }

            if (inSignature || IsContactLine(line))
            {
                continue;
            }

            kept.Add(string.Join(' ', Sentences(line).Where(sentence => !IsContactSentence(sentence))));
        }

        return string.Join('\n', kept);
    }

    /// <summary>Paragraphs with their lines joined by spaces, so that sentences wrapped by a mail client
    /// read as one line.</summary>
    public static IReadOnlyList<string> Paragraphs(IReadOnlyList<string> lines)
    {
        var paragraphs = new List<string>();
        var current = new List<string>();
        foreach (var line in lines)
        {
            if (IsBlank(line))
            {
                Flush();
                continue;
            }

            current.Add(line.Trim());
        }

        Flush();
        return paragraphs;

        void Flush()
        {
            if (current.Count > 0)
            {
                var paragraph = string.Join(' ', current);
                paragraphs.Add(paragraph.Length > MaxParagraphLength ? paragraph[..MaxParagraphLength] : paragraph);
                current.Clear();
            }
        }
    }

    /// <summary>Paragraphs as <see cref="Paragraphs"/> gives them, except that a form line ("Business: Blue Heron")
    /// stands alone: its value ends with its line, so a name on the next line ("Jane Doe, owner") is not read
    /// as running on from it ("Blue Heron Jane Doe").</summary>
    public static IReadOnlyList<string> FormParagraphs(IReadOnlyList<string> lines)
    {
        var split = new List<string>();
        foreach (var line in lines)
        {
            var alone = LabelledFieldReader.TrySplit(line, out _, out var value) && value.Length > 0;
            if (alone && split.Count > 0 && !IsBlank(split[^1]))
            {
                split.Add("");
            }

            split.Add(line);
            if (alone)
            {
                split.Add("");
            }
        }

        return Paragraphs(split);
    }

    /// <summary>The matches of a sentence pattern, or none if the text makes the pattern run too long.</summary>
    public static IReadOnlyList<Match> SafeMatches(Regex pattern, string text)
    {
        try
        {
            return pattern.Matches(text).ToList();
        }
        catch (RegexMatchTimeoutException)
        {
            return [];
        }
    }

    [GeneratedRegex(@"^(?:>[ ]?)+")]
    private static partial Regex QuoteMarker();

    [GeneratedRegex(@"^\s*(?:[-*•·▪◦‣–—>](?=[\s\d(])|\+(?=\s)|\d{1,2}[.)](?=\s))?\s*")]
    private static partial Regex Bullet();

    [GeneratedRegex(@"\([^)]*\)")]
    private static partial Regex Parenthetical();

    [GeneratedRegex(@"\s{2,}")]
    private static partial Regex Spaces();

    [GeneratedRegex(
        @"^(?:many\s+)?(?:thanks|thank\s+you|thx|regards|best\s+regards|kind\s+regards|warm\s+regards|best|all\s+the\s+best|cheers|sincerely|yours\s+truly|respectfully|cordialement|salutations|sinc[èe]res\s+salutations|merci|merci\s+beaucoup|merci\s+et\s+bonne\s+journ[ée]e|bonne\s+journ[ée]e|bien\s+[àa]\s+vous|au\s+plaisir|amicalement)\b[^:]{0,25}$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ClosingLine();

    [GeneratedRegex(
        @"^(?:-{2,}\s*(?:original\s+message|forwarded\s+message|message\s+d['’]origine|message\s+transf[ée]r[ée]|message\s+original)|on\s.{5,200}\swrote:$|le\s.{5,200}\sa\s+[ée]crit\s*:$|(?:from|de|envoy[ée]|sent)\s*:\s.+@|begin\s+forwarded\s+message)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex QuoteHeader();

    [GeneratedRegex(
        @"^(?:tel|t[ée]l|t[ée]l[ée]phone|phone|ph|cell|cellulaire|cel|mobile|mob|fax|t[ée]l[ée]c(?:opieur)?|direct|office|main|work|toll[\s-]free|sans\s+frais)\s*\.?\s*(?:\([^)]{1,20}\)\s*)?[:.]|^[tcmpfodw]\s*:",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ContactLine();

    [GeneratedRegex(
        @"\b(?:call|calling|reach|contact|text\s+me|questions?|joindre|rejoindre|appel(?:ez|er)|communiquer|composez|dial|my\s+(?:cell|cellphone|mobile|phone|number|direct\s+line)|mon\s+(?:cell|cellulaire|mobile|num[ée]ro|t[ée]l[ée]phone))\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ContactSentence();

    [GeneratedRegex(
        @"\b(?:port|porting|ported|transf[ée]r\w*|porter|portabilit[ée]|move|moving|numbers\s+(?:are|is)|num[ée]ros\s+sont)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PortingWords();

    [GeneratedRegex(@"(?<=[.!?])\s+(?=\p{Lu})")]
    private static partial Regex SentenceBreak();
}
