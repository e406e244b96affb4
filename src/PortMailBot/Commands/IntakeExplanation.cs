using System.Text.Json;
using System.Text.Json.Serialization;
using PortMailBot.Intake;
using PortMailBot.Intake.Verdicts;

namespace PortMailBot.Commands;

/// <summary>What the engine read from a message and its documents, for an operator who asks why
/// (<c>check --explain</c>): written to stderr so stdout stays the contract's JSON Lines.</summary>
internal static class IntakeExplanation
{
    private static readonly JsonSerializerOptions Options = new(VerdictJson.Options) { WriteIndented = true, Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) } };

    public static string Describe(IntakeResult result) => JsonSerializer.Serialize(
        new
        {
            file = result.Verdict.File,
            request = result.Request,
            documents = result.Documents.SelectMany(d => d.WithEnclosed()).Select(d => new
            {
                d.FileName,
                kind = VerdictBuilder.KindName(d.Kind),
                d.Ocr,
                d.Unreadable,
                d.Signed,
                d.StatementDate,
                d.Names,
                d.ServiceAddress,
                d.AccountNumber,
                d.PhoneNumbers,
                d.Addresses,
                d.Sources,
            }),
            // Each mismatch with the two values compared and where the document's was read; each field
            // no document of a kind let the engine confirm, for the operator to check by eye.
            mismatches = result.Verdict.Findings.Where(f => f.Status == FieldFinding.Differs),
            unconfirmed = result.Verdict.Unconfirmed,
        },
        Options);
}
