using PortMailBot.Daemon.Storage;

namespace PortMailBot.Daemon.Tokens;

/// <summary>A secret given inline or in a file (read each time, so a rotated secret is picked up).</summary>
internal static class SecretFile
{
    private const int MaxBytes = 64 * 1024;

    public static async Task<string?> ReadAsync(string? value, string? file, string key, CancellationToken cancellationToken)
    {
        if (!string.IsNullOrEmpty(value) || string.IsNullOrWhiteSpace(file))
        {
            return string.IsNullOrEmpty(value) ? null : value;
        }

        try
        {
            if (new FileInfo(file).Length > MaxBytes)
            {
                throw new TokenAcquisitionException($"{key}File {file} is larger than {MaxBytes} bytes: not a secret.");
            }

            return (await File.ReadAllTextAsync(file, cancellationToken)).Trim();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new TokenAcquisitionException($"{key}File {file} cannot be read: {ex.Message}", ex);
        }
    }

    /// <summary>Replaces the file's content (owner-only), written aside then renamed so a crash leaves the old one.</summary>
    public static async Task WriteAsync(string file, string secret, CancellationToken cancellationToken)
    {
        var temporary = file + ".tmp";
        await using (var stream = PrivateFiles.CreateFile(temporary))
        await using (var writer = new StreamWriter(stream))
        {
            await writer.WriteAsync(secret.AsMemory(), cancellationToken);
        }

        File.Move(temporary, file, overwrite: true);
    }
}
