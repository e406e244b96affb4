using System.Text.Json;

namespace PortMailBot.Daemon.Tokens;

/// <summary>The fields of a Google service account's JSON key the daemon uses.</summary>
internal sealed record ServiceAccountKey(string ClientEmail, string PrivateKey, string? TokenUri)
{
    private const int MaxBytes = 64 * 1024;

    public static ServiceAccountKey Read(string file)
    {
        if (new FileInfo(file).Length > MaxBytes)
        {
            throw new TokenAcquisitionException($"OAuth:ServiceAccountKeyFile {file} is larger than {MaxBytes} bytes: not a key.");
        }

        using var json = JsonDocument.Parse(File.ReadAllBytes(file));
        var root = json.RootElement;
        string? Text(string name) => root.ValueKind == JsonValueKind.Object && root.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
        if (!string.Equals(Text("type"), "service_account", StringComparison.Ordinal))
        {
            throw new TokenAcquisitionException($"OAuth:ServiceAccountKeyFile {file} is not a service account key (\"type\": \"service_account\").");
        }

        return new ServiceAccountKey(
            Text("client_email") ?? throw new TokenAcquisitionException($"OAuth:ServiceAccountKeyFile {file} has no client_email."),
            Text("private_key") ?? throw new TokenAcquisitionException($"OAuth:ServiceAccountKeyFile {file} has no private_key."),
            Text("token_uri"));
    }
}
