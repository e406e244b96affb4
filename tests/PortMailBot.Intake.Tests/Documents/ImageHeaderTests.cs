using System.Buffers.Binary;
using PortMailBot.Intake.Documents;

namespace PortMailBot.Intake.Tests.Documents;

/// <summary>Image sizes read from headers alone, so that "logo" is decided by pixels and a header
/// claiming a huge image reaches the OCR engine's pixel bound.</summary>
public sealed class ImageHeaderTests
{
    [Fact]
    public void A_png_header_gives_its_claimed_size_without_pixel_data()
    {
        Assert.Equal((30000, 30000), ImageHeader.Dimensions(Png(30000, 30000)));
    }

    [Fact]
    public void A_jpeg_frame_header_gives_its_size_after_other_segments()
    {
        byte[] jpeg =
        [
            0xFF, 0xD8,
            0xFF, 0xE0, 0x00, 0x06, (byte)'J', (byte)'F', (byte)'I', (byte)'F',
            0xFF, 0xC4, 0x00, 0x04, 0x00, 0x00,
            0xFF, 0xC0, 0x00, 0x0B, 0x08, 0x00, 0x40, 0x01, 0x20, 0x01, 0x01, 0x11, 0x00,
        ];

        Assert.Equal((288, 64), ImageHeader.Dimensions(jpeg));
    }

    [Fact]
    public void A_gif_header_gives_its_size()
    {
        byte[] gif = [(byte)'G', (byte)'I', (byte)'F', (byte)'8', (byte)'9', (byte)'a', 0x20, 0x00, 0x10, 0x00];

        Assert.Equal((32, 16), ImageHeader.Dimensions(gif));
    }

    [Theory]
    [InlineData(new byte[] { 0xFF, 0xD8, 0xFF })]
    [InlineData(new byte[] { 0x89, 0x50, 0x4E, 0x47 })]
    [InlineData(new byte[] { 0x49, 0x49, 0x2A, 0x00, 0x08, 0x00, 0x00, 0x00 })]
    public void A_cut_or_unknown_header_gives_no_size(byte[] data)
    {
        Assert.Null(ImageHeader.Dimensions(data));
    }

    [Fact]
    public void A_small_logo_is_not_sent_to_ocr_but_a_tiny_file_claiming_a_huge_image_is()
    {
        var ocr = new CountingOcr();
        var reader = new DocumentReader(ocr);

        var logo = reader.Read(new PortMailBot.Intake.Mail.AttachmentFile("logo.png", "image/png", Png(120, 40)), TestContext.Current.CancellationToken);
        var bomb = reader.Read(new PortMailBot.Intake.Mail.AttachmentFile("bill.png", "image/png", Png(30000, 30000)), TestContext.Current.CancellationToken);

        Assert.Equal(DocumentKind.Other, logo.Kind);
        Assert.Null(logo.Unreadable);
        Assert.Equal(1, ocr.Calls);
        Assert.NotNull(bomb.Unreadable);
    }

    private static byte[] Png(int width, int height)
    {
        var data = new byte[33];
        new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, (byte)'I', (byte)'H', (byte)'D', (byte)'R' }.CopyTo(data, 0);
        BinaryPrimitives.WriteInt32BigEndian(data.AsSpan(16), width);
        BinaryPrimitives.WriteInt32BigEndian(data.AsSpan(20), height);
        data[24] = 8;
        data[25] = 2;
        return data;
    }

    /// <summary>Refuses every image as the real engine refuses one beyond its pixel bound, counting the calls.</summary>
    private sealed class CountingOcr : PortMailBot.Intake.Documents.IOcrEngine
    {
        public int Calls { get; private set; }

        public bool IsAvailable => true;

        public IReadOnlyList<DocumentPage> RecognizeImage(ReadOnlyMemory<byte> encodedImage, CancellationToken cancellationToken)
        {
            Calls++;
            throw new DocumentUnreadableException("the image is larger than the pixel bound");
        }

        public DocumentPage RecognizePdfPage(ScannedPdfPage page, CancellationToken cancellationToken) =>
            throw new NotSupportedException();
    }
}
