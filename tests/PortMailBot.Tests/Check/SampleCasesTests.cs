using System.Globalization;
using System.Text;
using System.Text.Json;
using PortMailBot.Intake.Verdicts;
using PortMailBot.TestData;
using PortMailBot.Tests.Support;

namespace PortMailBot.Tests.Check;

/// <summary>Runs the check pipeline over every public sample and compares it with
/// <c>expected.jsonl</c> field by field, as the outside scorer does.</summary>
public sealed class SampleCasesTests(IntakeHostFixture fixture) : IClassFixture<IntakeHostFixture>
{
    private static readonly DateOnly AsOf = new(2026, 11, 28);

    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        var expected = RepoPaths.Shared("samples", "expected.jsonl");
        if (expected is null)
        {
            data.Add("(samples absent)");
            return data;
        }

        foreach (var verdict in ExpectedVerdict.Load(expected))
        {
            data.Add(verdict.File);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Sample_verdict_matches_expected(string file)
    {
        var expectedPath = SharedFiles.Require("samples", "expected.jsonl");
        var expected = ExpectedVerdict.Load(expectedPath).Single(v => v.File == file);
        if (expected.Scanned && !fixture.Host.OcrAvailable)
        {
            Assert.Skip($"{file} has scanned documents and no OCR engine is installed (scripts/install-ocr.sh).");
        }

        var path = SharedFiles.Require("samples", file);
        using var stream = File.OpenRead(path);
        var actual = fixture.Host.Pipeline.Check(stream, path, AsOf, TestContext.Current.CancellationToken).Verdict;

        var differences = Compare(expected.Json, actual);
        Assert.True(differences.Length == 0, $"{file} ({expected.Note}) differs:\n{differences}\nactual: {VerdictJson.ToLine(actual)}");
    }

    private static string Compare(JsonElement expected, Verdict actual)
    {
        var report = new StringBuilder();
        void Check(string field, object? want, object? got)
        {
            if (!Equals(want, got))
            {
                report.AppendLine(CultureInfo.InvariantCulture, $"  {field}: expected {want ?? "null"}, got {got ?? "null"}");
            }
        }

        Check("decision", expected.GetProperty("decision").GetString(), actual.Decision);
        Check("reasons", string.Join(",", expected.GetProperty("reasons").EnumerateArray().Select(r => r.GetString())), string.Join(",", actual.Reasons));
        Check("accountSid", Text(expected, "accountSid"), actual.AccountSid);
        var user = expected.GetProperty("authorizedUser");
        Check(
            "authorizedUser",
            user.ValueKind == JsonValueKind.Null ? null : Fold(Text(user, "firstName") + " " + Text(user, "lastName")),
            actual.AuthorizedUser is null ? null : Fold(actual.AuthorizedUser.FirstName + " " + actual.AuthorizedUser.LastName));
        var address = expected.GetProperty("serviceAddress");
        Check("postalCode", address.ValueKind == JsonValueKind.Null ? null : Text(address, "postalCode"), actual.ServiceAddress?.PostalCode);
        Check("province", address.ValueKind == JsonValueKind.Null ? null : Text(address, "province"), actual.ServiceAddress?.Province);
        Check(
            "numbers",
            string.Join(" ", expected.GetProperty("numbers").EnumerateArray().Select(n => NumberKey(Text(n, "number")!, Text(n, "type")!)).Order(StringComparer.Ordinal)),
            string.Join(" ", actual.Numbers.Select(n => NumberKey(n.Number, n.Type)).Order(StringComparer.Ordinal)));
        var expectedDocuments = expected.GetProperty("documents").EnumerateArray().ToList();
        Check(
            "billDate",
            expectedDocuments.Where(d => Text(d, "kind") == "bill").Select(d => Text(d, "date")).FirstOrDefault(),
            actual.Documents.Where(d => d.Kind == "bill").Select(d => d.Date).FirstOrDefault());
        Check(
            "documentKinds",
            string.Join(",", expectedDocuments.Select(d => Text(d, "kind")).Where(k => k != "other").Order(StringComparer.Ordinal)),
            string.Join(",", actual.Documents.Select(d => d.Kind).Where(k => k != "other").Order(StringComparer.Ordinal)));
        return report.ToString();
    }

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static string NumberKey(string number, string type) =>
        type == "invalid" ? $"invalid:{new string([.. number.Where(char.IsAsciiDigit)])[^7..]}" : $"{type}:{number}";

    private static string Fold(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var letters = decomposed.Where(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark && char.IsLetterOrDigit(c) || c == ' ');
        return string.Join(' ', new string([.. letters]).ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }
}

public sealed class IntakeHostFixture : IDisposable
{
    public IntakeHost Host { get; } = new();

    public void Dispose() => Host.Dispose();
}
