using PortMailBot.Intake.Documents;

namespace PortMailBot.Intake.Tests.Documents.Fields;

/// <summary>Forms as other carriers and customers lay them out: titles and captions in other words (French
/// elisions included), a row of captions over a row of values, a caption wrapped in its narrow column, the
/// address in Street / City / Province / Postal code fields, ruled table rows. Words are 6 units per
/// character and 10 high, as <see cref="PageBuilder"/>.</summary>
public static class CarrierFormLayouts
{
    public const string Name = "Jane A. Doe";

    public static readonly string[] LoaTitles =
    [
        "AUTHORIZATION TO TRANSFER SERVICE", "Porting Authorization Form", "FORMULAIRE D'AUTORISATION DE TRANSFERT",
        "Formulaire d’autorisation de transfert", "Port Authorization", "Transfer Authorization — Local Numbers",
        "Autorisation de portabilité des numéros",
    ];

    public static readonly string[] CsrTitles =
    [
        "RELEVÉ DES SERVICES DU CLIENT", "Relevé de services du client", "Dossier de services", "Customer Service Record",
    ];

    /// <summary>A short form under <paramref name="title"/> with fields no title wording of its own.</summary>
    public static DocumentPage Titled(string title) => new PageBuilder()
        .Line(40, (150, title))
        .Line(100, (60, "Name"), (250, Name))
        .Line(116, (60, "Address"), (250, "120 King St W, Toronto, ON M5H 1J9"))
        .Line(150, (60, "416-320-4134"))
        .Build();

    /// <summary>Captions in a row with their values in the row below, two columns wide: the name and the address
    /// each share their row with <paramref name="besideCaption"/>.</summary>
    public static DocumentPage CaptionRows(string nameLabel, string addressLabel, string besideCaption, string[] address)
    {
        var page = new PageBuilder()
            .Line(40, (150, "CUSTOMER SERVICE RECORD"))
            .Line(100, (50, nameLabel), (300, besideCaption))
            .Line(113, (50, Name.ToUpperInvariant()), (300, "NWT 601 105 5870"))
            .Line(140, (50, addressLabel), (300, besideCaption))
            .Line(153, (50, address[0]), (300, "Active"));
        for (var i = 1; i < address.Length; i++)
        {
            page.Line(153 + 13 * i, (50, address[i]));
        }

        return page.Line(260, (50, "416 320 4134"), (170, "Business line")).Build();
    }

    /// <summary>A caption wrapped after <paramref name="headWords"/> of its words, the rest on the line below in
    /// the caption's column; the value beside the first line. The address's caption carries a parenthetical
    /// note on its second line.</summary>
    public static DocumentPage WrappedCaptions(string nameLabel, int headWords, string[] address)
    {
        var words = nameLabel.Split(' ');
        var head = string.Join(' ', words.Take(headWords));
        var tail = string.Join(' ', words.Skip(headWords)) + ":";
        var page = new PageBuilder()
            .Line(40, (150, "LETTER OF AUTHORIZATION"))
            .Line(100, (60, "Customer name:"), (260, "Acme Dental Lab"))
            .Line(118, (60, head), (260, Name))
            .Line(130, (60, tail))
            .Line(150, (60, "Service address"), (260, address[0]));
        page.Line(162, (60, "(as shown on bill):"), (260, address[1]));
        for (var i = 2; i < address.Length; i++)
        {
            page.Line(150 + 12 * i, (260, address[i]));
        }

        return page.Line(240, (60, "416-320-4134")).Build();
    }

    /// <summary>A carrier's record giving the address in its own Street / Unit / City / Province / Postal code
    /// fields, the rows <paramref name="rowStep"/> apart.</summary>
    public static DocumentPage SeparateFields(string street, string unitLabel, double rowStep)
    {
        (string Label, string Value)[] rows =
        [
            ("Account holder", Name), ("Account number", "NWT 69624207"), ("Street", street), (unitLabel, "400"),
            ("City", "Toronto"), ("Province", "Ontario"), ("Postal code", "M5H 1J9"), ("Bill cycle", "15"),
        ];
        var page = new PageBuilder().Line(40, (150, "CUSTOMER SERVICE RECORD (CSR)"));
        var y = 90.0;
        foreach (var (label, value) in rows)
        {
            page.Line(y, (50, label), (220, value));
            y += rowStep;
        }

        return page.Line(y + 20, (60, "416-320-4134")).Build();
    }

    /// <summary>A ruled two-column table whose address value runs into the next row, its caption cell empty.</summary>
    public static DocumentPage RuledTable(string addressLabel, string[] address, double rowStep)
    {
        var page = new PageBuilder()
            .Line(40, (330, "Customer Service Record"))
            .Line(80, (56, "Customer"), (226, "ACME DENTAL LAB"))
            .Line(80 + rowStep, (56, "End user name"), (226, Name));
        var y = 80 + 2 * rowStep;
        page.Line(y, (56, addressLabel), (226, address[0]));
        for (var i = 1; i < address.Length; i++)
        {
            page.Line(y + i * rowStep, (226, address[i]));
        }

        y += address.Length * rowStep;
        return page.Line(y, (56, "Account no."), (226, "PT5550178")).Line(y + 40, (50, "416.320.4134"), (170, "1FB ESX")).Build();
    }

    /// <summary>A bilingual LOA: each caption in both languages split by a slash, the value after its colon,
    /// and a bilingual signature caption with the signature drawn above it when <paramref name="withSignature"/>.</summary>
    public static DocumentPage Bilingual(string nameCaption, string addressCaption, string signatureCaption, string name, bool withSignature)
    {
        var page = new PageBuilder()
            .Line(40, (90, "LETTRE D'AUTORISATION / LETTER OF AUTHORIZATION"))
            .Line(90, (50, nameCaption + ": " + name))
            .Line(108, (50, addressCaption + ": Suite 400, 120 King St W, Toronto (Ontario) M5H 1J9"))
            .Line(126, (50, "Numéros / Numbers: (416) 320-4134"))
            .Line(222, (50, signatureCaption), (330, "Date"));
        if (withSignature)
        {
            page.Image(new PageBox(55, 185, 230, 215));
        }

        return page.Build();
    }

    /// <summary>Customer fields on the left and the service address field by field on the right of the same
    /// lines, the unit under <paramref name="unitCaption"/>.</summary>
    public static DocumentPage SideBySide(string unitCaption, string unit) => new PageBuilder()
        .Line(34, (190, "PORT AUTHORIZATION"))
        .Line(93, (40, "First name"), (120, "Jane"), (320, "Street"), (400, "120 King St W"))
        .Line(108, (40, "Last name"), (120, "Doe"), (320, unitCaption), (400, unit))
        .Line(123, (40, "Company"), (120, "Acme Dental Lab"), (320, "City"), (400, "Toronto"))
        .Line(138, (40, "Phone"), (120, "(416) 320-4134"), (320, "Province"), (400, "ON"))
        .Line(153, (40, "Email"), (120, "office@example.com"), (320, "Postal code"), (400, "M5H 1J9"))
        .Build();
}
