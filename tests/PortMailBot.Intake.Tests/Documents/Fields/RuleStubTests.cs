using PortMailBot.Intake.Documents;
using PortMailBot.Intake.Documents.Fields;

namespace PortMailBot.Intake.Tests.Documents.Fields;

/// <summary>A scanned table whose rules the OCR reads in part: a stub of a rule read as a flat, barely recognised
/// "|" above a row, and the row's number stretched up by the same rule. The row stays one line.</summary>
public sealed class RuleStubTests
{
    public static TheoryData<double, double, double> Stubs()
    {
        var data = new TheoryData<double, double, double>();
        foreach (var stubHeight in new[] { 4.0, 6.0, 8.0 })
        {
            foreach (var stretch in new[] { 10.0, 16.0 })
            {
                foreach (var confidence in new[] { 0.3, 0.54 })
                {
                    data.Add(stubHeight, stretch, confidence);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Stubs))]
    public void A_rule_stub_above_a_row_does_not_split_the_row(double stubHeight, double stretch, double confidence)
    {
        var page = new PageBuilder(1400, 1800);
        void Row(double top, string area, string rest, string use)
        {
            page.Word(area, new PageBox(210, top, 254, top + 19), 0.9)
                .Word(rest, new PageBox(273, top, 396, top + 19), 0.97)
                .Word(use, new PageBox(563, top - 2, 693, top + 19), 0.95)
                .Word("Actif", new PageBox(869, top - 2, 934, top + 15), 0.95);
        }

        Row(990, "548", "786-7891", "Ligne");
        Row(1092, "519", "423-1743", "Afficheur");

        // The middle row: its number's box reaches up into the rule above it, where a stub of the rule is read.
        const double Top = 1041;
        page.Word("|", new PageBox(192, Top - stretch, 193, Top - stretch + stubHeight), confidence)
            .Word("519", new PageBox(210, Top, 254, Top + 19), 0.54)
            .Word("421-1217", new PageBox(273, Top - stretch, 396, Top + 18), 0.97)
            .Word("Télécopieur", new PageBox(563, Top - 3, 693, Top + 19), 0.92)
            .Word("Actif", new PageBox(869, Top - 3, 934, Top + 14), 0.95);

        var lines = new PageLayout([page.Build(fromOcr: true)]).Lines;

        var row = Assert.Single(lines, l => l.Words.Any(w => w.Text == "421-1217"));
        Assert.Equal(["519", "421-1217", "Télécopieur", "Actif"], row.Words.Select(w => w.Text));
    }

    [Fact]
    public void A_recognised_short_word_as_flat_as_a_stub_is_kept()
    {
        var page = new PageBuilder(1400, 1800)
            .Word("Total", new PageBox(100, 500, 160, 519), 0.95)
            .Word("-", new PageBox(170, 508, 180, 512), 0.9)
            .Word("$97.35", new PageBox(190, 500, 260, 519), 0.95)
            .Build(fromOcr: true);

        var line = Assert.Single(new PageLayout([page]).Lines);

        Assert.Equal(["Total", "-", "$97.35"], line.Words.Select(w => w.Text));
    }
}
