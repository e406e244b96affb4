using System.Security.Claims;
using Microsoft.Extensions.Options;
using MimeKit;
using PortMailBot.Daemon.Options;

namespace PortMailBot.Web.Security;

/// <summary>Who may sign in: the addresses of <c>Operators:Addresses</c>, whatever the way of signing in.</summary>
internal sealed class OperatorDirectory(IOptions<OperatorsOptions> operators)
{
    public bool IsOperator(string? email) =>
        !string.IsNullOrWhiteSpace(email)
        && operators.Value.Addresses.Any(a => MailboxAddress.TryParse(a, out var mailbox) && string.Equals(mailbox.Address, email.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>The signed-in operator's address (the name recorded in the history).</summary>
    public static string? EmailOf(ClaimsPrincipal user) =>
        user.FindFirst(ClaimTypes.Email)?.Value ?? user.FindFirst("email")?.Value;
}
