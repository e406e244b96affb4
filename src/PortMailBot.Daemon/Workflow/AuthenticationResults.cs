using MimeKit;

namespace PortMailBot.Daemon.Workflow;

/// <summary>Reads <c>Authentication-Results</c> (RFC 8601). Only headers whose authserv-id is the trusted
/// server's count: anyone can write such a header, but the receiving server removes or never forwards one
/// claiming its own id, so the trusted id is the only one worth believing.</summary>
public static class AuthenticationResults
{
    private const int MaxHeaders = 50;

    /// <summary>Whether a trusted header shows <c>dkim=pass</c> signed by the domain of <paramref name="from"/>,
    /// or <c>spf=pass</c> for a MAIL FROM in that domain.</summary>
    public static bool Passes(HeaderList headers, string trustedAuthServId, string from)
    {
        if (string.IsNullOrWhiteSpace(trustedAuthServId))
        {
            return false;
        }

        var at = from.LastIndexOf('@');
        if (at < 0)
        {
            return false;
        }

        var domain = from[(at + 1)..].Trim().ToLowerInvariant();
        var seen = 0;
        foreach (var header in headers)
        {
            if (!header.Field.Equals("Authentication-Results", StringComparison.OrdinalIgnoreCase) || ++seen > MaxHeaders)
            {
                continue;
            }

            var parts = header.Value.Split(';');
            var servId = parts[0].Trim().Split([' ', '\t', '\r', '\n'], StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? "";
            if (!servId.Equals(trustedAuthServId.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            foreach (var part in parts.Skip(1))
            {
                if (ResultPasses(part, domain, from))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool ResultPasses(string resinfo, string domain, string from)
    {
        var tokens = StripComments(resinfo).Split([' ', '\t', '\r', '\n'], StringSplitOptions.RemoveEmptyEntries);
        if (tokens.Length == 0)
        {
            return false;
        }

        var method = tokens[0].ToLowerInvariant();
        var properties = tokens.Skip(1)
            .Select(t => t.Split('=', 2))
            .Where(kv => kv.Length == 2)
            .GroupBy(kv => kv[0].ToLowerInvariant(), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First()[1].Trim('"').ToLowerInvariant(), StringComparer.Ordinal);
        if (method == "dkim=pass")
        {
            if (properties.TryGetValue("header.d", out var d))
            {
                return d == domain;
            }

            return properties.TryGetValue("header.i", out var i) && (i.Equals(from, StringComparison.OrdinalIgnoreCase) || i.EndsWith("@" + domain, StringComparison.Ordinal));
        }

        if (method == "spf=pass")
        {
            if (properties.TryGetValue("smtp.mailfrom", out var mailFrom))
            {
                var mailFromDomain = mailFrom.Contains('@', StringComparison.Ordinal) ? mailFrom[(mailFrom.LastIndexOf('@') + 1)..] : mailFrom;
                return mailFromDomain == domain;
            }
        }

        return false;
    }

    private static string StripComments(string text)
    {
        var result = new System.Text.StringBuilder(text.Length);
        var depth = 0;
        foreach (var c in text)
        {
            if (c == '(')
            {
                depth++;
            }
            else if (c == ')' && depth > 0)
            {
                depth--;
            }
            else if (depth == 0)
            {
                result.Append(c);
            }
        }

        return result.ToString();
    }
}
