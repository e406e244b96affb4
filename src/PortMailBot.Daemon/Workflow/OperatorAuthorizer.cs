using Microsoft.Extensions.Options;
using MimeKit;
using PortMailBot.Daemon.Options;

namespace PortMailBot.Daemon.Workflow;

/// <summary>Decides whether a message comes from a porting operator: its single From address is one of
/// <c>Operators:Addresses</c> (case-insensitive) and, unless <c>Operators:AllowUnauthenticated</c> (tests only), the trusted server's
/// <c>Authentication-Results</c> (authserv-id <c>Operators:TrustedAuthServId</c>) shows a DKIM pass for the
/// From domain or an SPF pass for a MAIL FROM in that domain. Anything else is not an operator.</summary>
public sealed class OperatorAuthorizer(IOptions<OperatorsOptions> options)
{
    private readonly OperatorsOptions _options = options.Value;

    /// <summary>The From address when the message comes from an operator the configuration vouches for.</summary>
    public OperatorCheck Check(MimeMessage message)
    {
        var from = message.From.Mailboxes.ToList();
        if (from.Count != 1 || !IsOperatorAddress(from[0].Address))
        {
            return new OperatorCheck(false, false, from.FirstOrDefault()?.Address);
        }

        var address = from[0].Address;
        if (!_options.AuthenticationRequired)
        {
            return new OperatorCheck(true, true, address);
        }

        var verified = AuthenticationResults.Passes(message.Headers, _options.TrustedAuthServId ?? "", address);
        return new OperatorCheck(verified, true, address);
    }

    public bool IsOperatorAddress(string? address) =>
        !string.IsNullOrWhiteSpace(address)
        && _options.Addresses.Any(a => string.Equals(Mailbox(a), address.Trim(), StringComparison.OrdinalIgnoreCase));

    private static string Mailbox(string configured) =>
        MailboxAddress.TryParse(configured, out var parsed) ? parsed.Address : configured.Trim();
}

/// <param name="Authorized">The message may drive the workflow.</param>
/// <param name="ClaimsOperator">Its From names an operator (authorized or not: a failed claim is a spoofing sign).</param>
public sealed record OperatorCheck(bool Authorized, bool ClaimsOperator, string? Address);
