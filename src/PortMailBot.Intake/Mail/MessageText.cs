namespace PortMailBot.Intake.Mail;

/// <summary>The text of one message: what its sender wrote (with forwarded messages) and all of it.</summary>
internal sealed record MessageText(string Fresh, string Full);
