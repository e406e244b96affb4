using MimeKit;
using PortMailBot.Daemon.Storage;

namespace PortMailBot.Daemon.Mailboxes;

/// <summary>The embedded mode's outbox: each reply written as an <c>.eml</c> file named after its Message-ID.</summary>
public sealed class FolderMailSender(string outboxFolder) : IMailSender, ISendSession
{
    public Task<ISendSession> ConnectAsync(CancellationToken cancellationToken)
    {
        PrivateFiles.CreateOwnFolder(outboxFolder);
        return Task.FromResult<ISendSession>(this);
    }

    public async Task SendAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        var name = new string((message.MessageId ?? Guid.NewGuid().ToString("N")).Select(c => char.IsLetterOrDigit(c) || c is '-' or '.' ? c : '_').ToArray());
        var target = Path.Combine(outboxFolder, name + ".eml");
        var temporary = target + ".tmp";

        // Written aside then renamed, so a reader never sees half a reply and a resend overwrites it.
        // Replies carry the customer's name and numbers: 0600, as the database.
        await using (var stream = PrivateFiles.CreateFile(temporary))
        {
            await message.WriteToAsync(stream, cancellationToken);
        }

        File.Move(temporary, target, overwrite: true);
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
