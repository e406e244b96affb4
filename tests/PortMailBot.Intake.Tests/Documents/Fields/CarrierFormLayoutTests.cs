using PortMailBot.Intake.Addresses;
using PortMailBot.Intake.Documents;
using PortMailBot.Intake.Documents.Fields;
using PortMailBot.Intake.Matching;
using PortMailBot.Intake.Names;
using static PortMailBot.Intake.Tests.Documents.Fields.CarrierFormLayouts;

namespace PortMailBot.Intake.Tests.Documents.Fields;

/// <summary>Classification and field reading over the layouts of <see cref="CarrierFormLayouts"/>: every title
/// wording is its kind, every placement gives the person and the address back, and a different street number
/// read in any of them stays a different address.</summary>
public sealed class CarrierFormLayoutTests
{
    private static readonly PersonName Person = new("Jane", "Doe");

    private static readonly PostalAddress Address = new("120 King St W", "Suite 400", "Toronto", "ON", "M5H 1J9");

    private static readonly string[][] Splits =
    [
        ["120 King Street West, Suite 400", "Toronto ON  M5H 1J9"],
        ["400-120 KING ST W", "TORONTO (ONTARIO) M5H 1J9"],
        ["120 King St W", "Suite 400", "Toronto, ON M5H 1J9"],
        ["120 KING ST W #400", "TORONTO ON", "M5H 1J9"],
    ];

    public static TheoryData<string, string, string, int> CaptionRowCases()
    {
        string[] nameLabels = ["Nom de l'abonné", "Subscriber", "Billing name", "End user name", "Account holder"];
        string[] addressLabels = ["Lieu d'installation", "Installation address", "Civic address", "Service address"];
        string[] beside = ["Numéro de compte", "Account number", "Status", "État"];
        var data = new TheoryData<string, string, string, int>();
        var k = 0;
        foreach (var name in nameLabels)
        {
            foreach (var address in addressLabels)
            {
                data.Add(name, address, beside[k % beside.Length], k % Splits.Length);
                k++;
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(CaptionRowCases))]
    public void Values_under_a_row_of_captions_are_read_under_their_own_caption(string nameLabel, string addressLabel, string beside, int split)
    {
        var document = DocumentReader.FromPages("csr.pdf", [CaptionRows(nameLabel, addressLabel, beside, Splits[split])]);

        Assert.Equal(DocumentKind.Csr, document.Kind);
        Assert.True(document.Names.Any(n => NameComparer.Same(Person, n)), string.Join(" / ", document.Names));
        Assert.DoesNotContain(document.Names, n => n == beside || n == addressLabel || n == nameLabel);
        Assert.True(document.Addresses.Any(a => AddressComparer.Same(Address, a)), string.Join(" / ", document.Addresses));
    }

    public static TheoryData<string, int, int> WrappedCases()
    {
        string[] labels = ["Authorized representative", "Name of authorized person", "End user name", "Billing name", "Nom de l'abonné"];
        var data = new TheoryData<string, int, int>();
        var k = 0;
        foreach (var label in labels)
        {
            var words = label.Split(' ').Length;
            // The caption's second line is one or two words, as a narrow column wraps it.
            for (var head = Math.Max(1, words - 2); head < words; head++)
            {
                data.Add(label, head, k++ % Splits.Length);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(WrappedCases))]
    public void Caption_wrapped_in_its_column_still_leads_its_value(string label, int headWords, int split)
    {
        var document = DocumentReader.FromPages("loa.pdf", [WrappedCaptions(label, headWords, Splits[split])]);

        Assert.Equal(DocumentKind.Loa, document.Kind);
        Assert.True(document.Names.Any(n => NameComparer.Same(Person, n)), string.Join(" / ", document.Names));
        Assert.True(document.Addresses.Any(a => AddressComparer.Same(Address, a)), string.Join(" / ", document.Addresses));
        Assert.Contains(document.Addresses, a => a.City is not null && a.PostalCode is not null);
    }

    [Theory]
    [InlineData("120 King St W", "Unit", 14)]
    [InlineData("120 King Street West", "Suite", 16)]
    [InlineData("120 KING ST W", "Unit / Suite", 22)]
    public void A_record_giving_the_address_field_by_field_is_read_and_a_different_number_differs(string street, string unitLabel, double rowStep)
    {
        var same = DocumentReader.FromPages("csr.pdf", [SeparateFields(street, unitLabel, rowStep)]);
        var other = DocumentReader.FromPages("csr.pdf", [SeparateFields("126" + street[3..], unitLabel, rowStep)]);

        Assert.Equal(DocumentKind.Csr, same.Kind);
        Assert.Contains(same.Addresses, a => AddressComparer.Same(Address, a));
        Assert.NotEmpty(other.Addresses);
        Assert.DoesNotContain(other.Addresses, a => AddressComparer.Same(Address, a));
    }

    [Theory]
    [InlineData("Installation address", 18)]
    [InlineData("Service address", 20)]
    [InlineData("Lieu d'installation", 22)]
    public void A_ruled_table_row_continuing_the_address_is_part_of_it(string addressLabel, double rowStep)
    {
        foreach (var split in Splits)
        {
            var document = DocumentReader.FromPages("csr.pdf", [RuledTable(addressLabel, split, rowStep)]);

            Assert.Equal(DocumentKind.Csr, document.Kind);
            Assert.Contains(document.Names, n => NameComparer.Same(Person, n));
            var address = document.ServiceAddress;
            Assert.NotNull(address);
            Assert.True(AddressComparer.Same(Address, address) && address.PostalCode is not null, address.ToString());
        }
    }

    public static TheoryData<string, string, string> BilingualCaptions()
    {
        string[] names = ["Nom du titulaire / Account holder name", "Name / Nom", "Nom de l'abonné / Subscriber name", "Customer name / Nom du client"];
        string[] addresses = ["Adresse de service / Service address", "Service address / Adresse de service", "Lieu d'installation / Installation address"];
        string[] signatures = ["Signature autorisée / Authorized signature", "Authorized signature / Signature autorisée", "Signature du client / Customer signature"];
        var data = new TheoryData<string, string, string>();
        var k = 0;
        foreach (var name in names)
        {
            foreach (var address in addresses)
            {
                data.Add(name, address, signatures[k++ % signatures.Length]);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(BilingualCaptions))]
    public void Bilingual_captions_lead_their_values_and_a_different_name_stays_different(string nameCaption, string addressCaption, string signatureCaption)
    {
        var same = DocumentReader.FromPages("loa.pdf", [Bilingual(nameCaption, addressCaption, signatureCaption, "Jane Doe", withSignature: true)]);
        var other = DocumentReader.FromPages("loa.pdf", [Bilingual(nameCaption, addressCaption, signatureCaption, "Jane Dolan", withSignature: true)]);
        var unsigned = DocumentReader.FromPages("loa.pdf", [Bilingual(nameCaption, addressCaption, signatureCaption, "Jane Doe", withSignature: false)]);

        Assert.Equal(DocumentKind.Loa, same.Kind);
        Assert.Contains(same.Names, n => NameComparer.Same(Person, n));
        Assert.Contains(same.Addresses, a => AddressComparer.Same(Address, a));
        Assert.True(same.Signed);
        Assert.Contains(other.Names, n => PersonNameParser.Parse(n) is not null);
        Assert.DoesNotContain(other.Names, n => NameComparer.Same(Person, n));
        Assert.False(unsigned.Signed);
    }

    [Theory]
    [InlineData("Apt/Suite", "400")]
    [InlineData("Suite/Apt", "400")]
    [InlineData("App./Bureau", "400")]
    [InlineData("Unit/Apt", "400")]
    [InlineData("Apt / Suite", "400")]
    public void A_unit_caption_in_two_words_gives_the_unit(string unitCaption, string unit)
    {
        var document = DocumentReader.FromPages("loa.pdf", [SideBySide(unitCaption, unit)]);
        var other = DocumentReader.FromPages("loa.pdf", [SideBySide(unitCaption, "410")]);

        Assert.Contains(document.Names, n => NameComparer.Same(Person, n));
        Assert.Contains(document.Addresses, a => AddressComparer.Same(Address, a));
        Assert.NotEmpty(other.Addresses);
        Assert.DoesNotContain(other.Addresses, a => AddressComparer.Same(Address, a));
    }

    [Theory]
    [InlineData("I")]
    [InlineData("|")]
    [InlineData("l")]
    [InlineData("1")]
    public void A_letter_whose_opening_pronoun_ocr_misread_still_gives_its_signer(string pronoun)
    {
        var page = new PageBuilder()
            .Line(60, (60, "Re: Authorization to Transfer Service"))
            .Line(90, (60, pronoun + ", Jane A. Doe, authorize Twilio Inc. to port the following numbers from my"))
            .Line(105, (60, "current carrier: (416) 320-4134."))
            .Build(fromOcr: true);

        var document = DocumentReader.FromPages("scan.png", [page]);

        Assert.Equal(DocumentKind.Loa, document.Kind);
        Assert.Contains(document.Names, n => NameComparer.Same(Person, n));
    }

    [Theory]
    [InlineData("Service address:")]
    [InlineData("Adresse de service :")]
    [InlineData("Installation address:")]
    public void A_caption_mixed_into_an_address_line_by_a_crooked_scan_is_no_part_of_it(string caption)
    {
        var same = AddressBlocks.Parse("120 KING ST W, SUITE 400\n" + caption + " TORONTO ON\nM5H 1J9");
        var other = AddressBlocks.Parse("120 KING ST W, SUITE 400\n" + caption + " OTTAWA ON\nM5H 1J9");

        Assert.NotNull(same);
        Assert.True(AddressComparer.Same(Address, same, ocr: true), same.ToString());
        Assert.NotNull(other);
        Assert.False(AddressComparer.Same(Address, other, ocr: true));
    }

    [Theory]
    [InlineData("ApuSuite")]
    [InlineData("AptSuite")]
    [InlineData("Apt/Suite")]
    public void A_unit_caption_run_together_by_ocr_still_gives_the_unit(string caption)
    {
        var page = new PageBuilder()
            .Line(34, (190, "PORT AUTHORIZATION"))
            .Line(93, (40, "First name"), (120, "Jane"), (320, "Street"), (400, "120 King St W"))
            .Line(108, (40, "Last name"), (120, "Doe"), (320, caption), (400, "400"))
            .Line(123, (40, "Company"), (120, "Acme Dental Lab"), (320, "City"), (400, "Toronto"))
            .Line(138, (40, "Phone"), (120, "(416) 320-4134"), (320, "Province"), (400, "ON"))
            .Line(153, (40, "Email"), (120, "office@example.com"), (320, "Postal code"), (400, "M5H 1J9"))
            .Build(fromOcr: true);

        var document = DocumentReader.FromPages("scan.jpg", [page]);

        Assert.Contains(document.Addresses, a => AddressComparer.Same(Address, a, ocr: true));
    }

    /// <summary>A record's label/value rows on a page turned by <paramref name="degrees"/> that OCR did not level:
    /// each word's height moves with its distance across the page.</summary>
    private static DocumentPage Crooked(double degrees, string street)
    {
        var slope = Math.Tan(degrees * Math.PI / 180);
        (string Label, string Value)[] rows =
        [
            ("Account holder", "Jane Doe"), ("Account number", "NL 3555 0148"), ("Street", street), ("Unit", "400"),
            ("City", "Toronto"), ("Province", "ON"), ("Postal code", "M5H 1J9"), ("Bill cycle", "15"),
        ];
        var words = new List<TextWord>();
        void Add(string text, double left, double top)
        {
            foreach (var word in text.Split(' '))
            {
                var width = word.Length * 6.0;
                var y = top + slope * (left + width / 2);
                words.Add(new TextWord(word, new PageBox(left, y, left + width, y + 10), 0.9));
                left += width + 3;
            }
        }

        Add("CUSTOMER SERVICE RECORD (CSR)", 150, 40);
        var row = 90.0;
        foreach (var (label, value) in rows)
        {
            Add(label, 50, row);
            Add(value, 220, row);
            row += 16;
        }

        Add("Telephone numbers on this account", 50, row + 16);
        Add("416-320-4134", 60, row + 32);
        return new DocumentPage(1, 612, 792, words) { FromOcr = true };
    }

    [Theory]
    [InlineData(-3.0)]
    [InlineData(-2.0)]
    [InlineData(1.5)]
    [InlineData(2.5)]
    [InlineData(3.0)]
    public void Rows_of_a_crooked_scan_keep_each_value_with_its_label(double degrees)
    {
        var same = DocumentReader.FromPages("scan.pdf", [Crooked(degrees, "120 King St W")]);
        var other = DocumentReader.FromPages("scan.pdf", [Crooked(degrees, "126 King St W")]);

        Assert.Equal(DocumentKind.Csr, same.Kind);
        Assert.Contains(same.Names, n => NameComparer.Same(Person, n));
        Assert.Contains(same.Addresses, a => AddressComparer.Same(Address, a, ocr: true));
        Assert.Contains(other.Addresses, a => a.StreetNumber == "126");
        Assert.DoesNotContain(other.Addresses, a => AddressComparer.Same(Address, a, ocr: true));
    }
}
