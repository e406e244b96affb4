using System.Text.Json;

namespace PortMailBot.Tests.Check;

/// <summary>One line of <c>samples/expected.jsonl</c>, with the fields the scorer compares.</summary>
public sealed record ExpectedVerdict(string File, JsonElement Json)
{
    public string Decision => Json.GetProperty("decision").GetString()!;

    public IReadOnlyList<string> Reasons => [.. Json.GetProperty("reasons").EnumerateArray().Select(r => r.GetString()!)];

    public string Note => Json.TryGetProperty("note", out var note) ? note.GetString() ?? "" : "";

    /// <summary>Whether any expected document was read by OCR (a scanned case).</summary>
    public bool Scanned => Json.GetProperty("documents").EnumerateArray().Any(d => d.GetProperty("ocr").GetBoolean());

    public static IReadOnlyList<ExpectedVerdict> Load(string path) =>
        [.. System.IO.File.ReadLines(path)
            .Where(line => !string.IsNullOrWhiteSpace(line))
            .Select(line => JsonDocument.Parse(line).RootElement.Clone())
            .Select(json => new ExpectedVerdict(json.GetProperty("file").GetString()!, json))];
}
