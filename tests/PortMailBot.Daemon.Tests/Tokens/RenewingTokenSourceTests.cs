using System.Text;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using PortMailBot.Daemon.Tokens;

namespace PortMailBot.Daemon.Tests.Tokens;

public sealed class RenewingTokenSourceTests
{
    [Fact]
    public async Task A_token_is_reused_until_its_renewal_time_then_renewed_before_it_expires()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 12, 5, 8, 0, 0, TimeSpan.Zero));
        var provider = new CountingProvider(time, TimeSpan.FromHours(1));
        using var source = new RenewingTokenSource(provider, TimeSpan.FromMinutes(5), time, NullLogger<RenewingTokenSource>.Instance);

        var first = await source.GetAsync(TestContext.Current.CancellationToken);
        time.Advance(TimeSpan.FromMinutes(54));
        Assert.Equal(first, await source.GetAsync(TestContext.Current.CancellationToken));
        time.Advance(TimeSpan.FromMinutes(1) + TimeSpan.FromSeconds(1));
        var second = await source.GetAsync(TestContext.Current.CancellationToken);

        Assert.NotEqual(first, second);
        Assert.Equal(2, provider.Calls);
        Assert.Equal([false, false], provider.Forced);
    }

    [Fact]
    public async Task A_token_that_lives_seconds_is_used_for_half_its_life_not_renewed_at_every_use()
    {
        var time = new FakeTimeProvider();
        var provider = new CountingProvider(time, TimeSpan.FromSeconds(4));
        using var source = new RenewingTokenSource(provider, TimeSpan.FromMinutes(5), time, NullLogger<RenewingTokenSource>.Instance);

        var first = await source.GetAsync(TestContext.Current.CancellationToken);
        time.Advance(TimeSpan.FromSeconds(1.9));
        Assert.Equal(first, await source.GetAsync(TestContext.Current.CancellationToken));
        time.Advance(TimeSpan.FromSeconds(0.2));
        Assert.NotEqual(first, await source.GetAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task A_rejected_token_is_acquired_anew_with_the_providers_cache_bypassed()
    {
        var time = new FakeTimeProvider();
        var provider = new CountingProvider(time, TimeSpan.FromHours(1));
        using var source = new RenewingTokenSource(provider, TimeSpan.FromMinutes(5), time, NullLogger<RenewingTokenSource>.Instance);

        var first = await source.GetAsync(TestContext.Current.CancellationToken);
        source.Reject("some older token");
        Assert.Equal(first, await source.GetAsync(TestContext.Current.CancellationToken));
        source.Reject(first);
        var second = await source.GetAsync(TestContext.Current.CancellationToken);

        Assert.NotEqual(first, second);
        Assert.Equal([false, true], provider.Forced);
    }

    [Fact]
    public async Task A_failed_renewal_is_remembered_for_health_until_one_succeeds()
    {
        var time = new FakeTimeProvider();
        var provider = new CountingProvider(time, TimeSpan.FromHours(1)) { Failing = true };
        using var source = new RenewingTokenSource(provider, TimeSpan.FromMinutes(5), time, NullLogger<RenewingTokenSource>.Instance);

        await Assert.ThrowsAsync<TokenAcquisitionException>(() => source.GetAsync(TestContext.Current.CancellationToken).AsTask());
        Assert.Equal("refused", source.LastFailure);
        Assert.Equal(time.GetUtcNow(), source.FailingSince);

        provider.Failing = false;
        await source.GetAsync(TestContext.Current.CancellationToken);
        Assert.Null(source.LastFailure);
        Assert.Null(source.FailingSince);
    }

    [Fact]
    public void An_access_token_prints_its_lifetime_never_its_value()
    {
        var token = new AccessToken("secret-token-value", DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch.AddHours(1));
        var text = token.ToString();
        Assert.DoesNotContain("secret-token-value", text, StringComparison.Ordinal);
        Assert.Contains("ExpiresAt", text, StringComparison.Ordinal);
        Assert.DoesNotContain("secret", new StringBuilder().Append(token).ToString(), StringComparison.Ordinal);
    }

    private sealed class CountingProvider(TimeProvider time, TimeSpan lifetime) : ITokenProvider
    {
        public string Name => "test";

        public int Calls { get; private set; }

        public List<bool> Forced { get; } = [];

        public bool Failing { get; set; }

        public Task<AccessToken> AcquireAsync(bool forceRefresh, CancellationToken cancellationToken)
        {
            if (Failing)
            {
                throw new TokenAcquisitionException("refused");
            }

            Calls++;
            Forced.Add(forceRefresh);
            var now = time.GetUtcNow();
            return Task.FromResult(new AccessToken("token-" + Calls, now, now + lifetime));
        }
    }
}
