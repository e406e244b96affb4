using PortMailBot.Intake.Documents;

namespace PortMailBot.Intake.Tests.Documents;

/// <summary>What OCR of a poor scan does to a page, generated on hand-built pages: captions garbled, the small
/// print around a signature lost, a postal code read as letters, a crooked table row broken by specks. The
/// fields must still be read, and a blank signature area must still leave the LOA unsigned.</summary>
public sealed class ScannedFieldTests
{
    private static PageBuilder Loa(string caption) => new PageBuilder()
        .Line(40, (150, "LETTER OF AUTHORIZATION (LOA)"))
        .Line(100, (60, "Authorized person — first name"), (300, "Jane"))
        .Line(115, (60, "Authorized person — last name"), (300, "Doe"))
        .Line(140, (60, "Street address"), (300, "120 King St W"))
        .Line(500, (60, "By signing below, I certify that I am the end user or an authorized representative"))
        .Line(585, (60, caption), (370, "November 21, 2026"));

    [Theory]
    [InlineData("Authonzed signature")]
    [InlineData("Authorlzed slgnature")]
    [InlineData("Authorized slgnatune")]
    public void A_caption_garbled_by_ocr_still_places_the_signature(string caption)
    {
        var signed = Loa(caption).Build(fromOcr: true, ink: new FakeInk((new PageBox(80, 550, 220, 575), 0.05)));
        var blank = Loa(caption).Build(fromOcr: true, ink: new FakeInk());

        Assert.True(DocumentReader.FromPages("scan.jpg", [signed]).Signed);
        Assert.False(DocumentReader.FromPages("scan.jpg", [blank]).Signed);
    }

    private static PageBuilder Letter(string closing) => new PageBuilder()
        .Line(60, (60, "Jane Doe"))
        .Line(75, (60, "120 King St W, Toronto, ON M5H 1J9"))
        .Line(120, (60, "Re: Letter of Authorization — port of telephone numbers"))
        .Line(150, (60, "I, Jane Doe, authorize Twilio Inc. and its carrier partners to port the telephone numbers"))
        .Line(165, (60, "listed below from our current carrier. The service address for these numbers is above."))
        .Line(190, (60, "(416) 320-4134"))
        .Line(230, (60, closing));

    [Theory]
    [InlineData("Sincerely,", 250)]
    [InlineData("Regards,", 262)]
    [InlineData("Cordialement,", 245)]
    public void A_letter_whose_caption_was_not_read_is_signed_by_ink_below_its_closing(string closing, double inkTop)
    {
        var signed = Letter(closing).Build(fromOcr: true, ink: new FakeInk((new PageBox(70, inkTop, 200, inkTop + 25), 0.05)));
        var blank = Letter(closing).Build(fromOcr: true, ink: new FakeInk());

        Assert.Equal(DocumentKind.Loa, DocumentReader.FromPages("scan.jpg", [signed]).Kind);
        Assert.True(DocumentReader.FromPages("scan.jpg", [signed]).Signed);
        Assert.False(DocumentReader.FromPages("scan.jpg", [blank]).Signed);
    }

    [Fact]
    public void Ink_below_a_line_that_is_no_closing_is_no_signature()
    {
        var page = Letter("Thank you for your help with this request, we look forward to it.")
            .Build(fromOcr: true, ink: new FakeInk((new PageBox(70, 250, 200, 275), 0.05)));

        // Not signed, and with no caption or closing read, not known to be unsigned either.
        Assert.Null(DocumentReader.FromPages("scan.jpg", [page]).Signed);
    }

    [Fact]
    public void A_letter_with_a_read_caption_is_signed_only_where_the_caption_says()
    {
        // The caption was read and nothing is above it: ink under the closing (a stamp, a logo) does not sign it.
        var page = Letter("Sincerely,").Line(330, (60, "Signature"))
            .Build(fromOcr: true, ink: new FakeInk((new PageBox(70, 244, 200, 256), 0.05)));

        Assert.False(DocumentReader.FromPages("scan.jpg", [page]).Signed);
    }

    [Theory]
    [InlineData("TSK IWO", "T5K 1W0")]
    [InlineData("J8Y 2J7", "J8Y 2J7")]
    [InlineData("HZJ 4MI", "H2J 4M1")]
    public void A_postal_code_under_its_label_is_read_through_ocr_confusions(string read, string code)
    {
        // The city and province captions were garbled beyond reading: only the postal code's label was found.
        var page = Loa("Authorized signature")
            .Line(185, (60, "Postal code"), (300, read))
            .Word("di", new PageBox(360, 186, 372, 195), 0.0)
            .Build(fromOcr: true);

        var address = DocumentReader.FromPages("scan.jpg", [page]).ServiceAddress;

        Assert.NotNull(address);
        Assert.Equal(code, address.PostalCode);
        Assert.Null(address.City);
    }

    [Fact]
    public void A_postal_code_label_of_a_text_layer_is_taken_as_written()
    {
        var page = Loa("Authorized signature").Line(185, (60, "Postal code"), (300, "TSK IWO")).Build();

        Assert.Null(DocumentReader.FromPages("loa.pdf", [page]).ServiceAddress?.PostalCode);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(4)]
    [InlineData(9)]
    public void A_crooked_table_row_with_specks_beside_it_keeps_its_number_whole(double rise)
    {
        // The row's last group rises (the scan is turned) and is read taller; specks lie level with its top.
        var page = Loa("Authorized signature")
            .Word("|", new PageBox(40, 400, 42, 414), 0.46)
            .Word("236", new PageBox(60, 403, 80, 413), 0.68)
            .Word("661", new PageBox(86, 403, 106, 413), 0.96)
            .Word("7166", new PageBox(112, 403 - rise, 138, 413), 0.87)
            .Word("a", new PageBox(200, 403 - rise, 206, 404.5 - rise), 0.0)
            .Word("_", new PageBox(300, 403 - rise, 306, 404.5 - rise), 0.29)
            .Word("Mobile", new PageBox(160, 403, 196, 413), 0.94)
            .Build(fromOcr: true);

        Assert.Contains("+12366617166", DocumentReader.FromPages("scan.jpg", [page]).PhoneNumbers);
    }
}
