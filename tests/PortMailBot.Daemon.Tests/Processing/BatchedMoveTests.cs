using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using PortMailBot.Daemon.Mailboxes;
using PortMailBot.Daemon.Options;
using PortMailBot.Daemon.Tests.MailBed;
using PortMailBot.Daemon.Tests.Support;
using PortMailBot.TestData;

namespace PortMailBot.Daemon.Tests.Processing;

/// <summary>A poll moves a whole batch out of the inbox at once (one MOVE over IMAP), after every message
/// of it was processed, and a stop half-way leaves the processed ones to be moved by the next poll.</summary>
public sealed class BatchedMoveTests
{
    [Fact]
    public async Task A_batch_of_requests_is_moved_out_of_the_inbox_in_one_call()
    {
        var ct = TestContext.Current.CancellationToken;
        var moves = new List<int>();
        await using var daemon = Harness(moves, batchSize: 4);
        await WriteRequestsAsync(daemon, 6, ct);

        var result = await daemon.RunOnceAsync(ct);

        Assert.Equal(6, result.Summary.Answered);
        Assert.Equal([4, 2], moves);
        Assert.Empty(Directory.GetFiles(Path.Combine(daemon.DataFolder, "mail", "inbox")));
        Assert.Equal(6, Directory.GetFiles(Path.Combine(daemon.DataFolder, "mail", "processed")).Length);
        Assert.Empty(await daemon.Store.PendingMovesAsync(await MailboxAsync(daemon, ct), ct));
    }

    [Fact]
    public async Task Requests_processed_before_a_failed_move_are_moved_by_the_next_poll_and_not_answered_again()
    {
        var ct = TestContext.Current.CancellationToken;
        var moves = new List<int>();
        var failNextMove = true;
        await using var daemon = Harness(moves, batchSize: 10, () => failNextMove);
        await WriteRequestsAsync(daemon, 3, ct);

        var first = await daemon.RunOnceAsync(ct);
        Assert.False(first.Polled);
        Assert.Equal(3, (await daemon.Store.PendingMovesAsync(await MailboxAsync(daemon, ct), ct)).Count);

        failNextMove = false;
        var second = await daemon.RunOnceAsync(ct);

        // The leftovers are moved as a batch (a local folder moves only what it fetched, so they are
        // fetched again, found ledgered and moved with the batch): nothing answered twice.
        Assert.True(second.Polled);
        Assert.Equal(0, second.Summary.Answered);
        Assert.Equal(3, second.Summary.Duplicates);
        Assert.NotEmpty(moves);
        Assert.All(moves, m => Assert.Equal(3, m));
        Assert.Empty(Directory.GetFiles(Path.Combine(daemon.DataFolder, "mail", "inbox")));
        Assert.Empty(await daemon.Store.PendingMovesAsync(await MailboxAsync(daemon, ct), ct));
        Assert.Equal(3, Directory.GetFiles(Path.Combine(daemon.DataFolder, "mail", "outbox")).Length);
    }

    private static DaemonHarness Harness(List<int> moves, int batchSize, Func<bool>? failMove = null) => new(
        new Dictionary<string, string?> { ["Poll:BatchSize"] = batchSize.ToString(System.Globalization.CultureInfo.InvariantCulture) },
        services => services.AddSingleton<Func<IInbox>>(sp =>
        {
            var root = sp.GetRequiredService<IOptions<MailOptions>>().Value.LocalFolder;
            return () => new CountingInbox(root, moves, failMove ?? (() => false));
        }));

    private static async Task WriteRequestsAsync(DaemonHarness daemon, int count, CancellationToken ct)
    {
        var inbox = Path.Combine(daemon.DataFolder, "mail", "inbox");
        Directory.CreateDirectory(inbox);
        for (var i = 1; i <= count; i++)
        {
            await MailMaker.EnglishTextOnly($"customer{i}@example.com", "porting@example.com", i).WriteToAsync(Path.Combine(inbox, $"request{i}.eml"), ct);
        }
    }

    private static async Task<string> MailboxAsync(DaemonHarness daemon, CancellationToken ct)
    {
        await using var inbox = daemon.Services.GetRequiredService<Func<IInbox>>()();
        return await inbox.OpenAsync(ct);
    }

    /// <summary>The local folder inbox, recording how many messages each move takes (or refusing it).</summary>
    private sealed class CountingInbox(string root, List<int> moves, Func<bool> failMove) : IInbox
    {
        private readonly FolderInbox _inner = new(Path.Combine(root, "inbox"), Path.Combine(root, "processed"), NullLogger<FolderInbox>.Instance);

        public Task<string> OpenAsync(CancellationToken cancellationToken) => _inner.OpenAsync(cancellationToken);

        public Task<IReadOnlyList<InboxItem>> FetchAsync(long afterUid, int max, CancellationToken cancellationToken) => _inner.FetchAsync(afterUid, max, cancellationToken);

        public Task FinishAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken)
        {
            if (failMove())
            {
                throw new IOException("the server went away during the move");
            }

            moves.Add(keys.Count);
            return _inner.FinishAsync(keys, cancellationToken);
        }

        public ValueTask DisposeAsync() => _inner.DisposeAsync();
    }
}
