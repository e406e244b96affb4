using System.Text;
using MimeKit;

namespace PortMailBot.Daemon.Workflow;

/// <summary>Decides whether the receiving server vouches for a From address, from its
/// <c>Authentication-Results</c> headers (RFC 8601).
/// <para>Which headers count: each server prepends its header, so the receiving server's own headers are the
/// topmost ones. Only the unbroken run of headers at the top whose authserv-id is the trusted one counts; the
/// scan stops at the first header from another authserv-id, or one that cannot be read. Anything below it was
/// written before the mail reached the trusted server, by a relay or by the sender, and a sender can write
/// anything, including the trusted id (RFC 8601 §5 asks the border server to remove such headers, §7.2 warns
/// that not every server does; stopping at the first foreign header keeps a forged one below it harmless
/// even then). Several headers of the trusted id at the top (one per milter) all count.</para>
/// <para>The raw header text is read, not MimeKit's decoded value: an RFC 2047 encoded-word is no part of the
/// grammar and must not turn into a <c>;</c> or a <c>dkim=pass</c>.</para></summary>
public static class AuthenticationResults
{
    private const int MaxHeaders = 50;

    /// <summary>Whether a trusted header shows <c>dkim=pass</c> signed by exactly the domain of <paramref name="from"/>,
    /// or <c>spf=pass</c> for a MAIL FROM in exactly that domain.</summary>
    public static bool Passes(HeaderList headers, string trustedAuthServId, string from)
    {
        var trusted = trustedAuthServId.Trim();
        var at = from.LastIndexOf('@');
        if (trusted.Length == 0 || at < 0)
        {
            return false;
        }

        var domain = Domain(from[(at + 1)..]);
        if (domain.Length == 0)
        {
            return false;
        }

        var seen = 0;
        foreach (var header in headers)
        {
            if (!header.Field.Equals("Authentication-Results", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            if (++seen > MaxHeaders
                || AuthResParser.Parse(Encoding.UTF8.GetString(header.RawValue)) is not { } parsed
                || !parsed.AuthServId.Equals(trusted, StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }

            if (parsed.Results.Any(r => ResultPasses(r, domain)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool ResultPasses(AuthResResult result, string domain)
    {
        if (result is { Method: "dkim", Result: "pass" })
        {
            // The signing domain must be the From domain itself: a suffix (ops.example.evil.com) or a
            // parent or sibling domain is someone else's signature.
            if (result.Properties.TryGetValue("header.d", out var d))
            {
                return Domain(d) == domain;
            }

            return result.Properties.TryGetValue("header.i", out var identity) && DomainOf(identity) == domain;
        }

        return result is { Method: "spf", Result: "pass" }
            && result.Properties.TryGetValue("smtp.mailfrom", out var mailFrom)
            && DomainOf(mailFrom) == domain;
    }

    /// <summary>The domain of <c>local@domain</c>, <c>@domain</c> or a bare domain.</summary>
    private static string DomainOf(string address)
    {
        var at = address.LastIndexOf('@');
        return Domain(at < 0 ? address : address[(at + 1)..]);
    }

    private static string Domain(string text) => text.Trim().TrimEnd('.').ToLowerInvariant();
}
