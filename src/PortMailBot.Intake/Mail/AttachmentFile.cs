namespace PortMailBot.Intake.Mail;

/// <summary>An attachment's bytes, after unpacking zip archives, TNEF and forwarded messages.</summary>
public sealed record AttachmentFile(string FileName, string ContentType, byte[] Content);
