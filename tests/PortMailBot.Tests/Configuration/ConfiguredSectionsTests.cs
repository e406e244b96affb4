using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using PortMailBot.Configuration;
using PortMailBot.Daemon;
using PortMailBot.Daemon.Scheduling;
using PortMailBot.Daemon.Telemetry;
using PortMailBot.Daemon.Workflow;
using PortMailBot.Web.Hosting;

namespace PortMailBot.Tests.Configuration;

public sealed class ConfiguredSectionsTests
{
    [Fact]
    public void All_every_options_class_the_executable_binds_is_listed()
    {
        var bound = OptionsRegisteredAs(typeof(IConfigureOptions<>), typeof(IValidateOptions<>));

        Assert.NotEmpty(bound);
        Assert.All(bound, t => Assert.Contains(t, ConfiguredSections.All.Select(s => s.OptionsType)));
    }

    [Fact]
    public void Every_listed_section_has_a_validator_that_runs_at_start()
    {
        var validated = OptionsRegisteredAs(typeof(IValidateOptions<>));

        Assert.All(ConfiguredSections.All, s => Assert.Contains(s.OptionsType, validated));
    }

    /// <summary>Our options classes registered with any of <paramref name="serviceTypes"/>, by everything the
    /// daemon's start registers, its schedules included.</summary>
    private static List<Type> OptionsRegisteredAs(params Type[] serviceTypes)
    {
        var builder = PortMailBotHost.CreateBuilder();
        builder.Services.AddDaemon(builder.Configuration);
        builder.Services.AddDaemonTelemetry(builder.Configuration);
        builder.Services.AddDaemonSchedule();
        builder.Services.AddDeskSchedule(builder.Configuration);
        builder.Services.AddWebConsole(builder.Configuration);

        return builder.Services
            .Select(d => d.ServiceType)
            .Where(t => t.IsGenericType && serviceTypes.Contains(t.GetGenericTypeDefinition()))
            .Select(t => t.GetGenericArguments()[0])
            .Where(t => t.Namespace?.StartsWith("PortMailBot", StringComparison.Ordinal) == true)
            .Distinct()
            .ToList();
    }
}
