using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using PortMailBot.Containment;
using PortMailBot.Intake;
using PortMailBot.Ocr;

namespace PortMailBot;

/// <summary>The host every command shares: configuration, logging to stderr, the intake engine.</summary>
internal static class PortMailBotHost
{
    /// <summary>Settings come from appsettings.json beside the executable and PORTMAILBOT__Section__Key
    /// environment variables; the command line is the commands' own, not settings.</summary>
    /// <param name="contained">Whether documents are read in contained worker processes (as configured in
    /// <c>Containment</c>); false in the worker itself.</param>
    public static HostApplicationBuilder CreateBuilder(bool contained = true)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.Configuration.AddEnvironmentVariables("PORTMAILBOT__");
        builder.Logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Services.AddOcr();
        builder.Services.AddIntake();
        if (contained)
        {
            builder.Services.AddContainment();
        }
        return builder;
    }
}
