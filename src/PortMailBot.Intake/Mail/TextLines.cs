using System.Text;

namespace PortMailBot.Intake.Mail;

/// <summary>Tidies extracted text: unified line ends, trimmed lines, runs of spaces and blank lines collapsed.</summary>
internal static class TextLines
{
    public static string[] Split(string text) =>
        text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n');

    public static string Normalize(string text)
    {
        var result = new StringBuilder(text.Length);
        var blankRun = 0;
        foreach (var rawLine in Split(text))
        {
            var line = CollapseSpaces(rawLine.Replace('\u00A0', ' ')).Trim();
            if (line.Length == 0)
            {
                blankRun++;
                continue;
            }

            if (result.Length > 0)
            {
                result.Append(blankRun > 0 ? "\n\n" : "\n");
            }

            blankRun = 0;
            result.Append(line);
        }

        return result.ToString();
    }

    /// <summary>Runs of spaces become one space, except that a gap of two or more between words becomes a tab:
    /// in plain text that gap is a column ("Authorized user    Jane Doe", a table typed or pasted), which the
    /// readers tell from a word break as they do the tabs of an HTML table's cells. After a sentence's end it is
    /// only the typist's two spaces.</summary>
    private static string CollapseSpaces(string line)
    {
        if (!line.Contains("  ", StringComparison.Ordinal))
        {
            return line;
        }

        var builder = new StringBuilder(line.Length);
        var run = 0;
        foreach (var ch in line)
        {
            if (ch == ' ')
            {
                run++;
                continue;
            }

            if (run > 0 && builder.Length > 0 && builder[^1] != '\t')
            {
                builder.Append(run >= 2 && !EndsSentence(builder[^1]) ? '\t' : ' ');
            }

            run = 0;
            builder.Append(ch);
        }

        return builder.ToString();
    }

    private static bool EndsSentence(char ch) => ch is '.' or '!' or '?';
}
