using PortMailBot.Intake.Documents;
using static PortMailBot.Intake.Tests.Documents.Fields.CarrierFormLayouts;

namespace PortMailBot.Intake.Tests.Documents.Classification;

/// <summary>A carrier's record titled in words of its own: a short title naming the account, its services or its
/// customer together with a word for a description of it ("Account details", "Sommaire des services"), whatever
/// the pairing, the case or the carrier's name beside it. A bill or an authorization titled with such words as
/// well as its own name stays what it names itself.</summary>
public sealed class RecordTitleTests
{
    private static readonly string[] EnglishSubjects = ["Account", "Service", "Customer account", "Subscriber", "Line"];
    private static readonly string[] EnglishDescriptions = ["details", "information", "summary", "profile", "inventory", "overview"];
    private static readonly string[] FrenchDescriptions = ["Détails", "Sommaire", "Renseignements", "Aperçu", "Résumé", "Inventaire"];
    private static readonly string[] FrenchSubjects = ["du compte", "des services", "de l'abonné", "des lignes"];

    public static TheoryData<string> Titles()
    {
        var data = new TheoryData<string>();
        for (var i = 0; i < EnglishSubjects.Length; i++)
        {
            var title = $"{EnglishSubjects[i]} {EnglishDescriptions[i % EnglishDescriptions.Length]}";
            data.Add(title);
            data.Add(title.ToUpperInvariant());
        }

        for (var i = 0; i < FrenchDescriptions.Length; i++)
        {
            var title = $"{FrenchDescriptions[i]} {FrenchSubjects[i % FrenchSubjects.Length]}";
            data.Add(title);
            data.Add("Télécom Exemple — " + title);
        }

        data.Add("Account Details / Détails du compte");
        return data;
    }

    [Theory]
    [MemberData(nameof(Titles))]
    public void A_title_naming_the_account_and_a_description_of_it_is_a_customer_service_record(string title) =>
        Assert.Equal(DocumentKind.Csr, DocumentReader.FromPages("document.pdf", [Titled(title)]).Kind);

    [Theory]
    [InlineData("Account summary — Your statement")]
    [InlineData("Service details — Invoice")]
    [InlineData("Sommaire du compte — Facture")]
    public void A_bill_titled_with_its_own_name_stays_a_bill(string title)
    {
        var page = new PageBuilder()
            .Line(40, (150, title))
            .Line(100, (60, "Jane Doe"))
            .Line(116, (60, "120 King St W, Toronto, ON M5H 1J9"))
            .Line(150, (60, "Amount due"), (300, "$52.10"))
            .Build();
        Assert.Equal(DocumentKind.Bill, DocumentReader.FromPages("document.pdf", [page]).Kind);
    }

    [Theory]
    [InlineData("Account details")]
    [InlineData("Détails du compte")]
    public void Such_words_lower_on_the_page_are_no_title(string words)
    {
        var page = new PageBuilder()
            .Line(400, (60, words))
            .Line(420, (60, "Name"), (250, Name))
            .Build();
        Assert.Equal(DocumentKind.Other, DocumentReader.FromPages("document.pdf", [page]).Kind);
    }

    [Theory]
    [InlineData("Détail des services")]
    [InlineData("Service details")]
    [InlineData("Account information")]
    public void A_later_page_headed_with_such_words_stays_with_the_bill_it_follows(string heading)
    {
        var first = new PageBuilder()
            .Line(40, (150, "Your statement"))
            .Line(100, (60, "Jane Doe"), (350, "Statement date"), (450, "2026-11-10"))
            .Line(116, (60, "120 King St W, Toronto, ON M5H 1J9"))
            .Line(150, (60, "Amount due"), (300, "$52.10"))
            .Build(1);
        var second = new PageBuilder()
            .Line(40, (60, heading))
            .Line(80, (60, "416-320-4134"), (300, "Business line"), (450, "$25.00"))
            .Build(2);
        var document = DocumentReader.FromPages("document.pdf", [first, second]);
        Assert.Equal(DocumentKind.Bill, document.Kind);
        Assert.Empty(document.Enclosed);
    }

    [Theory]
    [InlineData("FAX COVER SHEET", "Account information")]
    [InlineData("Télécopie", "Détails du compte")]
    [InlineData("Bordereau de transmission", "Sommaire des services")]
    public void A_record_titled_on_the_page_after_a_cover_sheet_is_a_customer_service_record(string cover, string title)
    {
        var sheet = new PageBuilder()
            .Line(40, (60, cover))
            .Line(100, (60, "To:"), (150, "Porting desk"))
            .Line(116, (60, "Pages:"), (150, "2"))
            .Build(1);
        var record = new PageBuilder()
            .Line(40, (150, title))
            .Line(100, (60, "Name"), (250, Name))
            .Line(116, (60, "Address"), (250, "120 King St W, Toronto, ON M5H 1J9"))
            .Build(2);
        Assert.Equal(DocumentKind.Csr, DocumentReader.FromPages("scan.pdf", [sheet, record]).Kind);
    }

    [Theory]
    [InlineData("Account information", "Your statement")]
    [InlineData("Détails du compte", "Votre facture")]
    public void A_record_and_a_bill_scanned_into_one_file_are_two_documents(string title, string billTitle)
    {
        var record = new PageBuilder()
            .Line(40, (150, title))
            .Line(100, (60, "Name"), (250, Name))
            .Line(116, (60, "Address"), (250, "120 King St W, Toronto, ON M5H 1J9"))
            .Line(150, (60, "416-320-4134"))
            .Build(1);
        var bill = new PageBuilder()
            .Line(40, (150, billTitle))
            .Line(100, (60, Name), (350, "Statement date"), (450, "2026-11-10"))
            .Line(116, (60, "120 King St W, Toronto, ON M5H 1J9"))
            .Line(150, (60, "Amount due"), (300, "$52.10"))
            .Build(2);
        var document = DocumentReader.FromPages("scan.pdf", [record, bill]);
        Assert.Equal(DocumentKind.Csr, document.Kind);
        Assert.Equal(DocumentKind.Bill, Assert.Single(document.Enclosed).Kind);
    }
}
