using PortMailBot.Intake.Documents;
using PortMailBot.Intake.Documents.Fields;

namespace PortMailBot.Intake.Tests.Documents.Fields;

/// <summary>A poor scan's OCR reading one printed word twice, as boxes lying over each other (the whole word and
/// a piece of it, or its front and its back): the word is read once.</summary>
public sealed class OverlappingReadingTests
{
    private const double CharacterWidth = 6;
    private const double NameTop = 100;

    public static TheoryData<string, string> Splits()
    {
        var data = new TheoryData<string, string>();
        foreach (var name in new[] { "Ludivine Okonkwo", "Marie-Claude Tremblay", "Rajesh Venkataraman", "Zoe Gagnon" })
        {
            data.Add(name, "front-and-back-of-first");
            data.Add(name, "front-and-back-of-last");
            data.Add(name, "piece-inside-last");
            data.Add(name, "piece-inside-first-and-front-and-back-of-last");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Splits))]
    public void A_name_read_twice_over_itself_on_a_scanned_bill_is_read_once(string name, string split)
    {
        var parts = name.Split(' ');
        var page = BillPage(b =>
        {
            var x = 60.0;
            for (var i = 0; i < parts.Length; i++)
            {
                var doubled = (i == 0 && split.Contains("first", StringComparison.Ordinal)) ||
                              (i == parts.Length - 1 && split.Contains("last", StringComparison.Ordinal));
                var how = !doubled ? "whole"
                    : i == 0 && split.StartsWith("piece-inside-first", StringComparison.Ordinal) ? "piece-inside"
                    : i == 0 ? "front-and-back"
                    : split.StartsWith("piece-inside-last", StringComparison.Ordinal) ? "piece-inside"
                    : "front-and-back";
                WriteWord(b, parts[i], x, how);
                x += (parts[i].Length + 1) * CharacterWidth;
            }
        });

        var document = DocumentReader.FromPages("bill.jpg", [page]);

        Assert.Equal(DocumentKind.Bill, document.Kind);
        Assert.Contains(name, document.Names);
    }

    [Fact]
    public void Readings_that_overlap_but_tell_different_words_are_both_kept()
    {
        var line = new List<TextWord>
        {
            new("Main", new PageBox(60, 100, 84, 110), 0.6),
            new("Rd", new PageBox(70, 100, 82, 110), 0.6),
        };

        Assert.Equal(["Main", "Rd"], OverlappingReadings.Merge(line).Select(w => w.Text));
    }

    [Fact]
    public void Neighbouring_words_that_only_touch_are_not_joined_even_when_their_letters_would_chain()
    {
        var line = new List<TextWord>
        {
            new("Anna", new PageBox(60, 100, 84, 110), 0.9),
            new("nnab", new PageBox(82, 100, 106, 110), 0.9),
        };

        Assert.Equal(["Anna", "nnab"], OverlappingReadings.Merge(line).Select(w => w.Text));
    }

    [Fact]
    public void A_different_first_name_read_twice_still_differs_from_the_request()
    {
        var page = BillPage(b =>
        {
            WriteWord(b, "Ludivine", 60, "front-and-back");
            WriteWord(b, "Okonkwo", 60 + (9 * CharacterWidth), "piece-inside");
        });

        var document = DocumentReader.FromPages("bill.jpg", [page]);

        Assert.Contains("Ludivine Okonkwo", document.Names);
        Assert.DoesNotContain(document.Names, n => n.Contains("Ludovic", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Writes a word as the OCR may give it: whole, as itself plus a piece of it lying inside it, or as
    /// its front and its back overlapping in the middle.</summary>
    private static void WriteWord(PageBuilder page, string word, double left, string how)
    {
        PageBox Span(int from, int to) => new(left + (from * CharacterWidth), NameTop, left + (to * CharacterWidth), NameTop + 10);
        switch (how)
        {
            case "piece-inside":
                var from = word.Length > 4 ? 2 : 1;
                var to = Math.Min(word.Length, from + 3);
                page.Word(word, Span(0, word.Length), 0.7).Word(word[from..to], Span(from, to), 0.4);
                break;
            case "front-and-back":
                var cut = Math.Max(3, (2 * word.Length) / 3);
                page.Word(word[..cut], Span(0, cut), 0.5).Word(word[1..], Span(1, word.Length), 0.5);
                break;
            default:
                page.Word(word, Span(0, word.Length), 0.9);
                break;
        }
    }

    private static DocumentPage BillPage(Action<PageBuilder> writeName)
    {
        var page = new PageBuilder()
            .Line(40, (50, "Aurora Mobile"), (380, "Statement date: 2026-11-05"));
        writeName(page);
        return page
            .Line(114, (60, "120 King St W"))
            .Line(128, (60, "Toronto, ON M5H 1J9"))
            .Line(200, (50, "Charges by line"))
            .Line(218, (60, "416-320-4134"), (250, "Business Unlimited"))
            .Line(240, (50, "Total due"), (250, "$97.35"))
            .Build(fromOcr: true);
    }
}
