namespace PortMailBot.Daemon.Tests.MailBed;

internal static class MailBedSettings
{
    /// <summary>The daemon's configuration for one lane of the mail bed (its own bot mailbox).</summary>
    public static Dictionary<string, string?> For(MailBedFixture bed, int lane) => new(StringComparer.OrdinalIgnoreCase)
    {
        ["Imap:Host"] = "127.0.0.1",
        ["Imap:Port"] = bed.ImapPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Imap:Security"] = "None",
        ["Imap:Username"] = MailBedFixture.Bot(lane),
        ["Imap:Password"] = MailBedFixture.Password,
        ["Smtp:Host"] = "127.0.0.1",
        ["Smtp:Port"] = bed.SmtpPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Smtp:Security"] = "None",
        ["Mail:From"] = $"Twilio Porting <{MailBedFixture.Bot(lane)}>",
        ["Operators:Addresses:0"] = MailBedFixture.Operator,
        ["Operators:TrustedAuthServId"] = MailBedFixture.TrustedAuthServId,
    };
}
