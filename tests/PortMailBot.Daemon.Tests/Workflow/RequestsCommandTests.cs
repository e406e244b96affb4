using System.Diagnostics;
using MimeKit;
using PortMailBot.Daemon.Processing;
using PortMailBot.Daemon.Replies;
using PortMailBot.Daemon.Tests.MailBed;
using PortMailBot.Daemon.Tests.Support;
using PortMailBot.TestData;

namespace PortMailBot.Daemon.Tests.Workflow;

/// <summary>The real executable's <c>requests</c> command on a database the daemon filled.</summary>
public sealed class RequestsCommandTests
{
    [Fact]
    public async Task List_show_and_an_action_from_the_command_line()
    {
        var ct = TestContext.Current.CancellationToken;
        Assert.True(File.Exists(RepoPaths.ExecutableDll), "build src/PortMailBot first");
        await using var daemon = new DaemonHarness(new() { ["Operators:Addresses:0"] = "ops@example.com", ["Operators:TrustedAuthServId"] = "mx.example.com" });
        var inbox = Path.Combine(daemon.DataFolder, "mail", "inbox");
        Directory.CreateDirectory(inbox);
        await MailMaker.CompleteRequest("client@example.ca", "porting@localhost").WriteToAsync(Path.Combine(inbox, "complete-request.eml"), ct);
        await daemon.RunOnceAsync(ct);
        var outbox = Path.Combine(daemon.DataFolder, "mail", "outbox");
        var id = (await MimeMessage.LoadAsync(Directory.GetFiles(outbox).Single(), ct)).Headers[ReplyHeaders.Request]!;

        var list = await RunAsync(daemon, ct, "requests", "list", "--state", "in-review");
        Assert.Equal(0, list.Code);
        Assert.Contains(id, list.Output, StringComparison.Ordinal);

        var refused = await RunAsync(daemon, ct, "requests", "completed", id);
        Assert.Equal(1, refused.Code);
        Assert.Contains("the request is in-review", refused.Error, StringComparison.Ordinal);

        var malformed = await RunAsync(daemon, ct, "requests", "carrier-rejected", id, "bad-code");
        Assert.Equal(2, malformed.Code);
        Assert.Contains("'bad-code' is not a rejection code", malformed.Error, StringComparison.Ordinal);

        var approve = await RunAsync(daemon, ct, "requests", "approve", id, "--as", "carol");
        Assert.Equal(0, approve.Code);
        Assert.Contains("the request is approved", approve.Output, StringComparison.Ordinal);

        var show = await RunAsync(daemon, ct, "requests", "show", id);
        Assert.Equal(0, show.Code);
        Assert.Contains("State     approved", show.Output, StringComparison.Ordinal);
        Assert.Contains("by carol (cli)", show.Output, StringComparison.Ordinal);

        var replies = Directory.GetFiles(outbox).Select(f => MimeMessage.Load(f, ct)).ToList();
        Assert.Equal(2, replies.Count);
        Assert.Contains(replies, r => r.Headers[ReplyHeaders.State] == "approved" && r.Headers[ReplyHeaders.Request] == id);
    }

    [Fact]
    public async Task The_daemon_refuses_to_start_with_operators_but_no_trusted_auth_server()
    {
        var ct = TestContext.Current.CancellationToken;
        Assert.True(File.Exists(RepoPaths.ExecutableDll), "build src/PortMailBot first");
        await using var daemon = new DaemonHarness([]);
        var unauthenticated = new Dictionary<string, string?> { ["PORTMAILBOT__Operators__TrustedAuthServId"] = "" };

        var refused = await RunAsync(daemon, unauthenticated, ct, "run", "--once");
        Assert.Equal(2, refused.Code);
        Assert.Contains("Operators:TrustedAuthServId must name the receiving server's authserv-id", refused.Error, StringComparison.Ordinal);

        unauthenticated["PORTMAILBOT__Operators__AllowUnauthenticated"] = "true";
        Assert.Equal(0, (await RunAsync(daemon, unauthenticated, ct, "run", "--once")).Code);
    }

    [Fact]
    public async Task Purge_dry_run_lists_and_changes_nothing_then_purge_removes_mail_and_keeps_the_audit_trail()
    {
        var ct = TestContext.Current.CancellationToken;
        Assert.True(File.Exists(RepoPaths.ExecutableDll), "build src/PortMailBot first");
        await using var daemon = new DaemonHarness(new() { ["Operators:Addresses:0"] = "ops@example.com", ["Operators:TrustedAuthServId"] = "mx.example.com" });
        var inbox = Path.Combine(daemon.DataFolder, "mail", "inbox");
        var processed = Path.Combine(daemon.DataFolder, "mail", "processed");
        Directory.CreateDirectory(inbox);
        await MailMaker.EnglishTextOnly("gone@example.com", "porting@localhost").WriteToAsync(Path.Combine(inbox, "gone.eml"), ct);
        await daemon.RunOnceAsync(ct);

        // The request was left in needs-info 200 days ago (past Retention:NeedsInfoDays, 60 by default).
        await ExecuteAsync(daemon, "UPDATE port_requests SET updated_at = '2020-01-01T00:00:00.000Z'; UPDATE messages SET created_at = '2020-01-01T00:00:00.000Z'", ct);
        var kept = await ScalarAsync(daemon, "SELECT COUNT(*) FROM messages WHERE length(raw) > 0", ct);
        var verdicts = await ScalarAsync(daemon, "SELECT COUNT(*) FROM verdicts", ct);
        Assert.True(kept >= 2 && verdicts == 1);

        var dry = await RunAsync(daemon, ct, "requests", "purge", "--dry-run");

        Assert.True(dry.Code == 0, dry.Error);
        Assert.Contains($"Would purge {kept} messages of 1 requests", dry.Output, StringComparison.Ordinal);
        Assert.Contains("gone.eml", dry.Output, StringComparison.Ordinal);
        Assert.Equal(kept, await ScalarAsync(daemon, "SELECT COUNT(*) FROM messages WHERE length(raw) > 0", ct));
        Assert.Single(Directory.GetFiles(processed));

        var purge = await RunAsync(daemon, ct, "requests", "purge");

        Assert.True(purge.Code == 0, purge.Error);
        Assert.Contains($"Purged {kept} messages of 1 requests", purge.Output, StringComparison.Ordinal);
        Assert.Equal(0, await ScalarAsync(daemon, "SELECT COUNT(*) FROM messages WHERE length(raw) > 0", ct));
        Assert.Equal(0, await ScalarAsync(daemon, "SELECT COUNT(*) FROM documents WHERE fields_json <> '{}'", ct));
        Assert.Equal(verdicts, await ScalarAsync(daemon, "SELECT COUNT(*) FROM verdicts", ct));
        Assert.Equal(kept, await ScalarAsync(daemon, "SELECT COUNT(*) FROM messages", ct));
        Assert.Empty(Directory.GetFiles(processed));
        Assert.Contains("Would purge 0 messages", (await RunAsync(daemon, ct, "requests", "purge", "--dry-run")).Output, StringComparison.Ordinal);
    }

    private static async Task ExecuteAsync(DaemonHarness daemon, string sql, CancellationToken ct)
    {
        await using var connection = await daemon.Store.OpenAsync(ct);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(ct);
    }

    private static async Task<long> ScalarAsync(DaemonHarness daemon, string sql, CancellationToken ct)
    {
        await using var connection = await daemon.Store.OpenAsync(ct);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(await command.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static Task<(int Code, string Output, string Error)> RunAsync(DaemonHarness daemon, CancellationToken ct, params string[] args) =>
        RunAsync(daemon, null, ct, args);

    private static async Task<(int Code, string Output, string Error)> RunAsync(DaemonHarness daemon, Dictionary<string, string?>? environment, CancellationToken ct, params string[] args)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
        };
        info.ArgumentList.Add("exec");
        info.ArgumentList.Add(RepoPaths.ExecutableDll);
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        info.Environment["PORTMAILBOT__Storage__ConnectionString"] = $"Data Source={Path.Combine(daemon.DataFolder, "portmailbot.db")}";
        info.Environment["PORTMAILBOT__Storage__HealthFile"] = Path.Combine(daemon.DataFolder, "health");
        info.Environment["PORTMAILBOT__Mail__LocalFolder"] = Path.Combine(daemon.DataFolder, "mail");
        info.Environment["PORTMAILBOT__Mail__TemplatesFolder"] = RepoPaths.Templates;
        info.Environment["PORTMAILBOT__Mail__ExamplesFolder"] = "";
        info.Environment["PORTMAILBOT__Operators__Addresses__0"] = "ops@example.com";
        info.Environment["PORTMAILBOT__Operators__TrustedAuthServId"] = "mx.example.com";
        foreach (var (key, value) in environment ?? [])
        {
            info.Environment[key] = value;
        }

        using var process = Process.Start(info)!;
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync(ct);
        var error = process.StandardError.ReadToEndAsync(ct);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output, await error);
    }
}
