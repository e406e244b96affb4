using System.Net;
using System.Text;

namespace PortMailBot.Daemon.Replies;

/// <summary>Turns a reply's plain text into its HTML part: paragraphs, and lines starting with "- " as a list.</summary>
public static class TextToHtml
{
    public static string Convert(string text)
    {
        var html = new StringBuilder("<!DOCTYPE html><html><body style=\"font-family:sans-serif\">\n");
        var paragraph = new List<string>();
        var list = new List<string>();
        foreach (var line in text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            if (line.StartsWith("- ", StringComparison.Ordinal))
            {
                Flush(html, paragraph);
                list.Add(line[2..]);
            }
            else if (line.StartsWith("  ", StringComparison.Ordinal) && list.Count > 0)
            {
                list[^1] += "\n" + line.Trim();
            }
            else if (line.Trim().Length == 0)
            {
                Flush(html, paragraph);
                FlushList(html, list);
            }
            else
            {
                FlushList(html, list);
                paragraph.Add(line);
            }
        }

        Flush(html, paragraph);
        FlushList(html, list);
        return html.Append("</body></html>\n").ToString();
    }

    private static void Flush(StringBuilder html, List<string> paragraph)
    {
        if (paragraph.Count > 0)
        {
            html.Append("<p>").AppendJoin("<br>\n", paragraph.Select(WebUtility.HtmlEncode)).Append("</p>\n");
            paragraph.Clear();
        }
    }

    private static void FlushList(StringBuilder html, List<string> list)
    {
        if (list.Count > 0)
        {
            html.Append("<ul>\n");
            foreach (var item in list)
            {
                html.Append("<li>").AppendJoin("<br>\n", item.Split('\n').Select(WebUtility.HtmlEncode)).Append("</li>\n");
            }

            html.Append("</ul>\n");
            list.Clear();
        }
    }
}
