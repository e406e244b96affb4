using System.Diagnostics.CodeAnalysis;
using PortMailBot.Intake.Addresses;
using PortMailBot.Intake.Numbers;

namespace PortMailBot.Intake.Documents;

/// <summary>What was read from one attachment: its kind and the fields the cross-checks use.</summary>
public sealed record ExtractedDocument(string FileName, DocumentKind Kind)
{
    /// <summary>The SHA-256 of the file's bytes (<see cref="Documents.ContentHash"/>), set by the pipeline.</summary>
    public string? ContentHash { get; init; }

    /// <summary>For a document its wording did not classify: the kind it most resembles (some of that kind's
    /// words, and perhaps its file name), with its fields read as that kind. The request takes it as that kind
    /// only when no other attachment is one (<see cref="Classification.MissingKinds"/>).</summary>
    public DocumentKind? LikelyKind { get; init; }

    /// <summary>Whether any of its text came from OCR.</summary>
    public bool Ocr { get; init; }

    /// <summary>Why it could not be read; null when it was read.</summary>
    public string? Unreadable { get; init; }

    /// <summary>Pages of this document that were not read (over the page limit of a document or a message).</summary>
    public int PagesNotRead { get; init; }

    /// <summary>Why <see cref="PagesNotRead"/> pages were not read, for the reply; null when all were.</summary>
    public string? PagesNotReadReason { get; init; }

    /// <summary>For an LOA: whether it carries a signature.</summary>
    [SuppressMessage("Naming", "CA1720:Identifier contains type name", Justification = "Signed is the domain word (the LOA is signed by hand) and the verdict's JSON field name, not a type name.")]
    public bool? Signed { get; init; }

    /// <summary>For a bill: the statement (billing) date.</summary>
    public DateOnly? StatementDate { get; init; }

    /// <summary>Person names the document shows (authorized person, account holder, addressee), as written.</summary>
    public IReadOnlyList<string> Names { get; init; } = [];

    /// <summary>Business names the document labels as such ("Company name", "Entreprise", "Raison sociale").</summary>
    public IReadOnlyList<string> Businesses { get; init; } = [];

    /// <summary>The service address the document shows: its best-evidenced reading.</summary>
    public PostalAddress? ServiceAddress { get; init; }

    /// <summary>Every reading of an address on the document, best-evidenced first (the labelled service
    /// address, else the addressee block, letterhead or a sentence). The request's address agrees with the
    /// document when it agrees with one of them.</summary>
    public IReadOnlyList<PostalAddress> Addresses { get; init; } = [];

    /// <summary>Where the names, addresses and the statement date were read.</summary>
    public IReadOnlyList<FieldSource> Sources { get; init; } = [];

    public string? AccountNumber { get; init; }

    /// <summary>Phone numbers on the document, in E.164.</summary>
    public IReadOnlyList<string> PhoneNumbers { get; init; } = [];

    /// <summary>Those of <see cref="PhoneNumbers"/> with digits OCR read unsurely: one of them a commonly confused
    /// digit away from a requested number, in an unsure place, may be that number misread.</summary>
    public IReadOnlyList<UnsureNumber> UnsureNumbers { get; init; } = [];

    /// <summary>For a number list: the numbers it requests.</summary>
    public IReadOnlyList<RequestedNumber> ListedNumbers { get; init; } = [];

    /// <summary>Other documents scanned into the same file after this one's pages (the LOA, the CSR and the
    /// bill sent as one PDF), each classified and read on its own pages. The file is listed once, as this
    /// document; the checks use each of them (<see cref="WithEnclosed"/>).</summary>
    public IReadOnlyList<ExtractedDocument> Enclosed { get; init; } = [];

    /// <summary>This document, then the ones enclosed in the same file.</summary>
    public IEnumerable<ExtractedDocument> WithEnclosed() => [this, .. Enclosed];
}
