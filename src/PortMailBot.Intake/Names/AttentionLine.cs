using System.Text.RegularExpressions;

namespace PortMailBot.Intake.Names;

/// <summary>An attention line ("Attn: Jane Doe", "a/s de Jane Doe", "À l'attention de Jane Doe"): the person or
/// business after its prefix, wherever it is written (a bill's addressee, a request's own lines).</summary>
public static partial class AttentionLine
{
    /// <summary><paramref name="line"/> without its attention prefix, trimmed.</summary>
    public static string Without(string line) => AttentionPrefix().Replace(line, string.Empty).Trim();

    /// <summary>Whether <paramref name="line"/> opens on an attention prefix; <paramref name="rest"/> is what follows it.</summary>
    public static bool TrySplit(string line, out string rest)
    {
        var match = AttentionPrefix().Match(line);
        rest = match.Success ? line[match.Length..].Trim() : string.Empty;
        return match.Success && rest.Length > 0;
    }

    // "Attn:", "Attention", "c/o", "a/s", "a/s de", "À l'attention de", "Care of": the person or business after it;
    // French abbreviates the attention line too ("À l'att. de", "Att. :"), and its "À" may stand apart from the rest
    // (an accented capital's taller box set on the line above) or be lost to a scan. "a/s" reads "aux soins de", so
    // its "de" belongs to the prefix, not to the name.
    [GeneratedRegex(@"^\s*(attn\.?|attention|c/o|care of|a/s(?:\s+de\b|\s+d['’](?=\p{L}))?|aux soins de|(?:[àa]\s*)?l['’]att(?:ention|\.)\s*de|[àa] l['’]intention de|att\.)\s*:?\s*", RegexOptions.IgnoreCase)]
    private static partial Regex AttentionPrefix();
}
