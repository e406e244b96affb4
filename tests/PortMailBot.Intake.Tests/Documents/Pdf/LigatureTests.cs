using PortMailBot.Intake.Documents;
using PortMailBot.Intake.Mail;
using PortMailBot.Intake.Text;

namespace PortMailBot.Intake.Tests.Documents.Pdf;

/// <summary>Typographic ligatures that PDF engines (browsers, TeX) and OCR put in words are letters again before any
/// name, street or caption is compared.</summary>
public sealed class LigatureTests
{
    public static TheoryData<string, string> Words => new()
    {
        { "Bay\uFB01eld", "Bayfield" },
        { "Shef\uFB01eld", "Sheffield" },
        { "Cli\uFB00ord", "Clifford" },
        { "\uFB02at", "flat" },
        { "Ja\uFB03e", "Jaffie" },
        { "Ru\uFB04e", "Ruffle" },
        { "Ea\uFB06", "East" },
        { "Notiﬁcation", "Notification" },
        { "Plain", "Plain" },
    };

    [Theory]
    [MemberData(nameof(Words))]
    public void A_ligature_is_written_as_its_letters(string written, string expected)
    {
        Assert.Equal(expected, TextFold.ExpandLigatures(written));
        Assert.Equal(TextFold.Fold(expected), TextFold.Fold(written));
    }
}
