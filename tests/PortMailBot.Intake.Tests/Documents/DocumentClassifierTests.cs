using PortMailBot.Intake.Documents;

namespace PortMailBot.Intake.Tests.Documents;

public sealed class DocumentClassifierTests
{
    [Theory]
    [InlineData("LETTER OF AUTHORIZATION (LOA)", DocumentKind.Loa)]
    [InlineData("LETTRE D'AUTORISATION", DocumentKind.Loa)]
    [InlineData("Autorisation de transfert de numéros", DocumentKind.Loa)]
    [InlineData("Mandat de transfert de numéros", DocumentKind.Loa)]
    [InlineData("MANDAT DE PORTABILITÉ", DocumentKind.Loa)]
    [InlineData("CUSTOMER SERVICE RECORD", DocumentKind.Csr)]
    [InlineData("DOSSIER DE SERVICE CLIENT (CSR)", DocumentKind.Csr)]
    [InlineData("Relevé de service client", DocumentKind.Csr)]
    [InlineData("Your statement", DocumentKind.Bill)]
    [InlineData("Votre facture", DocumentKind.Bill)]
    [InlineData("INVOICE", DocumentKind.Bill)]
    [InlineData("Relevé de compte", DocumentKind.Bill)]
    [InlineData("Minutes of the board meeting", DocumentKind.Other)]
    public void Title_decides_the_kind(string title, DocumentKind kind)
    {
        var page = new PageBuilder()
            .Line(40, (200, title))
            .Line(300, (60, "Thank you for your business and see you soon"))
            .Build();

        Assert.Equal(kind, DocumentReader.FromPages("scan0001.pdf", [page]).Kind);
    }

    [Fact]
    public void Body_wording_classifies_a_bill_without_a_title()
    {
        var page = new PageBuilder()
            .Line(300, (60, "Amount due"), (200, "$44.07"))
            .Line(320, (60, "Statement Date"), (200, "Nov 22 2026"))
            .Line(340, (60, "Previous balance"), (200, "$44.07"))
            .Build();

        Assert.Equal(DocumentKind.Bill, DocumentReader.FromPages("document.pdf", [page]).Kind);
    }

    [Fact]
    public void French_bill_wording_classifies_a_bill()
    {
        var page = new PageBuilder()
            .Line(300, (60, "Montant dû"), (200, "100,61 $"))
            .Line(320, (60, "Date de facturation"), (200, "16 novembre 2026"))
            .Build();

        var document = DocumentReader.FromPages("releve.pdf", [page]);

        Assert.Equal(DocumentKind.Bill, document.Kind);
        Assert.Equal(new DateOnly(2026, 11, 16), document.StatementDate);
    }

    [Fact]
    public void Ocr_noise_in_a_title_is_tolerated()
    {
        var page = new PageBuilder()
            .Line(40, (200, "CUSTOMER SERVlCE REC0RD"))
            .Build(fromOcr: true);

        Assert.Equal(DocumentKind.Csr, DocumentReader.FromPages("IMG_2232.jpg", [page]).Kind);
    }

    [Fact]
    public void Ocr_noise_is_not_tolerated_on_a_text_layer()
    {
        var page = new PageBuilder()
            .Line(40, (200, "CUSTOMER SERVlCE REC0RD"))
            .Build();

        Assert.Equal(DocumentKind.Other, DocumentReader.FromPages("x.pdf", [page]).Kind);
    }

    [Theory]
    [InlineData("Mandat de transfert de numéros", "Numéros à transférer")]
    [InlineData("Mandat de transfert", "Numéros de téléphone")]
    [InlineData("Mandat de portabilité — Chinook Fibre", "Numéros à transférer")]
    [InlineData("MANDAT DE PORTAGE DE NUMÉROS", "Lignes visées")]
    public void A_french_mandate_behind_a_fax_cover_is_an_loa(string title, string numbersCaption)
    {
        var cover = new PageBuilder()
            .Line(40, (60, "TÉLÉCOPIE"))
            .Line(90, (60, "À:"), (160, "Service de portabilité"))
            .Line(120, (60, "De:"), (160, "Mathilde Pelletier"))
            .Line(150, (60, "Objet:"), (160, "Documents demandés"))
            .Build(1);
        var form = new PageBuilder()
            .Line(40, (180, title))
            .Line(100, (50, "Nom du titulaire du compte"), (250, "Mathilde Pelletier"))
            .Line(130, (50, numbersCaption))
            .Line(150, (50, "(438) 713-9275"))
            .Line(190, (50, "Je soussigné(e) autorise Twilio à transférer les numéros ci-dessus."))
            .Line(240, (50, "Date: 23 novembre 2026"), (300, "Signature"))
            .Build(2);

        Assert.Equal(DocumentKind.Loa, DocumentReader.FromPages("signed.pdf", [cover, form]).Kind);
    }
}
