using System.Buffers.Binary;
using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using PortMailBot.Intake.Documents;
using PortMailBot.Intake.Mail;
using PortMailBot.Intake.Ocr;
using PortMailBot.Intake.Requests;
using UglyToad.PdfPig.Content;

namespace PortMailBot.Intake.Tests;

/// <summary>How the pipeline schedules a message's attachments.</summary>
public sealed class IntakePipelineTests
{
    [Fact]
    public void The_largest_attachment_is_read_first_so_a_long_scan_does_not_start_last()
    {
        var ocr = new RecordingOcrEngine();
        var pipeline = new IntakePipeline(
            new MailReader(),
            new RequestExtractor(),
            new DocumentReader(ocr),
            Options.Create(new IntakeOptions { MaxParallelDocuments = 1 }));
        var message = new ReceivedMessage
        {
            Attachments = [Scan("loa.png", 40_000), Scan("bill.png", 900_000), Scan("csr.png", 250_000)],
        };

        var result = pipeline.Check(message, "m.eml", new DateOnly(2026, 11, 28), TestContext.Current.CancellationToken);

        Assert.Equal([900_000, 250_000, 40_000], ocr.Sizes);
        Assert.Equal(["loa.png", "bill.png", "csr.png"], result.Documents.Select(d => d.FileName));
    }

    /// <summary>A PNG whose header says a letter page at 300 dpi, padded to <paramref name="size"/> bytes.</summary>
    private static AttachmentFile Scan(string name, int size)
    {
        var bytes = new byte[size];
        ReadOnlySpan<byte> signature = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, (byte)'I', (byte)'H', (byte)'D', (byte)'R'];
        signature.CopyTo(bytes);
        BinaryPrimitives.WriteInt32BigEndian(bytes.AsSpan(16), 2550);
        BinaryPrimitives.WriteInt32BigEndian(bytes.AsSpan(20), 3300);
        bytes[24] = 8;
        return new AttachmentFile(name, "image/png", bytes);
    }

    private sealed class RecordingOcrEngine : IOcrEngine
    {
        private readonly ConcurrentQueue<int> _sizes = new();

        public IReadOnlyList<int> Sizes => [.. _sizes];

        public bool IsAvailable => true;

        public IReadOnlyList<DocumentPage> RecognizeImage(ReadOnlyMemory<byte> encodedImage, CancellationToken cancellationToken)
        {
            _sizes.Enqueue(encodedImage.Length);
            return [];
        }

        public DocumentPage RecognizePdfPage(Page page, ReadOnlyMemory<byte> pdf, CancellationToken cancellationToken) =>
            throw new NotSupportedException();
    }
}
