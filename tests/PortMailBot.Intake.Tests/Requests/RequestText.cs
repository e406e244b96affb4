using PortMailBot.Intake.Mail;
using PortMailBot.Intake.Requests;

namespace PortMailBot.Intake.Tests.Requests;

/// <summary>What the intake reads from a message that is only this text (fresh and whole alike).</summary>
internal static class RequestText
{
    private static readonly RequestExtractor Extractor = new();

    public static RequestFields Extract(string text, string subject = "Port request") =>
        Extractor.Extract(new ReceivedMessage { FreshText = text, FullText = text, Subject = subject });
}
