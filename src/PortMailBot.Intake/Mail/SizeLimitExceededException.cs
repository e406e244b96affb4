using System.Diagnostics.CodeAnalysis;

namespace PortMailBot.Intake.Mail;

/// <summary>Raised while decoding when a part or archive member grows past its size bound.</summary>
[SuppressMessage("Design", "CA1032:Implement standard exception constructors", Justification = "Meaningless without its limit; raised only by LimitedMemoryStream.")]
[SuppressMessage("Design", "CA1064:Exceptions should be public", Justification = "Thrown by LimitedMemoryStream and caught by MimeContentWalker and ZipUnpacker: it never leaves this assembly.")]
internal sealed class SizeLimitExceededException(long limit)
    : Exception($"larger than {FormatSize(limit)}")
{
    public long Limit { get; } = limit;

    public static string FormatSize(long bytes) =>
        bytes >= 1024 * 1024 ? $"{bytes / (1024.0 * 1024):0.#} MB" : $"{bytes / 1024.0:0.#} KB";
}
