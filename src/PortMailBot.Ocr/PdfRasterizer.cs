using System.Diagnostics;
using System.Globalization;
using PortMailBot.Intake.Documents;

namespace PortMailBot.Ocr;

/// <summary>Renders one PDF page to an 8-bit grey PGM with poppler's pdftoppm, for pages with no
/// single usable image. Bounded by time and output size; the PDF is piped in, never written to disk.</summary>
internal sealed class PdfRasterizer(string program, TimeSpan timeout)
{
    public byte[] Render(ReadOnlyMemory<byte> pdf, int pageNumber, int dpi, long maxPixels, CancellationToken cancellationToken)
    {
        try
        {
            // The PDF goes to pdftoppm's standard input ('-'): no temporary copy of the whole file is
            // written to disk for each page rendered.
            var start = new ProcessStartInfo(program)
            {
                RedirectStandardInput = true,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var argument in new[] { "-r", dpi.ToString(CultureInfo.InvariantCulture), "-gray", "-f", pageNumber.ToString(CultureInfo.InvariantCulture), "-l", pageNumber.ToString(CultureInfo.InvariantCulture), "-" })
            {
                start.ArgumentList.Add(argument);
            }

            using var process = Process.Start(start) ?? throw new DocumentUnreadableException($"page {pageNumber}: {program} did not start");
            var limit = maxPixels + (1 << 16);
            var output = new MemoryStream();
            var feed = Task.Run(() => Feed(process.StandardInput.BaseStream, pdf), CancellationToken.None);
            var copy = Task.Run(() => CopyBounded(process.StandardOutput.BaseStream, output, limit), CancellationToken.None);
            var drainErrors = process.StandardError.ReadToEndAsync(CancellationToken.None);
            using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            deadline.CancelAfter(timeout);
            try
            {
                process.WaitForExitAsync(deadline.Token).GetAwaiter().GetResult();
                copy.GetAwaiter().GetResult();
                feed.GetAwaiter().GetResult();
            }
            catch (OperationCanceledException)
            {
                Kill(process);
                cancellationToken.ThrowIfCancellationRequested();
                throw new DocumentUnreadableException($"page {pageNumber}: rendering took longer than {timeout.TotalSeconds:0.#} s");
            }
            catch (IOException e)
            {
                Kill(process);
                throw new DocumentUnreadableException($"page {pageNumber}: rendering failed ({e.Message})", e);
            }

            if (process.ExitCode != 0 || output.Length == 0)
            {
                var errors = drainErrors.GetAwaiter().GetResult();
                throw new DocumentUnreadableException($"page {pageNumber}: {program} could not render it ({FirstLine(errors)})");
            }

            return output.ToArray();
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new DocumentUnreadableException($"page {pageNumber}: {program} is not installed (scripts/install-ocr.sh)", e);
        }
    }

    /// <summary>Writes the PDF to the renderer's input and closes it. A renderer that exits without
    /// reading all of it (a broken pipe) is judged by its exit code and output, not by this write.</summary>
    private static void Feed(Stream input, ReadOnlyMemory<byte> pdf)
    {
        try
        {
            input.Write(pdf.Span);
        }
        catch (IOException)
        {
            // The renderer stopped reading: its exit code says why.
        }
        finally
        {
            try
            {
                input.Dispose();
            }
            catch (IOException)
            {
                // The pipe is already broken.
            }
        }
    }

    private static void CopyBounded(Stream source, Stream destination, long limit)
    {
        var buffer = new byte[1 << 16];
        long total = 0;
        int read;
        while ((read = source.Read(buffer)) > 0)
        {
            total += read;
            if (total > limit)
            {
                throw new IOException("the rendered page is larger than allowed");
            }

            destination.Write(buffer, 0, read);
        }
    }

    private static void Kill(Process process)
    {
        try
        {
            process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
    }

    private static string FirstLine(string text)
    {
        var line = text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault() ?? "no message";
        return line.Length > 200 ? line[..200] : line;
    }
}
