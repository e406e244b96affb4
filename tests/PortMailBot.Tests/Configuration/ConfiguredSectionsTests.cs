using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using PortMailBot.Configuration;
using PortMailBot.Daemon;
using PortMailBot.Daemon.Scheduling;
using PortMailBot.Daemon.Workflow;

namespace PortMailBot.Tests.Configuration;

public sealed class ConfiguredSectionsTests
{
    [Fact]
    public void All_every_options_class_the_executable_binds_is_listed()
    {
        var builder = PortMailBotHost.CreateBuilder();
        builder.Services.AddDaemon(builder.Configuration);
        builder.Services.AddDaemonSchedule(builder.Configuration);
        builder.Services.AddWorkflowSchedule(builder.Configuration);

        var bound = builder.Services
            .Select(d => d.ServiceType)
            .Where(t => t.IsGenericType && (t.GetGenericTypeDefinition() == typeof(IConfigureOptions<>) || t.GetGenericTypeDefinition() == typeof(IValidateOptions<>)))
            .Select(t => t.GetGenericArguments()[0])
            .Where(t => t.Namespace?.StartsWith("PortMailBot", StringComparison.Ordinal) == true)
            .Distinct();

        Assert.NotEmpty(bound);
        Assert.All(bound, t => Assert.Contains(t, ConfiguredSections.All.Select(s => s.OptionsType)));
    }
}
