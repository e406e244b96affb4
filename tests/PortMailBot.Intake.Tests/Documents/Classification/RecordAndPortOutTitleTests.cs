using PortMailBot.Intake.Documents;
using static PortMailBot.Intake.Tests.Documents.Fields.CarrierFormLayouts;

namespace PortMailBot.Intake.Tests.Documents.Classification;

/// <summary>A carrier's record titled as a customer's or account's record or profile, and a port-out form titled
/// for the losing carrier's side: the title alone gives the kind, in any case and after the carrier's name.</summary>
public sealed class RecordAndPortOutTitleTests
{
    private static TheoryData<string> Variants(params string[] titles)
    {
        var data = new TheoryData<string>();
        foreach (var title in titles)
        {
            data.Add(title);
            data.Add(title.ToUpperInvariant());
            data.Add("Lakeshore Telephone — " + title);
        }

        return data;
    }

    public static TheoryData<string> RecordTitles() =>
        Variants("Customer record", "Account profile", "Customer profile", "Profil du client", "Profil du compte", "Dossier du client");

    public static TheoryData<string> PortOutTitles() => Variants("Number port-out authorization", "Port out authorization");

    [Theory]
    [MemberData(nameof(RecordTitles))]
    public void A_customer_or_account_record_is_a_customer_service_record(string title) =>
        Assert.Equal(DocumentKind.Csr, DocumentReader.FromPages("export (3).pdf", [Titled(title)]).Kind);

    [Theory]
    [MemberData(nameof(PortOutTitles))]
    public void A_port_out_authorization_is_a_letter_of_authorization(string title) =>
        Assert.Equal(DocumentKind.Loa, DocumentReader.FromPages("doc_88213.pdf", [Titled(title)]).Kind);
}
