namespace PortMailBot.Intake.Documents;

/// <summary>Where a field's value was read on a document: its page and the boxes of the words it was read
/// from (PDF points or image pixels, as the page's own units), so an operator can look at the very spot.</summary>
public sealed record FieldSource(string Field, string Value, int Page, IReadOnlyList<PageBox> Boxes)
{
    public const string Name = "name";
    public const string Address = "address";
    public const string StatementDate = "statementDate";

    public static FieldSource Of(string field, string value, int page, IEnumerable<TextWord> words) =>
        new(field, value, page, words.Select(w => w.Box).ToList());
}
