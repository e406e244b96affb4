using System.Diagnostics.CodeAnalysis;

namespace PortMailBot.Intake.Mail;

/// <summary>An attachment's bytes, after unpacking zip archives, TNEF and forwarded messages.</summary>
[SuppressMessage("Performance", "CA1819:Properties should not return arrays", Justification = "The bytes go as they are to MimeKit, PdfPig, leptonica and the hash of the content, which take arrays; a copy per access would double every attachment's memory.")]
public sealed record AttachmentFile(string FileName, string ContentType, byte[] Content);
