using PortMailBot.Tests.Support;

namespace PortMailBot.Tests.Configuration;

/// <summary>Configuration errors through the real executable: exit 2, every problem listed on stderr, no
/// stack trace, nothing started or written.</summary>
public sealed class ConfigurationErrorTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("portmailbot-config-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Run_once_bad_types_and_a_failed_validator_exits2_listing_every_problem()
    {
        var (exitCode, stdout, stderr) = await RunAsync(
            new()
            {
                ["Imap__Port"] = "abc",
                ["Imap__Security"] = "Bogus",
                ["Smtp__Timeout"] = "soon",
                ["Workflow__ExtraHolidays__0"] = "xmas",
                ["Mail__From"] = "not an address",
            },
            "run",
            "--once");

        Assert.Equal(2, exitCode);
        Assert.Empty(stdout);
        Assert.Contains("Imap:Port: 'abc' is not a whole number.", stderr, StringComparison.Ordinal);
        Assert.Contains("Imap:Security: 'Bogus' is not one of ", stderr, StringComparison.Ordinal);
        Assert.Contains("Smtp:Timeout: 'soon' is not a duration", stderr, StringComparison.Ordinal);
        Assert.Contains("Workflow:ExtraHolidays:0: 'xmas' is not a day", stderr, StringComparison.Ordinal);
        Assert.Contains("Mail:From must be an email address", stderr, StringComparison.Ordinal);
        AssertNoCrash(stderr);
    }

    [Theory]
    [InlineData("Poll__BatchSize", "many", "run")]
    [InlineData("Workflow__TimersInterval", "often", "run")]
    [InlineData("Imap__Security", "Bogus", "requests", "list")]
    [InlineData("Intake__BillMaxAgeDays", "thirty", "check", ".")]
    [InlineData("Ocr__PoolSize", "x", "check", ".")]
    [InlineData("Poll__BatchSize", "many", "health")]
    [InlineData("Logging__LogLevel__Default", "Bogus", "run", "--once")]
    [InlineData("Logging__Console__LogLevel__Microsoft", "loud", "requests", "list")]
    public async Task Every_command_a_value_of_the_wrong_type_exits2_naming_it(string key, string value, params string[] args)
    {
        var (exitCode, _, stderr) = await RunAsync(new() { [key] = value }, args);

        Assert.Equal(2, exitCode);
        Assert.Contains(key.Replace("__", ":", StringComparison.Ordinal) + ": '" + value + "' is not ", stderr, StringComparison.Ordinal);
        AssertNoCrash(stderr);
    }

    /// <summary>Values of the right type that a validator refuses, in the intake's section and in those the
    /// schedules read, on every command that uses them.</summary>
    [Theory]
    [InlineData("Intake__BillMaxAgeDays", "0", "check", ".")]
    [InlineData("Intake__TimeZone", "Mars/Olympus_Mons", "check", ".")]
    [InlineData("Intake__MaxPagesPerMessage", "0", "run", "--once")]
    [InlineData("Poll__Schedule", "whenever", "run")]
    [InlineData("Poll__Schedule", "whenever", "health")]
    [InlineData("Poll__DispatchInterval", "00:00:00", "run")]
    [InlineData("Workflow__TimersInterval", "00:00:00", "run")]
    public async Task Every_command_a_value_its_validator_refuses_exits2_naming_it(string key, string value, params string[] args)
    {
        var (exitCode, _, stderr) = await RunAsync(new() { [key] = value }, args);

        Assert.Equal(2, exitCode);
        Assert.Contains("  - " + key.Replace("__", ":", StringComparison.Ordinal) + " ", stderr, StringComparison.Ordinal);
        AssertNoCrash(stderr);
    }

    private void AssertNoCrash(string stderr)
    {
        Assert.Contains("PortMailBot cannot start: the configuration is not valid.", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("Unhandled exception", stderr, StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFileSystemEntries(_folder));
    }

    private Task<(int ExitCode, string Stdout, string Stderr)> RunAsync(Dictionary<string, string> settings, params string[] args)
    {
        // Everything the daemon could write points into the empty folder, so "nothing written" is checked there.
        var environment = new Dictionary<string, string>
        {
            ["PORTMAILBOT__Storage__ConnectionString"] = $"Data Source={Path.Combine(_folder, "portmailbot.db")}",
            ["PORTMAILBOT__Storage__HealthFile"] = Path.Combine(_folder, "health"),
            ["PORTMAILBOT__Mail__LocalFolder"] = Path.Combine(_folder, "mail"),
        };
        foreach (var (key, value) in settings)
        {
            environment["PORTMAILBOT__" + key] = value;
        }

        return PortMailBotProcess.RunAsync(_folder, environment, args);
    }
}
