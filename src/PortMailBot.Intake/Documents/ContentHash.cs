using System.Security.Cryptography;

namespace PortMailBot.Intake.Documents;

/// <summary>The SHA-256 of an attachment's bytes, lowercase hex: the key under which its extraction is kept,
/// so the same file sent again (a follow-up, a resent bill) is never read or OCR'd twice.</summary>
public static class ContentHash
{
    public static string Of(ReadOnlySpan<byte> content) => Convert.ToHexStringLower(SHA256.HashData(content));

    /// <summary>What must match for an earlier extraction to stand for a file: the bytes, and the name's
    /// extension, which decides the format of a file without a signature (.csv read as numbers, .txt as text).</summary>
    public static string KeyOf(string hash, string? fileName) =>
        hash + "|" + Path.GetExtension(fileName ?? "").ToLowerInvariant();
}
