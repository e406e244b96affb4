using PortMailBot.Intake.Documents;
using static PortMailBot.Intake.Tests.Documents.Fields.CarrierFormLayouts;

namespace PortMailBot.Intake.Tests.Documents.Classification;

/// <summary>A carrier's record titled as Quebec carriers title it, a customer's card ("Fiche client", "Fiche
/// d'abonné"), in any case and with or without its article: the title alone gives the kind.</summary>
public sealed class CustomerCardTitleTests
{
    public static TheoryData<string> Titles()
    {
        var data = new TheoryData<string>();
        foreach (var title in new[] { "Fiche client", "Fiche du client", "Fiche d'abonné", "Fiche de l’abonné", "Fiche abonné" })
        {
            data.Add(title);
            data.Add(title.ToUpperInvariant());
            data.Add("Télécom Exemple — " + title);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Titles))]
    public void A_customer_card_is_a_customer_service_record(string title) =>
        Assert.Equal(DocumentKind.Csr, DocumentReader.FromPages("document.pdf", [Titled(title)]).Kind);
}
