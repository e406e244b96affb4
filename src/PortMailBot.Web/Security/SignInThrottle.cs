using Microsoft.Extensions.Options;
using PortMailBot.Web.Hosting;

namespace PortMailBot.Web.Security;

/// <summary>Counts failed sign-ins per client address and per account, over a sliding window: past the limit,
/// sign-in is refused without checking the password until the window has passed. Bounded: at most
/// <see cref="MaxTracked"/> keys are kept, the stalest dropped first.</summary>
internal sealed class SignInThrottle(IOptions<WebOptions> options, TimeProvider time)
{
    private const int MaxTracked = 10_000;
    private readonly Dictionary<string, Queue<DateTimeOffset>> _failures = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();

    public bool Allows(string client, string account)
    {
        lock (_lock)
        {
            var now = time.GetUtcNow();
            return Count("ip:" + client, now) < options.Value.SignInAttempts && Count("account:" + account, now) < options.Value.SignInAttempts;
        }
    }

    public void Failed(string client, string account)
    {
        lock (_lock)
        {
            var now = time.GetUtcNow();
            Add("ip:" + client, now);
            Add("account:" + account, now);
        }
    }

    private int Count(string key, DateTimeOffset now)
    {
        if (!_failures.TryGetValue(key, out var times))
        {
            return 0;
        }

        while (times.Count > 0 && times.Peek() <= now - options.Value.SignInWindow)
        {
            times.Dequeue();
        }

        return times.Count;
    }

    private void Add(string key, DateTimeOffset now)
    {
        if (!_failures.TryGetValue(key, out var times))
        {
            if (_failures.Count >= MaxTracked)
            {
                var stalest = _failures.MinBy(f => f.Value.Count == 0 ? DateTimeOffset.MinValue : f.Value.Last()).Key;
                _failures.Remove(stalest);
            }

            times = new Queue<DateTimeOffset>();
            _failures[key] = times;
        }

        times.Enqueue(now);
        while (times.Count > options.Value.SignInAttempts)
        {
            times.Dequeue();
        }
    }
}
