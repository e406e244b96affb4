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

    private static string CollapseSpaces(string line)
    {
        if (!line.Contains("  ", StringComparison.Ordinal))
        {
            return line;
        }

        var builder = new StringBuilder(line.Length);
        var previousSpace = false;
        foreach (var ch in line)
        {
            if (ch == ' ')
            {
                if (!previousSpace)
                {
                    builder.Append(ch);
                }

                previousSpace = true;
            }
            else
            {
                builder.Append(ch);
                previousSpace = false;
            }
        }

        return builder.ToString();
    }
}
