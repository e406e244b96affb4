using PortMailBot.Intake.Documents;

namespace PortMailBot.Intake.Tests.Documents.Fields;

/// <summary>A bill addressed to a business with an attention line, in the forms French abbreviates it to as well as
/// in full: the person after it is the name read, without the prefix.</summary>
public sealed class AttentionLineTests
{
    private static readonly string[] Prefixes = ["À l'att. de", "A l'att. de", "À l’attention de", "Att. :", "Att.", "À l'intention de", "Attn:", "a/s de", "A/S DE", "a/s"];

    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var prefix in Prefixes)
        {
            data.Add(prefix, "Benoît Côté");
            data.Add(prefix, "CÔTÉ, Benoît");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_person_after_an_attention_prefix_is_the_name(string prefix, string person)
    {
        var page = new PageBuilder()
            .Line(40, (40, "Vallée Téléphone"), (400, "Votre facture"))
            .Line(70, (200, "KESTREL"), (420, "Date de facturation"))
            .Line(84, (200, prefix + " " + person), (420, "2026-11-25"))
            .Line(98, (200, "4769, rue Sainte-Catherine"))
            .Line(112, (200, "Gatineau (QC) J7A 1P4"))
            .Line(200, (40, "Montant dû"), (300, "84,10 $"))
            .Build();

        var document = DocumentReader.FromPages("facture.pdf", [page]);

        Assert.Equal(DocumentKind.Bill, document.Kind);
        Assert.Contains(person, document.Names);
    }
}
