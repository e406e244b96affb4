using MimeKit;
using Microsoft.Extensions.Options;
using Quartz;

namespace PortMailBot.Daemon.Options;

/// <summary>Checks the <c>Imap</c> section; every problem is reported, not only the first.</summary>
public sealed class ImapOptionsValidator(IOptions<OAuthOptions>? oauth = null) : IValidateOptions<ImapOptions>
{
    public ValidateOptionsResult Validate(string? name, ImapOptions options)
    {
        if (!options.Configured)
        {
            return ValidateOptionsResult.Success;
        }

        var failures = new List<string>();
        CheckPort("Imap:Port", options.Port, failures);
        if (string.IsNullOrWhiteSpace(options.Username))
        {
            failures.Add("Imap:Username is required when Imap:Host is set.");
        }

        if (string.IsNullOrEmpty(options.Password) && string.IsNullOrEmpty(options.AccessToken) && !OAuthConfigured())
        {
            failures.Add("Imap:Password (or OAuth:Provider for tokens the daemon renews, or a fixed Imap:AccessToken) is required when Imap:Host is set.");
        }

        if (!string.IsNullOrEmpty(options.Password) && OAuthConfigured())
        {
            failures.Add("Imap:Password and OAuth:Provider are both set: IMAP logs in with one of them.");
        }

        if (string.IsNullOrWhiteSpace(options.Folder))
        {
            failures.Add("Imap:Folder must name a folder (default INBOX).");
        }

        if (string.IsNullOrWhiteSpace(options.ProcessedFolder))
        {
            failures.Add("Imap:ProcessedFolder must name a folder (default Processed).");
        }
        else if (string.Equals(options.ProcessedFolder, options.Folder, StringComparison.OrdinalIgnoreCase))
        {
            failures.Add("Imap:ProcessedFolder must differ from Imap:Folder.");
        }

        if (options.Timeout <= TimeSpan.Zero)
        {
            failures.Add("Imap:Timeout must be positive.");
        }

        if (options.IdleRefresh < TimeSpan.FromSeconds(1) || options.IdleRefresh > TimeSpan.FromMinutes(29))
        {
            failures.Add("Imap:IdleRefresh must be between 00:00:01 and 00:29:00 (servers end an IDLE after 30 minutes).");
        }

        if (options.NoopInterval < TimeSpan.FromSeconds(1))
        {
            failures.Add("Imap:NoopInterval must be at least one second.");
        }

        if (options.ReconnectDelay <= TimeSpan.Zero || options.MaxReconnectDelay < options.ReconnectDelay)
        {
            failures.Add("Imap:ReconnectDelay must be positive and Imap:MaxReconnectDelay at least as long.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    // An OAuth section that is itself invalid is reported by its own validator; here it counts as set.
    private bool OAuthConfigured()
    {
        try
        {
            return oauth?.Value.Configured == true;
        }
        catch (OptionsValidationException)
        {
            return true;
        }
    }

    internal static void CheckPort(string key, int port, List<string> failures)
    {
        if (port is < 0 or > 65535)
        {
            failures.Add($"{key} must be between 1 and 65535 (or left out for the default), not {port}.");
        }
    }
}

/// <summary>Checks the <c>Smtp</c> section.</summary>
public sealed class SmtpOptionsValidator : IValidateOptions<SmtpOptions>
{
    public ValidateOptionsResult Validate(string? name, SmtpOptions options)
    {
        if (!options.Configured)
        {
            return ValidateOptionsResult.Success;
        }

        var failures = new List<string>();
        ImapOptionsValidator.CheckPort("Smtp:Port", options.Port, failures);
        if (!string.IsNullOrEmpty(options.Password) && string.IsNullOrWhiteSpace(options.Username))
        {
            failures.Add("Smtp:Username is required when Smtp:Password is set.");
        }

        if (options.Timeout <= TimeSpan.Zero)
        {
            failures.Add("Smtp:Timeout must be positive.");
        }

        if (options.Senders is < 1 or > 10)
        {
            failures.Add("Smtp:Senders must be between 1 and 10.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}

/// <summary>Checks the <c>Mail</c> and <c>Operators</c> addresses.</summary>
public sealed class MailOptionsValidator : IValidateOptions<MailOptions>
{
    public ValidateOptionsResult Validate(string? name, MailOptions options)
    {
        var failures = new List<string>();
        if (!MailboxAddress.TryParse(options.From ?? "", out var from) || string.IsNullOrEmpty(from.Address) || !from.Address.Contains('@', StringComparison.Ordinal))
        {
            failures.Add($"Mail:From must be an email address, e.g. \"Porting <porting@example.com>\", not \"{options.From}\".");
        }

        if (string.IsNullOrWhiteSpace(options.LocalFolder))
        {
            failures.Add("Mail:LocalFolder must name a folder (default data/mail).");
        }

        if (string.IsNullOrWhiteSpace(options.TemplatesFolder))
        {
            failures.Add("Mail:TemplatesFolder must name a folder (default templates).");
        }

        if (options.MaxRepliesPerSenderPerHour < 1)
        {
            failures.Add("Mail:MaxRepliesPerSenderPerHour must be at least 1.");
        }

        if (options.MaxRepliesPerHour < 1)
        {
            failures.Add("Mail:MaxRepliesPerHour must be at least 1.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}

/// <summary>Checks <c>Operators</c>: addresses, and that operators' commands are authenticated unless explicitly not.</summary>
public sealed class OperatorsOptionsValidator : IValidateOptions<OperatorsOptions>
{
    public ValidateOptionsResult Validate(string? name, OperatorsOptions options)
    {
        var failures = new List<string>();
        for (var i = 0; i < options.Addresses.Count; i++)
        {
            var text = options.Addresses[i];
            if (!MailboxAddress.TryParse(text ?? "", out var address) || !address.Address.Contains('@', StringComparison.Ordinal))
            {
                failures.Add($"Operators:Addresses:{i} must be an email address, not \"{text}\".");
            }
        }

        // Operators drive requests by mail; without authentication anyone who writes their From does.
        if (options.Addresses.Count > 0 && !options.AllowUnauthenticated)
        {
            if (!options.RequireAuthentication)
            {
                failures.Add("Operators:RequireAuthentication=false lets anyone who writes an operator's From drive requests; it is refused unless Operators:AllowUnauthenticated=true (for tests only).");
            }
            else if (string.IsNullOrWhiteSpace(options.TrustedAuthServId))
            {
                failures.Add("Operators:TrustedAuthServId must name the receiving server's authserv-id (as in its Authentication-Results headers) when Operators:Addresses is set; Operators:AllowUnauthenticated=true turns authentication off (for tests only).");
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}

/// <summary>Checks the <c>Poll</c> section: the schedule must be an interval or a valid cron expression.</summary>
public sealed class PollOptionsValidator : IValidateOptions<PollOptions>
{
    public ValidateOptionsResult Validate(string? name, PollOptions options)
    {
        var failures = new List<string>();
        if (PollSchedule.TryParse(options.Schedule, out _) is { } error)
        {
            failures.Add(error);
        }

        if (options.BatchSize is < 1 or > 1000)
        {
            failures.Add($"Poll:BatchSize must be between 1 and 1000, not {options.BatchSize}.");
        }

        if (options.MessagesPerCommit is < 1 or > 1000)
        {
            failures.Add($"Poll:MessagesPerCommit must be between 1 and 1000, not {options.MessagesPerCommit}.");
        }

        // Below SQLite's busy timeout (10 s), so that other writers wait for the commit rather than fail.
        if (options.CommitAfter < TimeSpan.Zero || options.CommitAfter > TimeSpan.FromSeconds(5))
        {
            failures.Add($"Poll:CommitAfter must be between 00:00:00 and 00:00:05, not {options.CommitAfter}.");
        }

        if (options.DispatchInterval <= TimeSpan.Zero)
        {
            failures.Add("Poll:DispatchInterval must be positive.");
        }

        if (options.RetryDelay <= TimeSpan.Zero || options.MaxRetryDelay < options.RetryDelay)
        {
            failures.Add("Poll:RetryDelay must be positive and Poll:MaxRetryDelay at least as long.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}

/// <summary>Checks the <c>Storage</c> section.</summary>
public sealed class StorageOptionsValidator : IValidateOptions<StorageOptions>
{
    public ValidateOptionsResult Validate(string? name, StorageOptions options)
    {
        var failures = new List<string>();
        if (string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            failures.Add("Storage:ConnectionString is required (default \"Data Source=data/portmailbot.db\").");
        }
        else if (options.Provider == StorageProvider.PostgreSQL)
        {
            failures.AddRange(PostgreSqlConnectionFailures(options.ConnectionString));
        }
        else
        {
            try
            {
                _ = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(options.ConnectionString);
            }
            catch (ArgumentException ex)
            {
                failures.Add($"Storage:ConnectionString is not a valid SQLite connection string: {ex.Message}");
            }
        }

        if (options.ClaimLease < TimeSpan.FromSeconds(1) || options.ClaimLease > TimeSpan.FromHours(1))
        {
            failures.Add($"Storage:ClaimLease must be between 00:00:01 and 01:00:00 (default 00:01:00), not {options.ClaimLease}.");
        }

        if (!Enum.IsDefined(options.Provider))
        {
            failures.Add($"Storage:Provider \"{options.Provider}\" is not Sqlite or PostgreSQL.");
        }

        if (string.IsNullOrWhiteSpace(options.HealthFile))
        {
            failures.Add("Storage:HealthFile must name a file (default data/health).");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static List<string> PostgreSqlConnectionFailures(string connectionString)
    {
        Npgsql.NpgsqlConnectionStringBuilder builder;
        try
        {
            builder = new Npgsql.NpgsqlConnectionStringBuilder(connectionString);
        }
        catch (Exception ex) when (ex is ArgumentException or FormatException or InvalidCastException)
        {
            return [$"Storage:ConnectionString is not a valid PostgreSQL (Npgsql) connection string: {ex.Message}"];
        }

        var failures = new List<string>();
        if (string.IsNullOrWhiteSpace(builder.Host))
        {
            failures.Add("Storage:ConnectionString must name the PostgreSQL server (Host=...) when Storage:Provider is PostgreSQL.");
        }

        if (string.IsNullOrWhiteSpace(builder.Database))
        {
            failures.Add("Storage:ConnectionString must name the database (Database=...) when Storage:Provider is PostgreSQL.");
        }

        return failures;
    }
}

/// <summary>The poll schedule: an interval or a Quartz cron expression.</summary>
public sealed record PollSchedule(TimeSpan? Interval, string? Cron)
{
    /// <summary>The schedule of a validated setting.</summary>
    /// <exception cref="InvalidOperationException">The text is not a schedule: the options were not validated.</exception>
    public static PollSchedule Parse(string? text) =>
        TryParse(text, out var schedule) is { } error ? throw new InvalidOperationException(error) : schedule;

    /// <returns>An error message naming the setting, or null when the text is a schedule.</returns>
    public static string? TryParse(string? text, out PollSchedule schedule)
    {
        schedule = new PollSchedule(TimeSpan.FromMinutes(1), null);
        if (string.IsNullOrWhiteSpace(text))
        {
            return "Poll:Schedule is required: an interval such as 00:01:00 or a Quartz cron expression such as \"0 0/5 * * * ?\".";
        }

        if (TimeSpan.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, out var interval))
        {
            if (interval < TimeSpan.FromSeconds(1))
            {
                return $"Poll:Schedule interval must be at least one second, not {text}.";
            }

            schedule = new PollSchedule(interval, null);
            return null;
        }

        try
        {
            _ = new CronExpression(text);
            schedule = new PollSchedule(null, text);
            return null;
        }
        catch (FormatException)
        {
            // Neither form: reported below.
        }

        return $"Poll:Schedule \"{text}\" is neither an interval (00:01:00) nor a Quartz cron expression (\"0 0/5 * * * ?\").";
    }
}
