using PortMailBot.Intake.Documents;

namespace PortMailBot.Intake.Tests.Documents.Fields;

/// <summary>The signer's name typed under a signature picture with no caption, with or without a title.</summary>
public sealed class SignerLineTests
{
    // A last name with particles before its comma ("DE LA FONTAINE, Marie") is a last name alone, not a name and a title.
    private static readonly string[] Signers =
        ["Nadia Kaplan", "Marie-Ève Côté-Tremblay", "KAPLAN, Nadia", "DE LA FONTAINE, Marie", "Van der Berg, Pieter", "LE BLANC, Guy"];

    private static readonly string[] Titles = ["", ", Owner", " - President", " – Directrice générale", ", Office Manager"];

    public static TheoryData<string, string, bool> Cases()
    {
        var data = new TheoryData<string, string, bool>();
        foreach (var signer in Signers)
        {
            foreach (var title in Titles)
            {
                data.Add(signer, title, true);
                data.Add(signer, title, false);
            }
        }

        return data;
    }

    private static DocumentPage Letter(string signerLine, bool withSignature, double signatureTop = 330)
    {
        var page = new PageBuilder()
            .Line(50, (140, "LETTER OF AUTHORIZATION"))
            .Line(95, (60, "Customer:"), (200, "Maple & Birch"))
            .Line(113, (60, "Service address:"), (200, "88 Elm St"))
            .Line(127, (200, "Toronto, ON M4W 1N4"))
            .Line(150, (60, "Numbers:"), (200, "416-555-0142"))
            .Line(290, (60, "The undersigned, on behalf of the customer, authorizes Twilio Inc. to port these numbers."))
            .Line(signatureTop + 46, (60, signerLine));
        if (withSignature)
        {
            page.Image(new PageBox(60, signatureTop, 240, signatureTop + 40));
        }

        return page.Build();
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_name_under_a_signature_picture_signs_and_names_the_letter(string signer, string title, bool withSignature)
    {
        var document = DocumentReader.FromPages("loa.pdf", [Letter(signer + title, withSignature)]);

        Assert.Equal(DocumentKind.Loa, document.Kind);
        Assert.Equal(withSignature, document.Signed);
        Assert.Equal(withSignature, document.Names.Contains(signer));
    }

    [Fact]
    public void A_logo_over_a_name_at_the_top_of_the_page_is_no_signature()
    {
        var document = DocumentReader.FromPages("loa.pdf", [Letter("Nadia Kaplan", withSignature: true, signatureTop: 20)]);

        Assert.False(document.Signed);
    }
}
