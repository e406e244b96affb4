using System.Text.RegularExpressions;

namespace PortMailBot.Daemon.Replies;

/// <summary>Request ids in subjects: <c>[PR-2026-000123]</c>.</summary>
public static partial class RequestIds
{
    [GeneratedRegex(@"\[(PR-\d{4}-\d{6,})\]", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    public static partial Regex SubjectTag();

    [GeneratedRegex(@"^(re|r[eé]f|tr|fw|fwd|aw|sv|vs)\s*(\[\d+\])?\s*:", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    public static partial Regex ReplyPrefix();

    public static string? FromSubject(string? subject)
    {
        if (string.IsNullOrEmpty(subject))
        {
            return null;
        }

        var match = SubjectTag().Match(subject);
        return match.Success ? match.Groups[1].Value : null;
    }
}
