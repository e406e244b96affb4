using PortMailBot.Intake.Mail;

namespace PortMailBot.Intake.Requests;

/// <summary>Finds the account SID, numbers, authorized user and service address the customer states.</summary>
public sealed class RequestExtractor
{
    public RequestFields Extract(ReceivedMessage message) =>
        throw new NotImplementedException("TODO(request): RequestExtractor");
}
