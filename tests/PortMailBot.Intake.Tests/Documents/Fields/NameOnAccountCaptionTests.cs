using PortMailBot.Intake.Documents;

namespace PortMailBot.Intake.Tests.Documents.Fields;

/// <summary>A record naming its customer under "Name on account" ("Nom sur le compte"), as a small caption over the
/// value beside the service address's caption, or as a caption beside its value: the name is read.</summary>
public sealed class NameOnAccountCaptionTests
{
    public static TheoryData<string, string, bool> Forms()
    {
        var data = new TheoryData<string, string, bool>();
        foreach (var (name, address) in new[]
        {
            ("NAME ON ACCOUNT", "SERVICE ADDRESS"), ("Name on the account", "Service address"),
            ("NOM SUR LE COMPTE", "ADRESSE DE SERVICE"), ("Nom au compte", "Adresse du service"),
        })
        {
            data.Add(name, address, true);
            data.Add(name, address, false);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Forms))]
    public void The_name_under_or_beside_the_caption_is_read(string nameCaption, string addressCaption, bool above)
    {
        var page = new PageBuilder()
            .SizedLine(45, 13, (50, "Télé-Laurentides"))
            .SizedLine(45, 9, (420, "Account Service Summary"))
            .SizedLine(57, 6.7, (458, "Account number: 127-1785441"));
        if (above)
        {
            page.SizedLine(85.8, 6.3, (50, nameCaption), (330, addressCaption))
                .SizedLine(94.6, 9.5, (50, "Naomi Okafor"), (330, "454 Ellice Avenue #18"))
                .SizedLine(107.4, 9.5, (330, "Winnipeg, MB R3B 1B4"));
        }
        else
        {
            page.SizedLine(86, 9.5, (50, nameCaption + ":"), (200, "Naomi Okafor"))
                .SizedLine(100, 9.5, (50, addressCaption + ":"), (200, "454 Ellice Avenue #18, Winnipeg, MB R3B 1B4"));
        }

        page.SizedLine(134, 6.3, (50, "STATUS")).SizedLine(142.6, 9.5, (50, "Active"))
            .SizedLine(169, 10.8, (50, "Lines and services"))
            .SizedLine(192, 8.5, (55, "Number"), (130, "Line"), (210, "Features"))
            .SizedLine(208, 8.5, (50, "431 756 8377"), (130, "Business line"), (210, "Caller ID, voicemail"));

        var document = DocumentReader.FromPages("record.pdf", [page.Build()]);

        Assert.Equal(["Naomi Okafor"], document.Names);
    }
}
