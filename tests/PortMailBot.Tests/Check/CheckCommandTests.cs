using System.Text.Json;
using PortMailBot.Tests.Support;

namespace PortMailBot.Tests.Check;

/// <summary>The <c>check</c> command as an operator or the outside scorer runs it: a real process.</summary>
public sealed class CheckCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("portmailbot-check-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task A_folder_gives_one_verdict_line_per_message_in_file_name_order()
    {
        await File.WriteAllTextAsync(Path.Combine(_folder, "b.eml"), Message("Second"), TestContext.Current.CancellationToken);
        await File.WriteAllTextAsync(Path.Combine(_folder, "a.eml"), Message("First"), TestContext.Current.CancellationToken);
        await File.WriteAllTextAsync(Path.Combine(_folder, "notes.txt"), "not a message", TestContext.Current.CancellationToken);

        var (exitCode, stdout, stderr) = await RunAsync("check", _folder, "--as-of", "2026-11-28");

        Assert.True(exitCode == 0, stderr);
        var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        var files = lines.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("file").GetString()).ToList();
        Assert.EndsWith("a.eml", files[0], StringComparison.Ordinal);
        Assert.EndsWith("b.eml", files[1], StringComparison.Ordinal);
        var first = JsonDocument.Parse(lines[0]).RootElement;
        Assert.Equal("reject", first.GetProperty("decision").GetString());
        Assert.Equal("<First@example.test>", first.GetProperty("messageId").GetString());
        Assert.Equal(JsonValueKind.Array, first.GetProperty("documents").ValueKind);
        Assert.Contains("loa-missing", first.GetProperty("reasons").EnumerateArray().Select(r => r.GetString()));
    }

    [Fact]
    public async Task A_path_that_cannot_be_read_exits_1_after_the_others()
    {
        await File.WriteAllTextAsync(Path.Combine(_folder, "a.eml"), Message("Only"), TestContext.Current.CancellationToken);

        var (exitCode, stdout, _) = await RunAsync("check", Path.Combine(_folder, "missing.eml"), Path.Combine(_folder, "a.eml"));

        Assert.Equal(1, exitCode);
        Assert.Single(stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public async Task Bytes_that_are_not_mime_still_get_a_verdict()
    {
        var path = Path.Combine(_folder, "garbage.eml");
        await File.WriteAllBytesAsync(path, [0, 1, 2, 0xff, 0xfe, (byte)'\n', 0x80, 0x81], TestContext.Current.CancellationToken);

        var (exitCode, stdout, stderr) = await RunAsync("check", path);

        Assert.True(exitCode == 0, stderr);
        var verdict = JsonDocument.Parse(stdout.Trim()).RootElement;
        Assert.Equal("reject", verdict.GetProperty("decision").GetString());
        Assert.Contains("account-sid-missing", verdict.GetProperty("reasons").EnumerateArray().Select(r => r.GetString()));
    }

    [Fact]
    public async Task A_malformed_as_of_day_is_refused_with_a_message()
    {
        var (exitCode, _, stderr) = await RunAsync("check", _folder, "--as-of", "28/11/2026");

        Assert.Equal(2, exitCode);
        Assert.Contains("YYYY-MM-DD", stderr, StringComparison.Ordinal);
    }

    private static string Message(string id) => $"""
        From: Customer <customer@example.test>
        To: porting@example.test
        Subject: Port request
        Message-ID: <{id}@example.test>
        Content-Type: text/plain; charset=utf-8

        Please port 416-320-4134.

        """.ReplaceLineEndings("\r\n");

    private static Task<(int ExitCode, string Stdout, string Stderr)> RunAsync(params string[] args) =>
        PortMailBotProcess.RunAsync(AppContext.BaseDirectory, null, args);
}
