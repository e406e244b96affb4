using PortMailBot.Intake.Addresses;
using PortMailBot.Intake.Documents;
using PortMailBot.Intake.Documents.Fields;
using PortMailBot.Intake.Matching;
using PortMailBot.Intake.Names;
using PortMailBot.Intake.Numbers;
using PortMailBot.Intake.Requests;

namespace PortMailBot.Intake.Verdicts;

/// <summary>Compares the request with the documents of one kind (several documents of a kind, pages sent
/// apart, are read as one). A field the documents show and that differs is a mismatch; a field none of them
/// shows readably, or whose difference rests on words OCR read unsurely, is not a difference: it is reported
/// as unconfirmed, for the operator to check by eye.</summary>
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
        if (request.AuthorizedUser is { } user)
        {
            CheckName(user, request.Businesses, documents, codes, reasons, findings);
        }

        if (request.ServiceAddress is { IsPoBox: false } address)
        {
            CheckAddress(address, documents, codes, reasons, findings);
        }

        CheckNumbers(portable, documents, codes, reasons, findings);
    }

    private static void CheckName(PersonName user, IReadOnlyList<string> businesses, IReadOnlyList<ExtractedDocument> documents, Codes codes, SortedSet<string> reasons, List<FieldFinding> findings)
    {
        var names = documents.Select(d => d.FileName).ToList();
        // A holder line that the request (or a document's business field) names as a business is that business,
        // even with no business word in it ("Silver Birch"): it names no person, so it is not a different one.
        var readable = documents.Where(d => d.Names.Any(n => IsPersonName(n) && !BusinessNames.IsOneOf(AddressBlocks.WithoutAttention(n), businesses))).ToList();
        if (readable.Count == 0)
        {
            findings.Add(new FieldFinding(codes.Kind, FieldFinding.NameField, FieldFinding.Unconfirmed, null, user.FullName, NameValues(documents), names));
            return;
        }

        if (documents.Any(d => d.Names.Any(name => NameComparer.Same(user, name, d.Ocr))))
        {
            return;
        }

        var unsure = UnsureAgreement(
            documents,
            FieldSource.Name,
            user.FullName,
            d => d.Names.Select(n => (IReadOnlyList<string?>)[n]).ToList(),
            reading => NameComparer.Same(user, reading[0] ?? string.Empty, ocr: true));
        if (unsure is not null)
        {
            findings.Add(new FieldFinding(codes.Kind, FieldFinding.NameField, FieldFinding.Unconfirmed, null, user.FullName, NameValues(readable), names) { Unsure = unsure });
            return;
        }

        // A scan that read an accented letter as another accented letter ("Cété" for "Côté") did not read the name
        // surely enough to differ; a name that differs in any other letter is still another name.
        if (documents.Any(d => d.Ocr && d.Names.Any(name => OcrAccents.ReadAs(name, user.FullName) is { } reading && NameComparer.Same(user, reading, ocr: true))))
        {
            findings.Add(new FieldFinding(codes.Kind, FieldFinding.NameField, FieldFinding.Unconfirmed, null, user.FullName, NameValues(readable), names));
            return;
        }

        // A first name shown only as its initial, beside the same last name, is not read whole: no difference is claimed.
        if (documents.Any(d => d.Names.Any(name => NameComparer.SameInitial(user, name))))
        {
            findings.Add(new FieldFinding(codes.Kind, FieldFinding.NameField, FieldFinding.Unconfirmed, null, user.FullName, NameValues(readable), names));
            return;
        }

        reasons.Add(codes.NameMismatch);
        findings.Add(new FieldFinding(codes.Kind, FieldFinding.NameField, FieldFinding.Differs, codes.NameMismatch, user.FullName, NameValues(readable), names));
    }

    private static void CheckAddress(PostalAddress address, IReadOnlyList<ExtractedDocument> documents, Codes codes, SortedSet<string> reasons, List<FieldFinding> findings)
    {
        var names = documents.Select(d => d.FileName).ToList();
        var readable = documents.Where(d => AddressesOf(d).Any(IsReadableAddress)).ToList();
        var requested = Describe(address);
        if (readable.Count == 0)
        {
            findings.Add(new FieldFinding(codes.Kind, FieldFinding.AddressField, FieldFinding.Unconfirmed, null, requested, AddressValues(documents), names));
            return;
        }

        if (documents.Any(d => AddressesOf(d).Any(written => AddressComparer.Same(address, written, d.Ocr))))
        {
            return;
        }

        var unsure = UnsureAgreement(
            documents,
            FieldSource.Address,
            requested,
            d => AddressesOf(d).Select(UnsureAddress.Fields).ToList(),
            reading => AddressComparer.Same(address, UnsureAddress.FromFields(reading), ocr: true));
        if (unsure is not null)
        {
            findings.Add(new FieldFinding(codes.Kind, FieldFinding.AddressField, FieldFinding.Unconfirmed, null, requested, AddressValues(readable), names) { Unsure = unsure });
            return;
        }

        reasons.Add(codes.AddressMismatch);
        findings.Add(new FieldFinding(codes.Kind, FieldFinding.AddressField, FieldFinding.Differs, codes.AddressMismatch, requested, AddressValues(readable), names));
    }

    private static void CheckNumbers(IReadOnlyList<string> portable, IReadOnlyList<ExtractedDocument> documents, Codes codes, SortedSet<string> reasons, List<FieldFinding> findings)
    {
        var names = documents.Select(d => d.FileName).ToList();
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

        // A scan that shows, in place of a requested number, one that no carrier could have issued and that differs
        // from it by one digit has misread it ("(437)" read "(497)"): that number is not read, not different. So has
        // one read unsurely that differs by one digit OCR commonly confuses ("2323" read "2328").
        var misread = missing.Where(n => documents.Any(d => d.Ocr
            && (d.PhoneNumbers.Any(shownNumber => IsMisreadingOf(shownNumber, n)) || d.UnsureNumbers.Any(shownNumber => IsUnsureReadingOf(shownNumber, n))))).ToList();
        var differing = missing.Except(misread, StringComparer.Ordinal).ToList();
        if (misread.Count > 0)
        {
            findings.Add(new FieldFinding(codes.Kind, FieldFinding.NumbersField, FieldFinding.Unconfirmed, null, string.Join(", ", misread), numberValues, names));
        }

        if (differing.Count == 0)
        {
            return;
        }

        reasons.Add(codes.NumbersMismatch);
        findings.Add(new FieldFinding(codes.Kind, FieldFinding.NumbersField, FieldFinding.Differs, codes.NumbersMismatch, string.Join(", ", differing), numberValues, names));
    }

    /// <summary>Whether <paramref name="shownNumber"/> (E.164) is an impossible number one digit away from
    /// <paramref name="requested"/>.</summary>
    private static bool IsMisreadingOf(string shownNumber, string requested)
    {
        if (shownNumber.Length != 12 || requested.Length != 12 || !shownNumber.StartsWith("+1", StringComparison.Ordinal))
        {
            return false;
        }

        var differences = 0;
        for (var i = 0; i < shownNumber.Length && differences <= 1; i++)
        {
            differences += shownNumber[i] == requested[i] ? 0 : 1;
        }

        return differences == 1 && NanpNumberClassifier.Classify(shownNumber[2..]).Type == NumberType.Invalid;
    }

    /// <summary>Whether <paramref name="shown"/> differs from <paramref name="requested"/> by one digit only, read
    /// unsurely, one of a pair OCR commonly confuses.</summary>
    private static bool IsUnsureReadingOf(UnsureNumber shown, string requested)
    {
        var number = shown.Number;
        if (number.Length != requested.Length)
        {
            return false;
        }

        var differing = Enumerable.Range(0, number.Length).Where(i => number[i] != requested[i]).ToList();
        return differing is [var at] && shown.UnsurePositions.Contains(at) && UnsureReadings.AreConfusedDigits(number[at], requested[at]);
    }

    /// <summary>The unsure words of the first value a document of OCR shows that agrees with the request once
    /// its unsure words are read as the request's (<see cref="UnsureReadings"/>); null when there is none.</summary>
    private static List<WordRead>? UnsureAgreement(
        IReadOnlyList<ExtractedDocument> documents,
        string field,
        string requested,
        Func<ExtractedDocument, IReadOnlyList<IReadOnlyList<string?>>> values,
        Func<IReadOnlyList<string?>, bool> agrees)
    {
        foreach (var document in documents.Where(d => d.Ocr))
        {
            var sources = document.Sources.Where(s => s.Field == field).ToList();
            var read = values(document);
            for (var index = 0; index < read.Count && index < sources.Count; index++)
            {
                var unsure = sources[index].Words.Where(w => UnsureReadings.IsUnsure(w.Confidence)).ToList();
                if (unsure.Count > 0 && UnsureReadings.Readings(read[index], unsure.Select(w => w.Text), requested).Any(agrees))
                {
                    return unsure;
                }
            }
        }

        return null;
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
