using System.Text;
using PortMailBot.Intake.Matching;
using PortMailBot.Intake.Text;

namespace PortMailBot.Intake.Documents.Fields;

/// <summary>A label reduced to lower-case letters and digits separated by single spaces, so
/// <c>Authorized person — first name:</c> and <c>authorized person first name</c> compare equal.</summary>
internal static class LabelKey
{
    public static string Of(string text)
    {
        var folded = TextFold.Fold(text);
        var builder = new StringBuilder(folded.Length);
        foreach (var c in folded)
        {
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(c);
            }
            else if (builder.Length > 0 && builder[^1] != ' ')
            {
                builder.Append(' ');
            }
        }

        return builder.ToString().TrimEnd();
    }
}
