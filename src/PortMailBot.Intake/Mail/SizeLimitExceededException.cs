namespace PortMailBot.Intake.Mail;

/// <summary>Raised while decoding when a part or archive member grows past its size bound.</summary>
internal sealed class SizeLimitExceededException(long limit)
    : Exception($"larger than {FormatSize(limit)}")
{
    public long Limit { get; } = limit;

    public static string FormatSize(long bytes) =>
        bytes >= 1024 * 1024 ? $"{bytes / (1024.0 * 1024):0.#} MB" : $"{bytes / 1024.0:0.#} KB";
}
