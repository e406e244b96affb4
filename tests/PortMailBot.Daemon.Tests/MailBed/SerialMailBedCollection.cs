namespace PortMailBot.Daemon.Tests.MailBed;

/// <summary>Mail-bed tests that must not overlap the test that stops and restarts Postfix
/// (<see cref="MailFlowTests.Reply_waits_while_smtp_is_down_and_arrives_when_it_is_back"/>): they run alone, after it.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class SerialMailBedCollection
{
    public const string Name = "mail bed, alone";
}
