using PortMailBot.Intake.Addresses;
using PortMailBot.Intake.Names;
using PortMailBot.Intake.Numbers;

namespace PortMailBot.Intake.Requests;

/// <summary>What the customer states in the message text itself.</summary>
public sealed record RequestFields
{
    /// <summary>The account SID, lower-cased, when a valid one was found.</summary>
    public string? AccountSid { get; init; }

    /// <summary>Something labelled as the SID is not <c>AC</c> + 32 hex digits (and no valid one was found).</summary>
    public bool AccountSidInvalid { get; init; }

    public PersonName? AuthorizedUser { get; init; }

    public PostalAddress? ServiceAddress { get; init; }

    /// <summary>Businesses the text names as businesses ("on behalf of Silver Birch", "Company: Blue Heron"), and
    /// those the documents label as one: a document's holder line that is one of them names no person.</summary>
    public IReadOnlyList<string> Businesses { get; init; } = [];

    /// <summary>Numbers given in the text, ranges expanded, in order of appearance, distinct.</summary>
    public IReadOnlyList<RequestedNumber> Numbers { get; init; } = [];

    /// <summary><c>fr</c> for a request written in French, else <c>en</c>.</summary>
    public string Language { get; init; } = "en";
}
