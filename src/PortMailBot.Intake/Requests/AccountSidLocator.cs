using System.Text.RegularExpressions;

namespace PortMailBot.Intake.Requests;

/// <summary>What one text says about the account SID.</summary>
/// <param name="Sid">A valid SID (<c>AC</c> + 32 lower-case hex), the first one written.</param>
/// <param name="InvalidStated">Something stated as the SID (labelled, or an <c>AC</c>+hex token) is not
/// <c>AC</c> + 32 hex digits.</param>
internal sealed record AccountSidFinding(string? Sid, bool InvalidStated);

/// <summary>Finds the Twilio account SID in text, and notices one written wrongly.</summary>
internal static partial class AccountSidLocator
{
    public static AccountSidFinding Find(string? text, IReadOnlyList<LabelledField> fields)
    {
        if (string.IsNullOrEmpty(text))
        {
            return new AccountSidFinding(null, false);
        }

        var valid = ValidSid().Match(text);
        if (valid.Success)
        {
            return new AccountSidFinding(Normalise(valid.Value), false);
        }

        if (SplitSid(text) is { } split)
        {
            return new AccountSidFinding(split, false);
        }

        var invalid = fields.Any(field => field.Kind == FieldKind.AccountSid && LooksLikeAnAttemptedSid(field.Value))
            || AcTokens().Matches(text).Any(match => IsMisshapenSid(match.Groups["body"].Value))
            || SidInPosition().Matches(text).Any(match => LooksLikeAnAttemptedSid(match.Groups["value"].Value));
        return new AccountSidFinding(null, invalid);
    }

    /// <summary>A SID broken in two by a space or a line break (a mail client wrapping it, "AC 5f0c…"): its two
    /// pieces make exactly 32 hex digits. Each piece long enough and the second holding a digit, so that a SID a
    /// digit short is not made whole by the first word of the next line.</summary>
    private static string? SplitSid(string text)
    {
        foreach (Match match in BrokenSid().Matches(text))
        {
            var head = match.Groups["head"].Value;
            var tail = match.Groups["tail"].Value;
            if (head.Length + tail.Length == 32 && (head.Length == 0 || head.Length >= 4) && tail.Length >= 4
                && tail.Any(char.IsAsciiDigit))
            {
                return Normalise("AC" + head + tail);
            }
        }

        return null;
    }

    /// <summary>"AC" and the hex digits lower-cased, as the contract writes a SID.</summary>
    public static string Normalise(string sid) => "AC" + sid[2..].ToLowerInvariant();

    // "AC" and 20 to 44 letters or digits, all hex but the wrong length, or the right length give or take
    // with one letter that is not hex: a SID mistyped, not a word.
    private static bool IsMisshapenSid(string body)
    {
        if (body.Count(char.IsAsciiDigit) < 2)
        {
            return false;
        }

        var nonHex = body.Count(c => !char.IsAsciiHexDigit(c));
        return nonHex == 0 ? body.Length != 32 : nonHex == 1 && body.Length is >= 28 and <= 36;
    }

    // A value where a SID was meant: an AC-token, or a long run of letters and digits (a SID without
    // its prefix or with a typo). Words such as "N/A" or "to follow" are not a SID written wrongly.
    private static bool LooksLikeAnAttemptedSid(string value) =>
        AcToken().IsMatch(value)
        || value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Any(token => token.Length >= 16 && token.Any(char.IsAsciiDigit));

    [GeneratedRegex(@"(?<![\p{L}\p{N}_])[Aa][Cc][0-9a-fA-F]{32}(?![\p{L}\p{N}_])", RegexOptions.CultureInvariant)]
    private static partial Regex ValidSid();

    [GeneratedRegex(@"(?<![\p{L}\p{N}_])[Aa][Cc](?<head>[0-9a-fA-F]{0,28})[ \t\u00A0]*(?:\r?\n[ \t\u00A0>]*|(?<=[Cc][ \t\u00A0]+))(?<tail>[0-9a-fA-F]{4,32})(?![\p{L}\p{N}_/:-])", RegexOptions.CultureInvariant)]
    private static partial Regex BrokenSid();

    [GeneratedRegex(@"(?<![\p{L}\p{N}_])AC(?<body>[0-9a-zA-Z]{20,44})(?![\p{L}\p{N}_])", RegexOptions.CultureInvariant)]
    private static partial Regex AcTokens();

    [GeneratedRegex(@"(?i:\b(?:twilio\s+account|account\s+sid|sid|compte\s+twilio|compte)\b)[\s:(#]*(?<value>[Aa][Cc][\w-]{4,})", RegexOptions.CultureInvariant)]
    private static partial Regex SidInPosition();

    [GeneratedRegex(@"(?<![\p{L}\p{N}])[Aa][Cc][\w-]{4,}", RegexOptions.CultureInvariant)]
    private static partial Regex AcToken();

}
