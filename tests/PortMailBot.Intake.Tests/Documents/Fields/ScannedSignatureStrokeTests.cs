using PortMailBot.Intake.Documents;

namespace PortMailBot.Intake.Tests.Documents.Fields;

/// <summary>A scanned LOA signed on the line right of its caption, or under a caption printed in a box's corner:
/// generated forms (caption words, places, a flat or a tall stroke) with the form's rules inked as a scan shows
/// them. The stroke signs the form; the rules alone (the line signed on, the box's borders) do not.</summary>
public sealed class ScannedSignatureStrokeTests
{
    private const double Rule = 0.6;

    public static TheoryData<int> Seeds() => [1, 2, 3, 4, 5, 6, 7, 8];

    private static readonly string[] Captions = ["Signature:", "Customer signature", "Signature of account holder", "Signature du titulaire"];

    /// <summary>A wavy pen stroke from <paramref name="left"/> as small inked boxes, at least as tall as the
    /// caption's print: a stroke flatter than that is a line to the eye too.</summary>
    private static IEnumerable<(PageBox, double)> Stroke(Random random, double left, double baseline, double width, double height)
    {
        var amplitude = height * (0.7 + (0.3 * random.NextDouble()));
        var waves = random.Next(3, 7);
        for (var x = left; x < left + width; x += 1.5)
        {
            var y = baseline - (amplitude * (0.5 + (0.5 * Math.Sin((x - left) / width * waves * 2 * Math.PI))));
            yield return (new PageBox(x, y - 0.8, x + 1.5, y + 0.8), 0.4);
        }
    }

    private static PageBuilder Header() => new PageBuilder()
        .Line(40, (150, "LETTER OF AUTHORIZATION"))
        .Line(100, (60, "Name"), (250, "Jane Doe"))
        .Line(116, (60, "Address"), (250, "120 King St W, Toronto, ON M5H 1J9"))
        .Line(140, (60, "(416) 320-4134"))
        .Line(170, (60, "I, the undersigned, authorize Twilio and its carrier partners to port the numbers above."));

    [Theory]
    [MemberData(nameof(Seeds))]
    public void A_stroke_on_the_line_right_of_its_caption_signs_a_scan_and_the_line_alone_does_not(int seed)
    {
        var random = new Random(seed);
        var caption = Captions[seed % Captions.Length];
        var captionRight = 60 + (caption.Length * 6.0) + (caption.Split(' ').Length * 3);
        var lineLeft = captionRight + random.Next(5, 30);
        var lineRight = lineLeft + random.Next(150, 260);
        var top = 230.0 + random.Next(0, 60);
        var rule = (new PageBox(lineLeft, top + 11, lineRight, top + 11.8), Rule);
        PageBuilder Form() => Header().Line(top, (60, caption)).Line(top + 50, (60, "Print name: Jane Doe"));

        var stroke = Stroke(random, lineLeft + 5, top + 9, Math.Min(lineRight - lineLeft - 10, random.Next(90, 140)), random.Next(12, 24));
        var signed = Form().Build(fromOcr: true, ink: new FakeInk([rule, .. stroke]));
        var blank = Form().Build(fromOcr: true, ink: new FakeInk(rule));

        Assert.True(DocumentReader.FromPages("scan.jpg", [signed]).Signed);
        Assert.False(DocumentReader.FromPages("scan.jpg", [blank]).Signed);
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void A_stroke_under_a_caption_in_a_box_signs_a_scan_and_the_empty_box_does_not(int seed)
    {
        var random = new Random(seed);
        var caption = Captions[seed % Captions.Length].TrimEnd(':');
        var top = 230.0 + random.Next(0, 60);
        var boxHeight = random.Next(40, 60);
        var boxRight = random.Next(260, 300);
        (PageBox, double)[] borders =
        [
            (new PageBox(50, top - 4, boxRight, top - 3.3), Rule), (new PageBox(50, top + boxHeight, boxRight, top + boxHeight + 0.7), Rule),
            (new PageBox(50, top - 4, 50.7, top + boxHeight + 0.7), Rule), (new PageBox(boxRight, top - 4, boxRight + 0.7, top + boxHeight + 0.7), Rule),
            (new PageBox(boxRight + 10, top - 4, 500, top - 3.3), Rule), (new PageBox(boxRight + 10, top + boxHeight, 500, top + boxHeight + 0.7), Rule),
        ];
        var width = random.Next(80, 150);
        var height = Math.Min(boxHeight - 24, random.Next(12, 24));
        var stroke = Stroke(random, 70, top + boxHeight - 8, width, height);

        // OCR may read the stroke as a word of no confidence, on one line with the date in the next box.
        var dateTop = seed % 2 == 0 ? top + 22 : top + boxHeight - 8 - height;
        PageBuilder Form() => Header().Line(top, (54, caption), (boxRight + 14, "Date")).Line(dateTop, (boxRight + 20, "November 25, 2026"));
        var scribble = new PageBox(70, top + boxHeight - 8 - height, 70 + width, top + boxHeight - 8);
        var signed = (seed % 2 == 0 ? Form() : Form().Word("!—_--_-~~", scribble, 0))
            .Build(fromOcr: true, ink: new FakeInk([.. borders, .. stroke]));
        var blank = Form().Build(fromOcr: true, ink: new FakeInk(borders));

        Assert.True(DocumentReader.FromPages("scan.jpg", [signed]).Signed);
        Assert.False(DocumentReader.FromPages("scan.jpg", [blank]).Signed);
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void A_speck_or_a_tick_beside_the_caption_does_not_sign_a_scan(int seed)
    {
        var random = new Random(seed);
        var top = 230.0 + random.Next(0, 60);
        var x = 160.0 + random.Next(0, 80);
        (PageBox, double)[] marks =
        [
            (new PageBox(130, top + 11, 400, top + 11.8), Rule),
            (new PageBox(x, top + 2, x + 2, top + 4), 0.5), (new PageBox(x + 12, top + 5, x + 15, top + 8), 0.5),
        ];
        var page = Header().Line(top, (60, "Signature:")).Line(top + 50, (60, "Print name: Jane Doe"))
            .Build(fromOcr: true, ink: new FakeInk(marks));

        Assert.False(DocumentReader.FromPages("scan.jpg", [page]).Signed);
    }
}
