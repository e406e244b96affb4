using MimeKit;
using PortMailBot.Daemon.Options;
using PortMailBot.Daemon.Storage;

namespace PortMailBot.Daemon.Dispatch;

/// <summary>The operators' mail about a reply the server refused for good: to whom, for which request, and
/// the server's answer, so someone can reach the customer another way. Null without operators.</summary>
public static class UndeliverableNotice
{
    public static MimeMessage? For(OutboxEntry entry, string serverAnswer, MailOptions mail, OperatorsOptions operators)
    {
        if (operators.Addresses.Count == 0)
        {
            return null;
        }

        var from = MailboxAddress.Parse(mail.From);
        var message = new MimeMessage();
        message.From.Add(from);
        message.To.AddRange(operators.Addresses.Select(MailboxAddress.Parse));
        message.Subject = $"PortMailBot: reply undeliverable to {entry.Recipient}" + (entry.RequestId is { } id ? $" [{id}]" : "");
        message.Headers.Add("Auto-Submitted", "auto-generated");
        message.MessageId = MimeKit.Utils.MimeUtils.GenerateMessageId(from.Domain);
        message.Body = new TextPart("plain")
        {
            Text = $"The mail server refused the reply for good; it is set aside and will not be sent again.\n\n"
                + $"Recipient: {entry.Recipient}\nRequest: {entry.RequestId ?? "(none)"}\nReply Message-ID: <{entry.MessageId}>\n"
                + $"Server's answer: {serverAnswer.ReplaceLineEndings(" ")}\n",
        };
        return message;
    }
}
