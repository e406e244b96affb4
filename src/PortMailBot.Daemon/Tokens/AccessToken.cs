using System.Text;

namespace PortMailBot.Daemon.Tokens;

/// <summary>An OAuth 2.0 access token and its lifetime. Its text never appears in <see cref="ToString"/>,
/// so logging the record cannot leak it.</summary>
public sealed record AccessToken(string Value, DateTimeOffset AcquiredAt, DateTimeOffset ExpiresAt)
{
    /// <summary>The moment to renew: <paramref name="renewBefore"/> before expiry, but never earlier than
    /// half the lifetime, so a token that lives seconds is still used.</summary>
    public DateTimeOffset RenewAt(TimeSpan renewBefore)
    {
        var lifetime = ExpiresAt - AcquiredAt;
        var margin = lifetime <= TimeSpan.Zero ? TimeSpan.Zero : TimeSpan.FromTicks(Math.Min(renewBefore.Ticks, lifetime.Ticks / 2));
        return ExpiresAt - margin;
    }

    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append("AcquiredAt = ").Append(AcquiredAt.ToString("O", System.Globalization.CultureInfo.InvariantCulture))
            .Append(", ExpiresAt = ").Append(ExpiresAt.ToString("O", System.Globalization.CultureInfo.InvariantCulture));
        return true;
    }
}
