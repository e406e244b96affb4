using System.Buffers.Binary;
using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using PortMailBot.Intake.Documents;
using PortMailBot.Intake.Mail;
using PortMailBot.Intake.Requests;

namespace PortMailBot.Intake.Tests.Documents;

/// <summary>Scanned pages are read expecting the message's language, and again with every language when
/// their words say the other one.</summary>
public sealed class DocumentLanguageTests
{
    [Fact]
    public void A_page_in_the_expected_language_is_read_once()
    {
        var ocr = new LanguageRecordingOcr("Your statement for the account of the customer and the service address");

        new DocumentReader(ocr).Read(Scan("bill.png"), "en", TestContext.Current.CancellationToken);

        Assert.Equal(["en"], ocr.Languages);
    }

    [Fact]
    public void A_page_in_the_other_language_is_read_again_with_every_language()
    {
        var ocr = new LanguageRecordingOcr("Votre facture pour le compte du titulaire et l'adresse de service avec les numéros");

        new DocumentReader(ocr).Read(Scan("facture.png"), "en", TestContext.Current.CancellationToken);

        Assert.Equal(["en", null], ocr.Languages);
    }

    [Fact]
    public void An_english_page_of_a_french_message_is_read_again_with_every_language()
    {
        var ocr = new LanguageRecordingOcr("Your statement for the account of the customer and the service address");

        new DocumentReader(ocr).Read(Scan("bill.png"), "fr", TestContext.Current.CancellationToken);

        Assert.Equal(["fr", null], ocr.Languages);
    }

    [Fact]
    public void A_page_with_no_words_of_either_language_is_not_read_again()
    {
        var ocr = new LanguageRecordingOcr("B3J 9R8 902-555-0142 2026-11-19");

        new DocumentReader(ocr).Read(Scan("numbers.png"), "fr", TestContext.Current.CancellationToken);

        Assert.Equal(["fr"], ocr.Languages);
    }

    [Fact]
    public void A_document_without_a_language_reads_with_every_language_once()
    {
        var ocr = new LanguageRecordingOcr("Votre facture pour le compte du titulaire");

        new DocumentReader(ocr).Read(Scan("facture.png"), TestContext.Current.CancellationToken);

        Assert.Equal([null], ocr.Languages);
    }

    [Fact]
    public void A_french_message_has_its_scans_read_expecting_french()
    {
        var ocr = new LanguageRecordingOcr("Votre facture pour le compte du titulaire");
        var pipeline = new IntakePipeline(new MailReader(), new RequestExtractor(), new DocumentReader(ocr), Options.Create(new IntakeOptions()));
        const string body = "Bonjour, nous souhaitons transférer nos numéros. Vous trouverez la facture ci-jointe. Merci.";
        var message = new ReceivedMessage { FreshText = body, FullText = body, Attachments = [Scan("facture.png")] };

        pipeline.Check(message, "m.eml", new DateOnly(2026, 11, 28), TestContext.Current.CancellationToken);

        Assert.Equal(["fr"], ocr.Languages);
    }

    /// <summary>A PNG whose header says a letter page at 300 dpi: large enough not to be taken for a logo.</summary>
    private static AttachmentFile Scan(string name)
    {
        var bytes = new byte[64];
        ReadOnlySpan<byte> signature = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, (byte)'I', (byte)'H', (byte)'D', (byte)'R'];
        signature.CopyTo(bytes);
        BinaryPrimitives.WriteInt32BigEndian(bytes.AsSpan(16), 2550);
        BinaryPrimitives.WriteInt32BigEndian(bytes.AsSpan(20), 3300);
        bytes[24] = 8;
        return new AttachmentFile(name, "image/png", bytes);
    }

    /// <summary>Reads every image as one page of <paramref name="text"/>, recording the language asked for.</summary>
    private sealed class LanguageRecordingOcr(string text) : IOcrEngine
    {
        private readonly ConcurrentQueue<string?> _languages = new();

        public IReadOnlyList<string?> Languages => [.. _languages];

        public bool IsAvailable => true;

        public IReadOnlyList<DocumentPage> RecognizeImage(ReadOnlyMemory<byte> encodedImage, CancellationToken cancellationToken) =>
            RecognizeImage(encodedImage, null, cancellationToken);

        public IReadOnlyList<DocumentPage> RecognizeImage(ReadOnlyMemory<byte> encodedImage, string? language, CancellationToken cancellationToken)
        {
            _languages.Enqueue(language);
            var words = text.Split(' ').Select((w, i) => new TextWord(w, new PageBox(i * 50, 100, (i * 50) + 40, 120), 0.9)).ToList();
            return [new DocumentPage(1, 2550, 3300, words)];
        }

        public DocumentPage RecognizePdfPage(ScannedPdfPage page, CancellationToken cancellationToken) =>
            throw new NotSupportedException();
    }
}
