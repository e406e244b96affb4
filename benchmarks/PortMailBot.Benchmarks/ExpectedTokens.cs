using System.Text.Json;

namespace PortMailBot.Benchmarks;

/// <summary>Words each case's documents should contain (names, postal code, street line, numbers),
/// from samples/expected.jsonl: a rough accuracy count to compare preprocessing choices by.</summary>
internal static class ExpectedTokens
{
    public static Dictionary<string, List<string>> Load(string casesFolder)
    {
        var result = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var path = Path.Combine(casesFolder, "..", "expected.jsonl");
        foreach (var line in File.ReadLines(path).Where(l => l.Trim().Length > 0))
        {
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            var caseNumber = Path.GetFileNameWithoutExtension(root.GetProperty("file").GetString()!);
            var tokens = new List<string>();
            if (root.TryGetProperty("authorizedUser", out var user) && user.ValueKind == JsonValueKind.Object)
            {
                tokens.AddRange(new[] { "firstName", "lastName" }.Select(p => user.TryGetProperty(p, out var v) ? v.GetString() : null).OfType<string>());
            }

            if (root.TryGetProperty("serviceAddress", out var address) && address.ValueKind == JsonValueKind.Object)
            {
                tokens.AddRange(new[] { "postalCode", "city" }.Select(p => address.TryGetProperty(p, out var v) ? v.GetString() : null).OfType<string>());
            }

            if (root.TryGetProperty("numbers", out var numbers) && numbers.ValueKind == JsonValueKind.Array)
            {
                tokens.AddRange(numbers.EnumerateArray().Select(n => n.GetProperty("number").GetString()!).Select(n => "#" + n[^10..]));
            }

            result[caseNumber] = tokens;
        }

        return result;
    }

    public static int Hits(IEnumerable<string> tokens, string text)
    {
        var digits = new string(text.Where(char.IsAsciiDigit).ToArray());
        return tokens.Count(t => t.StartsWith('#') ? digits.Contains(t[1..], StringComparison.Ordinal) : text.Contains(t, StringComparison.OrdinalIgnoreCase));
    }
}
