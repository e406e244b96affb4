using PortMailBot.Intake.Documents;

namespace PortMailBot.Intake.Tests.Documents.Fields;

/// <summary>A carrier's record that names the business as the account's holder and the person who speaks for it
/// under another caption ("Primary contact", "Personne-ressource", "Contact name"): the person is read, with the
/// value beside its caption or under it.</summary>
public sealed class ContactCaptionTests
{
    private static readonly string[] Captions =
    [
        "Primary contact", "Main contact", "Contact name", "Personne-ressource", "Nom du contact", "Contact principal",
    ];

    public static TheoryData<string, bool> Cases()
    {
        var data = new TheoryData<string, bool>();
        foreach (var caption in Captions)
        {
            data.Add(caption, true);
            data.Add(caption, false);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_contact_under_its_own_caption_is_read(string caption, bool beside)
    {
        var page = new PageBuilder().Line(40, (150, "CUSTOMER SERVICE RECORD"))
            .Line(100, (60, "Account holder"), (250, "BLUE HERON BOOKS"));
        page = beside
            ? page.Line(116, (60, caption), (250, "ANAÏS SANDHU"))
            : page.SizedLine(116, 7, (60, caption)).Line(126, (60, "ANAÏS SANDHU"));
        var document = DocumentReader.FromPages("record.pdf", [page
            .Line(150, (60, "Service address"), (250, "8905 rue King Ouest, Québec QC G9Y 7L1"))
            .Line(180, (60, "418-229-6729"))
            .Build()]);

        Assert.Equal(DocumentKind.Csr, document.Kind);
        Assert.Contains("ANAÏS SANDHU", document.Names);
    }
}
