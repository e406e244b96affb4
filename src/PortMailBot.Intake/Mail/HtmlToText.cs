using System.Text;
using System.Text.RegularExpressions;
using HtmlAgilityPack;

namespace PortMailBot.Intake.Mail;

/// <summary>
/// HTML to readable plain text: block elements and list items on their own lines, table cells separated
/// by tabs, entities decoded, scripts and styles dropped, and blockquotes marked with "&gt; " like a plain
/// text reply so the same quote rules apply to both kinds of bodies.
/// </summary>
internal static partial class HtmlToText
{
    private static readonly HashSet<string> SkippedElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "head", "title", "template", "noscript", "svg", "object", "iframe", "xml",
    };

    private static readonly HashSet<string> BlockElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "li", "ul", "ol", "dl", "dt", "dd", "tr", "table", "thead", "tbody", "tfoot", "caption",
        "h1", "h2", "h3", "h4", "h5", "h6", "pre", "hr", "section", "article", "header", "footer", "nav",
        "aside", "address", "form", "fieldset", "figure", "figcaption", "main", "center", "body", "html",
    };

    // HtmlAgilityPack slows down badly on very deep nesting; real mail never nests this deep.
    private const int MaxNesting = 1000;

    /// <param name="html">The HTML source.</param>
    /// <param name="maxChars">Markup (after dropping data: URIs) beyond this is cut: parsing costs time per element.</param>
    public static string Convert(string html, int maxChars = 1024 * 1024)
    {
        // Inline images as data: URIs can make up megabytes of an HTML body without adding any text.
        html = DataUri().Replace(html, "data:");
        if (html.Length > maxChars)
        {
            html = html[..maxChars];
        }

        var document = new HtmlDocument { OptionMaxNestedChildNodes = MaxNesting };
        try
        {
            document.LoadHtml(html);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // HtmlAgilityPack throws a bare Exception past the nesting bound: read the text without the tree.
            return TextLines.Normalize(StripTags(html));
        }

        HtmlCaptionTable.PairCaptions(document);

        var writer = new TextWriterState();

        // An explicit stack: hostile HTML can nest deeper than the call stack allows.
        var stack = new Stack<(HtmlNode Node, bool Leaving)>();
        stack.Push((document.DocumentNode, false));
        while (stack.Count > 0)
        {
            var (node, leaving) = stack.Pop();
            if (leaving)
            {
                Leave(node, writer);
                continue;
            }

            switch (node.NodeType)
            {
                case HtmlNodeType.Text:
                    writer.WriteText(HtmlEntity.DeEntitize(((HtmlTextNode)node).Text) ?? "");
                    break;
                case HtmlNodeType.Element when SkippedElements.Contains(node.Name):
                    break;
                case HtmlNodeType.Element:
                    Enter(node, writer);
                    stack.Push((node, true));
                    PushChildren(node, stack);
                    break;
                case HtmlNodeType.Document:
                    PushChildren(node, stack);
                    break;
                default:
                    break;
            }
        }

        return TextLines.Normalize(writer.ToString());
    }

    /// <summary>A tree-free fallback: tags become spaces or line breaks, scripts and styles are dropped.</summary>
    private static string StripTags(string html)
    {
        var text = new StringBuilder(html.Length / 2);
        var i = 0;
        while (i < html.Length)
        {
            var open = html.IndexOf('<', i);
            if (open < 0)
            {
                text.Append(HtmlEntity.DeEntitize(html[i..]));
                break;
            }

            text.Append(HtmlEntity.DeEntitize(html[i..open]));
            var close = html.IndexOf('>', open);
            if (close < 0)
            {
                break;
            }

            var tag = html[(open + 1)..close].TrimStart('/').Split([' ', '\t', '\r', '\n', '/'], 2)[0].ToLowerInvariant();
            i = close + 1;
            if (tag is "script" or "style" && !html[open + 1].Equals('/'))
            {
                var end = html.IndexOf("</" + tag, i, StringComparison.OrdinalIgnoreCase);
                i = end < 0 ? html.Length : end;
                continue;
            }

            text.Append(tag == "br" || BlockElements.Contains(tag) ? '\n' : ' ');
        }

        return text.ToString().Replace('\u00A0', ' ');
    }

    private static void PushChildren(HtmlNode node, Stack<(HtmlNode Node, bool Leaving)> stack)
    {
        for (var child = node.LastChild; child is not null; child = child.PreviousSibling)
        {
            stack.Push((child, false));
        }
    }

    private static void Enter(HtmlNode node, TextWriterState writer)
    {
        var name = node.Name.ToLowerInvariant();
        switch (name)
        {
            case "br":
                writer.HardLineBreak();
                break;
            case "td" or "th":
                writer.CellSeparator();
                break;
            case "blockquote":
                writer.LineBreak();
                writer.QuoteDepth++;
                break;
            case "pre":
                writer.LineBreak();
                writer.PreDepth++;
                break;
            default:
                if (BlockElements.Contains(name))
                {
                    writer.LineBreak();
                }

                break;
        }
    }

    private static void Leave(HtmlNode node, TextWriterState writer)
    {
        var name = node.Name.ToLowerInvariant();
        switch (name)
        {
            case "blockquote":
                writer.LineBreak();
                writer.QuoteDepth = Math.Max(0, writer.QuoteDepth - 1);
                break;
            case "pre":
                writer.LineBreak();
                writer.PreDepth = Math.Max(0, writer.PreDepth - 1);
                break;
            default:
                if (BlockElements.Contains(name))
                {
                    writer.LineBreak();
                }

                break;
        }
    }

    /// <summary>Accumulates text the way a browser lays it out, one line at a time.</summary>
    private sealed class TextWriterState
    {
        private readonly StringBuilder text = new();
        private bool atLineStart = true;
        private bool pendingSpace;

        public int QuoteDepth { get; set; }

        public int PreDepth { get; set; }

        public void WriteText(string value)
        {
            if (PreDepth > 0)
            {
                var lines = value.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
                for (var i = 0; i < lines.Length; i++)
                {
                    if (i > 0)
                    {
                        HardLineBreak();
                    }

                    Append(lines[i].Replace('\u00A0', ' '));
                }

                return;
            }

            foreach (var ch in value)
            {
                if (ch is ' ' or '\t' or '\r' or '\n' or '\f')
                {
                    pendingSpace = true;
                }
                else
                {
                    if (pendingSpace && !atLineStart)
                    {
                        text.Append(' ');
                    }

                    pendingSpace = false;
                    Append(ch == '\u00A0' ? " " : ch.ToString());
                }
            }
        }

        public void LineBreak()
        {
            pendingSpace = false;
            if (!atLineStart)
            {
                text.Append('\n');
                atLineStart = true;
            }
        }

        public void HardLineBreak()
        {
            pendingSpace = false;
            if (atLineStart)
            {
                StartLine();
            }

            text.Append('\n');
            atLineStart = true;
        }

        public void CellSeparator()
        {
            pendingSpace = false;
            if (!atLineStart)
            {
                text.Append('\t');
            }
        }

        public override string ToString() => text.ToString();

        private void Append(string value)
        {
            if (value.Length == 0)
            {
                return;
            }

            if (atLineStart)
            {
                StartLine();
                atLineStart = false;
            }

            text.Append(value);
        }

        private void StartLine()
        {
            for (var i = 0; i < QuoteDepth; i++)
            {
                text.Append("> ");
            }
        }
    }

    [GeneratedRegex(@"data:[a-zA-Z0-9/+.;=-]{0,100},[^""'\s>)]{256,}", RegexOptions.CultureInvariant)]
    private static partial Regex DataUri();
}
