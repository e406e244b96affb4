using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using MimeKit;
using PortMailBot.Daemon.Workflow;
using PortMailBot.Intake.Documents;

namespace PortMailBot.Web.Evidence;

/// <summary>A page of a document as a picture, and its size in the page's own units (PDF points or image
/// pixels), the units the word boxes were stored in.</summary>
public sealed record PageImage(ReadOnlyMemory<byte> Bytes, string ContentType, double Width, double Height);

/// <summary>Pictures of the documents' pages, taken from the message as it arrived: a PNG or JPEG attachment
/// as it is; a PDF page rendered by poppler's <c>pdftoppm</c> (bounded in time and size). Kept for a while,
/// at most <see cref="MaxCached"/> pages.</summary>
public sealed class PageImages(RequestDossiers dossiers, ILogger<PageImages> logger)
{
    private const int MaxCached = 64;
    private const int Dpi = 110;
    private const long MaxOutputBytes = 32 << 20;
    private static readonly TimeSpan RenderTimeout = TimeSpan.FromSeconds(20);
    private readonly ConcurrentDictionary<(string, long, int), PageImage?> _cache = new();

    public static async Task<IResult> ServeAsync(string id, long document, int page, PageImages images, HttpContext context)
    {
        var image = await images.GetAsync(id, document, page, context.RequestAborted);
        if (image is null)
        {
            return Results.NotFound();
        }

        context.Response.Headers.CacheControl = "private, max-age=3600";
        return Results.Bytes(image.Bytes, image.ContentType);
    }

    public async Task<PageImage?> GetAsync(string requestId, long documentId, int page, CancellationToken cancellationToken)
    {
        if (page < 1 || page > 500)
        {
            return null;
        }

        var key = (requestId, documentId, page);
        if (_cache.TryGetValue(key, out var cached))
        {
            return cached;
        }

        var found = await dossiers.DocumentAsync(requestId, documentId, cancellationToken);
        var image = found is { } f && Attachment(f.Raw, f.Document.FileName) is { } bytes ? await PictureAsync(bytes, page, cancellationToken) : null;
        if (_cache.Count >= MaxCached)
        {
            _cache.Clear();
        }

        _cache[key] = image;
        return image;
    }

    private static byte[]? Attachment(byte[] raw, string fileName)
    {
        try
        {
            using var stream = new MemoryStream(raw, writable: false);
            var message = MimeMessage.Load(stream);
            var part = message.BodyParts.OfType<MimePart>().FirstOrDefault(p => string.Equals(p.FileName, fileName, StringComparison.Ordinal));
            if (part?.Content is null)
            {
                return null;
            }

            using var content = new MemoryStream();
            part.Content.DecodeTo(content);
            return content.ToArray();
        }
        catch (FormatException)
        {
            return null;
        }
    }

    private async Task<PageImage?> PictureAsync(byte[] file, int page, CancellationToken cancellationToken)
    {
        if (file.AsSpan().StartsWith("%PDF"u8))
        {
            var png = await RenderAsync(file, page, cancellationToken);
            return png is not null && ImageHeader.Dimensions(png) is { } size
                ? new PageImage(png, "image/png", size.Width * 72.0 / Dpi, size.Height * 72.0 / Dpi)
                : null;
        }

        if (page != 1 || ImageHeader.Dimensions(file) is not { } pixels)
        {
            return null;
        }

        var type = file.AsSpan().StartsWith([(byte)0x89, (byte)'P', (byte)'N', (byte)'G']) ? "image/png"
            : file.AsSpan().StartsWith([(byte)0xFF, (byte)0xD8]) ? "image/jpeg"
            : null;
        return type is null ? null : new PageImage(file, type, pixels.Width, pixels.Height);
    }

    private async Task<byte[]?> RenderAsync(byte[] pdf, int page, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo("pdftoppm")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        var number = page.ToString(CultureInfo.InvariantCulture);
        foreach (var argument in new[] { "-png", "-r", Dpi.ToString(CultureInfo.InvariantCulture), "-f", number, "-l", number, "-" })
        {
            start.ArgumentList.Add(argument);
        }

        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(RenderTimeout);
        Process? process = null;
        try
        {
            process = Process.Start(start);
            if (process is null)
            {
                return null;
            }

            var feed = Task.Run(
                async () =>
                {
                    await process.StandardInput.BaseStream.WriteAsync(pdf, deadline.Token);
                    process.StandardInput.Close();
                },
                deadline.Token);
            var errors = process.StandardError.ReadToEndAsync(deadline.Token);
            using var output = new MemoryStream();
            var buffer = new byte[81920];
            int read;
            while ((read = await process.StandardOutput.BaseStream.ReadAsync(buffer, deadline.Token)) > 0)
            {
                if (output.Length + read > MaxOutputBytes)
                {
                    throw new InvalidDataException("the rendered page is too large");
                }

                await output.WriteAsync(buffer.AsMemory(0, read), deadline.Token);
            }

            await process.WaitForExitAsync(deadline.Token);
            await feed;
            await errors;
            return process.ExitCode == 0 && output.Length > 0 ? output.ToArray() : null;
        }
        catch (Exception e) when (e is IOException or InvalidDataException or OperationCanceledException or System.ComponentModel.Win32Exception)
        {
            logger.LogWarning("Page {Page} could not be rendered: {Error}", page, e.Message);
            return null;
        }
        finally
        {
            if (process is { HasExited: false })
            {
                process.Kill(entireProcessTree: true);
            }

            process?.Dispose();
        }
    }
}
