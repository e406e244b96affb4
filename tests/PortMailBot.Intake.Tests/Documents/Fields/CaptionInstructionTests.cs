using PortMailBot.Intake.Documents;

namespace PortMailBot.Intake.Tests.Documents.Fields;

/// <summary>A caption carrying an instruction in parentheses ("Authorized signatory (LAST NAME, First name)",
/// "Service location (number and street)"): the instruction belongs to the caption, and the value is read.</summary>
public sealed class CaptionInstructionTests
{
    private static readonly string[] NameCaptions =
    [
        "Authorized signatory (LAST NAME, First name)", "Printed name (please print)", "Nom du signataire (NOM, Prénom)",
        "Account holder (as shown on your bill)", "Customer name (print)",
    ];

    private static readonly string[] Holders = ["DOE, Jane", "VAN DER BERG, Pieter", "Saint-Pierre, Annie"];

    public static TheoryData<string, string, bool> Names()
    {
        var data = new TheoryData<string, string, bool>();
        foreach (var caption in NameCaptions)
        {
            foreach (var holder in Holders)
            {
                data.Add(caption, holder, true);
            }
        }

        return data;
    }

    // A grid form: the business holds the account, the person signs; captions over (or under) their values.
    private static DocumentPage Grid(string caption, string holder, bool captionAbove)
    {
        var (labelTop, valueTop) = captionAbove ? (94.0, 108.0) : (111.0, 99.0);
        return new PageBuilder()
            .Line(50, (40, "NUMBER PORT-OUT AUTHORIZATION"))
            .SizedLine(labelTop, 6.5, (43, "Business name"), (313, caption))
            .Line(valueTop, (43, "Blue Heron"), (313, holder))
            .SizedLine(labelTop + 30, 6.5, (43, "Service location (number and street)"), (293, "Unit"), (353, "City"), (463, "Prov."), (503, "Postal code"))
            .Line(valueTop + 30, (43, "120 King St W"), (293, "400"), (353, "Toronto"), (463, "ON"), (503, "M5H 1J9"))
            .Line(220, (40, "Telephone numbers to port"))
            .Line(236, (43, "(416) 320-4134"))
            .Line(300, (40, "I, the undersigned, authorize Twilio to port the numbers listed above."))
            .Build();
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void A_name_under_a_caption_with_an_instruction_is_read(string caption, string holder, bool captionAbove)
    {
        var document = DocumentReader.FromPages("loa.pdf", [Grid(caption, holder, captionAbove)]);

        Assert.Equal(DocumentKind.Loa, document.Kind);
        Assert.Contains(holder, document.Names);
    }

    [Theory]
    [InlineData("DOE, Jane")]
    [InlineData("Blue Heron")]
    public void A_service_location_caption_beside_unit_city_and_postal_code_fields_holds_the_street(string holder)
    {
        var document = DocumentReader.FromPages("loa.pdf", [Grid(NameCaptions[0], holder, captionAbove: true)]);

        Assert.Contains(document.Addresses, a => a.StreetNumber == "120" && a.Unit == "400" && a.PostalCode == "M5H 1J9");
    }
}
