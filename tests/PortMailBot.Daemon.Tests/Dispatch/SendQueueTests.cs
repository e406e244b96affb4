using PortMailBot.Daemon.Dispatch;
using PortMailBot.Daemon.Storage;

namespace PortMailBot.Daemon.Tests.Dispatch;

public sealed class SendQueueTests
{
    private static OutboxEntry Reply(long id, string recipient) => new(id, null, $"<{id}@x>", recipient, [], 0);

    [Fact]
    public async Task Connections_take_different_recipients_and_each_recipients_replies_in_order()
    {
        var ct = TestContext.Current.CancellationToken;
        var queue = new SendQueue([Reply(1, "a@x"), Reply(2, "A@x"), Reply(3, "b@x"), Reply(4, "c@x"), Reply(5, "b@x")]);

        var first = await queue.TakeAsync(ct);
        var second = await queue.TakeAsync(ct);
        var third = await queue.TakeAsync(ct);
        Assert.Equal([1L, 3L, 4L], new[] { first!.Id, second!.Id, third!.Id });

        // Every pending reply's recipient is being sent to: the next taker waits for one to be done.
        var waiting = queue.TakeAsync(ct);
        await Task.Delay(50, ct);
        Assert.False(waiting.IsCompleted);
        queue.Done(second);
        Assert.Equal(5, (await waiting)!.Id);
        queue.Done(first);
        Assert.Equal(2, (await queue.TakeAsync(ct))!.Id);
    }

    [Fact]
    public async Task A_failed_reply_holds_back_its_recipients_later_ones_for_the_next_round()
    {
        var ct = TestContext.Current.CancellationToken;
        var queue = new SendQueue([Reply(1, "a@x"), Reply(2, "b@x"), Reply(3, "a@x")]);

        var failed = await queue.TakeAsync(ct);
        var other = await queue.TakeAsync(ct);
        queue.Done(failed!, stopRecipient: true);
        queue.Done(other!);

        Assert.Null(await queue.TakeAsync(ct));
        Assert.Equal(3, Assert.Single(queue.Left()).Id);
    }
}
