using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using PortMailBot.Web.Hosting;

namespace PortMailBot.Web.Security;

/// <summary>Headers on every response: nothing from elsewhere (no script at all, styles and images from the
/// console itself), no framing, no sniffing, no referrer; HSTS when served over HTTPS.</summary>
/// Off loopback, a page asked for without TLS is refused with a plain answer: its cookies could not be set.
internal sealed class SecurityHeaders(RequestDelegate next, IOptions<WebOptions> options)
{
    public Task InvokeAsync(HttpContext context)
    {
        if (!context.Request.IsHttps && !options.Value.LoopbackOnly && !IsOperationsPath(context.Request.Path))
        {
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            context.Response.ContentType = "text/plain; charset=utf-8";
            return context.Response.WriteAsync("The operator console is served over HTTPS only (Web:Urls, or a TLS proxy that sets X-Forwarded-Proto).\n", context.RequestAborted);
        }

        var headers = context.Response.Headers;
        headers.ContentSecurityPolicy = "default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "no-referrer";
        headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";
        headers["Cross-Origin-Opener-Policy"] = "same-origin";
        if (context.Request.IsHttps)
        {
            headers.StrictTransportSecurity = "max-age=31536000";
        }

        return next(context);
    }

    private static bool IsOperationsPath(PathString path) =>
        path.StartsWithSegments("/healthz", StringComparison.Ordinal) || path.StartsWithSegments("/readyz", StringComparison.Ordinal);
}
