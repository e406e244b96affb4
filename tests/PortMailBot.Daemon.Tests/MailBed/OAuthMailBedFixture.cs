using PortMailBot.Daemon.Tests.Tokens;
using PortMailBot.TestData;

namespace PortMailBot.Daemon.Tests.MailBed;

/// <summary>A mail bed of its own whose Dovecot checks XOAUTH2/OAUTHBEARER tokens against a
/// <see cref="LocalIdentityProvider"/>, and whose Postfix has a submission port that requires SASL, checked
/// by that Dovecot. Separate from the shared bed, so tests may restart its servers.</summary>
public sealed class OAuthMailBedFixture : IAsyncLifetime
{
    public const string Bot = "bot@test.local";
    public const string Customer = "customer@test.local";

    private string? _folder;

    public string? Unavailable { get; private set; }

    public LocalIdentityProvider Identity { get; } = new(Bot);

    public int ImapPort { get; private set; }

    public int SmtpPort { get; private set; }

    public int SubmissionPort { get; private set; }

    public string Folder => _folder ?? throw new InvalidOperationException("The mail bed did not start.");

    public async ValueTask InitializeAsync()
    {
        Unavailable = MailBedProcesses.Unavailable();
        if (Unavailable is not null)
        {
            return;
        }

        _folder = Directory.CreateTempSubdirectory("portmailbot-oauthbed-").FullName;
        (ImapPort, SmtpPort, SubmissionPort) = (MailBedProcesses.FreePort(), MailBedProcesses.FreePort(), MailBedProcesses.FreePort());
        var environment = new Dictionary<string, string>
        {
            ["MAILBED_OAUTH2_URL"] = Identity.IntrospectionAddress,
            ["MAILBED_SUBMISSION_PORT"] = MailBedProcesses.Text(SubmissionPort),
            ["MAILBED_AUTH_PORT"] = MailBedProcesses.Text(MailBedProcesses.FreePort()),
        };
        var (code, output) = await MailBedProcesses.RunAsync(
            Script("start.sh"),
            [_folder, MailBedProcesses.Text(ImapPort), MailBedProcesses.Text(SmtpPort), MailBedProcesses.Text(MailBedProcesses.FreePort()), "bot", "customer", "operator"],
            environment: environment);
        if (code != 0)
        {
            throw new InvalidOperationException("The OAuth mail bed did not start:\n" + output);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_folder is not null)
        {
            await MailBedProcesses.RunAsync(Script("stop.sh"), [_folder]);
            try
            {
                Directory.Delete(_folder, recursive: true);
            }
            catch (IOException)
            {
            }
        }

        await Identity.DisposeAsync();
    }

    public void SkipIfUnavailable()
    {
        if (Unavailable is not null)
        {
            Assert.Skip(Unavailable);
        }
    }

    public Task<(int Code, string Output)> StopImapAsync() => MailBedProcesses.RunAsync(Script("stop-dovecot.sh"), [Folder]);

    public Task<(int Code, string Output)> StartImapAsync() => MailBedProcesses.RunAsync(Script("start-dovecot.sh"), [Folder]);

    /// <summary>The daemon's configuration: IMAP and SMTP submission by OAuth from the identity provider's token
    /// endpoint with a refresh token in a file; <paramref name="overrides"/> on top.</summary>
    public Dictionary<string, string?> Settings(string refreshTokenFile, params (string Key, string? Value)[] overrides)
    {
        var settings = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase)
        {
            ["Imap:Host"] = "127.0.0.1",
            ["Imap:Port"] = MailBedProcesses.Text(ImapPort),
            ["Imap:Security"] = "None",
            ["Imap:Username"] = Bot,
            ["Smtp:Host"] = "127.0.0.1",
            ["Smtp:Port"] = MailBedProcesses.Text(SubmissionPort),
            ["Smtp:Security"] = "None",
            ["Smtp:Username"] = Bot,
            ["Mail:From"] = $"Twilio Porting <{Bot}>",
            ["OAuth:Provider"] = "TokenEndpoint",
            ["OAuth:Grant"] = "RefreshToken",
            ["OAuth:TokenEndpoint"] = Identity.TokenAddress,
            ["OAuth:ClientId"] = LocalIdentityProvider.ClientId,
            ["OAuth:RefreshTokenFile"] = refreshTokenFile,
            ["OAuth:RenewBefore"] = "00:00:01",
        };
        foreach (var (key, value) in overrides)
        {
            settings[key] = value;
        }

        return settings;
    }

    public async Task<MailKit.Net.Imap.ImapClient> ConnectAsync(string user, CancellationToken cancellationToken)
    {
        var client = new MailKit.Net.Imap.ImapClient();
        await client.ConnectAsync("127.0.0.1", ImapPort, MailKit.Security.SecureSocketOptions.None, cancellationToken);
        await client.AuthenticateAsync(user, MailBedFixture.Password, cancellationToken);
        return client;
    }

    /// <summary>Sends as a customer would, to the unauthenticated port (port 25's role).</summary>
    public async Task SendAsync(MimeKit.MimeMessage message, CancellationToken cancellationToken)
    {
        using var client = new MailKit.Net.Smtp.SmtpClient();
        await client.ConnectAsync("127.0.0.1", SmtpPort, MailKit.Security.SecureSocketOptions.None, cancellationToken);
        await client.SendAsync(message, cancellationToken);
        await client.DisconnectAsync(true, cancellationToken);
    }

    /// <summary>Waits until a user's INBOX holds at least <paramref name="count"/> messages (read by password).</summary>
    public async Task<List<MimeKit.MimeMessage>> WaitForAsync(string user, int count, CancellationToken cancellationToken, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(20));
        while (true)
        {
            using var client = new MailKit.Net.Imap.ImapClient();
            await client.ConnectAsync("127.0.0.1", ImapPort, MailKit.Security.SecureSocketOptions.None, cancellationToken);
            await client.AuthenticateAsync(user, MailBedFixture.Password, cancellationToken);
            await client.Inbox.OpenAsync(MailKit.FolderAccess.ReadOnly, cancellationToken);
            var messages = new List<MimeKit.MimeMessage>();
            for (var i = 0; i < client.Inbox.Count; i++)
            {
                messages.Add(await client.Inbox.GetMessageAsync(i, cancellationToken));
            }

            await client.DisconnectAsync(true, cancellationToken);
            if (messages.Count >= count || DateTime.UtcNow > deadline)
            {
                return messages;
            }

            await Task.Delay(100, cancellationToken);
        }
    }

    private static string Script(string name) => Path.Combine(RepoPaths.MailBedScripts, name);
}
