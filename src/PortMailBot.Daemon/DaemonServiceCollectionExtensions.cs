using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MimeKit;
using PortMailBot.Daemon.Dispatch;
using PortMailBot.Daemon.Health;
using PortMailBot.Daemon.Mailboxes;
using PortMailBot.Daemon.Options;
using PortMailBot.Daemon.Processing;
using PortMailBot.Daemon.Replies;
using PortMailBot.Daemon.Scheduling;
using PortMailBot.Daemon.Storage;
using PortMailBot.Daemon.Tokens;
using PortMailBot.Daemon.Workflow;
using PortMailBot.Intake;
using Quartz;

namespace PortMailBot.Daemon;

public static class DaemonServiceCollectionExtensions
{
    /// <summary>Everything the daemon needs except the schedule: options (validated at start), storage,
    /// the inbox and sender (IMAP/SMTP, or the local mail folders when no server is configured), the
    /// processor, the dispatcher and the health signal. The intake engine must be added too.</summary>
    public static IServiceCollection AddDaemon(this IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton(TimeProvider.System);
        AddValidated<ImapOptions, ImapOptionsValidator>(services, configuration, ImapOptions.SectionName);
        AddValidated<SmtpOptions, SmtpOptionsValidator>(services, configuration, SmtpOptions.SectionName);
        AddValidated<OAuthOptions, OAuthOptionsValidator>(services, configuration, OAuthOptions.SectionName);
        AddValidated<HealthOptions, HealthOptionsValidator>(services, configuration, HealthOptions.SectionName);
        AddValidated<MailOptions, MailOptionsValidator>(services, configuration, MailOptions.SectionName);
        AddValidated<OperatorsOptions, OperatorsOptionsValidator>(services, configuration, OperatorsOptions.SectionName);
        AddValidated<PollOptions, PollOptionsValidator>(services, configuration, PollOptions.SectionName);
        AddValidated<StorageOptions, StorageOptionsValidator>(services, configuration, StorageOptions.SectionName);
        AddValidated<RetentionOptions, RetentionOptionsValidator>(services, configuration, RetentionOptions.SectionName);

        services.TryAddSingleton<MailTokens>();
        services.TryAddSingleton(sp => new ImapSession(
            sp.GetRequiredService<IOptions<ImapOptions>>().Value, sp.GetRequiredService<MailTokens>(), sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ILoggerFactory>()));
        services.TryAddSingleton<MailboxWatcher>();
        services.TryAddSingleton<ISqlDialect>(sp =>
        {
            var storage = sp.GetRequiredService<IOptions<StorageOptions>>().Value;
            return storage.Provider == StorageProvider.PostgreSQL
                ? new PostgreSqlDialect(storage.ConnectionString)
                : new SqliteDialect(storage.ConnectionString);
        });
        services.TryAddSingleton<DaemonStore>();
        services.TryAddSingleton<WorkClaims>();
        services.TryAddSingleton<OperatorAccounts>();
        services.TryAddSingleton<RetentionStore>();
        services.TryAddSingleton<IMailboxCopies>(sp =>
        {
            var imap = sp.GetRequiredService<IOptions<ImapOptions>>().Value;
            return imap.Configured
                ? new ImapMailboxCopies(imap, sp.GetRequiredService<MailTokens>(), sp.GetRequiredService<ILogger<ImapMailboxCopies>>())
                : new FolderMailboxCopies(Path.Combine(sp.GetRequiredService<IOptions<MailOptions>>().Value.LocalFolder, "processed"));
        });
        services.TryAddSingleton<RetentionPurger>();
        services.TryAddSingleton<StoreCopy>();
        services.TryAddSingleton<IRequestChecker, PipelineRequestChecker>();
        services.TryAddSingleton(sp => new TemplateRenderer(ContentPath.Resolve(sp.GetRequiredService<IOptions<MailOptions>>().Value.TemplatesFolder)));
        services.TryAddSingleton(sp =>
        {
            var mail = sp.GetRequiredService<IOptions<MailOptions>>().Value;
            var operators = sp.GetRequiredService<IOptions<OperatorsOptions>>().Value.Addresses.Select(MailboxAddress.Parse).ToList();
            var intake = sp.GetService<IOptions<IntakeOptions>>()?.Value ?? new IntakeOptions();
            return new ReplyComposer(sp.GetRequiredService<TemplateRenderer>(), MailboxAddress.Parse(mail.From), operators, intake.BillMaxAgeDays, sp.GetRequiredService<TimeProvider>());
        });
        services.TryAddSingleton<Func<IInbox>>(sp => () =>
        {
            var imap = sp.GetRequiredService<IOptions<ImapOptions>>().Value;
            if (imap.Configured)
            {
                var session = sp.GetRequiredService<ImapSession>();
                return session.Persistent
                    ? new SharedImapInbox(session)
                    : new ImapInbox(imap, sp.GetRequiredService<MailTokens>(), sp.GetRequiredService<ILogger<ImapInbox>>());
            }

            var root = sp.GetRequiredService<IOptions<MailOptions>>().Value.LocalFolder;
            return new FolderInbox(Path.Combine(root, "inbox"), Path.Combine(root, "processed"), sp.GetRequiredService<ILogger<FolderInbox>>());
        });
        services.TryAddSingleton<IMailSender>(sp =>
        {
            var smtp = sp.GetRequiredService<IOptions<SmtpOptions>>().Value;
            return smtp.Configured
                ? new ReachabilityRecordingSender(
                    new SmtpMailSender(smtp, sp.GetRequiredService<MailTokens>(), sp.GetRequiredService<ILogger<SmtpMailSender>>()),
                    sp.GetRequiredService<SmtpReachability>())
                : new FolderMailSender(Path.Combine(sp.GetRequiredService<IOptions<MailOptions>>().Value.LocalFolder, "outbox"));
        });
        services.AddWorkflow(configuration);
        services.TryAddSingleton<ThreadFinder>();
        services.TryAddSingleton<MessageRouter>();
        services.TryAddSingleton(sp => new DocumentReadAhead(
            sp.GetRequiredService<IRequestChecker>() as IDocumentPrereader,
            sp.GetRequiredService<PortMailBot.Intake.Mail.MailReader>(),
            sp.GetRequiredService<ILogger<DocumentReadAhead>>()));
        services.TryAddSingleton<IntakeDecider>();
        services.TryAddSingleton<ReplyEnqueuer>();
        services.TryAddSingleton<MessageProcessor>();
        services.TryAddSingleton<BatchProcessor>();
        services.TryAddSingleton<ProcessingAttempts>();
        services.TryAddSingleton<PoisonMessageGuard>();
        services.TryAddSingleton<InboxPoller>();
        services.TryAddSingleton<OutboxDispatcher>();
        services.TryAddSingleton<IOutboxSignal, SendOnSignal>();
        services.TryAddSingleton<HealthSignal>();
        services.TryAddSingleton<HealthJudge>();
        services.TryAddSingleton<SmtpReachability>();
        services.TryAddSingleton<HealthMonitor>();
        services.TryAddSingleton<ExampleSeeder>();
        services.TryAddSingleton<DaemonCycle>();
        services.AddHealthChecks()
            .AddCheck<HealthSignal>("poll")
            .AddCheck<StorageHealthCheck>("database")
            .AddCheck<ImapHealthCheck>("imap")
            .AddCheck<SmtpHealthCheck>("smtp")
            .AddCheck<TokenRenewalHealthCheck>("tokens")
            .AddCheck<OutboxHealthCheck>("outbox");
        return services;
    }

    /// <summary>Each instance's own schedule: the poll job on <c>Poll:Schedule</c> (interval or cron), the outbox
    /// retry job and the health check, run by Quartz (in memory) as a hosted service. The desk's jobs, once for
    /// all instances, are <see cref="DeskSchedule.AddDeskSchedule"/>'s. The triggers take their settings from the
    /// bound options, which the start has validated (<see cref="PollOptionsValidator"/>), never from the raw configuration.</summary>
    public static IServiceCollection AddDaemonSchedule(this IServiceCollection services)
    {
        services.AddQuartz(q =>
        {
            q.AddJob<PollJob>(j => j.WithIdentity(PollJob.Key));
            q.AddTrigger(t => t.ForJob(PollJob.Key).WithIdentity("poll-at-start").StartNow());
            q.AddTrigger((sp, t) =>
            {
                var poll = sp.GetRequiredService<IOptions<PollOptions>>().Value;
                var schedule = PollSchedule.Parse(poll.Schedule);
                t.ForJob(PollJob.Key).WithIdentity("poll-schedule");
                if (schedule.Cron is { } cron)
                {
                    t.WithCronSchedule(cron);
                }
                else
                {
                    var interval = schedule.Interval!.Value;
                    t.RepeatEvery(sp, interval, firstAfter: interval);
                }
            });

            q.AddJob<DispatchJob>(j => j.WithIdentity(DispatchJob.Key));
            q.AddTrigger((sp, t) =>
            {
                var interval = sp.GetRequiredService<IOptions<PollOptions>>().Value.DispatchInterval;
                t.ForJob(DispatchJob.Key).WithIdentity("dispatch-retry").RepeatEvery(sp, interval, firstAfter: interval);
            });

            q.AddJob<HealthJob>(j => j.WithIdentity(HealthJob.Key));
            q.AddTrigger((sp, t) =>
            {
                var interval = sp.GetRequiredService<IOptions<HealthOptions>>().Value.CheckInterval;
                t.ForJob(HealthJob.Key).WithIdentity("health-check").RepeatEvery(sp, interval, firstAfter: interval);
            });
        });
        services.AddQuartzHostedService(o => o.WaitForJobsToComplete = true);
        services.AddHostedService(sp => sp.GetRequiredService<MailboxWatcher>());
        return services;
    }

    private static void AddValidated<TOptions, TValidator>(IServiceCollection services, IConfiguration configuration, string section)
        where TOptions : class
        where TValidator : class, IValidateOptions<TOptions>
    {
        services.AddOptions<TOptions>().Bind(configuration.GetSection(section)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<TOptions>, TValidator>());
    }
}
