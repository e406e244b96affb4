using System.Buffers.Binary;
using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using PortMailBot.Intake.Documents;
using PortMailBot.Intake.Mail;
using PortMailBot.Intake.Requests;

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

    [Fact]
    public void A_follow_up_takes_the_documents_read_before_and_reads_only_its_new_file()
    {
        var ocr = new RecordingOcrEngine();
        var pipeline = new IntakePipeline(new MailReader(), new RequestExtractor(), new DocumentReader(ocr), Options.Create(new IntakeOptions()));
        var ct = TestContext.Current.CancellationToken;
        var first = new ReceivedMessage { FreshText = "Port my number.", Attachments = [Scan("bill.png", 90_000)] };
        var firstResult = pipeline.CheckThread([first], "1.eml", new DateOnly(2026, 11, 28), ct);
        Assert.Single(ocr.Sizes);

        // The bill resent under another name, and a new LOA.
        var second = new ReceivedMessage { FreshText = "Here it is again, with the LOA.", Attachments = [Scan("facture.png", 90_000), Scan("loa.png", 40_000)] };
        var result = pipeline.CheckThread([first, second], firstResult.Documents, "2.eml", new DateOnly(2026, 11, 28), ct);

        Assert.Equal([90_000, 40_000], ocr.Sizes); // only the LOA was read
        Assert.Equal(["bill.png", "facture.png", "loa.png"], result.Documents.Select(d => d.FileName));
        Assert.Equal(result.Documents[0].ContentHash, result.Documents[1].ContentHash);
        Assert.NotEqual(result.Documents[0].ContentHash, result.Documents[2].ContentHash);
    }

    [Fact]
    public void The_same_file_attached_twice_is_read_once()
    {
        var ocr = new RecordingOcrEngine();
        var pipeline = new IntakePipeline(new MailReader(), new RequestExtractor(), new DocumentReader(ocr), Options.Create(new IntakeOptions()));
        var message = new ReceivedMessage { Attachments = [Scan("bill.png", 90_000), Scan("bill-copy.png", 90_000), Scan("bill.pdf", 90_000)] };

        var result = pipeline.Check(message, "m.eml", new DateOnly(2026, 11, 28), TestContext.Current.CancellationToken);

        // The .pdf copy has the same bytes but another extension: read on its own (the name decides the format of a file without a signature).
        Assert.Equal(2, ocr.Sizes.Count);
        Assert.Equal(["bill.png", "bill-copy.png", "bill.pdf"], result.Documents.Select(d => d.FileName));
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

        public DocumentPage RecognizePdfPage(ScannedPdfPage page, CancellationToken cancellationToken) =>
            throw new NotSupportedException();
    }
}
