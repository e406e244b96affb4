using System.Globalization;
using MailKit;
using MailKit.Net.Imap;
using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;
using PortMailBot.TestData;

namespace PortMailBot.Web.Tests.Support;

/// <summary>A real Dovecot and Postfix (scripts/mailbed) for the console's tests, on loopback high ports,
/// started for the test class and stopped after it.</summary>
public sealed class ConsoleBed : IAsyncLifetime
{
    public const string Domain = "test.local";
    public const string Password = "secret";

    private string? _folder;

    public static string Bot => $"bot@{Domain}";

    public static string Customer => $"customer@{Domain}";

    public static string Operator => $"operator@{Domain}";

    /// <summary>A second customer, for two equal requests side by side.</summary>
    public static string OtherCustomer => $"other@{Domain}";

    public string? Unavailable { get; private set; }

    public int ImapPort { get; private set; }

    public int SmtpPort { get; private set; }

    public async ValueTask InitializeAsync()
    {
        Unavailable = MailBedProcesses.Unavailable()
            ?? (File.Exists("/usr/bin/chromium") && File.Exists("/usr/bin/chromedriver") ? null : "Chromium or chromedriver is not installed (scripts/install-browser.sh)");
        if (Unavailable is not null)
        {
            return;
        }

        _folder = Directory.CreateTempSubdirectory("portmailbot-webbed-").FullName;
        int lmtp;
        (ImapPort, SmtpPort, lmtp) = (MailBedProcesses.FreePort(), MailBedProcesses.FreePort(), MailBedProcesses.FreePort());
        var (code, output) = await MailBedProcesses.RunAsync(
            Path.Combine(RepoPaths.MailBedScripts, "start.sh"),
            [_folder, Text(ImapPort), Text(SmtpPort), Text(lmtp), "bot", "customer", "operator", "other"]);
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

        await MailBedProcesses.RunAsync(Path.Combine(RepoPaths.MailBedScripts, "stop.sh"), [_folder]);
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

    public async Task SendAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        using var client = new SmtpClient();
        await client.ConnectAsync("127.0.0.1", SmtpPort, SecureSocketOptions.None, cancellationToken);
        await client.SendAsync(message, cancellationToken);
        await client.DisconnectAsync(true, cancellationToken);
    }

    /// <summary>Waits until a user's INBOX holds at least <paramref name="count"/> messages (delivery is asynchronous).</summary>
    public async Task<List<MimeMessage>> WaitForAsync(string user, int count, CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (true)
        {
            using var client = new ImapClient();
            await client.ConnectAsync("127.0.0.1", ImapPort, SecureSocketOptions.None, cancellationToken);
            await client.AuthenticateAsync(user, Password, cancellationToken);
            await client.Inbox.OpenAsync(FolderAccess.ReadOnly, cancellationToken);
            var messages = new List<MimeMessage>();
            for (var i = 0; i < client.Inbox.Count; i++)
            {
                messages.Add(await client.Inbox.GetMessageAsync(i, cancellationToken));
            }

            await client.DisconnectAsync(true, cancellationToken);
            if (messages.Count >= count || DateTime.UtcNow > deadline)
            {
                return messages;
            }

            await Task.Delay(200, cancellationToken);
        }
    }

    private static string Text(int port) => port.ToString(CultureInfo.InvariantCulture);
}
