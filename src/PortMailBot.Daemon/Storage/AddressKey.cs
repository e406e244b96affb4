namespace PortMailBot.Daemon.Storage;

/// <summary>The form in which mail addresses are compared everywhere in the daemon: trimmed and lower-cased
/// in every script (<c>Élise@Example.com</c> = <c>élise@example.com</c>), as every real server treats them.
/// Compared in code, not in SQL, whose <c>lower()</c> folds ASCII only (SQLite).</summary>
public static class AddressKey
{
    public static string Of(string? address) => (address ?? "").Trim().ToLowerInvariant();

    public static bool Same(string? a, string? b) => a is not null && b is not null && Of(a) == Of(b);
}
