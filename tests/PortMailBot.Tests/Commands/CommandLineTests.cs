using PortMailBot.Tests.Support;

namespace PortMailBot.Tests.Commands;

/// <summary>The command line as a user meets it: the real executable in an empty folder. Help, version and
/// a wrong argument start nothing and write nothing there.</summary>
public sealed class CommandLineTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("portmailbot-cli-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Theory]
    [InlineData("--help")]
    [InlineData("-h")]
    [InlineData("help")]
    public async Task Root_help_prints_the_usage_on_stdout_exits_0_and_writes_nothing(string option)
    {
        var (exitCode, stdout, stderr) = await RunAsync(option);

        Assert.True(exitCode == 0, stderr);
        Assert.Contains("Usage:", stdout, StringComparison.Ordinal);
        foreach (var command in new[] { "run", "check", "health", "requests", "help" })
        {
            Assert.Contains("  " + command + " ", stdout, StringComparison.Ordinal);
        }

        Assert.Empty(stderr);
        Assert.Empty(Directory.EnumerateFileSystemEntries(_folder));
    }

    [Fact]
    public async Task Version_prints_the_informational_version_and_exits_0()
    {
        var (exitCode, stdout, stderr) = await RunAsync("--version");

        Assert.True(exitCode == 0, stderr);
        var expected = typeof(PortMailBotHost).Assembly
            .GetCustomAttributes(typeof(System.Reflection.AssemblyInformationalVersionAttribute), false)
            .Cast<System.Reflection.AssemblyInformationalVersionAttribute>().Single().InformationalVersion;
        Assert.Equal(expected, stdout.Trim());
        Assert.Empty(Directory.EnumerateFileSystemEntries(_folder));
    }

    [Theory]
    [InlineData("run", "--once")]
    [InlineData("check", "--as-of")]
    [InlineData("health", "--max-age")]
    [InlineData("requests", "carrier-approved")]
    [InlineData("requests list", "--state")]
    [InlineData("requests show", "<ID>")]
    [InlineData("requests note", "<text>")]
    public async Task Every_subcommand_has_its_help_and_exits_0_writing_nothing(string command, string expected)
    {
        foreach (var option in new[] { "--help", "-h" })
        {
            var (exitCode, stdout, stderr) = await RunAsync([.. command.Split(' '), option]);

            Assert.True(exitCode == 0, stderr);
            Assert.Contains("Usage:", stdout, StringComparison.Ordinal);
            Assert.Contains(expected, stdout, StringComparison.Ordinal);
        }

        Assert.Empty(Directory.EnumerateFileSystemEntries(_folder));
    }

    [Theory]
    [InlineData("--bogus")]
    [InlineData("bogus")]
    [InlineData("--once")] // run is the default only with no argument at all
    [InlineData("run", "--twice")]
    [InlineData("check")]
    [InlineData("check", "x.eml", "--as-of")]
    [InlineData("check", "x.eml", "--asof", "2026-11-28")]
    [InlineData("health", "--max-age", "soon")]
    [InlineData("requests")]
    [InlineData("requests", "list", "--state", "lost")]
    [InlineData("requests", "list", "--max", "0")]
    [InlineData("requests", "approve")]
    [InlineData("requests", "approve", "PR-2026-000001", "extra")]
    [InlineData("requests", "cancel", "PR-2026-000001", "--ass", "carol")]
    public async Task A_wrong_argument_prints_the_usage_on_stderr_exits_2_and_writes_nothing(params string[] args)
    {
        var (exitCode, stdout, stderr) = await RunAsync(args);

        Assert.Equal(2, exitCode);
        Assert.Empty(stdout);
        Assert.Contains("Usage:", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFileSystemEntries(_folder));
    }

    [Fact]
    public async Task Help_version_subcommand_help_and_an_unknown_option_exit_0_0_0_0_0_2_in_an_empty_folder()
    {
        var codes = new List<int>();
        foreach (var args in new[] { ["--help"], ["-h"], ["--version"], ["check", "--help"], ["requests", "--help"], new[] { "--no-such-option" } })
        {
            codes.Add((await RunAsync(args)).ExitCode);
        }

        Assert.Equal([0, 0, 0, 0, 0, 2], codes);
        Assert.Empty(Directory.EnumerateFileSystemEntries(_folder));
    }

    private Task<(int ExitCode, string Stdout, string Stderr)> RunAsync(params string[] args) =>
        PortMailBotProcess.RunAsync(_folder, null, args);
}
