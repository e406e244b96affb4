using PortMailBot.Intake.Documents;

namespace PortMailBot.Intake.Verdicts;

/// <summary>How one field of the request fared against one kind of document: it differs (a mismatch reason
/// was given) or it could not be confirmed because the document shows no readable value for it, or only one
/// whose difference rests on words OCR read unsurely (no reason: the reviewing operator checks it by eye).</summary>
public sealed record FieldFinding(
    string DocumentKind,
    string Field,
    string Status,
    string? Code,
    string? Requested,
    IReadOnlyList<FoundValue> Found,
    IReadOnlyList<string> Documents)
{
    /// <summary>For a field left unconfirmed although a value was read: the words OCR read too unsurely for
    /// their difference to count, with its confidence in each.</summary>
    public IReadOnlyList<WordRead> Unsure { get; init; } = [];

    public const string Differs = "differs";
    public const string Unconfirmed = "unconfirmed";

    public const string NameField = "name";
    public const string AddressField = "address";
    public const string NumbersField = "numbers";
}

/// <summary>A value a document shows, and where it was read (page and word boxes when known).</summary>
public sealed record FoundValue(string Document, string Value, int? Page, IReadOnlyList<PageBox> Boxes);
