namespace PortMailBot.Daemon.Storage;

/// <summary>The web console's local sign-in accounts: one password hash per operator address (the hash is
/// made and checked by the console; the store never sees a password). Addresses are kept lower-case.</summary>
public sealed class OperatorAccounts(DaemonStore store, TimeProvider time)
{
    public async Task SetPasswordHashAsync(string email, string passwordHash, CancellationToken cancellationToken)
    {
        var now = Db.Time(time.GetUtcNow());
        await using var connection = await store.OpenAsync(cancellationToken);
        // One statement on both providers: a second add replaces the password.
        await Db.ExecuteAsync(
            connection,
            null,
            "INSERT INTO operator_accounts (email, password_hash, created_at, updated_at) VALUES (@e, @h, @now, @now) "
            + "ON CONFLICT (email) DO UPDATE SET password_hash = excluded.password_hash, updated_at = excluded.updated_at",
            cancellationToken,
            ("@e", Normalize(email)),
            ("@h", passwordHash),
            ("@now", now));
    }

    /// <returns>The stored hash, or null when the address has no local account.</returns>
    public async Task<string?> PasswordHashAsync(string email, CancellationToken cancellationToken)
    {
        await using var connection = await store.OpenAsync(cancellationToken);
        return await Db.ScalarAsync(connection, null, "SELECT password_hash FROM operator_accounts WHERE email = @e", cancellationToken, ("@e", Normalize(email))) as string;
    }

    public static string Normalize(string email) => email.Trim().ToLowerInvariant();
}
