using PortMailBot.Daemon.Options;

namespace PortMailBot.Daemon.Tests.Options;

public sealed class OptionsValidationTests
{
    [Fact]
    public void Every_imap_problem_is_reported_with_its_key()
    {
        var result = new ImapOptionsValidator().Validate(null, new ImapOptions { Host = "imap.example.com", Port = 70000, ProcessedFolder = "INBOX" });

        Assert.True(result.Failed);
        var failures = result.Failures!.ToList();
        Assert.Contains(failures, f => f.StartsWith("Imap:Port", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("Imap:Username", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("Imap:Password", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("Imap:ProcessedFolder", StringComparison.Ordinal));
    }

    [Fact]
    public void No_imap_host_means_the_local_folder_and_is_valid() =>
        Assert.True(new ImapOptionsValidator().Validate(null, new ImapOptions()).Succeeded);

    [Fact]
    public void Secrets_are_never_in_the_messages()
    {
        var result = new ImapOptionsValidator().Validate(null, new ImapOptions { Host = "h", Password = "hunter2-secret", Port = -1 });
        Assert.DoesNotContain(result.Failures!, f => f.Contains("hunter2", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("00:01:00", true)]
    [InlineData("00:00:30", true)]
    [InlineData("0 0/5 * * * ?", true)]
    [InlineData("every minute", false)]
    [InlineData("00:00:00", false)]
    public void Schedule_is_an_interval_or_a_cron_expression(string schedule, bool valid) =>
        Assert.Equal(valid, new PollOptionsValidator().Validate(null, new PollOptions { Schedule = schedule }).Succeeded);

    [Theory]
    [InlineData(null, "00:00:00.250", true)]
    [InlineData(1, "00:00:00", true)]
    [InlineData(1000, "00:00:05", true)]
    [InlineData(0, "00:00:00.250", false)]
    [InlineData(null, "00:00:06", false)]
    [InlineData(null, "-00:00:01", false)]
    public void Commits_are_bounded(int? messagesPerCommit, string commitAfter, bool valid) =>
        Assert.Equal(valid, new PollOptionsValidator().Validate(null, new PollOptions { MessagesPerCommit = messagesPerCommit, CommitAfter = TimeSpan.Parse(commitAfter, System.Globalization.CultureInfo.InvariantCulture) }).Succeeded);

    [Fact]
    public void Addresses_must_be_addresses()
    {
        Assert.True(new MailOptionsValidator().Validate(null, new MailOptions { From = "not an address" }).Failed);
        var operators = new OperatorsOptionsValidator().Validate(null, new OperatorsOptions { Addresses = ["ops@example.com", "nobody"], TrustedAuthServId = "mx.example.com" });
        Assert.Equal(["Operators:Addresses:1 must be an email address, not \"nobody\"."], operators.Failures);
    }

    [Fact]
    public void Operators_need_a_trusted_auth_server_unless_unauthenticated_is_explicitly_allowed()
    {
        var validator = new OperatorsOptionsValidator();
        Assert.True(new OperatorsOptions().RequireAuthentication);
        Assert.True(validator.Validate(null, new OperatorsOptions()).Succeeded);

        var noServer = validator.Validate(null, new OperatorsOptions { Addresses = ["ops@example.com"] });
        Assert.Contains(noServer.Failures!, f => f.StartsWith("Operators:TrustedAuthServId", StringComparison.Ordinal));
        var switchedOff = validator.Validate(null, new OperatorsOptions { Addresses = ["ops@example.com"], RequireAuthentication = false, TrustedAuthServId = "mx.example.com" });
        Assert.Contains(switchedOff.Failures!, f => f.Contains("Operators:AllowUnauthenticated=true", StringComparison.Ordinal));

        Assert.True(validator.Validate(null, new OperatorsOptions { Addresses = ["ops@example.com"], TrustedAuthServId = "mx.example.com" }).Succeeded);
        Assert.True(validator.Validate(null, new OperatorsOptions { Addresses = ["ops@example.com"], AllowUnauthenticated = true }).Succeeded);
        Assert.False(new OperatorsOptions { AllowUnauthenticated = true }.AuthenticationRequired);
    }

    [Theory]
    [InlineData(StorageProvider.Sqlite, "Data Source=data/portmailbot.db", true)]
    [InlineData(StorageProvider.PostgreSQL, "Host=db.example.com;Database=portmailbot;Username=pmb;Password=x", true)]
    [InlineData(StorageProvider.PostgreSQL, "Data Source=data/portmailbot.db", false)]
    [InlineData(StorageProvider.PostgreSQL, "Host=db.example.com", false)]
    [InlineData(StorageProvider.PostgreSQL, "Host=db.example.com;Database=x;Port=not-a-number", false)]
    [InlineData(StorageProvider.Sqlite, "Host=db.example.com;Database=x", false)]
    public void The_connection_string_is_in_the_form_of_the_chosen_provider(StorageProvider provider, string connectionString, bool valid)
    {
        var result = new StorageOptionsValidator().Validate(null, new StorageOptions { Provider = provider, ConnectionString = connectionString });
        Assert.Equal(valid, result.Succeeded);
        Assert.All(result.Failures ?? [], f => Assert.StartsWith("Storage:ConnectionString", f, StringComparison.Ordinal));
    }

    [Fact]
    public void An_unknown_provider_is_reported() =>
        Assert.Contains(new StorageOptionsValidator().Validate(null, new StorageOptions { Provider = (StorageProvider)7 }).Failures!, f => f.StartsWith("Storage:Provider", StringComparison.Ordinal));

    [Fact]
    public void Retention_periods_every_one_out_of_range_reported_at_once()
    {
        var result = new RetentionOptionsValidator().Validate(null, new RetentionOptions { ClosedRequestDays = 0, UnansweredMailDays = -1, UnattachedMailDays = 36501 });

        Assert.Equal(["Retention:ClosedRequestDays", "Retention:UnansweredMailDays", "Retention:UnattachedMailDays"], result.Failures!.Select(f => f.Split(' ')[0]));
        Assert.Equal(30, new RetentionOptions().UnattachedMailDays);
        Assert.True(new RetentionOptionsValidator().Validate(null, new RetentionOptions()).Succeeded);
    }
}
