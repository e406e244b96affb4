using PortMailBot.Intake.Documents;
using PortMailBot.Intake.Text;
using static PortMailBot.Intake.Tests.Documents.Fields.CarrierFormLayouts;

namespace PortMailBot.Intake.Tests.Documents.Classification;

/// <summary>LOAs and CSRs titled in other carriers' words, English and French (elided articles included),
/// each generated in its own case and in capitals: the title alone gives the kind.</summary>
public sealed class CarrierTitleTests
{
    public static TheoryData<string, DocumentKind> Titles()
    {
        var data = new TheoryData<string, DocumentKind>();
        foreach (var (titles, kind) in new[] { (LoaTitles, DocumentKind.Loa), (CsrTitles, DocumentKind.Csr) })
        {
            // A title already in capitals would otherwise be the same case twice.
            foreach (var title in titles.Concat(titles.Select(t => t.ToUpperInvariant())).Distinct(StringComparer.Ordinal))
            {
                data.Add(title, kind);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Titles))]
    public void Title_in_other_words_gives_the_kind(string title, DocumentKind kind) =>
        Assert.Equal(kind, DocumentReader.FromPages("document.pdf", [Titled(title)]).Kind);

    [Theory]
    [InlineData("Formulaire d'autorisation de transfert", "autorisation de transfert")]
    [InlineData("L’adresse d’installation", "adresse d installation")]
    [InlineData("Qu'il soit transféré", "qu il soit transfere")]
    [InlineData("O'Connor's form", "oconnors form")]
    public void Elisions_apart_keep_the_elided_word_whole(string text, string expected) =>
        Assert.Contains(expected, TextFold.FoldElisionsApart(text), StringComparison.Ordinal);
}
