using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace PortMailBot.Intake.Verdicts;

/// <summary>Writes verdicts as JSON Lines, the check command's output format.</summary>
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
}
