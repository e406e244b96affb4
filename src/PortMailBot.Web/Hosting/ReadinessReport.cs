using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace PortMailBot.Web.Hosting;

/// <summary>The <c>/readyz</c> body: the overall status, then one line per check (name, status, what it said).</summary>
internal static class ReadinessReport
{
    public static Task WriteAsync(HttpContext context, HealthReport report)
    {
        var text = new StringBuilder();
        text.Append(report.Status).Append('\n');
        foreach (var (name, entry) in report.Entries.OrderBy(e => e.Key, StringComparer.Ordinal))
        {
            text.Append(name).Append(": ").Append(entry.Status);
            if (!string.IsNullOrEmpty(entry.Description))
            {
                text.Append(" (").Append(entry.Description.ReplaceLineEndings(" ")).Append(')');
            }

            text.Append('\n');
        }

        context.Response.ContentType = "text/plain; charset=utf-8";
        return context.Response.WriteAsync(text.ToString(), context.RequestAborted);
    }
}
