using System.Text;
using System.Text.RegularExpressions;

namespace PortMailBot.Intake.Mail;

/// <summary>
/// Plain text out of an RTF message body (Outlook's TNEF bodies): paragraphs, tabs, \'hh and \uN
/// characters; font tables, pictures and other destinations dropped. For RTF that encapsulates HTML
/// (\fromhtml), the HTML markup groups are dropped except that block tags still break lines.
/// </summary>
internal static partial class RtfToText
{
    private static readonly HashSet<string> SkippedDestinations = new(StringComparer.Ordinal)
    {
        "fonttbl", "colortbl", "stylesheet", "info", "pict", "object", "header", "footer", "headerl", "headerr",
        "footerl", "footerr", "generator", "listtable", "listoverridetable", "rsidtbl", "themedata", "datastore",
        "latentstyles", "xmlnstbl", "mmathPr", "filetbl", "revtbl", "pgdsctbl", "fldinst", "bkmkstart", "bkmkend",
        "xe", "tc", "footnote", "comment", "private",
    };

    private enum GroupKind
    {
        Text,
        Skipped,
        HtmlTag,
    }

    public static string Convert(string rtf)
    {
        var text = new StringBuilder(rtf.Length / 2);
        var groups = new Stack<GroupState>();
        var current = new GroupState(GroupKind.Text, UnicodeSkip: 1);
        var codePage = Encoding.Latin1;
        var htmlTag = new StringBuilder();
        var skipChars = 0;
        var htmlRtf = false;
        var fromHtml = false;
        var i = 0;
        while (i < rtf.Length)
        {
            var ch = rtf[i];
            switch (ch)
            {
                case '{':
                    groups.Push(current);
                    current = current with { First = true, Starred = false };
                    i++;
                    continue;
                case '}':
                    if (current.Kind == GroupKind.HtmlTag && (groups.Count == 0 || groups.Peek().Kind != GroupKind.HtmlTag))
                    {
                        if (BlockTag().IsMatch(htmlTag.ToString()))
                        {
                            text.Append('\n');
                        }

                        htmlTag.Clear();
                    }

                    current = groups.Count > 0 ? groups.Pop() : current;
                    i++;
                    continue;
                case '\r' or '\n':
                    i++;
                    continue;
                case '\\':
                    i = ReadControl(rtf, i, out var word, out var parameter, out var symbol);
                    var wasFirst = current.First;
                    current = current with { First = false };
                    if (symbol is not null)
                    {
                        if (symbol == '*')
                        {
                            current = current with { Kind = current.Kind == GroupKind.Text ? GroupKind.Skipped : current.Kind, Starred = true, First = wasFirst };
                        }
                        else if (symbol == '\'')
                        {
                            var value = i + 1 < rtf.Length && IsHex(rtf[i]) && IsHex(rtf[i + 1]) ? System.Convert.ToByte(rtf.Substring(i, 2), 16) : (byte)'?';
                            i += 2;
                            if (skipChars > 0)
                            {
                                skipChars--;
                            }
                            else
                            {
                                Emit(current, htmlRtf, text, htmlTag, codePage.GetString([value]));
                            }
                        }
                        else
                        {
                            Emit(current, htmlRtf, text, htmlTag, symbol switch
                            {
                                '~' => " ",
                                '_' => "-",
                                '-' => "",
                                _ => symbol.Value.ToString(),
                            });
                        }

                        continue;
                    }

                    if (word == "htmltag" && (current.Starred || current.Kind == GroupKind.HtmlTag))
                    {
                        current = current with { Kind = GroupKind.HtmlTag };
                        continue;
                    }

                    if ((wasFirst || current.Starred) && SkippedDestinations.Contains(word))
                    {
                        current = current with { Kind = GroupKind.Skipped };
                        continue;
                    }

                    switch (word)
                    {
                        case "ansicpg" when parameter is > 0:
                            codePage = CodePage(parameter.Value) ?? codePage;
                            break;
                        case "fromhtml":
                            fromHtml = true;
                            break;
                        case "htmlrtf":
                            htmlRtf = parameter is null or not 0;
                            break;
                        case "uc" when parameter is >= 0:
                            current = current with { UnicodeSkip = parameter.Value };
                            break;
                        case "u" when parameter is not null:
                            var code = parameter.Value < 0 ? parameter.Value + 65536 : parameter.Value;
                            Emit(current, htmlRtf, text, htmlTag, ((char)code).ToString());
                            skipChars = current.UnicodeSkip;
                            break;
                        default:
                            if (SymbolOf(word) is { } standsFor)
                            {
                                Emit(current, htmlRtf, text, htmlTag, standsFor);
                            }

                            break;
                    }

                    continue;
                default:
                    current = current with { First = false };
                    if (skipChars > 0)
                    {
                        skipChars--;
                    }
                    else
                    {
                        Emit(current, htmlRtf, text, htmlTag, ch.ToString());
                    }

                    i++;
                    continue;
            }
        }

        var plain = text.ToString();
        return TextLines.Normalize(fromHtml ? System.Net.WebUtility.HtmlDecode(plain) : plain);
    }

    /// <summary>The text a control word stands for (a break, a tab, a typographic character); null for the others.</summary>
    private static string? SymbolOf(string word) => word switch
    {
        "par" or "line" or "row" or "sect" or "page" => "\n",
        "tab" or "cell" => "\t",
        "emdash" => "\u2014",
        "endash" => "\u2013",
        "lquote" or "rquote" => "'",
        "ldblquote" or "rdblquote" => "\"",
        "bullet" => "\u2022",
        _ => null,
    };

    private static void Emit(GroupState group, bool htmlRtf, StringBuilder text, StringBuilder htmlTag, string value)
    {
        switch (group.Kind)
        {
            case GroupKind.HtmlTag:
                if (htmlTag.Length < 4096)
                {
                    htmlTag.Append(value);
                }

                break;
            case GroupKind.Text when !htmlRtf:
                text.Append(value);
                break;
            default:
                break;
        }
    }

    /// <summary>Reads a control word or symbol at <paramref name="start"/> (a backslash); returns the next index.</summary>
    private static int ReadControl(string rtf, int start, out string word, out int? parameter, out char? symbol)
    {
        word = "";
        parameter = null;
        symbol = null;
        var i = start + 1;
        if (i >= rtf.Length)
        {
            return i;
        }

        if (!char.IsAsciiLetter(rtf[i]))
        {
            symbol = rtf[i];
            return i + 1;
        }

        var wordStart = i;
        while (i < rtf.Length && char.IsAsciiLetter(rtf[i]) && i - wordStart < 32)
        {
            i++;
        }

        word = rtf[wordStart..i];
        var numberStart = i;
        if (i < rtf.Length && rtf[i] == '-')
        {
            i++;
        }

        while (i < rtf.Length && char.IsAsciiDigit(rtf[i]) && i - numberStart < 10)
        {
            i++;
        }

        if (i > numberStart && int.TryParse(rtf.AsSpan(numberStart, i - numberStart), out var value))
        {
            parameter = value;
        }

        if (i < rtf.Length && rtf[i] == ' ')
        {
            i++;
        }

        return i;
    }

    private static bool IsHex(char ch) => char.IsAsciiHexDigit(ch);

    private static Encoding? CodePage(int codePage)
    {
        _ = CharsetDecoder.Windows1252; // makes sure the code pages provider is registered
        try
        {
            return Encoding.GetEncoding(codePage);
        }
        catch (Exception ex) when (ex is NotSupportedException or ArgumentException)
        {
            return null;
        }
    }

    [GeneratedRegex(@"<\s*/?\s*(?:br|p|div|li|tr|h[1-6]|table|ul|ol|blockquote)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BlockTag();

    private sealed record GroupState(GroupKind Kind, int UnicodeSkip, bool First = false, bool Starred = false);
}
