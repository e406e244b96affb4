namespace PortMailBot.Daemon.Tests.MailBed;

/// <summary>A reply real Postfix refuses for good (550, no such mailbox) is set aside, not retried; the
/// operators get one mail about it; the other replies of the round go out on the same connection.</summary>
// Serial: it needs Postfix up, and another mail-bed test stops it for a while.
[Collection(SerialMailBedCollection.Name)]
public sealed class UndeliverableReplyTests(MailBedFixture bed)
{
    private const int Lane = 15;

    [Fact]
    public async Task A_reply_refused_with_5xx_is_set_aside_once_and_the_operators_are_told()
    {
        bed.SkipIfUnavailable();
        var ct = TestContext.Current.CancellationToken;
        // A sender Postfix has no mailbox for: the reply's RCPT TO gets 550.
        var ghost = $"ghost{Lane}@{MailBedFixture.Domain}";
        var customer = MailBedFixture.Customer(Lane);
        await bed.AppendAsync(MailBedFixture.Bot(Lane), MailMaker.EnglishTextOnly(ghost, MailBedFixture.Bot(Lane), 1), ct);
        await bed.AppendAsync(MailBedFixture.Bot(Lane), MailMaker.EnglishTextOnly(customer, MailBedFixture.Bot(Lane), 2), ct);
        await using var daemon = new Support.DaemonHarness(MailBedSettings.For(bed, Lane));

        var first = await daemon.RunOnceAsync(ct);

        Assert.Equal(2, first.Summary.Answered);
        Assert.Equal(1, first.Undeliverable);
        Assert.Equal(0, first.Unsent);
        Assert.True(first.NeedsAttention);
        Assert.Single(await bed.WaitForAsync(customer, 1, ct));

        // Not retried: the next round has nothing to send and nothing new to report.
        var second = await daemon.RunOnceAsync(ct);
        Assert.Equal(0, second.Undeliverable);
        Assert.Equal(0, second.Unsent);
        Assert.False(second.NeedsAttention);

        var notices = await NoticesAsync(ghost, 1, ct);
        await Task.Delay(1000, ct);
        notices = await NoticesAsync(ghost, 2, ct, TimeSpan.Zero);
        var notice = Assert.Single(notices);
        Assert.Contains("550", notice.TextBody, StringComparison.Ordinal);
        Assert.Equal("auto-generated", MailMaker.Header(notice, "Auto-Submitted"));
    }

    /// <summary>The operator mailbox is shared by the bed's tests: only this test's notices count.</summary>
    private async Task<List<MimeKit.MimeMessage>> NoticesAsync(string recipient, int atLeast, CancellationToken ct, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(20));
        while (true)
        {
            var notices = (await bed.MessagesAsync(MailBedFixture.Operator, ct))
                .Where(m => m.Subject?.Contains("undeliverable to " + recipient, StringComparison.Ordinal) == true)
                .ToList();
            if (notices.Count >= atLeast || DateTime.UtcNow >= deadline)
            {
                return notices;
            }

            await Task.Delay(100, ct);
        }
    }
}
