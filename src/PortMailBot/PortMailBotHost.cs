using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using PortMailBot.Intake;
using PortMailBot.Ocr;

namespace PortMailBot;

/// <summary>The host every command shares: configuration, logging to stderr, the intake engine.</summary>
public static class PortMailBotHost
{
    public static HostApplicationBuilder CreateBuilder(string[] args)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            Args = args,
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.Configuration.AddEnvironmentVariables("PORTMAILBOT__");
        builder.Logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Services.AddOcr();
        builder.Services.AddIntake();
        return builder;
    }
}
