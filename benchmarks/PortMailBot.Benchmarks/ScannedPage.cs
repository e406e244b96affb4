using PortMailBot.Benchmarks.Samples;
using UglyToad.PdfPig;

namespace PortMailBot.Benchmarks;

/// <summary>One scanned input of the samples: an image file (all its pages) or one image-only PDF page,
/// with the same image as a file for the <c>tesseract</c> program.</summary>
internal sealed record ScannedInput(SampleFile File, int Pages, int? PdfPageNumber, string ImagePath)
{
    public string Label => PdfPageNumber is { } n ? $"{File.Case}/{File.Name}#{n}" : $"{File.Case}/{File.Name}";

    /// <summary>Scanned inputs of every sample, their images written under <paramref name="folder"/>.</summary>
    public static List<ScannedInput> Collect(string folder)
    {
        Directory.CreateDirectory(folder);
        var inputs = new List<ScannedInput>();
        foreach (var file in SampleAttachments.All())
        {
            var safe = $"{file.Case}-{string.Concat(file.Name.Select(c => char.IsAsciiLetterOrDigit(c) || c == '.' ? c : '_'))}";
            if (file.IsImage)
            {
                var path = Path.Combine(folder, safe);
                System.IO.File.WriteAllBytes(path, file.Bytes);
                inputs.Add(new ScannedInput(file, CountTiffPages(file), null, path));
            }
            else if (file.IsPdf)
            {
                try
                {
                    using var pdf = PdfDocument.Open(file.Bytes);
                    foreach (var page in pdf.GetPages().Where(p => p.Letters.Count == 0))
                    {
                        var image = page.GetImages().FirstOrDefault();
                        var raw = image?.RawMemory.ToArray();
                        if (raw is null || raw.Length < 3 || raw[0] != 0xFF || raw[1] != 0xD8)
                        {
                            continue;
                        }

                        var path = Path.Combine(folder, $"{safe}-p{page.Number}.jpg");
                        System.IO.File.WriteAllBytes(path, raw);
                        inputs.Add(new ScannedInput(file, 1, page.Number, path));
                    }
                }
                catch (Exception e) when (e is not OutOfMemoryException)
                {
                    // A damaged sample PDF (the corpus has some on purpose) has no scanned page to time.
                }
            }
        }

        return inputs;
    }

    private static int CountTiffPages(SampleFile file)
    {
        if (file.Extension is not (".tif" or ".tiff"))
        {
            return 1;
        }

        // Counting IFDs needs no decoder: follow the chain of next-IFD offsets.
        var bytes = file.Bytes;
        var little = bytes[0] == 'I';
        uint Read32(int at) => little ? BitConverter.ToUInt32(bytes, at) : (uint)((bytes[at] << 24) | (bytes[at + 1] << 16) | (bytes[at + 2] << 8) | bytes[at + 3]);
        int Read16(int at) => little ? BitConverter.ToUInt16(bytes, at) : (bytes[at] << 8) | bytes[at + 1];
        var pages = 0;
        var offset = Read32(4);
        while (offset != 0 && offset + 2 < bytes.Length && pages < 1000)
        {
            pages++;
            var entries = Read16((int)offset);
            offset = Read32((int)offset + 2 + (entries * 12));
        }

        return pages;
    }
}
