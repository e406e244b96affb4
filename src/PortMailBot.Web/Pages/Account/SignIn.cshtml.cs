using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using PortMailBot.Daemon.Storage;
using PortMailBot.Web.Hosting;
using PortMailBot.Web.Security;

namespace PortMailBot.Web.Pages.Account;

/// <summary>Sign-in with a local account (made by <c>operators add</c>) or by OpenID Connect when configured.
/// Only Operators:Addresses get in; failures are counted per client and per account.</summary>
[AllowAnonymous]
public sealed class SignInModel(OperatorAccounts accounts, IOptions<WebOptions> options) : PageModel
{
    public string? Problem { get; private set; }

    public string Email { get; private set; } = "";

    public string ReturnUrl { get; private set; } = "/";

    public string? SingleSignOn => options.Value.OpenIdConnect.Enabled ? options.Value.OpenIdConnect.DisplayName : null;

    public void OnGet(string? returnUrl, int? failed)
    {
        ReturnUrl = Local(returnUrl);
        Problem = failed is not null ? "Single sign-on was refused." : null;
    }

    public async Task<IActionResult> OnPostAsync(string? email, string? password, string? returnUrl)
    {
        ReturnUrl = Local(returnUrl);
        Email = (email ?? "").Trim();
        var directory = HttpContext.RequestServices.GetRequiredService<OperatorDirectory>();
        var throttle = HttpContext.RequestServices.GetRequiredService<SignInThrottle>();
        var client = HttpContext.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        var account = OperatorAccounts.Normalize(Email);
        if (!throttle.Allows(client, account))
        {
            Problem = "Too many failed attempts: wait a few minutes.";
            Response.StatusCode = StatusCodes.Status429TooManyRequests;
            return Page();
        }

        var hash = Email.Length is > 0 and <= 320 ? await accounts.PasswordHashAsync(account, HttpContext.RequestAborted) : null;
        var valid = directory.IsOperator(Email) && hash is not null && password is { Length: > 0 and <= 1024 } && OperatorPasswords.Verify(account, hash, password);
        if (!valid)
        {
            throttle.Failed(client, account);
            Problem = "The address or the password is not right.";
            Response.StatusCode = StatusCodes.Status401Unauthorized;
            return Page();
        }

        await ConsoleSignIn.SignInAsync(HttpContext, account);
        return LocalRedirect(ReturnUrl);
    }

    public IActionResult OnPostSingleSignOn(string? returnUrl) =>
        options.Value.OpenIdConnect.Enabled
            ? Challenge(new AuthenticationProperties { RedirectUri = Local(returnUrl) }, ConsoleSignIn.OpenIdScheme)
            : NotFound();

    private string Local(string? url) => url is { Length: > 0 } && Url.IsLocalUrl(url) ? url : "/";
}
