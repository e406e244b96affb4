using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PortMailBot.Daemon.Options;
using PortMailBot.Daemon.Storage;
using PortMailBot.Daemon.Workflow;
using PortMailBot.Web.Evidence;
using PortMailBot.Web.Security;

namespace PortMailBot.Web.Hosting;

/// <summary>Builds the console's web application over the daemon's services: Razor Pages, sign-in, security
/// headers, English and French, the operations endpoints.</summary>
internal static class WebConsoleApp
{
    public static readonly CultureInfo[] Cultures = [new("en"), new("fr")];

    public static WebApplication Build(IServiceProvider daemon, WebOptions options)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            // The pages are compiled into this assembly, which is therefore the application's.
            ApplicationName = typeof(WebConsoleApp).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
            Args = [],
        });
        builder.WebHost.UseKestrelHttpsConfiguration();
        builder.WebHost.UseUrls([.. options.UrlList]);
        builder.Logging.ClearProviders();
        builder.Services.Replace(ServiceDescriptor.Singleton(daemon.GetRequiredService<ILoggerFactory>()));

        // The daemon's own instances, never copies: one store, one workflow, one clock.
        Share<WorkflowOperations>(builder.Services, daemon);
        Share<RequestDossiers>(builder.Services, daemon);
        Share<OperatorAccounts>(builder.Services, daemon);
        Share<BusinessCalendar>(builder.Services, daemon);
        Share<TimeProvider>(builder.Services, daemon);
        Share<HealthCheckService>(builder.Services, daemon);
        Share<IOptions<OperatorsOptions>>(builder.Services, daemon);
        Share<IOptions<WorkflowOptions>>(builder.Services, daemon);
        Share<IOptions<WebOptions>>(builder.Services, daemon);

        builder.Services.AddDataProtection()
            .SetApplicationName("PortMailBot")
            .PersistKeysToFileSystem(new DirectoryInfo(string.IsNullOrWhiteSpace(options.KeysFolder) ? Path.GetFullPath(Path.Combine("data", "web-keys")) : options.KeysFolder));
        builder.Services.AddConsoleSignIn(options);
        builder.Services.AddRazorPages();
        builder.Services.AddHealthChecks();
        builder.Services.AddSingleton<PageImages>();
        builder.Services.AddSingleton<PortMailBot.Web.Pages.QueueClock>();
        builder.Services.AddSingleton<PortMailBot.Web.Pages.Requests.DossierView>();
        builder.Services.AddRequestLocalization(o =>
        {
            o.DefaultRequestCulture = new RequestCulture("en");
            o.SupportedCultures = Cultures;
            o.SupportedUICultures = Cultures;
        });

        builder.Services.Configure<ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedProto | ForwardedHeaders.XForwardedFor;
            if (options.TrustForwardedHeaders)
            {
                o.KnownIPNetworks.Clear();
                o.KnownProxies.Clear();
            }
        });

        var app = builder.Build();
        app.UseForwardedHeaders();
        app.UseMiddleware<SecurityHeaders>();
        app.UseRequestLocalization();
        app.UseStatusCodePages();
        app.UseAuthentication();
        app.UseAuthorization();

        app.MapHealthChecks("/healthz", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
        app.MapHealthChecks("/readyz", new HealthCheckOptions { ResponseWriter = ReadinessReport.WriteAsync }).AllowAnonymous();
        app.MapGet("/assets/{name}", ConsoleAssets.Serve).AllowAnonymous();
        app.MapGet("/language/{culture}", ChooseLanguage).AllowAnonymous();
        app.MapGet("/requests/{id}/documents/{document:long}/pages/{page:int}.png", PageImages.ServeAsync);
        app.MapRazorPages();
        return app;
    }

    /// <summary>Remembers the language chosen (a cookie) and goes back where the operator was.</summary>
    private static IResult ChooseLanguage(string culture, string? returnUrl, HttpContext context)
    {
        if (Cultures.Any(c => c.Name == culture))
        {
            context.Response.Cookies.Append(
                CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
                new CookieOptions { Secure = context.Request.IsHttps, HttpOnly = true, SameSite = SameSiteMode.Lax, MaxAge = TimeSpan.FromDays(365), IsEssential = true });
        }

        // Only a path of this site: never an open redirect.
        return Results.LocalRedirect(returnUrl is { Length: > 0 } && returnUrl.StartsWith('/') && !returnUrl.StartsWith("//", StringComparison.Ordinal) && !returnUrl.StartsWith("/\\", StringComparison.Ordinal) ? returnUrl : "/");
    }

    private static void Share<T>(IServiceCollection services, IServiceProvider daemon)
        where T : class =>
        services.Replace(ServiceDescriptor.Singleton(daemon.GetRequiredService<T>()));
}
