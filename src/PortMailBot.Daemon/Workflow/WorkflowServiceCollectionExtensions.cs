using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using MimeKit;
using PortMailBot.Daemon.Options;
using PortMailBot.Daemon.Replies;
using PortMailBot.Intake.Mail;

namespace PortMailBot.Daemon.Workflow;

public static class WorkflowServiceCollectionExtensions
{
    /// <summary>The operator workflow: authorisation, the engine, its replies, the timers and the calendar.</summary>
    public static IServiceCollection AddWorkflow(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<WorkflowOptions>().Bind(configuration.GetSection(WorkflowOptions.SectionName)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<WorkflowOptions>, WorkflowOptionsValidator>());
        services.TryAddSingleton<MailReader>();
        services.TryAddSingleton<OperatorAuthorizer>();
        services.TryAddSingleton(sp => new BusinessCalendar(sp.GetRequiredService<IOptions<WorkflowOptions>>().Value.ExtraHolidays));
        services.TryAddSingleton(sp =>
        {
            var mail = sp.GetRequiredService<IOptions<MailOptions>>().Value;
            var operators = sp.GetRequiredService<IOptions<OperatorsOptions>>().Value.Addresses.Select(MailboxAddress.Parse).ToList();
            return new WorkflowReplyComposer(sp.GetRequiredService<TemplateRenderer>(), MailboxAddress.Parse(mail.From), operators, sp.GetRequiredService<TimeProvider>());
        });
        services.TryAddSingleton<WorkflowEngine>();
        services.TryAddSingleton<WorkflowMailHandler>();
        services.TryAddSingleton<WorkflowTimers>();
        services.TryAddSingleton<WorkflowOperations>();
        services.TryAddSingleton<RequestDossiers>();
        services.TryAddSingleton<LoaForm>();
        return services;
    }
}

/// <summary>Checks the <c>Workflow</c> section.</summary>
public sealed class WorkflowOptionsValidator : IValidateOptions<WorkflowOptions>
{
    public ValidateOptionsResult Validate(string? name, WorkflowOptions options)
    {
        var failures = new List<string>();
        if (options.TimersInterval < TimeSpan.FromSeconds(1))
        {
            failures.Add("Workflow:TimersInterval must be at least 00:00:01.");
        }

        if (options.ReviewSlaBusinessDays < 1 || options.ConfigureReminderBusinessDays < 1)
        {
            failures.Add("Workflow:ReviewSlaBusinessDays and Workflow:ConfigureReminderBusinessDays must be at least 1.");
        }

        if (options.NeedsInfoFollowUpDays < 1 || options.AbandonAfterDays <= options.NeedsInfoFollowUpDays)
        {
            failures.Add("Workflow:NeedsInfoFollowUpDays must be at least 1 and Workflow:AbandonAfterDays greater than it.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
