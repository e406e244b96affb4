using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace PortMailBot.Daemon.Workflow;

/// <summary>The timers' Quartz schedule: every <c>Workflow:TimersInterval</c>. The timers skip weekends and
/// statutory holidays themselves (see <see cref="WorkflowTimers"/>).</summary>
public static class WorkflowSchedule
{
    public static IServiceCollection AddWorkflowSchedule(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(WorkflowOptions.SectionName).Get<WorkflowOptions>() ?? new WorkflowOptions();
        var interval = options.TimersInterval < TimeSpan.FromSeconds(1) ? TimeSpan.FromMinutes(15) : options.TimersInterval;
        services.AddQuartz(q =>
        {
            q.AddJob<WorkflowTimersJob>(j => j.WithIdentity(WorkflowTimersJob.Key));
            q.AddTrigger(t => t.ForJob(WorkflowTimersJob.Key).WithIdentity("workflow-timers")
                .StartAt(TimeProvider.System.GetUtcNow() + TimeSpan.FromSeconds(30))
                .WithSimpleSchedule(s => s.WithInterval(interval).RepeatForever()));
        });
        return services;
    }
}
