using Microsoft.AspNetCore.Identity;

namespace PortMailBot.Web.Security;

/// <summary>ASP.NET Core's password hasher (PBKDF2, salted, its version in the hash) for the local accounts.</summary>
public static class OperatorPasswords
{
    /// <summary>Shorter passwords are refused when an account is created.</summary>
    public const int MinimumLength = 12;

    private static readonly PasswordHasher<string> Hasher = new();

    public static string Hash(string email, string password) => Hasher.HashPassword(email, password);

    public static bool Verify(string email, string hash, string password)
    {
        try
        {
            return Hasher.VerifyHashedPassword(email, hash, password) != PasswordVerificationResult.Failed;
        }
        catch (FormatException)
        {
            // A damaged hash is a refusal, not a crash.
            return false;
        }
    }
}
