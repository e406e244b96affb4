using PortMailBot.Intake.Addresses;
using PortMailBot.Intake.Documents;
using PortMailBot.Intake.Documents.Fields;
using PortMailBot.Intake.Matching;
using PortMailBot.Intake.Names;
using PortMailBot.Intake.Requests;

namespace PortMailBot.Intake.Verdicts;

/// <summary>Compares the request with the documents of one kind (several documents of a kind, pages sent
/// apart, are read as one). A field the documents show and that differs is a mismatch; a field none of them
/// shows readably is not a difference: it is reported as unconfirmed, for the operator to check by eye.</summary>
internal static class DocumentCrossCheck
{
    public sealed record Codes(string Kind, string NameMismatch, string AddressMismatch, string NumbersMismatch);

    public static void Check(
        RequestFields request,
        IReadOnlyList<string> portable,
        IReadOnlyList<ExtractedDocument> documents,
        Codes codes,
        SortedSet<string> reasons,
        List<FieldFinding> findings)
    {
        var names = documents.Select(d => d.FileName).ToList();
        if (request.AuthorizedUser is { } user)
        {
            var readable = documents.Where(d => d.Names.Any(IsPersonName)).ToList();
            if (readable.Count == 0)
            {
                findings.Add(new FieldFinding(codes.Kind, FieldFinding.NameField, FieldFinding.Unconfirmed, null, user.FullName, NameValues(documents), names));
            }
            else if (!documents.Any(d => d.Names.Any(name => NameComparer.Same(user, name, d.Ocr))))
            {
                reasons.Add(codes.NameMismatch);
                findings.Add(new FieldFinding(codes.Kind, FieldFinding.NameField, FieldFinding.Differs, codes.NameMismatch, user.FullName, NameValues(readable), names));
            }
        }

        if (request.ServiceAddress is { IsPoBox: false } address)
        {
            var readable = documents.Where(d => AddressesOf(d).Any(IsReadableAddress)).ToList();
            var requested = Describe(address);
            if (readable.Count == 0)
            {
                findings.Add(new FieldFinding(codes.Kind, FieldFinding.AddressField, FieldFinding.Unconfirmed, null, requested, AddressValues(documents), names));
            }
            else if (!documents.Any(d => AddressesOf(d).Any(written => AddressComparer.Same(address, written, d.Ocr))))
            {
                reasons.Add(codes.AddressMismatch);
                findings.Add(new FieldFinding(codes.Kind, FieldFinding.AddressField, FieldFinding.Differs, codes.AddressMismatch, requested, AddressValues(readable), names));
            }
        }

        var shown = documents.SelectMany(d => d.PhoneNumbers).ToHashSet(StringComparer.Ordinal);
        var missing = portable.Where(n => !shown.Contains(n)).ToList();
        if (missing.Count == 0 || portable.Count == 0)
        {
            return;
        }

        var numberValues = documents.Select(d => new FoundValue(d.FileName, string.Join(", ", d.PhoneNumbers), null, [])).ToList();
        if (shown.Count == 0)
        {
            // Not one telephone number could be read on the document: nothing was compared.
            findings.Add(new FieldFinding(codes.Kind, FieldFinding.NumbersField, FieldFinding.Unconfirmed, null, string.Join(", ", missing), numberValues, names));
            return;
        }

        reasons.Add(codes.NumbersMismatch);
        findings.Add(new FieldFinding(codes.Kind, FieldFinding.NumbersField, FieldFinding.Differs, codes.NumbersMismatch, string.Join(", ", missing), numberValues, names));
    }

    /// <summary>A name is read when it names a person (first and last name), not only a business.</summary>
    private static bool IsPersonName(string name) => PersonNameParser.Parse(AddressBlocks.WithoutAttention(name)) is not null;

    /// <summary>An address is read when it has a civic number and a street name that is more than a type.</summary>
    private static bool IsReadableAddress(PostalAddress address) =>
        address.IsPoBox || address.StreetNumber is not null && AddressBlocks.HasNameWord(address);

    private static IReadOnlyList<PostalAddress> AddressesOf(ExtractedDocument document) =>
        document.Addresses.Count > 0 ? document.Addresses : document.ServiceAddress is { } one ? [one] : [];

    private static List<FoundValue> NameValues(IEnumerable<ExtractedDocument> documents) =>
        documents.SelectMany(d => d.Names.Select(n => Where(d, FieldSource.Name, n))).ToList();

    private static List<FoundValue> AddressValues(IEnumerable<ExtractedDocument> documents) =>
        documents.SelectMany(d => AddressesOf(d).Select((a, i) => Where(d, FieldSource.Address, Describe(a), i))).ToList();

    private static FoundValue Where(ExtractedDocument document, string field, string value, int index = -1)
    {
        var sources = document.Sources.Where(s => s.Field == field).ToList();
        var source = index >= 0 ? (index < sources.Count ? sources[index] : null) : sources.FirstOrDefault(s => s.Value == value);
        return new FoundValue(document.FileName, value, source?.Page, source?.Boxes ?? []);
    }

    public static string Describe(PostalAddress address)
    {
        var cityLine = string.Join(" ", new[] { address.City, address.Province, address.PostalCode }.Where(p => !string.IsNullOrWhiteSpace(p)));
        return string.Join(", ", new[] { address.Line1, address.Line2, cityLine }.Where(p => !string.IsNullOrWhiteSpace(p)));
    }
}
