using PortMailBot.Intake.Documents;
using PortMailBot.Intake.Mail;
using PortMailBot.Intake.Requests;
using PortMailBot.Intake.Verdicts;

namespace PortMailBot.Intake;

/// <summary>Everything the engine learned from one message: the verdict and what it was built from.</summary>
public sealed record IntakeResult(
    Verdict Verdict,
    ReceivedMessage Message,
    RequestFields Request,
    IReadOnlyList<ExtractedDocument> Documents);
