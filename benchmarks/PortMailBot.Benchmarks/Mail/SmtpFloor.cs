using System.Diagnostics;
using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

namespace PortMailBot.Benchmarks.Mail;

/// <summary>The mail bed's own floor for the dispatch: the daemon's replies, taken from its outbox, sent again
/// by bare MailKit over the same number of connections (no database, no claims, no marks), timed until
/// Postfix accepted each and until it delivered them all. What the daemon's dispatch cannot go below on
/// this Postfix: its per-message work (cleanup, the queue file's fsync) and its flow control
/// (<c>in_flow_delay</c>, 1 s by default, which slows the acceptance of new mail to the pace of delivery).</summary>
internal static class SmtpFloor
{
    public static async Task<(TimeSpan Accepted, TimeSpan Delivered)> ResendAsync(MailBed bed, IReadOnlyList<byte[]> raws, int connections, Func<Task> waitForDelivery)
    {
        var ct = CancellationToken.None;
        var messages = raws.Select(raw => MimeMessage.Load(new MemoryStream(raw, writable: false))).ToList();
        var watch = Stopwatch.StartNew();
        var shares = messages.Select((m, i) => (m, i)).GroupBy(p => p.i % connections, p => p.m);
        await Task.WhenAll(shares.Select(async share =>
        {
            using var client = new SmtpClient();
            await client.ConnectAsync("127.0.0.1", bed.SmtpPort, SecureSocketOptions.None, ct);
            foreach (var message in share)
            {
                await client.SendAsync(message, ct);
            }

            await client.DisconnectAsync(true, ct);
        }));
        var accepted = watch.Elapsed;
        await waitForDelivery();
        var delivered = watch.Elapsed;
        messages.ForEach(m => m.Dispose());
        return (accepted, delivered);
    }
}
