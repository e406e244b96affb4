using System.Text.Json;
using PortMailBot.Intake.Documents;
using PortMailBot.Intake.Matching;
using PortMailBot.Intake.Text;

namespace PortMailBot.Benchmarks;

/// <summary>What one scanned document of a sample case should yield, from the set's expected.jsonl:
/// its kind, the request's names, postal code and Canadian numbers (unless the case says the document
/// differs in that field on purpose), and a bill's statement date.</summary>
internal sealed record ScanExpectation(string Set, string Case, string FileName, string Kind, bool Hard,
    IReadOnlyList<string> Names, string? PostalCode, IReadOnlyList<string> Numbers, DateOnly? Date)
{
    public static IEnumerable<ScanExpectation> Load(string casesFolder, string set)
    {
        foreach (var line in File.ReadLines(Path.Combine(casesFolder, "..", "expected.jsonl")).Where(l => l.Trim().Length > 0))
        {
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            var caseNumber = Path.GetFileNameWithoutExtension(root.GetProperty("file").GetString()!);
            var hard = root.TryGetProperty("category", out var category) && category.GetString() == "hard-ocr";
            var reasons = root.GetProperty("reasons").EnumerateArray().Select(r => r.GetString()!).ToHashSet(StringComparer.Ordinal);
            var names = new List<string>();
            if (root.GetProperty("authorizedUser") is { ValueKind: JsonValueKind.Object } user)
            {
                names.AddRange(new[] { "firstName", "lastName" }.Select(p => user.GetProperty(p).GetString()).OfType<string>());
            }

            var postal = root.GetProperty("serviceAddress") is { ValueKind: JsonValueKind.Object } address
                ? address.GetProperty("postalCode").GetString()
                : null;
            var numbers = root.GetProperty("numbers").EnumerateArray()
                .Where(n => n.GetProperty("type").GetString() == "geographic")
                .Select(n => n.GetProperty("number").GetString()![^10..])
                .ToList();
            var date = root.TryGetProperty("billDate", out var billDate) && billDate.ValueKind == JsonValueKind.String
                ? DateOnly.Parse(billDate.GetString()!, System.Globalization.CultureInfo.InvariantCulture)
                : (DateOnly?)null;
            foreach (var document in root.GetProperty("documents").EnumerateArray().Where(d => d.GetProperty("ocr").GetBoolean()))
            {
                var kind = document.GetProperty("kind").GetString()!;
                if (kind is not ("loa" or "csr" or "bill"))
                {
                    continue;
                }

                bool Differs(string field) => reasons.Contains($"{kind}-{field}-mismatch");
                yield return new ScanExpectation(set, caseNumber, document.GetProperty("filename").GetString()!, kind, hard,
                    Differs("name") ? [] : names,
                    Differs("address") ? null : postal,
                    Differs("numbers") ? [] : numbers,
                    kind == "bill" && !reasons.Contains("bill-date-missing") ? date : null);
            }
        }
    }

    public ScanScore Score(string text, ExtractedDocument document)
    {
        var folded = TextFold.Fold(text);
        var compact = TextFold.Compact(text);
        var digits = new string(text.Where(char.IsAsciiDigit).ToArray());
        var missed = new List<string>();
        var total = 0;
        void Check(bool read, string what)
        {
            total++;
            if (!read)
            {
                missed.Add(what);
            }
        }

        Check(string.Equals(document.Kind.ToString(), Kind, StringComparison.OrdinalIgnoreCase), $"kind({document.Kind})");
        foreach (var name in Names)
        {
            Check(TextFold.ContainsPhrase(folded, TextFold.Fold(name)), "name:" + name);
        }

        if (PostalCode is not null)
        {
            Check(ContainsPostalCode(compact, TextFold.Compact(PostalCode)), "postal:" + PostalCode);
        }

        foreach (var number in Numbers)
        {
            Check(digits.Contains(number, StringComparison.Ordinal), "number:" + number);
        }

        if (Date is { } date)
        {
            Check(document.StatementDate == date, $"date({document.StatementDate?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "none"})");
        }

        return new ScanScore(total - missed.Count, total, missed);
    }

    /// <summary>Whether six characters of <paramref name="compact"/> spell the postal code, reading OCR's usual
    /// confusions the way the code's letter-digit form settles them (as the matching does: M5V read "MSV").</summary>
    private static bool ContainsPostalCode(string compact, string postal)
    {
        for (var start = 0; start + 6 <= compact.Length; start++)
        {
            var same = true;
            for (var i = 0; i < 6 && same; i++)
            {
                var read = compact[start + i];
                var settled = i % 2 == 0 ? AsLetter(read) : AsDigit(read);
                same = settled == postal[i];
            }

            if (same)
            {
                return true;
            }
        }

        return false;
    }

    private static char AsLetter(char c) => c switch { '0' => 'o', '1' => 'i', '5' => 's', '8' => 'b', '2' => 'z', '6' => 'g', _ => c };

    private static char AsDigit(char c) => c switch { 'o' => '0', 'i' or 'l' => '1', 's' => '5', 'b' => '8', 'z' => '2', 'g' => '6', _ => c };
}

internal sealed record ScanScore(int Read, int Total, IReadOnlyList<string> Missed);
