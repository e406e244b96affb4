using PortMailBot.Daemon.Dispatch;
using PortMailBot.Daemon.Workflow;
using Quartz;

namespace PortMailBot.Daemon.Scheduling;

/// <summary>Runs the workflow's timers on their schedule, then sends what they put
/// in the outbox.</summary>
[DisallowConcurrentExecution]
public sealed class WorkflowTimersJob(WorkflowTimers timers, OutboxDispatcher dispatcher) : IJob
{
    public static readonly JobKey Key = new("workflow-timers", "portmailbot");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        if (await timers.RunAsync(cancellationToken) > 0)
        {
            await dispatcher.DispatchAsync(ignoreBackoff: false, cancellationToken);
        }
    }
}
