using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using PortMailBot.Intake;

namespace PortMailBot.Daemon.Tests.Support;

/// <summary>Whether the intake engine's parts are written (they throw NotImplementedException until merged).</summary>
internal static class EngineProbe
{
    private static readonly Lazy<bool> Result = new(() =>
    {
        using var services = new ServiceCollection()
            .AddSingleton<Microsoft.Extensions.Configuration.IConfiguration>(new Microsoft.Extensions.Configuration.ConfigurationBuilder().Build())
            .AddIntake()
            .BuildServiceProvider();
        var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse("probe@example.com"));
        message.Body = new TextPart("plain") { Text = "Account SID: none" };
        try
        {
            services.GetRequiredService<IntakePipeline>().Check(message, "probe", new DateOnly(2026, 11, 28));
            return true;
        }
        catch (NotImplementedException)
        {
            return false;
        }
    });

    public static bool Available() => Result.Value;
}
