using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Npgsql;
using PortMailBot.Daemon.Options;
using PortMailBot.Daemon.Workflow;
using Quartz;

namespace PortMailBot.Daemon.Scheduling;

/// <summary>The jobs done once for the whole desk, however many instances run: the workflow's timers (every
/// <c>Workflow:TimersInterval</c>) and the retention purge (an hour after start, then daily). The per-instance
/// jobs (poll, dispatch, health: each instance's own IMAP connection and health file) stay on
/// <see cref="DaemonServiceCollectionExtensions.AddDaemonSchedule"/>'s in-memory scheduler.</summary>
/// <remarks>With SQLite (one instance) the desk's jobs run on that same in-memory scheduler. With PostgreSQL
/// they run on a second scheduler, clustered on Quartz's ADO.NET job store in the shared database (tables
/// <c>qrtz_*</c>, created by migration 9): each firing is taken by one instance, and the firing of an
/// instance that stopped checking in is recovered by another (the jobs request recovery).</remarks>
public static class DeskSchedule
{
    /// <summary>The clustered scheduler's name, the same on every instance: the cluster is the instances
    /// sharing one database under this name.</summary>
    public const string SchedulerName = "portmailbot-desk";

    public const string TablePrefix = "qrtz_";

    /// <param name="configure">More for the same scheduler (listeners in tests).</param>
    public static IServiceCollection AddDeskSchedule(this IServiceCollection services, IConfiguration configuration, Action<IQuartzBuilder>? configure = null)
    {
        // The provider decides which scheduler the jobs belong to, so it is read at registration; the start
        // validates the same section (StorageOptionsValidator) before any scheduler runs.
        var storage = configuration.GetSection(StorageOptions.SectionName).Get<StorageOptions>() ?? new StorageOptions();
        if (storage.Provider != StorageProvider.PostgreSQL)
        {
            services.AddQuartz(q =>
            {
                AddJobs(q);
                configure?.Invoke(q);
            });
            return services;
        }

        services.AddQuartz(SchedulerName, q =>
        {
            q.ConfigureScheduler(s =>
            {
                s.InstanceName = SchedulerName;
                // Unique per process, as the work claims' owner is: two instances on one machine, or one
                // restarted with a reused pid, are two nodes.
                s.InstanceId = string.Create(CultureInfo.InvariantCulture, $"{Environment.MachineName}-{Environment.ProcessId}-{Guid.NewGuid():N}");
            });
            q.UsePersistentStore(store =>
            {
                store.UsePostgres(NpgsqlFactory.Instance, SchedulerConnectionString(storage));
                store.UseSystemTextJsonSerializer();
                store.ConfigureStore(o =>
                {
                    o.TablePrefix = TablePrefix;
                    // The migrations own the schema; Quartz only checks it is there.
                    o.SchemaProvisioning = SchemaProvisioning.Validate;
                });
                store.UseClustering(c =>
                {
                    // One setting says how soon a dead instance's work is taken over, claims and jobs alike:
                    // a node is written off a lease after its last check-in.
                    c.CheckinInterval = storage.ClaimLease / 4;
                    c.CheckinMisfireThreshold = storage.ClaimLease * 3 / 4;
                });
            });
            AddJobs(q);
            configure?.Invoke(q);
        });
        return services;
    }

    /// <summary>The store's connection string for Quartz's own sessions, which the server ends when they sit
    /// idle inside a transaction for a lease.</summary>
    /// <remarks>Quartz holds its <c>TRIGGER_ACCESS</c> row lock inside a transaction. A node that stops dead
    /// without its connections closing (a paused VM, a stopped process, a frozen thread) would otherwise hold
    /// that lock for ever, and every other node would wait on it: no timer would fire anywhere, and a starting
    /// node would fail. A lease is also when the others write such a node off.</remarks>
    internal static string SchedulerConnectionString(StorageOptions storage)
    {
        var builder = new NpgsqlConnectionStringBuilder(storage.ConnectionString);
        var timeout = string.Create(CultureInfo.InvariantCulture, $"-c idle_in_transaction_session_timeout={(long)storage.ClaimLease.TotalMilliseconds}");
        builder.Options = string.IsNullOrWhiteSpace(builder.Options) ? timeout : builder.Options + " " + timeout;
        return builder.ConnectionString;
    }

    private static void AddJobs(IQuartzBuilder q)
    {
        q.AddJob<WorkflowTimersJob>(j => j.WithIdentity(WorkflowTimersJob.Key).RequestRecovery());
        q.AddTrigger((sp, t) =>
        {
            // The first run after the first poll's time (30 s), or sooner when the interval is shorter.
            var interval = sp.GetRequiredService<IOptions<WorkflowOptions>>().Value.TimersInterval;
            t.ForJob(WorkflowTimersJob.Key).WithIdentity("workflow-timers")
                .RepeatEvery(sp, interval, firstAfter: TimeSpan.FromTicks(Math.Min(interval.Ticks, TimeSpan.FromSeconds(30).Ticks)));
        });

        // Retention: an hour after start (not in the way of the first poll), then daily.
        q.AddJob<RetentionJob>(j => j.WithIdentity(RetentionJob.Key).RequestRecovery());
        q.AddTrigger((sp, t) => t.ForJob(RetentionJob.Key).WithIdentity("retention-daily")
            .RepeatEvery(sp, TimeSpan.FromDays(1), firstAfter: TimeSpan.FromHours(1)));
    }
}
