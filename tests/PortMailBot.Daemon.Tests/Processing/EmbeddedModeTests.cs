using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using MimeKit;
using PortMailBot.Daemon.Mailboxes;
using PortMailBot.Daemon.Options;
using PortMailBot.Daemon.Processing;
using PortMailBot.Daemon.Tests.MailBed;
using PortMailBot.Daemon.Tests.Support;
using PortMailBot.TestData;

namespace PortMailBot.Daemon.Tests.Processing;

/// <summary>The embedded default (no servers): <c>.eml</c> in <c>data/mail/inbox</c>, replies in
/// <c>data/mail/outbox</c>; and exactly-once across a stop at either side of the transaction.</summary>
public sealed class EmbeddedModeTests(PgBedFixture bed)
{
    [Theory]
    [MemberData(nameof(StoreProviders.Both), MemberType = typeof(StoreProviders))]
    public async Task Shipped_examples_are_copied_on_first_run_and_each_is_answered_in_its_language(StorageProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var daemon = new DaemonHarness(await StoreProviders.SettingsAsync(provider, bed, ct, new() { ["Mail:ExamplesFolder"] = RepoPaths.Examples }));
        var examples = Directory.GetFiles(RepoPaths.Examples, "*.eml");
        Assert.True(examples.Length >= 3);

        var result = await daemon.RunOnceAsync(ct);

        Assert.Equal(examples.Length, result.Summary.Answered);
        Assert.False(result.NeedsAttention);
        var mail = Path.Combine(daemon.DataFolder, "mail");
        Assert.Empty(Directory.GetFiles(Path.Combine(mail, "inbox")));
        Assert.Equal(examples.Length, Directory.GetFiles(Path.Combine(mail, "processed")).Length);
        var replies = Directory.GetFiles(Path.Combine(mail, "outbox"), "*.eml").Select(f => MimeMessage.Load(f)).ToList();
        Assert.Equal(examples.Length, replies.Count);
        var french = Assert.Single(replies, r => r.InReplyTo == "example-002@example.ca");
        Assert.StartsWith("Bonjour", french.TextBody, StringComparison.Ordinal);
        Assert.All(replies, r => Assert.Matches(@"\[PR-\d{4}-\d{6}\]", r.Subject));

        // A second run does not copy the examples again.
        var again = await daemon.RunOnceAsync(ct);
        Assert.Equal(0, again.Summary.Total);
    }

    [Theory]
    [MemberData(nameof(StoreProviders.Both), MemberType = typeof(StoreProviders))]
    public async Task Stop_after_commit_before_move_does_not_answer_twice(StorageProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        var crash = new CrashSwitch();
        await using var daemon = new DaemonHarness(await StoreProviders.SettingsAsync(provider, bed, ct), services => services.AddSingleton<Func<IInbox>>(sp => () => new CrashingInbox(Folder(sp, "inbox"), Folder(sp, "processed"), crash, sp)));
        var inbox = Path.Combine(daemon.DataFolder, "mail", "inbox");
        Directory.CreateDirectory(inbox);
        for (var i = 1; i <= 3; i++)
        {
            await MailMaker.EnglishTextOnly("customer@example.com", "porting@localhost", i).WriteToAsync(Path.Combine(inbox, $"{i}.eml"), ct);
        }

        // The batch's one move fails: all three were committed, none moved.
        crash.FailFinishOnCall = 1;
        await Assert.ThrowsAnyAsync<Exception>(() => daemon.Services.GetRequiredService<InboxPoller>().PollAsync(ct));
        Assert.Equal(3, Directory.GetFiles(inbox).Length);

        crash.FailFinishOnCall = 0;
        var result = await daemon.RunOnceAsync(ct);

        Assert.Equal(0, result.Summary.Answered); // committed before the stop: only moved
        Assert.Equal(3, result.Summary.Duplicates);
        Assert.Empty(Directory.GetFiles(inbox));
        var replies = Directory.GetFiles(Path.Combine(daemon.DataFolder, "mail", "outbox"), "*.eml").Select(f => MimeMessage.Load(f).InReplyTo).ToList();
        Assert.Equal(3, replies.Count);
        Assert.Equal(3, replies.Distinct().Count());
    }

    [Theory]
    [MemberData(nameof(StoreProviders.Both), MemberType = typeof(StoreProviders))]
    public async Task Stop_before_commit_leaves_no_trace_and_the_message_is_answered_once(StorageProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        var crash = new CrashSwitch { FailCheckOnCall = 2 };

        // A commit after the first message only if the machine is slow (Poll:CommitAfter) would make the outcome
        // depend on the machine: the batch is one transaction here.
        var oneTransaction = new Dictionary<string, string?> { ["Poll:CommitAfter"] = "00:00:05" };
        await using var daemon = new DaemonHarness(await StoreProviders.SettingsAsync(provider, bed, ct, oneTransaction), services => services.AddSingleton<IRequestChecker>(sp => new CrashingChecker(ActivatorUtilities.CreateInstance<TestRequestChecker>(sp), crash)));
        var inbox = Path.Combine(daemon.DataFolder, "mail", "inbox");
        Directory.CreateDirectory(inbox);
        for (var i = 1; i <= 3; i++)
        {
            await MailMaker.EnglishTextOnly("customer@example.com", "porting@localhost", i).WriteToAsync(Path.Combine(inbox, $"{i}.eml"), ct);
        }

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => daemon.Services.GetRequiredService<InboxPoller>().PollAsync(ct));
        var outbox = Path.Combine(daemon.DataFolder, "mail", "outbox");
        Assert.Equal(3, Directory.GetFiles(inbox).Length); // the batch never reached the move

        crash.FailCheckOnCall = 0;
        var result = await daemon.RunOnceAsync(ct);

        // The batch is one transaction on either store, so the stop undid the first message too and it is answered now.
        Assert.Equal(3, result.Summary.Answered);
        var replies = Directory.GetFiles(outbox, "*.eml").Select(f => MimeMessage.Load(f).InReplyTo).ToList();
        Assert.Equal(3, replies.Count);
        Assert.Equal(3, replies.Distinct().Count());
    }

    [Theory]
    [MemberData(nameof(StoreProviders.Both), MemberType = typeof(StoreProviders))]
    public async Task Replies_to_one_sender_are_rate_limited(StorageProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var daemon = new DaemonHarness(await StoreProviders.SettingsAsync(provider, bed, ct, new() { ["Mail:MaxRepliesPerSenderPerHour"] = "2" }));
        var inbox = Path.Combine(daemon.DataFolder, "mail", "inbox");
        Directory.CreateDirectory(inbox);
        for (var i = 1; i <= 4; i++)
        {
            await MailMaker.EnglishTextOnly("flood@example.com", "porting@localhost", i).WriteToAsync(Path.Combine(inbox, $"{i}.eml"), ct);
        }

        var result = await daemon.RunOnceAsync(ct);

        Assert.Equal(2, result.Summary.Answered);
        Assert.Equal(2, result.Summary.RateLimited);
        Assert.Equal(2, Directory.GetFiles(Path.Combine(daemon.DataFolder, "mail", "outbox")).Length);
    }

    private static string Folder(IServiceProvider services, string name) =>
        Path.Combine(services.GetRequiredService<Microsoft.Extensions.Options.IOptions<PortMailBot.Daemon.Options.MailOptions>>().Value.LocalFolder, name);

    private sealed class CrashSwitch
    {
        public int FailFinishOnCall { get; set; }

        public int FailCheckOnCall { get; set; }

        public int FinishCalls { get; set; }

        public int CheckCalls { get; set; }
    }

    private sealed class CrashingInbox(string inbox, string processed, CrashSwitch crash, IServiceProvider services) : IInbox
    {
        private readonly FolderInbox _inner = new(inbox, processed, services.GetRequiredService<ILogger<FolderInbox>>());

        public Task<string> OpenAsync(CancellationToken cancellationToken) => _inner.OpenAsync(cancellationToken);

        public Task<IReadOnlyList<InboxItem>> FetchAsync(long afterUid, int max, CancellationToken cancellationToken) => _inner.FetchAsync(afterUid, max, cancellationToken);

        public Task FinishAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken)
        {
            if (keys.Count > 0 && ++crash.FinishCalls == crash.FailFinishOnCall)
            {
                throw new IOException("simulated stop between the commit and the move");
            }

            return _inner.FinishAsync(keys, cancellationToken);
        }

        public ValueTask DisposeAsync() => _inner.DisposeAsync();
    }

    private sealed class CrashingChecker(IRequestChecker inner, CrashSwitch crash) : IRequestChecker
    {
        public DateOnly Today() => inner.Today();

        public PortMailBot.Intake.IntakeResult Check(IReadOnlyList<PortMailBot.Intake.Mail.ReceivedMessage> thread, IReadOnlyList<PortMailBot.Intake.Documents.ExtractedDocument> readBefore, string file, DateOnly asOf, CancellationToken cancellationToken) =>
            ++crash.CheckCalls == crash.FailCheckOnCall ? throw new OperationCanceledException("simulated stop inside the transaction") : inner.Check(thread, readBefore, file, asOf, cancellationToken);
    }
}
