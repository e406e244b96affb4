using System.Buffers.Binary;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using PortMailBot.Daemon.Options;
using PortMailBot.Daemon.Processing;
using PortMailBot.Daemon.Tests.MailBed;
using PortMailBot.Daemon.Tests.Support;
using PortMailBot.Intake.Documents;
using PortMailBot.Intake.Verdicts;

namespace PortMailBot.Daemon.Tests.Processing;

/// <summary>A follow-up does not read again the documents of the thread already read, nor a file resent.</summary>
public sealed class DocumentReuseTests(PgBedFixture bed)
{
    [Theory]
    [MemberData(nameof(StoreProviders.Both), MemberType = typeof(StoreProviders))]
    public async Task Follow_up_documents_already_read_no_ocr_call(StorageProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        var ocr = new CountingOcr();
        await using var daemon = new DaemonHarness(await StoreProviders.SettingsAsync(provider, bed, ct), services => services.AddSingleton<IOcrEngine>(ocr));
        var inbox = Path.Combine(daemon.DataFolder, "mail", "inbox");
        Directory.CreateDirectory(inbox);

        var first = WithAttachment(MailMaker.EnglishTextOnly("jane@example.org", "porting@localhost"), "bill.png", Scan());
        await first.WriteToAsync(Path.Combine(inbox, "1.eml"), ct);
        await daemon.RunOnceAsync(ct);
        var afterFirst = ocr.Calls;

        // The follow-up resends the bill under another name: nothing of it is read again.
        var resent = WithAttachment(MailMaker.Request("jane@example.org", "porting@localhost", "x", "x"), "facture-novembre.png", Scan());
        await MailMaker.FollowUpWithAttachments(first, resent, "jane@example.org", "Here is the bill again.").WriteToAsync(Path.Combine(inbox, "2.eml"), ct);
        var result = await daemon.RunOnceAsync(ct);

        Assert.Equal(1, afterFirst);
        Assert.Equal(1, result.Summary.Answered);
        Assert.Equal(afterFirst, ocr.Calls);
    }

    [Fact]
    public void Stored_documents_json_as_stored_reads_back_the_same_document()
    {
        var document = new ExtractedDocument("bill.png", DocumentKind.Bill)
        {
            ContentHash = ContentHash.Of([1, 2, 3]),
            Ocr = true,
            StatementDate = new DateOnly(2026, 11, 1),
            Names = ["Priya Raman"],
            ServiceAddress = new PortMailBot.Intake.Addresses.PostalAddress("2218 East Hastings Street", null, "Vancouver", "BC", "V5L 1V4"),
            Sources = [new FieldSource("name", "Priya Raman", 1, [new PageBox(1, 2, 3, 4)])],
            ListedNumbers = [new PortMailBot.Intake.Numbers.RequestedNumber("+16045550100", PortMailBot.Intake.Numbers.NumberType.Geographic)],
        };
        var json = JsonSerializer.Serialize(document, VerdictJson.Options);

        var back = Assert.Single(StoredDocuments.Parse([json, "{}", "not json"]));

        Assert.Equal(json, JsonSerializer.Serialize(back, VerdictJson.Options));
    }

    private static MimeMessage WithAttachment(MimeMessage message, string name, byte[] content)
    {
        var body = new BodyBuilder { TextBody = message.TextBody };
        body.Attachments.Add(name, content, new ContentType("image", "png"));
        message.Body = body.ToMessageBody();
        return message;
    }

    /// <summary>A PNG whose header says a letter page at 300 dpi: large enough not to be taken for a logo.</summary>
    private static byte[] Scan()
    {
        var bytes = new byte[4096];
        ReadOnlySpan<byte> signature = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, (byte)'I', (byte)'H', (byte)'D', (byte)'R'];
        signature.CopyTo(bytes);
        BinaryPrimitives.WriteInt32BigEndian(bytes.AsSpan(16), 2550);
        BinaryPrimitives.WriteInt32BigEndian(bytes.AsSpan(20), 3300);
        bytes[24] = 8;
        return bytes;
    }

    /// <summary>Reads every image as one page of a bill, counting the calls.</summary>
    private sealed class CountingOcr : IOcrEngine
    {
        private int _calls;

        public int Calls => Volatile.Read(ref _calls);

        public bool IsAvailable => true;

        public IReadOnlyList<DocumentPage> RecognizeImage(ReadOnlyMemory<byte> encodedImage, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _calls);
            var words = "Your statement for November 2026".Split(' ').Select((w, i) => new TextWord(w, new PageBox(i * 50, 100, (i * 50) + 40, 120), 0.9)).ToList();
            return [new DocumentPage(1, 2550, 3300, words)];
        }

        public DocumentPage RecognizePdfPage(ScannedPdfPage page, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _calls);
            return new DocumentPage(page.Number, 2550, 3300, []);
        }
    }
}
