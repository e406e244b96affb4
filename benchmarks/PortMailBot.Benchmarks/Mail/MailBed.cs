using MailKit;
using MailKit.Net.Imap;
using MailKit.Security;
using MimeKit;
using PortMailBot.TestData;

namespace PortMailBot.Benchmarks.Mail;

/// <summary>The same private Dovecot + Postfix as the daemon's integration tests (both start from
/// <c>scripts/mailbed/</c>), on loopback high ports in a temp folder, stopped by pid file afterwards.</summary>
internal sealed class MailBed : IAsyncDisposable
{
    public const string Domain = "test.local";
    public const string Password = "secret";

    private MailBed(string folder, int imapPort, int smtpPort)
    {
        Folder = folder;
        ImapPort = imapPort;
        SmtpPort = smtpPort;
    }

    public string Folder { get; }

    public int ImapPort { get; }

    public int SmtpPort { get; }

    public static string Address(string user) => $"{user}@{Domain}";

    /// <summary>Why the bed cannot run here, or null.</summary>
    public static string? Unavailable() => MailBedProcesses.Unavailable();

    public static async Task<MailBed> StartAsync(IEnumerable<string> users)
    {
        var folder = Directory.CreateTempSubdirectory("portmailbot-bench-mailbed-").FullName;
        var (imap, smtp, lmtp) = (MailBedProcesses.FreePort(), MailBedProcesses.FreePort(), MailBedProcesses.FreePort());
        var bed = new MailBed(folder, imap, smtp);
        var (code, output) = await ScriptAsync("start.sh", [folder, MailBedProcesses.Text(imap), MailBedProcesses.Text(smtp), MailBedProcesses.Text(lmtp), .. users]);
        if (code != 0)
        {
            await bed.DisposeAsync();
            throw new InvalidOperationException("The mail bed did not start:\n" + output);
        }

        return bed;
    }

    public async Task<ImapClient> ConnectAsync(string user, CancellationToken cancellationToken)
    {
        var client = new ImapClient();
        await client.ConnectAsync("127.0.0.1", ImapPort, SecureSocketOptions.None, cancellationToken);
        await client.AuthenticateAsync(Address(user), Password, cancellationToken);
        return client;
    }

    /// <summary>Puts messages straight into a user's INBOX, in MULTIAPPEND batches.</summary>
    public async Task AppendAsync(string user, IReadOnlyList<MimeMessage> messages, CancellationToken cancellationToken)
    {
        using var client = await ConnectAsync(user, cancellationToken);
        const int batch = 250;
        for (var start = 0; start < messages.Count; start += batch)
        {
            var requests = messages.Skip(start).Take(batch)
                .Select(m => (IAppendRequest)new AppendRequest(m, MessageFlags.None))
                .ToList();
            await client.Inbox.AppendAsync(requests, cancellationToken);
        }

        await client.DisconnectAsync(true, cancellationToken);
    }

    /// <summary>How many messages each user's folder holds (STATUS, no SELECT).</summary>
    public async Task<int> CountAsync(IEnumerable<string> users, CancellationToken cancellationToken, string folder = "INBOX")
    {
        var total = 0;
        foreach (var user in users)
        {
            using var client = await ConnectAsync(user, cancellationToken);
            var mailFolder = folder == "INBOX" ? client.Inbox : await client.GetFolderAsync(folder, cancellationToken);
            await mailFolder.StatusAsync(StatusItems.Count, cancellationToken);
            total += mailFolder.Count;
            await client.DisconnectAsync(true, cancellationToken);
        }

        return total;
    }

    public async ValueTask DisposeAsync()
    {
        await ScriptAsync("stop.sh", [Folder]);
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private static Task<(int Code, string Output)> ScriptAsync(string name, string[] args) =>
        MailBedProcesses.RunAsync(Path.Combine(RepoPaths.MailBedScripts, name), args);
}
