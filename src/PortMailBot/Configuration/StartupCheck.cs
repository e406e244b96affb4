using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace PortMailBot.Configuration;

/// <summary>Every configuration problem before anything starts: the values that cannot be read as their
/// type, and every validator's failure, listed together; a start with any problem exits 2.</summary>
internal static class StartupCheck
{
    public const int ConfigurationError = 2;

    /// <param name="typeProblems">From <see cref="ConfigurationTypeCheck"/>; sections named there are not
    /// bound again (the binder would throw on them).</param>
    public static List<string> Problems(IServiceProvider services, IEnumerable<ConfiguredSection> sections, IReadOnlyList<string> typeProblems)
    {
        var problems = new List<string>(typeProblems);
        if (typeProblems.Count == 0)
        {
            // Every ValidateOnStart registration, whatever registered it.
            problems.AddRange(Failures(() => services.GetRequiredService<IStartupValidator>().Validate()));
            return problems;
        }

        foreach (var section in sections.Where(s => !typeProblems.Any(p => p.StartsWith(s.Name + ":", StringComparison.OrdinalIgnoreCase))))
        {
            var monitor = services.GetRequiredService(typeof(IOptionsMonitor<>).MakeGenericType(section.OptionsType));
            var get = monitor.GetType().GetMethod(nameof(IOptionsMonitor<object>.Get))!;
            problems.AddRange(Failures(() => get.Invoke(monitor, [Options.DefaultName])));
        }

        return problems;
    }

    public static async Task<int> ReportAsync(IReadOnlyList<string> problems)
    {
        await Console.Error.WriteLineAsync("PortMailBot cannot start: the configuration is not valid.");
        foreach (var problem in problems)
        {
            await Console.Error.WriteLineAsync("  - " + problem);
        }

        await Console.Error.WriteLineAsync("Settings come from appsettings.json and PORTMAILBOT__Section__Key environment variables.");
        return ConfigurationError;
    }

    private static List<string> Failures(Action validate)
    {
        try
        {
            validate();
            return [];
        }
        catch (Exception ex) when (ConfigurationFailures(ex) is { } failures)
        {
            return failures;
        }
    }

    /// <summary>The messages of a configuration failure, or null when the exception is something else.</summary>
    private static List<string>? ConfigurationFailures(Exception ex) => ex switch
    {
        System.Reflection.TargetInvocationException { InnerException: { } inner } => ConfigurationFailures(inner),
        OptionsValidationException validation => [.. validation.Failures],
        AggregateException aggregate => aggregate.InnerExceptions.Select(ConfigurationFailures).All(f => f is not null)
            ? [.. aggregate.InnerExceptions.SelectMany(e => ConfigurationFailures(e)!)]
            : null,
        // A value the binder cannot read that the type check did not foresee: still a message, no stack.
        InvalidOperationException other => [other.Message],
        _ => null,
    };
}
