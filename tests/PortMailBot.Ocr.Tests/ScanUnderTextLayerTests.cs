using PortMailBot.Intake.Documents;
using PortMailBot.Intake.Mail;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace PortMailBot.Ocr.Tests;

/// <summary>A scanned page that also carries a thin text layer (a fax machine's banner, a scanner's stamp, an
/// e-signature envelope id) is still a scan: its picture is read by the real engine, the text layer kept beside it.</summary>
public sealed class ScanUnderTextLayerTests(OcrEngineFixture fixture)
{
    public static TheoryData<string, bool> Banners => new()
    {
        { "Dec 01 2026 10:32  FROM: 4165550199  TO: PORTING DESK  P. 1/1", true },
        { "Scanned by RICOH MP C3004 on 2026-11-20 14:02", false },
        { "DocuSign Envelope ID: 3F2A9C1E-88D4-4B1A-9E0C-51D7A2B6C4F0", true },
        { "Recu par telecopieur le 2026-11-30 - page 1 de 1", false },
    };

    [Theory]
    [MemberData(nameof(Banners))]
    public void A_scanned_loa_with_a_banner_in_its_text_layer_is_read_as_the_scan_it_is(string banner, bool atTop)
    {
        var reader = new DocumentReader(fixture.Engine);
        var alone = reader.Read(new AttachmentFile("LOA.jpg", "image/jpeg", TestScans.ExampleLoa), TestContext.Current.CancellationToken);

        var document = reader.Read(new AttachmentFile("LOA.pdf", "application/pdf", ScanWithText(TestScans.ExampleLoa, (banner, atTop ? 780 : 8))), TestContext.Current.CancellationToken);

        Assert.Null(document.Unreadable);
        Assert.Equal(DocumentKind.Loa, document.Kind);
        Assert.True(document.Ocr);
        Assert.True(document.Signed);
        Assert.NotEmpty(alone.Names);
        Assert.Equal(alone.Names, document.Names);
        Assert.Equal(alone.ServiceAddress, document.ServiceAddress);
        Assert.Subset(document.PhoneNumbers.ToHashSet(StringComparer.Ordinal), alone.PhoneNumbers.ToHashSet(StringComparer.Ordinal));
    }

    [Fact]
    public void A_page_printed_as_text_over_a_page_sized_picture_is_not_read_by_ocr()
    {
        // A letterhead or watermark drawn as one picture under a whole page of text: the text layer is the page.
        var lines = Enumerable.Range(0, 30)
            .Select(i => ($"Line {i + 1}: your monthly charges and the services on this account are listed below.", 740.0 - (i * 20)))
            .ToArray();

        var document = new DocumentReader(fixture.Engine)
            .Read(new AttachmentFile("statement.pdf", "application/pdf", ScanWithText(TestScans.ExampleBill, lines)), TestContext.Current.CancellationToken);

        Assert.Null(document.Unreadable);
        Assert.False(document.Ocr);
    }

    private static byte[] ScanWithText(byte[] jpeg, params (string Text, double Y)[] lines)
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var page = builder.AddPage(PageSize.Letter);
        page.AddJpeg(jpeg, new PdfRectangle(0, 0, page.PageSize.Width, page.PageSize.Height));
        foreach (var (text, y) in lines)
        {
            page.AddText(text, 7, new PdfPoint(20, y), font);
        }

        return builder.Build();
    }
}
