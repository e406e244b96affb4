using System.Globalization;
using System.Net;
using System.Net.Sockets;
using MailKit;
using MailKit.Net.Imap;
using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;
using PortMailBot.Daemon.Tests.MailBed;
using PortMailBot.Daemon.Tests.Support;
using PortMailBot.TestData;

[assembly: AssemblyFixture(typeof(MailBedFixture))]

namespace PortMailBot.Daemon.Tests.MailBed;

/// <summary>A real Dovecot (IMAP, LMTP) and Postfix (SMTP into Dovecot over LMTP), started once for the
/// test assembly from a private configuration in a temp folder on loopback high ports, and stopped after.</summary>
public sealed class MailBedFixture : IAsyncLifetime
{
    public const string Domain = "test.local";
    public const string Password = "secret";
    public const int Lanes = 19;

    /// <summary>The authserv-id the tests write for the bed's receiving server (the bed runs no DKIM milter).</summary>
    public const string TrustedAuthServId = "mx.test.local";

    private string? _folder;

    public string? Unavailable { get; private set; }

    public int ImapPort { get; private set; }

    public int SmtpPort { get; private set; }

    public int LmtpPort { get; private set; }

    public string Folder => _folder ?? throw new InvalidOperationException("The mail bed did not start.");

    public static string Bot(int lane) => $"bot{lane}@{Domain}";

    public static string Customer(int lane) => $"customer{lane}@{Domain}";

    public static string Operator => $"operator@{Domain}";

    /// <summary>Someone outside every request (an attacker who learnt a thread's Message-IDs).</summary>
    public static string Stranger => $"stranger@{Domain}";

    /// <summary>Someone a customer copies on a request (an assistant, a colleague).</summary>
    public static string Assistant => $"assistant@{Domain}";

    public async ValueTask InitializeAsync()
    {
        Unavailable = MailBedProcesses.Unavailable();
        if (Unavailable is not null)
        {
            return;
        }

        _folder = Directory.CreateTempSubdirectory("portmailbot-mailbed-").FullName;
        (ImapPort, SmtpPort, LmtpPort) = (MailBedProcesses.FreePort(), MailBedProcesses.FreePort(), MailBedProcesses.FreePort());
        var users = Enumerable.Range(1, Lanes).SelectMany(i => new[] { $"bot{i}", $"customer{i}" }).Append("operator").Append("stranger").Append("assistant");
        var (code, output) = await Script("start.sh", [_folder, ImapPort.ToString(CultureInfo.InvariantCulture), SmtpPort.ToString(CultureInfo.InvariantCulture), LmtpPort.ToString(CultureInfo.InvariantCulture), .. users]);
        if (code != 0)
        {
            throw new InvalidOperationException("The mail bed did not start:\n" + output);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_folder is null)
        {
            return;
        }

        await Script("stop.sh", [_folder]);
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    public void SkipIfUnavailable()
    {
        if (Unavailable is not null)
        {
            Assert.Skip(Unavailable);
        }
    }

    public Task<(int Code, string Output)> StopSmtpAsync() => Script("stop-postfix.sh", [Folder]);

    public async Task StartSmtpAsync()
    {
        var (code, output) = await Script("start-postfix.sh", [Folder]);
        Assert.True(code == 0, output);
        await WaitForPortAsync(SmtpPort);
    }

    /// <summary>Sends as a customer would: SMTP to Postfix, which delivers into Dovecot.</summary>
    public async Task SendAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        using var client = new SmtpClient();
        await client.ConnectAsync("127.0.0.1", SmtpPort, SecureSocketOptions.None, cancellationToken);
        await client.SendAsync(message, cancellationToken);
        await client.DisconnectAsync(true, cancellationToken);
    }

    /// <summary>Puts a message straight into a mailbox (as if delivered while SMTP is down).</summary>
    public async Task AppendAsync(string user, MimeMessage message, CancellationToken cancellationToken)
    {
        using var client = await ConnectAsync(user, cancellationToken);
        await client.Inbox.AppendAsync(message, MessageFlags.None, cancellationToken);
        await client.DisconnectAsync(true, cancellationToken);
    }

    public async Task<ImapClient> ConnectAsync(string user, CancellationToken cancellationToken)
    {
        var client = new ImapClient();
        await client.ConnectAsync("127.0.0.1", ImapPort, SecureSocketOptions.None, cancellationToken);
        await client.AuthenticateAsync(user, Password, cancellationToken);
        return client;
    }

    /// <summary>All messages in a user's folder (INBOX by default), oldest first.</summary>
    public async Task<List<MimeMessage>> MessagesAsync(string user, CancellationToken cancellationToken, string folder = "INBOX")
    {
        using var client = await ConnectAsync(user, cancellationToken);
        var mailFolder = folder == "INBOX" ? client.Inbox : await client.GetFolderAsync(folder, cancellationToken);
        await mailFolder.OpenAsync(FolderAccess.ReadOnly, cancellationToken);
        var messages = new List<MimeMessage>();
        for (var i = 0; i < mailFolder.Count; i++)
        {
            messages.Add(await mailFolder.GetMessageAsync(i, cancellationToken));
        }

        await client.DisconnectAsync(true, cancellationToken);
        return messages;
    }

    /// <summary>Waits until a user's INBOX holds at least <paramref name="count"/> messages (Postfix delivers asynchronously).</summary>
    public async Task<List<MimeMessage>> WaitForAsync(string user, int count, CancellationToken cancellationToken, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(20));
        while (true)
        {
            var messages = await MessagesAsync(user, cancellationToken);
            if (messages.Count >= count || DateTime.UtcNow > deadline)
            {
                return messages;
            }

            await Task.Delay(100, cancellationToken);
        }
    }

    private static async Task WaitForPortAsync(int port)
    {
        for (var i = 0; i < 100; i++)
        {
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, port);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(50);
            }
        }
    }

    private static Task<(int Code, string Output)> Script(string name, string[] args) =>
        MailBedProcesses.RunAsync(Path.Combine(RepoPaths.MailBedScripts, name), args);
}
