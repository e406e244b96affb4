using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using PortMailBot.Web.Hosting;
using PortMailBot.Web.Security;

namespace PortMailBot.Web.Tests.Security;

public sealed class SignInThrottleTests
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 12, 1, 15, 0, 0, TimeSpan.Zero));

    [Fact]
    public void Failed_sign_ins_past_the_limit_are_refused_until_the_window_has_passed()
    {
        var throttle = Throttle(attempts: 3, window: TimeSpan.FromMinutes(5));
        for (var i = 0; i < 3; i++)
        {
            Assert.True(throttle.Allows("10.0.0.1", "ops@example.com"));
            throttle.Failed("10.0.0.1", "ops@example.com");
        }

        Assert.False(throttle.Allows("10.0.0.1", "ops@example.com"));
        _clock.Advance(TimeSpan.FromMinutes(5) + TimeSpan.FromSeconds(1));
        Assert.True(throttle.Allows("10.0.0.1", "ops@example.com"));
    }

    [Fact]
    public void An_account_attacked_from_many_addresses_is_refused_and_others_are_not()
    {
        var throttle = Throttle(attempts: 3, window: TimeSpan.FromMinutes(5));
        for (var i = 0; i < 3; i++)
        {
            throttle.Failed($"10.0.0.{i}", "ops@example.com");
        }

        Assert.False(throttle.Allows("10.0.0.99", "ops@example.com"));
        Assert.True(throttle.Allows("10.0.0.99", "other@example.com"));
    }

    [Fact]
    public void A_flood_of_distinct_addresses_keeps_memory_bounded_and_does_not_crash()
    {
        var throttle = Throttle(attempts: 3, window: TimeSpan.FromMinutes(5));
        for (var i = 0; i < 30_000; i++)
        {
            throttle.Failed("client-" + i, "account-" + i);
        }

        Assert.True(throttle.Allows("client-new", "account-new"));
    }

    private SignInThrottle Throttle(int attempts, TimeSpan window) =>
        new(Options.Create(new WebOptions { SignInAttempts = attempts, SignInWindow = window }), _clock);
}
