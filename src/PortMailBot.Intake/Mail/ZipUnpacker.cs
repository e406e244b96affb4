using System.IO.Compression;

namespace PortMailBot.Intake.Mail;

/// <summary>
/// Opens a .zip attachment one level deep, within bounds on entry count, entry size, total size and
/// compression ratio. Nothing here throws for bad input: problems come back as unreadable entries.
/// </summary>
internal static class ZipUnpacker
{
    private static readonly string[] ZipBasedExtensions =
    [
        ".xlsx", ".xlsm", ".xltx", ".docx", ".docm", ".dotx", ".pptx", ".ppsx", ".odt", ".ods", ".odp",
        ".jar", ".apk", ".epub", ".xps", ".oxps", ".vsdx", ".kmz", ".ipa", ".msix", ".appx", ".nupkg",
    ];

    private static readonly string[] ZipContentTypes =
    [
        "application/zip", "application/x-zip", "application/x-zip-compressed", "application/zip-compressed",
        "multipart/x-zip",
    ];

    /// <summary>A zip archive by its type or name, or by the PK signature when nothing says it is an office file.</summary>
    public static bool IsZip(string fileName, string contentType, ReadOnlySpan<byte> content)
    {
        if (ZipContentTypes.Contains(contentType, StringComparer.OrdinalIgnoreCase)
            || fileName.EndsWith(".zip", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var looksZipped = content.Length >= 4 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4;
        if (!looksZipped)
        {
            return false;
        }

        var isOfficeFile = ZipBasedExtensions.Any(ext => fileName.EndsWith(ext, StringComparison.OrdinalIgnoreCase))
            || contentType.Contains("openxmlformats", StringComparison.OrdinalIgnoreCase)
            || contentType.Contains("opendocument", StringComparison.OrdinalIgnoreCase)
            || contentType.Contains("ms-excel", StringComparison.OrdinalIgnoreCase)
            || contentType.Contains("msword", StringComparison.OrdinalIgnoreCase)
            || contentType.Contains("java-archive", StringComparison.OrdinalIgnoreCase)
            || contentType.Contains("epub", StringComparison.OrdinalIgnoreCase);
        return !isOfficeFile;
    }

    public static ZipContents Unpack(string zipName, byte[] content, MailReadLimits limits, CancellationToken cancellationToken)
    {
        var files = new List<AttachmentFile>();
        var unreadable = new List<UnreadableAttachment>();
        var declaredEntries = DeclaredEntryCount(content);
        if (declaredEntries > limits.MaxZipEntries * 4)
        {
            // Checked before opening: the runtime would build an object for every directory record.
            return Unreadable(zipName, $"zip archive declares {declaredEntries} entries, more than the {limits.MaxZipEntries} files allowed");
        }

        try
        {
            using var archive = new ZipArchive(new MemoryStream(content, writable: false), ZipArchiveMode.Read);
            var entries = archive.Entries.Where(IsMemberFile).ToList();
            if (entries.Count > limits.MaxZipEntries)
            {
                return Unreadable(zipName, $"zip archive has {entries.Count} files, more than the {limits.MaxZipEntries} allowed");
            }

            if (entries.Count == 0)
            {
                return Unreadable(zipName, "zip archive contains no files");
            }

            long total = 0;
            foreach (var entry in entries)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var name = MemberName(entry);
                var problem = CheckDeclaredSize(entry, limits);
                if (problem is not null)
                {
                    unreadable.Add(new UnreadableAttachment(name, $"in {zipName}: {problem}"));
                    continue;
                }

                var room = limits.MaxZipTotalBytes - total;
                if (room <= 0)
                {
                    unreadable.Add(new UnreadableAttachment(name, $"in {zipName}: archive expands to more than {SizeLimitExceededException.FormatSize(limits.MaxZipTotalBytes)} in total"));
                    continue;
                }

                var read = ReadEntry(entry, Math.Min(room, limits.MaxZipEntryBytes), limits, cancellationToken);
                if (read.Content is null)
                {
                    var reason = read.HitTotal
                        ? $"archive expands to more than {SizeLimitExceededException.FormatSize(limits.MaxZipTotalBytes)} in total"
                        : read.Problem;
                    unreadable.Add(new UnreadableAttachment(name, $"in {zipName}: {reason}"));
                    continue;
                }

                total += read.Content.Length;
                files.Add(new AttachmentFile(name, AttachmentNaming.ContentTypeFor(name, "application/octet-stream"), read.Content));
            }
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException or NotSupportedException or ArgumentException)
        {
            // A broken central directory or header: nothing of the archive can be trusted.
            return Unreadable(zipName, $"corrupt zip archive ({ex.Message})");
        }

        return new ZipContents(files, unreadable);
    }

    /// <summary>
    /// The entry count in the end-of-central-directory record (0 when it cannot be found; the archive
    /// reader then reports the corruption). Zip64 archives say 0xFFFF here and count as that many.
    /// </summary>
    private static int DeclaredEntryCount(byte[] content)
    {
        const int RecordLength = 22;
        var lowest = Math.Max(0, content.Length - RecordLength - ushort.MaxValue);
        for (var i = content.Length - RecordLength; i >= lowest; i--)
        {
            if (content[i] == 0x50 && content[i + 1] == 0x4B && content[i + 2] == 0x05 && content[i + 3] == 0x06)
            {
                return content[i + 10] | (content[i + 11] << 8);
            }
        }

        return 0;
    }

    private static ZipContents Unreadable(string zipName, string reason) =>
        new([], [new UnreadableAttachment(zipName, reason)]);

    private static bool IsMemberFile(ZipArchiveEntry entry)
    {
        var fullName = entry.FullName.Replace('\\', '/');
        if (fullName.EndsWith('/') || entry.Name.Length == 0)
        {
            return false;
        }

        // macOS archive metadata (resource forks, Finder files) is not something the sender attached.
        var name = MemberName(entry);
        return !fullName.StartsWith("__MACOSX/", StringComparison.Ordinal)
            && !name.StartsWith("._", StringComparison.Ordinal)
            && name != ".DS_Store";
    }

    private static string MemberName(ZipArchiveEntry entry) =>
        AttachmentNaming.Sanitize(entry.FullName) ?? "unnamed";

    private static string? CheckDeclaredSize(ZipArchiveEntry entry, MailReadLimits limits)
    {
        if (entry.Length > limits.MaxZipEntryBytes)
        {
            return $"expands to {SizeLimitExceededException.FormatSize(entry.Length)}, more than the {SizeLimitExceededException.FormatSize(limits.MaxZipEntryBytes)} allowed per file";
        }

        return RatioProblem(entry.Length, entry.CompressedLength, limits);
    }

    private static string? RatioProblem(long uncompressed, long compressed, MailReadLimits limits)
    {
        if (uncompressed < limits.ZipRatioCheckMinBytes)
        {
            return null;
        }

        var ratio = uncompressed / (double)Math.Max(1, compressed);
        return ratio > limits.MaxZipCompressionRatio
            ? $"compression ratio {ratio:0}:1 exceeds {limits.MaxZipCompressionRatio:0}:1 (zip bomb)"
            : null;
    }

    private static EntryRead ReadEntry(ZipArchiveEntry entry, long limit, MailReadLimits limits, CancellationToken cancellationToken)
    {
        try
        {
            using var sink = new LimitedMemoryStream(limit, truncate: false);
            using (var source = entry.Open())
            {
                // The sizes in the headers can lie: count what really comes out.
                var buffer = new byte[81920];
                int count;
                while ((count = source.Read(buffer, 0, buffer.Length)) > 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    sink.Write(buffer, 0, count);
                    var ratioProblem = RatioProblem(sink.Length, entry.CompressedLength, limits);
                    if (ratioProblem is not null)
                    {
                        return new EntryRead(null, ratioProblem, HitTotal: false);
                    }
                }
            }

            return new EntryRead(sink.ToArray(), null, HitTotal: false);
        }
        catch (SizeLimitExceededException)
        {
            var hitTotal = limit < limits.MaxZipEntryBytes;
            return new EntryRead(null, $"expands to more than {SizeLimitExceededException.FormatSize(limits.MaxZipEntryBytes)}", hitTotal);
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException or NotSupportedException)
        {
            var why = entry.IsEncrypted ? "encrypted (password-protected) zip entry" : $"corrupt zip entry ({ex.Message})";
            return new EntryRead(null, why, HitTotal: false);
        }
    }

    private sealed record EntryRead(byte[]? Content, string? Problem, bool HitTotal);
}

/// <summary>The members read out of one archive and those that could not be.</summary>
internal sealed record ZipContents(IReadOnlyList<AttachmentFile> Files, IReadOnlyList<UnreadableAttachment> Unreadable);
