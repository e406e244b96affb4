using PortMailBot.Containment;
using PortMailBot.Daemon.Options;
using PortMailBot.Daemon.Workflow;
using PortMailBot.Intake;
using PortMailBot.Ocr;
using PortMailBot.Web.Hosting;

namespace PortMailBot.Configuration;

/// <summary>A configuration section and the options class it binds to.</summary>
internal sealed record ConfiguredSection(string Name, Type OptionsType);

/// <summary>Every section the executable binds (a test checks none is missing), so a start can check each
/// key's type before anything binds it.</summary>
internal static class ConfiguredSections
{
    public static ConfiguredSection Storage { get; } = new(StorageOptions.SectionName, typeof(StorageOptions));

    public static ConfiguredSection Poll { get; } = new(PollOptions.SectionName, typeof(PollOptions));

    /// <summary>The intake engine's sections (what <c>check</c> uses).</summary>
    public static IReadOnlyList<ConfiguredSection> Engine { get; } =
    [
        new(IntakeOptions.SectionName, typeof(IntakeOptions)),
        new(OcrOptions.SectionName, typeof(OcrOptions)),
        new(ContainmentOptions.SectionName, typeof(ContainmentOptions)),
    ];

    /// <summary>The daemon's and the engine's sections.</summary>
    public static IReadOnlyList<ConfiguredSection> All { get; } =
    [
        new(ImapOptions.SectionName, typeof(ImapOptions)),
        new(SmtpOptions.SectionName, typeof(SmtpOptions)),
        new(OAuthOptions.SectionName, typeof(OAuthOptions)),
        new(HealthOptions.SectionName, typeof(HealthOptions)),
        new(MailOptions.SectionName, typeof(MailOptions)),
        new(OperatorsOptions.SectionName, typeof(OperatorsOptions)),
        Poll,
        Storage,
        new(RetentionOptions.SectionName, typeof(RetentionOptions)),
        new(WorkflowOptions.SectionName, typeof(WorkflowOptions)),
        new(WebOptions.SectionName, typeof(WebOptions)),
        new(PortMailBot.Daemon.Telemetry.TelemetryOptions.SectionName, typeof(PortMailBot.Daemon.Telemetry.TelemetryOptions)),
        .. Engine,
    ];
}
