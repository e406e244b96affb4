using PortMailBot.Intake.Documents;

namespace PortMailBot.Intake.Tests.Documents.Fields;

/// <summary>Builds documents in many layouts the code was never tuned on: labels reworded (English and
/// French), values beside, below or after a colon, in table cells, name blocks with a business line, prose
/// letters wrapped at any width. Words are 6 units per character and 10 high, as <see cref="PageBuilder"/>.</summary>
public static class GeneratedLayouts
{
    public const string First = "Jane";
    public const string Last = "Doe";
    public const string Business = "Acme Dental Lab";

    public enum Placement
    {
        Beside,
        BesideWithColon,
        SameSegmentAfterColon,
        Below,
        TableCell,
    }

    public static readonly string[] Titles =
    [
        "CUSTOMER SERVICE RECORD", "DOSSIER DE SERVICE CLIENT", "LETTER OF AUTHORIZATION", "LETTRE D'AUTORISATION",
    ];

    public static readonly string[] NameLabels =
    [
        "Account holder", "Customer name", "Nom du titulaire", "Titulaire du compte", "Name", "Nom", "Subscriber name",
        "Authorized person",
    ];

    public static readonly string[] AddressLabels = ["Service address", "Adresse de service", "Service location", "Adresse du service"];

    /// <summary>The same address split in the ways people and carriers write it.</summary>
    public static readonly string[][] AddressSplits =
    [
        ["Suite 400, 120 King St W, Toronto, ON M5H 1J9"],
        ["120 King Street West, Suite 400", "Toronto ON  M5H 1J9"],
        ["400-120 King St W", "Toronto (Ontario) M5H 1J9"],
        ["120 King St W #400", "Toronto, ON", "M5H 1J9"],
    ];

    /// <summary>A form: a title, then a name field and an address field laid out as <paramref name="placement"/> says.</summary>
    public static DocumentPage Form(string title, string nameLabel, string addressLabel, string[] address, Placement placement)
    {
        var page = new PageBuilder().Line(40, (150, title));
        var y = 100.0;
        y = Field(page, y, nameLabel, [First + " " + Last], placement);
        y = Field(page, y + 8, "Account number", ["ACM 4471-220"], placement);
        Field(page, y + 8, addressLabel, address, placement);
        page.Line(400, (60, "(416) 320-4134"), (250, "Mobile"));
        return page.Build();
    }

    private static double Field(PageBuilder page, double y, string label, string[] valueLines, Placement placement)
    {
        switch (placement)
        {
            case Placement.Beside:
            case Placement.TableCell:
                // A table cell is a value in its own column; its rows ruled apart, so a little more spacing.
                var step = placement == Placement.TableCell ? 16 : 13;
                page.Line(y, (60, label), (250, valueLines[0]));
                for (var i = 1; i < valueLines.Length; i++)
                {
                    page.Line(y + i * step, (250, valueLines[i]));
                }

                return y + valueLines.Length * step;
            case Placement.BesideWithColon:
                page.Line(y, (60, label + ":"), (250, valueLines[0]));
                for (var i = 1; i < valueLines.Length; i++)
                {
                    page.Line(y + i * 13, (250, valueLines[i]));
                }

                return y + valueLines.Length * 13;
            case Placement.SameSegmentAfterColon:
                page.Line(y, (60, label + ": " + valueLines[0]));
                for (var i = 1; i < valueLines.Length; i++)
                {
                    // The continuation lines up under the value, after the label's width.
                    page.Line(y + i * 13, (60 + (label + ":").Split(' ').Sum(w => w.Length * 6 + 3), valueLines[i]));
                }

                return y + valueLines.Length * 13;
            default:
                page.Line(y, (60, label));
                for (var i = 0; i < valueLines.Length; i++)
                {
                    page.Line(y + (i + 1) * 13, (60, valueLines[i]));
                }

                return y + (valueLines.Length + 1) * 13;
        }
    }

    /// <summary>A bill or letter with an addressee block: <paramref name="nameLines"/> then the address lines,
    /// with a column of dates and amounts beside it whose lines fall between the block's.</summary>
    public static DocumentPage Addressee(string title, string[] nameLines, string[] address, bool rightColumn, double left = 68)
    {
        var page = new PageBuilder().Line(40, (54, "Northwind Telecom"), (451, title));
        var block = nameLines.Concat(address).ToArray();
        var y = 97.0;
        foreach (var line in block)
        {
            page.Line(y, (left, line));
            y += 13;
        }

        if (rightColumn)
        {
            page.Line(103, (336, "Statement Date"), (433, "Nov. 12, 2026"));
            page.Line(122, (336, "Account number"), (433, "NWT 69624207"));
        }

        page.Line(185, (56, "Amount due"), (150, "$218.40"), (287, "Due date"), (380, "Dec. 3, 2026"));
        page.Line(400, (82, "416-320-4134"), (218, "Mobile plan"));
        return page.Build();
    }

    /// <summary>A letter whose signer and service address are in sentences, wrapped every
    /// <paramref name="wordsPerLine"/> words, with an optional letterhead.</summary>
    public static DocumentPage ProseLetter(bool french, int wordsPerLine, bool letterhead)
    {
        var page = new PageBuilder();
        var y = 40.0;
        if (letterhead)
        {
            page.Line(y, (60, Business));
            page.Line(y + 13, (60, "Suite 400, 120 King St W"));
            page.Line(y + 26, (60, "Toronto, ON M5H 1J9"));
            y += 60;
        }

        page.Line(y, (60, french ? "Objet : Lettre d'autorisation" : "Re: Letter of Authorization"));
        y += 30;
        var text = french
            ? $"Je soussigné(e), {First} {Last}, Présidente de {Business}, autorise Twilio Inc. à transférer les numéros ci-dessous (compte NWT 601 105 5870). L'adresse de service de ces numéros est : 120, rue King Ouest, bureau 400, Toronto (Ontario) M5H 1J9."
            : $"I, {First} {Last}, Owner of {Business}, authorize Twilio Inc. to port the numbers below from our current carrier (account NWT 79987996). The service address for these numbers is Suite 400, 120 King St W, Toronto, ON M5H 1J9.";
        var words = text.Split(' ');
        for (var i = 0; i < words.Length; i += wordsPerLine)
        {
            page.Line(y, (60, string.Join(' ', words.Skip(i).Take(wordsPerLine))));
            y += 13;
        }

        page.Line(y + 20, (60, "416-320-4134"));
        return page.Build();
    }
}
