using PortMailBot.Intake.Documents;

namespace PortMailBot.Intake.Tests.Documents;

/// <summary>LOA fields and the signature check on hand-built pages (text layer and scans with an ink map).</summary>
public sealed class LoaFieldTests
{
    private static PageBuilder LoaForm() => new PageBuilder()
        .Line(40, (150, "LETTER OF AUTHORIZATION (LOA)"))
        .Line(100, (60, "Authorized person — first name"), (300, "Jane"))
        .Line(115, (60, "Authorized person — last name"), (300, "Doe"))
        .Line(140, (60, "Street address"), (300, "Suite 400, 120 King St W"))
        .Line(155, (60, "City"), (300, "Toronto"))
        .Line(170, (60, "Province"), (300, "ON"))
        .Line(185, (60, "Postal code"), (300, "M5H 1J9"))
        .Line(210, (60, "(416) 320-4134"), (300, "(416) 320-4135"))
        .Line(500, (60, "By signing below, I certify that I am the end user or an authorized representative"))
        .Line(585, (60, "Authorized signature"), (370, "November 21, 2026"))
        .Line(602, (370, "Date"));

    [Fact]
    public void Reads_names_address_and_numbers_of_a_text_loa()
    {
        var document = DocumentReader.FromPages("loa.pdf", [LoaForm().Build()]);

        Assert.Equal(DocumentKind.Loa, document.Kind);
        Assert.Contains("Jane Doe", document.Names);
        Assert.NotNull(document.ServiceAddress);
        Assert.Equal("M5H 1J9", document.ServiceAddress.PostalCode);
        Assert.Equal("ON", document.ServiceAddress.Province);
        Assert.Equal("120", document.ServiceAddress.StreetNumber);
        Assert.Equal(["+14163204134", "+14163204135"], document.PhoneNumbers);
    }

    [Fact]
    public void Blank_signature_line_is_unsigned()
    {
        Assert.False(DocumentReader.FromPages("loa.pdf", [LoaForm().Build()]).Signed);
    }

    [Fact]
    public void Image_above_the_signature_label_is_signed()
    {
        var page = LoaForm().Image(new PageBox(70, 545, 230, 580)).Build();

        Assert.True(DocumentReader.FromPages("loa.pdf", [page]).Signed);
    }

    [Fact]
    public void Image_elsewhere_on_the_page_is_not_a_signature()
    {
        var page = LoaForm().Image(new PageBox(20, 20, 120, 60)).Build();

        Assert.False(DocumentReader.FromPages("loa.pdf", [page]).Signed);
    }

    [Fact]
    public void Typed_e_signature_is_signed()
    {
        var page = LoaForm().Line(565, (80, "/s/ Jane Doe")).Build();

        Assert.True(DocumentReader.FromPages("loa.pdf", [page]).Signed);
    }

    [Fact]
    public void Ink_above_the_label_of_a_scan_is_signed()
    {
        var ink = new FakeInk((new PageBox(80, 550, 220, 575), 0.08));
        var page = LoaForm().Build(fromOcr: true, ink: ink);

        var document = DocumentReader.FromPages("scan.jpg", [page]);

        Assert.True(document.Ocr);
        Assert.True(document.Signed);
    }

    [Fact]
    public void A_bare_line_on_a_scan_is_unsigned()
    {
        // The printed signature line sits just above the label; its ink is not a signature.
        var ink = new FakeInk((new PageBox(60, 582, 300, 584), 0.5));
        var page = LoaForm().Build(fromOcr: true, ink: ink);

        Assert.False(DocumentReader.FromPages("scan.jpg", [page]).Signed);
    }

    [Fact]
    public void French_labels_are_read()
    {
        var page = new PageBuilder()
            .Line(40, (150, "LETTRE D'AUTORISATION"))
            .Line(100, (60, "Personne autorisée — prénom"), (300, "Hélène"))
            .Line(115, (60, "Personne autorisée — nom de famille"), (300, "Tremblay"))
            .Line(140, (60, "Adresse (numéro et rue)"), (300, "5564, rue Saint-Joseph Est"))
            .Line(155, (60, "Bureau / unité"), (300, "bureau 709"))
            .Line(170, (60, "Ville"), (300, "Québec"))
            .Line(185, (60, "Province"), (300, "QC"))
            .Line(200, (60, "Code postal"), (300, "G1S 9C1"))
            .Line(585, (60, "Signature autorisée"), (370, "2026-11-22"))
            .Image(new PageBox(70, 545, 230, 580))
            .Build();

        var document = DocumentReader.FromPages("lettre.pdf", [page]);

        Assert.Equal(DocumentKind.Loa, document.Kind);
        Assert.Contains("Hélène Tremblay", document.Names);
        Assert.Equal("G1S 9C1", document.ServiceAddress?.PostalCode);
        Assert.Equal("709", document.ServiceAddress?.Unit);
        Assert.True(document.Signed);
    }

    [Fact]
    public void A_scanned_value_raised_above_its_label_line_is_read()
    {
        // On a scan the value sits on its underline, higher than the label: the two fall on separate lines.
        var page = new PageBuilder()
            .Line(40, (150, "LETTER OF AUTHORIZATION (LOA)"))
            .Line(100, (60, "Authorized person — first name"), (300, "Jane"))
            .Line(115, (60, "Authorized person — last name"), (300, "Doe"))
            .Line(134, (300, "120 King St W"))
            .Line(140, (60, "Street address"))
            .Line(155, (60, "City"), (300, "Toronto"))
            .Line(170, (60, "Province"), (300, "ON"))
            .Line(185, (60, "Postal code"), (300, "M5H 1J9"))
            .Build(fromOcr: true);

        var document = DocumentReader.FromPages("scan.jpg", [page]);

        Assert.Equal("120", document.ServiceAddress?.StreetNumber);
        Assert.Equal("Toronto", document.ServiceAddress?.City);
    }

    [Fact]
    public void A_speck_read_as_a_letter_is_left_out_of_a_scanned_value()
    {
        var page = LoaForm()
            .Word("z", new PageBox(378.5, 146, 380.5, 150), 0.3)
            .Build(fromOcr: true);

        var document = DocumentReader.FromPages("scan.jpg", [page]);

        Assert.Equal("120", document.ServiceAddress?.StreetNumber);
        Assert.Equal("King St W", document.ServiceAddress?.StreetName);
    }

    [Fact]
    public void A_signature_read_as_huge_words_does_not_hide_the_caption()
    {
        // OCR reads the scribble as tall, barely recognised words reaching the caption's line.
        var ink = new FakeInk((new PageBox(80, 540, 220, 575), 0.08));
        var page = LoaForm()
            .Word("Late", new PageBox(70, 530, 160, 592), 0.19)
            .Word("22", new PageBox(170, 530, 240, 592), 0.24)
            .Build(fromOcr: true, ink: ink);

        Assert.True(DocumentReader.FromPages("scan.jpg", [page]).Signed);
    }

    [Fact]
    public void Huge_words_without_ink_beside_the_caption_leave_a_scan_unsigned()
    {
        var page = LoaForm()
            .Word("Late", new PageBox(70, 530, 160, 592), 0.19)
            .Build(fromOcr: true, ink: new FakeInk());

        Assert.False(DocumentReader.FromPages("scan.jpg", [page]).Signed);
    }

    [Theory]
    [InlineData(true, null)]
    [InlineData(false, false)]
    public void A_letter_whose_signature_place_was_not_read_is_unsigned_only_when_its_text_was_not_ocr(bool fromOcr, bool? readSigned)
    {
        // OCR lost the caption and any closing: on a scan that is not knowing, on a text layer it is no signature.
        var page = new PageBuilder()
            .Line(40, (150, "LETTER OF AUTHORIZATION"))
            .Line(100, (60, "Name"), (250, "Jane Doe"))
            .Line(116, (60, "Address"), (250, "120 King St W, Toronto, ON M5H 1J9"))
            .Build(fromOcr: fromOcr, ink: fromOcr ? new FakeInk() : null);

        Assert.Equal(readSigned, DocumentReader.FromPages("loa.pdf", [page]).Signed);
    }
}
