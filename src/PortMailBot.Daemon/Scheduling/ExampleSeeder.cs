using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PortMailBot.Daemon.Options;
using PortMailBot.Daemon.Storage;

namespace PortMailBot.Daemon.Scheduling;

/// <summary>In the embedded mode, copies the shipped example requests into the local inbox on the first run,
/// so a fresh clone shows the daemon answering something.</summary>
public sealed class ExampleSeeder(IOptions<MailOptions> mail, IOptions<ImapOptions> imap, ILogger<ExampleSeeder> logger)
{
    private bool _done;

    public void SeedOnce()
    {
        if (_done || imap.Value.Configured || string.IsNullOrWhiteSpace(mail.Value.ExamplesFolder))
        {
            return;
        }

        _done = true;
        var root = mail.Value.LocalFolder;
        var marker = Path.Combine(root, ".examples-copied");
        var examples = ContentPath.Resolve(mail.Value.ExamplesFolder);
        if (File.Exists(marker) || !Directory.Exists(examples))
        {
            return;
        }

        var inbox = Path.Combine(root, "inbox");
        PrivateFiles.CreateFolder(inbox); // data/mail/inbox: customers' mail lands here too
        var count = 0;
        foreach (var file in Directory.EnumerateFiles(examples, "*.eml").Order(StringComparer.Ordinal))
        {
            File.Copy(file, Path.Combine(inbox, Path.GetFileName(file)), overwrite: false);
            count++;
        }

        File.WriteAllText(marker, "The example requests were copied into inbox/ once; delete this file to copy them again.\n");
        logger.LogInformation("Copied {Count} example requests from {Examples} into {Inbox}", count, examples, inbox);
    }
}
