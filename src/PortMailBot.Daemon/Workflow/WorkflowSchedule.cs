using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Quartz;

namespace PortMailBot.Daemon.Workflow;

/// <summary>The timers' Quartz schedule: every <c>Workflow:TimersInterval</c>. The timers skip weekends and
/// statutory holidays themselves (see <see cref="WorkflowTimers"/>). The interval comes from the bound options,
/// which the start has validated (<see cref="WorkflowOptionsValidator"/>).</summary>
public static class WorkflowSchedule
{
    public static IServiceCollection AddWorkflowSchedule(this IServiceCollection services)
    {
        services.AddQuartz(q =>
        {
            q.AddJob<WorkflowTimersJob>(j => j.WithIdentity(WorkflowTimersJob.Key));
            q.AddTrigger((sp, t) =>
            {
                var interval = sp.GetRequiredService<IOptions<WorkflowOptions>>().Value.TimersInterval;
                t.ForJob(WorkflowTimersJob.Key).WithIdentity("workflow-timers")
                    .StartAt(sp.GetRequiredService<TimeProvider>().GetUtcNow() + TimeSpan.FromSeconds(30))
                    .WithSimpleSchedule(s => s.WithInterval(interval).RepeatForever());
            });
        });
        return services;
    }
}
