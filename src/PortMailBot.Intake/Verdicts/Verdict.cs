using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;

namespace PortMailBot.Intake.Verdicts;

/// <summary>The decision on one message, shaped exactly as the check contract's verdict object.</summary>
public sealed record Verdict(
    string File,
    string? MessageId,
    string Decision,
    IReadOnlyList<string> Reasons,
    string? AccountSid,
    VerdictUser? AuthorizedUser,
    VerdictAddress? ServiceAddress,
    IReadOnlyList<VerdictNumber> Numbers,
    IReadOnlyList<VerdictDocument> Documents)
{
    public const string Accept = "accept";
    public const string Reject = "reject";

    [JsonIgnore]
    public bool Accepted => Decision == Accept;

    /// <summary>For each mismatch, the values compared and where they were read; and each field no document
    /// of a kind let the engine confirm. Not part of the check contract's JSON.</summary>
    [JsonIgnore]
    public IReadOnlyList<FieldFinding> Findings { get; init; } = [];

    /// <summary>The findings of fields that could not be confirmed.</summary>
    [JsonIgnore]
    public IEnumerable<FieldFinding> Unconfirmed => Findings.Where(f => f.Status == FieldFinding.Unconfirmed);
}

public sealed record VerdictUser(string FirstName, string LastName);

public sealed record VerdictAddress(string Line1, string? Line2, string? City, string? Province, string? PostalCode);

public sealed record VerdictNumber(string Number, string Type);

[SuppressMessage("Naming", "CA1720:Identifier contains type name", Justification = "Signed is the domain word (the LOA is signed by hand) and the verdict's JSON field name, not a type name.")]
public sealed record VerdictDocument(
    string Filename,
    string Kind,
    bool Ocr,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] bool? Signed = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Date = null);
