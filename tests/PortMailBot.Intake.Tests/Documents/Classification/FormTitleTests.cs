using PortMailBot.Intake.Documents;
using static PortMailBot.Intake.Tests.Documents.Fields.CarrierFormLayouts;

namespace PortMailBot.Intake.Tests.Documents.Classification;

/// <summary>An LOA titled as a form rather than a letter ("Port request — Authorization form", "Formulaire
/// d'autorisation"), and a record titled as Quebec carriers title an account's card ("Fiche de compte"): the title
/// gives the kind, whatever the carrier's name beside it or the case it is printed in.</summary>
public sealed class FormTitleTests
{
    private static TheoryData<string> Variants(params string[] titles)
    {
        var data = new TheoryData<string>();
        foreach (var title in titles)
        {
            data.Add(title);
            data.Add(title.ToUpperInvariant());
            data.Add("Exemple Télécom — " + title);
        }

        return data;
    }

    public static TheoryData<string> LoaTitles() => Variants(
        "Port request — Authorization form", "Authorization Form", "Authorisation form (number transfer)",
        "Demande de portage — Formulaire d'autorisation", "Formulaire d’autorisation", "Customer Authorization Letter",
        "Authorisation letter for number porting", "Port-in desk — Authorization letter");

    public static TheoryData<string> RecordTitles() => Variants("Fiche de compte", "Fiche du compte");

    [Theory]
    [MemberData(nameof(LoaTitles))]
    public void A_form_titled_an_authorization_form_is_a_letter_of_authorization(string title) =>
        Assert.Equal(DocumentKind.Loa, DocumentReader.FromPages("document.pdf", [Titled(title)]).Kind);

    [Theory]
    [MemberData(nameof(RecordTitles))]
    public void An_account_card_is_a_customer_service_record(string title) =>
        Assert.Equal(DocumentKind.Csr, DocumentReader.FromPages("document.pdf", [Titled(title)]).Kind);
}
