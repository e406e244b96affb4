namespace PortMailBot.Intake.Documents;

/// <summary>Where a field's value was read on a document: its page and the boxes of the words it was read
/// from (PDF points or image pixels, as the page's own units), so an operator can look at the very spot,
/// and each word as read with the engine's confidence in it (1 for a text layer).</summary>
public sealed record FieldSource(string Field, string Value, int Page, IReadOnlyList<PageBox> Boxes)
{
    public const string Name = "name";
    public const string Address = "address";
    public const string StatementDate = "statementDate";

    /// <summary>The words the value was read from, in the order of <see cref="Boxes"/>.</summary>
    public IReadOnlyList<WordRead> Words { get; init; } = [];

    public static FieldSource Of(string field, string value, int page, IEnumerable<TextWord> words)
    {
        var list = words.ToList();
        return new(field, value, page, list.Select(w => w.Box).ToList())
        {
            Words = list.Select(w => new WordRead(w.Text, Math.Round(w.Confidence, 2))).ToList(),
        };
    }
}

/// <summary>A word as read, with the reader's confidence in it (0..1).</summary>
public sealed record WordRead(string Text, double Confidence);
