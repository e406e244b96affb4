using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace PortMailBot.Intake.Verdicts;

/// <summary>Writes verdicts as JSON Lines, the check command's output format; the same options write and read
/// what the daemon stores as JSON (a request's fields, a document's extraction).</summary>
public static class VerdictJson
{
    public static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = false,
    };

    public static string ToLine(Verdict verdict) => JsonSerializer.Serialize(verdict, Options);

    public static Verdict? FromLine(string line) => JsonSerializer.Deserialize<Verdict>(line, Options);

    /// <summary>Stored JSON back to its type, never trusted: null when there is none or it does not read
    /// (written by another version, blanked, damaged), so a reader leaves the value out instead of failing.</summary>
    public static T? TryRead<T>(string? json)
        where T : class
    {
        if (string.IsNullOrEmpty(json))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<T>(json, Options);
        }
        catch (Exception ex) when (ex is JsonException or NotSupportedException or ArgumentException)
        {
            return null;
        }
    }
}
