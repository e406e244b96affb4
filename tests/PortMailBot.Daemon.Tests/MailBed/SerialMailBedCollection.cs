namespace PortMailBot.Daemon.Tests.MailBed;

/// <summary>Mail-bed tests that must not overlap the test that stops and restarts Postfix.</summary>
[CollectionDefinition(WorkflowLifecycleTests.Serial, DisableParallelization = true)]
public sealed class SerialMailBedCollection;
