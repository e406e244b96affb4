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
    public async Task ListShowAndAnActionFromTheCommandLine()
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
    public async Task TheDaemonRefusesToStartWithOperatorsButNoTrustedAuthServer()
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
