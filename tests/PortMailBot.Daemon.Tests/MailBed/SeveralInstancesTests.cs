using Microsoft.Extensions.DependencyInjection;
using PortMailBot.Daemon.Options;
using PortMailBot.Daemon.Replies;
using PortMailBot.Daemon.Storage;
using PortMailBot.Daemon.Tests.Support;

namespace PortMailBot.Daemon.Tests.MailBed;

/// <summary>Several instances of the daemon on one mailbox (real Dovecot and Postfix) and one real PostgreSQL
/// database, polling at the same time: they share the work and answer each request exactly once. Serial: the
/// replies are counted once delivered, and another mail-bed test stops Postfix for a while (failed once in CI).</summary>
[Collection(SerialMailBedCollection.Name)]
public sealed class SeveralInstancesTests(MailBedFixture bed, PgBedFixture pg)
{
    private const int Lane = 13;

    [Fact]
    public async Task Three_instances_polling_one_mailbox_together_answer_every_request_exactly_once()
    {
        bed.SkipIfUnavailable();
        var ct = TestContext.Current.CancellationToken;
        const int requests = 30;
        var sent = new List<string>();
        for (var i = 1; i <= requests; i++)
        {
            var request = MailMaker.EnglishTextOnly(MailBedFixture.Customer(Lane), MailBedFixture.Bot(Lane), i);
            sent.Add(request.MessageId!);
            await bed.AppendAsync(MailBedFixture.Bot(Lane), request, ct);
        }

        var settings = MailBedSettings.For(bed, Lane);
        settings["Mail:MaxRepliesPerSenderPerHour"] = "1000";
        settings["Mail:MaxRepliesPerHour"] = "1000";
        settings["Poll:BatchSize"] = "10";
        settings = await StoreProviders.SettingsAsync(StorageProvider.PostgreSQL, pg, ct, settings);
        var instances = Enumerable.Range(0, 3).Select(_ => new DaemonHarness(settings)).ToList();
        try
        {
            // Two rounds each, all three at once: the second finds the others' leftovers (none, when all is well).
            var rounds = await Task.WhenAll(instances.Select(async daemon => new[] { await daemon.RunOnceAsync(ct), await daemon.RunOnceAsync(ct) }));

            var answeredBy = rounds.Select(r => r.Sum(c => c.Summary.Answered)).ToList();
            TestContext.Current.TestOutputHelper?.WriteLine($"answered per instance: {string.Join(", ", answeredBy)}");
            Assert.Equal(requests, answeredBy.Sum());
            Assert.True(answeredBy.Count(n => n > 0) >= 2, "the work was not shared");

            // Afterwards nothing is left: no message to poll, no reply to send (while the others ran, a cycle
            // counted the replies they were still sending as unsent).
            var after = await instances[0].RunOnceAsync(ct);
            Assert.Equal((0, 0), (after.Summary.Total, after.Unsent));

            var replies = await bed.WaitForAsync(MailBedFixture.Customer(Lane), requests, ct);
            await Task.Delay(1000, ct); // a duplicate would arrive after the last expected reply
            replies = await bed.MessagesAsync(MailBedFixture.Customer(Lane), ct);
            Assert.Equal(requests, replies.Count);
            Assert.Equal(sent.Order(StringComparer.Ordinal), replies.Select(r => r.InReplyTo).Order(StringComparer.Ordinal));
            Assert.Equal(requests, replies.Select(r => MailMaker.Header(r, ReplyHeaders.Request)).Distinct(StringComparer.Ordinal).Count());

            Assert.Empty(await bed.MessagesAsync(MailBedFixture.Bot(Lane), ct));
            Assert.Equal(requests, (await bed.MessagesAsync(MailBedFixture.Bot(Lane), ct, "Processed")).Count);

            await using var connection = await instances[0].Store.OpenAsync(ct);
            Assert.Equal(requests, Convert.ToInt32(await Db.ScalarAsync(connection, null, "SELECT COUNT(*) FROM ledger", ct), System.Globalization.CultureInfo.InvariantCulture));
            Assert.Equal(requests, Convert.ToInt32(await Db.ScalarAsync(connection, null, "SELECT COUNT(*) FROM outbox WHERE sent_at IS NOT NULL AND attempts = 1", ct), System.Globalization.CultureInfo.InvariantCulture));
            Assert.Equal(0, Convert.ToInt32(await Db.ScalarAsync(connection, null, "SELECT COUNT(*) FROM claims", ct), System.Globalization.CultureInfo.InvariantCulture));
        }
        finally
        {
            foreach (var daemon in instances)
            {
                await daemon.DisposeAsync();
            }
        }
    }
}
