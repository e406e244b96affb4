namespace PortMailBot.Daemon.Tests.MailBed;

/// <summary>Mail-bed tests that must not overlap the test that stops and restarts Postfix
/// (<see cref="MailFlowTests.ReplyWaitsWhileSmtpIsDownAndArrivesWhenItIsBack"/>): they run alone, after it.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class SerialMailBedCollection
{
    public const string Name = "mail bed, alone";
}
