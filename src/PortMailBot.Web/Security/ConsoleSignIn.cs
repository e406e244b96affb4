using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using PortMailBot.Web.Hosting;

namespace PortMailBot.Web.Security;

/// <summary>Sign-in: a cookie session, opened by a local account or by OpenID Connect; every page but the
/// sign-in page and the operations endpoints needs it; antiforgery cookies and session cookies are HTTPS-only,
/// HttpOnly and SameSite.</summary>
internal static class ConsoleSignIn
{
    public const string OpenIdScheme = OpenIdConnectDefaults.AuthenticationScheme;

    public static IServiceCollection AddConsoleSignIn(this IServiceCollection services, WebOptions options)
    {
        var secure = options.LoopbackOnly ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
        services.AddSingleton<OperatorDirectory>();
        services.AddSingleton<SignInThrottle>();
        var authentication = services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme)
            .AddCookie(o =>
            {
                o.LoginPath = "/account/sign-in";
                o.LogoutPath = "/account/sign-out";
                o.AccessDeniedPath = "/account/sign-in";
                o.Cookie.Name = "portmailbot.session";
                o.Cookie.HttpOnly = true;
                o.Cookie.SecurePolicy = secure;
                // OpenID Connect comes back from the identity provider's site: Lax lets that first request carry the session.
                o.Cookie.SameSite = options.OpenIdConnect.Enabled ? SameSiteMode.Lax : SameSiteMode.Strict;
                o.ExpireTimeSpan = options.SessionLifetime;
                o.SlidingExpiration = true;
                o.Events.OnValidatePrincipal = context =>
                {
                    // An address taken out of Operators:Addresses loses its open sessions at once.
                    var directory = context.HttpContext.RequestServices.GetRequiredService<OperatorDirectory>();
                    if (context.Principal is null || !directory.IsOperator(OperatorDirectory.EmailOf(context.Principal)))
                    {
                        context.RejectPrincipal();
                    }

                    return Task.CompletedTask;
                };
            });
        if (options.OpenIdConnect.Enabled)
        {
            authentication.AddOpenIdConnect(OpenIdScheme, options.OpenIdConnect.DisplayName, o =>
            {
                o.Authority = options.OpenIdConnect.Authority;
                o.ClientId = options.OpenIdConnect.ClientId;
                o.ClientSecret = options.OpenIdConnect.ClientSecret;
                o.ResponseType = "code";
                o.UsePkce = true;
                o.Scope.Clear();
                o.Scope.Add("openid");
                o.Scope.Add("email");
                o.Scope.Add("profile");
                o.SaveTokens = false;
                o.MapInboundClaims = false;
                o.CallbackPath = "/signin-oidc";
                o.SignedOutCallbackPath = "/signout-callback-oidc";
                o.CorrelationCookie.SecurePolicy = CookieSecurePolicy.Always;
                o.NonceCookie.SecurePolicy = CookieSecurePolicy.Always;
                o.Events.OnTokenValidated = context =>
                {
                    // Entra ID puts the address in email (or preferred_username), Google in email.
                    var principal = context.Principal!;
                    var email = principal.FindFirst("email")?.Value ?? principal.FindFirst("preferred_username")?.Value;
                    var directory = context.HttpContext.RequestServices.GetRequiredService<OperatorDirectory>();
                    if (!directory.IsOperator(email) || principal.FindFirst("email_verified")?.Value == "false")
                    {
                        context.Fail("This account is not one of the porting operators.");
                        return Task.CompletedTask;
                    }

                    context.Principal = Principal(email!, "oidc");
                    return Task.CompletedTask;
                };
                o.Events.OnRemoteFailure = context =>
                {
                    context.Response.Redirect("/account/sign-in?failed=1");
                    context.HandleResponse();
                    return Task.CompletedTask;
                };
            });
        }

        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());
        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "portmailbot.antiforgery";
            o.Cookie.SecurePolicy = secure;
            o.Cookie.SameSite = SameSiteMode.Strict;
        });
        return services;
    }

    public static ClaimsPrincipal Principal(string email, string method) =>
        new(new ClaimsIdentity(
            [new Claim(ClaimTypes.Email, email.Trim().ToLowerInvariant()), new Claim(ClaimTypes.Name, email.Trim().ToLowerInvariant()), new Claim(ClaimTypes.AuthenticationMethod, method)],
            CookieAuthenticationDefaults.AuthenticationScheme));

    public static Task SignInAsync(HttpContext context, string email) =>
        context.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, Principal(email, "password"), new AuthenticationProperties { IsPersistent = false });
}
