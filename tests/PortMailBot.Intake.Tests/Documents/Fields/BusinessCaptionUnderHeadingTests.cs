using PortMailBot.Intake.Documents;

namespace PortMailBot.Intake.Tests.Documents.Fields;

/// <summary>A form whose column heading ("Client", "Customer") stands above a business caption ("Raison sociale",
/// "Company name") and its value: the caption is a caption, not the customer's name; the printed name is.</summary>
public sealed class BusinessCaptionUnderHeadingTests
{
    private static readonly (string Heading, string Business, string Printed, string Title)[] Forms =
    [
        ("Client", "Raison sociale", "Nom (lettres moulées)", "Formulaire d'autorisation de portabilité"),
        ("Customer", "Company name", "Printed name", "Letter of Authorization"),
        ("Client", "Nom de l'entreprise", "Nom du signataire", "Lettre d'autorisation"),
        ("Customer", "Business name", "Print name", "Porting authorization"),
    ];

    public static TheoryData<int> Cases()
    {
        var data = new TheoryData<int>();
        for (var i = 0; i < Forms.Length; i++)
        {
            data.Add(i);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_business_caption_under_the_heading_is_not_read_as_the_name(int form)
    {
        var (heading, business, printed, title) = Forms[form];
        var page = new PageBuilder().Line(40, (300, title))
            .Line(100, (60, heading), (400, "Adresse"))
            .Line(116, (60, business), (200, "Northwind Logistics"), (400, "Lieu du service"), (500, "803 Jasper Boulevard West, Vancouver, BC V9J 0C6"))
            .Line(132, (60, printed), (200, "Yusuf Desjardins"))
            .Line(170, (60, "Numéros à transférer"))
            .Line(186, (60, "1 778 292-3657"))
            .Build();

        var document = DocumentReader.FromPages("authorization.pdf", [page]);

        Assert.Equal(DocumentKind.Loa, document.Kind);
        Assert.DoesNotContain(business, document.Names);
        Assert.Contains("Yusuf Desjardins", document.Names);
    }
}
