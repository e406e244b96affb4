using System.Security.Cryptography;
using System.Text.Json;

namespace PortMailBot.Daemon.Tests.Tokens;

/// <summary>A Google service account key, as the console downloads it, with a fresh RSA key.</summary>
internal static class ServiceAccountKeys
{
    public static string Json(string clientEmail, string tokenUri)
    {
        using var rsa = RSA.Create(2048);
        return JsonSerializer.Serialize(new Dictionary<string, string>
        {
            ["type"] = "service_account",
            ["project_id"] = "project",
            ["private_key_id"] = "1",
            ["private_key"] = rsa.ExportPkcs8PrivateKeyPem(),
            ["client_email"] = clientEmail,
            ["client_id"] = "1",
            ["token_uri"] = tokenUri,
        });
    }
}
