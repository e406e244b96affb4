using Microsoft.Extensions.Options;

namespace PortMailBot.Daemon.Options;

/// <summary>Checks the <c>Health</c> section.</summary>
public sealed class HealthOptionsValidator : IValidateOptions<HealthOptions>
{
    public ValidateOptionsResult Validate(string? name, HealthOptions options)
    {
        var failures = new List<string>();
        if (options.MaxContactAge <= TimeSpan.Zero)
        {
            failures.Add("Health:MaxContactAge must be positive.");
        }

        if (options.MaxReplyAge <= TimeSpan.Zero)
        {
            failures.Add("Health:MaxReplyAge must be positive.");
        }

        if (options.CheckInterval < TimeSpan.FromSeconds(1))
        {
            failures.Add("Health:CheckInterval must be at least one second.");
        }

        if (options.SmtpCheckInterval < TimeSpan.FromSeconds(1))
        {
            failures.Add("Health:SmtpCheckInterval must be at least one second.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
