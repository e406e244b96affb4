using System.Globalization;
using System.Text.Json;
using PortMailBot.Intake.Documents;
using PortMailBot.Intake.Matching;
using PortMailBot.Intake.Text;

namespace PortMailBot.Intake.Tests.Documents;

/// <summary>Every text-layer PDF of the public samples: kind, bill date, LOA signature, and the names,
/// address and numbers the request states (where the case is not a mismatch of that document).</summary>
public sealed class SampleDocumentTests
{
    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        var ids = SampleAttachments.CaseIds();
        if (ids.Count == 0)
        {
            data.Add("none");
        }

        foreach (var id in ids)
        {
            data.Add(id);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Text_layer_pdfs_read_as_expected(string caseId)
    {
        if (SampleAttachments.CasesFolder is null)
        {
            Assert.Skip("../shared/samples is absent");
        }

        var expected = SampleAttachments.Expected(caseId);
        var reasons = expected.GetProperty("reasons").EnumerateArray().Select(r => r.GetString()!).ToList();
        var expectedDocs = expected.GetProperty("documents").EnumerateArray().ToList();
        var reader = new DocumentReader(new UnavailableOcrEngine());
        var checkedAny = false;
        foreach (var file in SampleAttachments.Attachments(caseId).Where(f => f.FileName.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase)))
        {
            var want = expectedDocs.Single(d => d.GetProperty("filename").GetString() == file.FileName);
            var document = reader.Read(file, TestContext.Current.CancellationToken);
            if (want.GetProperty("ocr").GetBoolean())
            {
                Assert.Equal("scanned document; OCR not available", document.Unreadable);
                continue;
            }

            var kind = want.GetProperty("kind").GetString();
            if (kind == "other")
            {
                Assert.NotNull(document.Unreadable);
                continue;
            }

            checkedAny = true;
            Assert.Null(document.Unreadable);
            Assert.Equal(kind, KindName(document.Kind));
            Assert.False(document.Ocr);
            CheckDateAndSignature(want, document);
            CheckFields(expected, reasons, kind!, document);
        }

        Assert.True(checkedAny || expectedDocs.All(d => d.GetProperty("ocr").GetBoolean() || d.GetProperty("kind").GetString() is "other" or "numbers")
            || !expectedDocs.Any(d => d.GetProperty("filename").GetString()!.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase)));
    }

    private static void CheckDateAndSignature(JsonElement want, ExtractedDocument document)
    {
        if (document.Kind == DocumentKind.Bill)
        {
            var date = want.GetProperty("date");
            var expectedDate = date.ValueKind == JsonValueKind.Null ? (DateOnly?)null : DateOnly.ParseExact(date.GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture);
            Assert.Equal(expectedDate, document.StatementDate);
        }
        else
        {
            Assert.Null(document.StatementDate);
        }

        if (document.Kind == DocumentKind.Loa)
        {
            Assert.Equal(want.GetProperty("signed").GetBoolean(), document.Signed);
        }
    }

    private static void CheckFields(JsonElement expected, List<string> reasons, string kind, ExtractedDocument document)
    {
        if (expected.GetProperty("authorizedUser") is { ValueKind: JsonValueKind.Object } user && !reasons.Contains(kind + "-name-mismatch"))
        {
            var first = TextFold.Fold(user.GetProperty("firstName").GetString()!);
            var last = TextFold.Fold(user.GetProperty("lastName").GetString()!);
            Assert.Contains(document.Names, n => TextFold.Fold(n).Contains(first, StringComparison.Ordinal) && TextFold.Fold(n).Contains(last, StringComparison.Ordinal));
        }

        if (expected.GetProperty("serviceAddress") is { ValueKind: JsonValueKind.Object } address
            && !reasons.Contains(kind + "-address-mismatch") && !reasons.Contains("service-address-po-box"))
        {
            Assert.NotNull(document.ServiceAddress);
            Assert.Equal(address.GetProperty("postalCode").GetString(), document.ServiceAddress.PostalCode);
            Assert.Equal(address.GetProperty("province").GetString(), document.ServiceAddress.Province);
            var line1 = address.GetProperty("line1").GetString()!;
            var streetNumber = new string(line1.TakeWhile(char.IsDigit).ToArray());
            Assert.Equal(streetNumber, document.ServiceAddress.StreetNumber);
        }

        if (!reasons.Contains(kind + "-numbers-mismatch"))
        {
            foreach (var number in expected.GetProperty("numbers").EnumerateArray().Where(n => n.GetProperty("type").GetString() == "geographic"))
            {
                Assert.Contains(number.GetProperty("number").GetString(), document.PhoneNumbers);
            }
        }
    }

    private static string KindName(DocumentKind kind) => kind.ToString().ToLowerInvariant();
}
