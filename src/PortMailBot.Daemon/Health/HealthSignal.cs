using System.Globalization;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using PortMailBot.Daemon.Options;
using PortMailBot.Daemon.Storage;

namespace PortMailBot.Daemon.Health;

/// <summary>The health signal: a file whose first line is the time of the last successful poll and whose
/// second is <c>ok</c> or <c>failing</c>, followed by the reasons, which an orchestrator (or
/// <c>portmailbot health</c>) can probe, and the same state as a health check. The reasons come from the
/// last poll and from <see cref="HealthMonitor"/>'s judgement (contact age, tokens, outbox age).</summary>
public sealed class HealthSignal(IOptions<StorageOptions> storage, TimeProvider time) : IHealthCheck
{
    private readonly string _file = storage.Value.HealthFile;
    private readonly Lock _lock = new();
    private string? _lastError;
    private IReadOnlyList<string> _judged = [];
    private int _unsent;

    public DateTimeOffset? LastSuccess { get; private set; }

    public void Succeeded(int unsent)
    {
        lock (_lock)
        {
            LastSuccess = time.GetUtcNow();
            _lastError = null;
            _unsent = unsent;
            WriteLocked();
        }
    }

    public void Failed(string error)
    {
        lock (_lock)
        {
            _lastError = error;
            WriteLocked();
        }
    }

    /// <summary>The monitor's reasons (empty: nothing wrong beyond what the last poll says).</summary>
    public void Judged(IReadOnlyList<string> reasons)
    {
        lock (_lock)
        {
            _judged = reasons;
            WriteLocked();
        }
    }

    /// <summary>Why the daemon is unhealthy now; empty when it is not.</summary>
    public IReadOnlyList<string> Reasons
    {
        get
        {
            lock (_lock)
            {
                return ReasonsLocked();
            }
        }
    }

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var reasons = Reasons;
        return Task.FromResult(reasons.Count > 0
            ? HealthCheckResult.Unhealthy(string.Join("; ", reasons))
            : LastSuccess is null ? HealthCheckResult.Degraded("No poll yet") : HealthCheckResult.Healthy("Last poll " + LastSuccess.Value.ToString("O", CultureInfo.InvariantCulture)));
    }

    /// <summary>Reads the health file: healthy when it says ok and the last successful poll is more recent than <paramref name="maxAge"/>.</summary>
    public static (bool Healthy, string Detail) Probe(string file, TimeSpan maxAge, DateTimeOffset now)
    {
        if (!File.Exists(file))
        {
            return (false, $"{file} does not exist: the daemon has not polled yet");
        }

        var lines = File.ReadAllLines(file);
        if (lines.Length < 2 || !DateTimeOffset.TryParse(lines[0], CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var last))
        {
            return (false, $"{file}: no successful poll recorded");
        }

        if (lines[1] != "ok")
        {
            var reasons = lines.Skip(2).Where(l => l.StartsWith("reason=", StringComparison.Ordinal)).Select(l => l["reason=".Length..]).ToList();
            return (false, reasons.Count > 0 ? string.Join("; ", reasons) + $" (last successful poll {last:O})" : $"the last poll failed (last success {last:O})");
        }

        return now - last <= maxAge ? (true, $"last poll {last:O}") : (false, $"last poll {last:O} is older than {maxAge}");
    }

    private List<string> ReasonsLocked()
    {
        var reasons = new List<string>();
        if (_lastError is not null)
        {
            reasons.Add("the last poll failed: " + _lastError);
        }

        reasons.AddRange(_judged);
        return reasons;
    }

    private void WriteLocked()
    {
        var reasons = ReasonsLocked();
        var text = string.Create(CultureInfo.InvariantCulture, $"{LastSuccess?.ToString("O", CultureInfo.InvariantCulture) ?? "never"}\n{(reasons.Count == 0 ? "ok" : "failing")}\nunsent={_unsent}\n")
            + string.Concat(reasons.Select(r => "reason=" + r.ReplaceLineEndings(" ") + "\n"));
        try
        {
            var folder = Path.GetDirectoryName(Path.GetFullPath(_file));
            if (!string.IsNullOrEmpty(folder))
            {
                PrivateFiles.CreateFolder(folder); // usually data/, beside the database
            }

            File.WriteAllText(_file + ".tmp", text);
            File.Move(_file + ".tmp", _file, overwrite: true);
        }
        catch (IOException)
        {
            // The health file is a signal, not state: failing to write it must not stop the daemon.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
