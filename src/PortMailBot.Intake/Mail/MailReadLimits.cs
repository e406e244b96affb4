namespace PortMailBot.Intake.Mail;

/// <summary>Bounds that keep one hostile message from costing unbounded memory or time.</summary>
internal sealed record MailReadLimits
{
    public static MailReadLimits Default { get; } = new();

    /// <summary>Largest decoded attachment kept; a larger one is reported unreadable.</summary>
    public long MaxAttachmentBytes { get; init; } = 30L * 1024 * 1024;

    /// <summary>All kept attachment bytes of one message together (archive members included).</summary>
    public long MaxTotalAttachmentBytes { get; init; } = 200L * 1024 * 1024;

    public int MaxAttachments { get; init; } = 200;

    /// <summary>Decoded body part bytes beyond this are cut (HTML bodies carry inline images as data: URIs).</summary>
    public int MaxTextBytes { get; init; } = 16 * 1024 * 1024;

    /// <summary>Characters of one body part's text (HTML: markup without data: URIs) kept: no request needs more.</summary>
    public int MaxTextChars { get; init; } = 1024 * 1024;

    public int MaxZipEntries { get; init; } = 50;

    public long MaxZipEntryBytes { get; init; } = 30L * 1024 * 1024;

    public long MaxZipTotalBytes { get; init; } = 60L * 1024 * 1024;

    /// <summary>Uncompressed/compressed size ratio above which an entry is taken for a zip bomb.</summary>
    public double MaxZipCompressionRatio { get; init; } = 100;

    /// <summary>Entries smaller than this are never judged by their ratio (tiny files compress well).</summary>
    public long ZipRatioCheckMinBytes { get; init; } = 1024 * 1024;

    /// <summary>Nesting of multiparts and attached messages followed; deeper parts are skipped.</summary>
    public int MaxMimeDepth { get; init; } = 24;
}
