using PortMailBot.Intake.Documents;

namespace PortMailBot.Intake.Tests.Documents.Fields;

/// <summary>An LOA asking for the first and last name in two fields that say whose name it is ("Prénom du
/// titulaire" / "Nom de famille du titulaire", "First name of account holder"): the two make the signer's name.</summary>
public sealed class OwnedNameFieldTests
{
    private static readonly (string First, string Last)[] Captions =
    [
        ("Prénom du titulaire", "Nom de famille"),
        ("Prénom du titulaire", "Nom de famille du titulaire"),
        ("PRÉNOM DU CLIENT", "NOM DE FAMILLE DU CLIENT"),
        ("Prénom de la personne autorisée", "Nom de famille de la personne autorisée"),
        ("Prénom de l'abonné", "Nom de famille de l’abonné"),
        ("First name of account holder", "Last name of account holder"),
        ("Given name of the authorized person", "Surname of the authorized person"),
    ];

    public static TheoryData<int, bool> Forms()
    {
        var data = new TheoryData<int, bool>();
        for (var i = 0; i < Captions.Length; i++)
        {
            data.Add(i, false);
            data.Add(i, true);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Forms))]
    public void The_two_owned_fields_make_the_name(int captions, bool colon)
    {
        var (first, last) = Captions[captions];
        var end = colon ? " :" : "";
        var page = new PageBuilder()
            .Line(40, (150, "LETTRE D'AUTORISATION"))
            .Line(100, (60, first + end), (330, "Joëlle"))
            .Line(122, (60, last + end), (330, "St-Pierre"))
            .Line(144, (60, "Adresse du service"), (330, "8776, rue Notre-Dame, Saint-Jérôme (Québec) J7Z 8N1"))
            .Line(170, (60, "450-216-0028"))
            .Line(500, (60, "Signature du titulaire"), (370, "2026-12-01"))
            .Build();

        var document = DocumentReader.FromPages("loa.pdf", [page]);

        Assert.Equal(DocumentKind.Loa, document.Kind);
        Assert.Contains("Joëlle St-Pierre", document.Names);
    }

    [Theory]
    [InlineData("Nom du titulaire du compte", "Raison sociale")]
    [InlineData("Nom de la titulaire du compte", "Raison sociale")]
    [InlineData("NOM DU CLIENT", "Nom de l'entreprise")]
    [InlineData("Name of the account holder", "Business name")]
    [InlineData("Name of authorized person", "Company")]
    public void A_whole_name_caption_saying_whose_name_it_is_is_read(string caption, string businessCaption)
    {
        var page = new PageBuilder()
            .Line(40, (150, "Mandat de transfert de numéros"))
            .Line(92, (50, businessCaption), (210, "Harbourview Dental"))
            .Line(112, (50, caption), (330, "Callum Pelletier"))
            .Line(135, (50, "Adresse d'installation"), (330, "6622 rue King Ouest #559"))
            .Line(148, (330, "Montréal (Québec) H5A 6L0"))
            .Line(210, (50, "Numéros à transférer"))
            .Line(230, (50, "(438) 713-9275"))
            .Line(330, (50, "Date: 23 novembre 2026"), (250, "Signature"))
            .Build();

        var document = DocumentReader.FromPages("signed.pdf", [page]);

        Assert.Equal(DocumentKind.Loa, document.Kind);
        Assert.Contains("Callum Pelletier", document.Names);
    }
}
