using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using PortMailBot.Daemon.Mailboxes;
using PortMailBot.Daemon.Options;
using PortMailBot.Daemon.Scheduling;
using PortMailBot.Daemon.Storage;
using PortMailBot.Daemon.Tests.MailBed;
using PortMailBot.Daemon.Tests.Support;
using PortMailBot.Daemon.Workflow;

namespace PortMailBot.Daemon.Tests.Scheduling;

/// <summary>The mailbox's copies go before the rows: when erasing them fails (a mail server down), no row is
/// blanked, and the next run purges rows and copies together.</summary>
public sealed class RetentionCopyFailureTests
{
    [Fact]
    public async Task Purge_copy_erasing_failure_leaves_every_row_whole_for_the_next_run()
    {
        var ct = TestContext.Current.CancellationToken;
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 1, 5, 15, 0, 0, TimeSpan.Zero));
        FlakyCopies? copies = null;
        await using var daemon = new DaemonHarness(
            new() { ["Operators:Addresses:0"] = "ops@example.com", ["Operators:TrustedAuthServId"] = "mx.example.com" },
            s => s.AddSingleton<TimeProvider>(clock).AddSingleton<IMailboxCopies>(sp => copies = new FlakyCopies(Path.Combine(sp.GetRequiredService<IOptions<MailOptions>>().Value.LocalFolder, "processed"))));
        var inbox = Path.Combine(daemon.DataFolder, "mail", "inbox");
        var processed = Path.Combine(daemon.DataFolder, "mail", "processed");
        Directory.CreateDirectory(inbox);
        await MailMaker.EnglishTextOnly("old@example.com", "porting@localhost", 1).WriteToAsync(Path.Combine(inbox, "old.eml"), ct);
        Assert.Equal(1, (await daemon.RunOnceAsync(ct)).Summary.Answered);
        var request = await daemon.Store.ScalarStringAsync("SELECT id FROM port_requests", ct);
        Assert.True((await daemon.Services.GetRequiredService<WorkflowOperations>().ApplyAsync(request, new OperatorCommand(WorkflowAction.Cancel, "withdrawn"), "alice", ct)).Outcome.Accepted);
        clock.Advance(TimeSpan.FromDays(91));
        var purger = daemon.Services.GetRequiredService<RetentionPurger>();
        var whole = await daemon.Store.ScalarLongAsync("SELECT COUNT(*) FROM messages WHERE length(raw) > 0", ct);
        var replies = await daemon.Store.ScalarLongAsync("SELECT COUNT(*) FROM outbox WHERE length(raw) > 0", ct);
        var blankDocuments = await daemon.Store.ScalarLongAsync("SELECT COUNT(*) FROM documents WHERE fields_json = '{}'", ct);

        await Assert.ThrowsAsync<IOException>(() => purger.PurgeAsync(dryRun: false, ct));

        Assert.Equal(whole, await daemon.Store.ScalarLongAsync("SELECT COUNT(*) FROM messages WHERE length(raw) > 0", ct));
        Assert.Equal(replies, await daemon.Store.ScalarLongAsync("SELECT COUNT(*) FROM outbox WHERE length(raw) > 0", ct));
        Assert.Equal(blankDocuments, await daemon.Store.ScalarLongAsync("SELECT COUNT(*) FROM documents WHERE fields_json = '{}'", ct));
        Assert.Single(Directory.GetFiles(processed));
        Assert.Equal(whole, (await purger.PurgeAsync(dryRun: true, ct)).Messages.Count);

        // The server is back: the next run erases the copy, then blanks the rows.
        copies!.Failing = false;
        var done = await purger.PurgeAsync(dryRun: false, ct);

        Assert.Equal(whole, done.Messages.Count);
        Assert.Single(done.Copies.Found);
        Assert.Empty(Directory.GetFiles(processed));
        Assert.Equal(0, await daemon.Store.ScalarLongAsync("SELECT COUNT(*) FROM messages WHERE length(raw) > 0", ct));
    }

    /// <summary>The local folder's copies, failing like a mail server that is down while <see cref="Failing"/>.</summary>
    private sealed class FlakyCopies(string processedFolder) : IMailboxCopies
    {
        private readonly FolderMailboxCopies _folder = new(processedFolder);

        public bool Failing { get; set; } = true;

        public Task<CopySearch> EraseAsync(IReadOnlyList<StoredCopy> messages, bool dryRun, CancellationToken cancellationToken) =>
            Failing && !dryRun ? throw new IOException("IMAP server unreachable (test)") : _folder.EraseAsync(messages, dryRun, cancellationToken);
    }
}
