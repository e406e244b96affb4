using PortMailBot.Intake.Names;

namespace PortMailBot.Intake.Documents.Fields;

/// <summary>A name field whose value wrapped in a narrow box: "Personne autorisée  Cécile Anne" with "Dubé-Côté" under
/// the value, in its column and with no caption of its own. The two lines are one name when one of them could not be a
/// whole name alone (a single word, or a last name's particle at the break); two full names one under the other (two
/// contacts) are never joined.</summary>
internal static class WrappedNames
{
    public static IEnumerable<LayoutValue> Find(PageLayout layout, IEnumerable<string> labels)
    {
        foreach (var value in layout.AllFound(labels, maxLines: 2))
        {
            var lines = value.Text.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            if (lines.Length == 2 && Joined(lines[0], lines[1]) is { } joined)
            {
                yield return value with { Text = joined };
            }
        }
    }

    /// <summary>The name the two lines make, or null when they are not one name broken in two.</summary>
    internal static string? Joined(string head, string tail)
    {
        var headWords = head.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var tailWords = tail.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (head.Contains(':', StringComparison.Ordinal) || tail.Contains(':', StringComparison.Ordinal))
        {
            return null;
        }

        var broken = headWords.Length == 1 || tailWords.Length == 1
            || PersonNameParser.IsParticle(headWords[^1])
            || (PersonNameParser.IsParticle(tailWords[0]) && char.IsLower(tailWords[0][0]));
        var joined = head + " " + tail;
        return broken && PersonNameParser.Parse(joined) is not null ? joined : null;
    }
}
