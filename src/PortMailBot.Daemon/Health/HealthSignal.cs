using System.Globalization;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using PortMailBot.Daemon.Options;
using PortMailBot.Daemon.Storage;

namespace PortMailBot.Daemon.Health;

/// <summary>The health signal: a file whose first line is the time of the last successful poll, which an
/// orchestrator (or <c>portmailbot health</c>) can probe, and the same state as a health check.</summary>
public sealed class HealthSignal(IOptions<StorageOptions> storage, TimeProvider time) : IHealthCheck
{
    private readonly string _file = storage.Value.HealthFile;
    private DateTimeOffset? _lastSuccess;
    private string? _lastError;

    public void Succeeded(int unsent)
    {
        _lastSuccess = time.GetUtcNow();
        _lastError = null;
        Write(string.Create(CultureInfo.InvariantCulture, $"{_lastSuccess:O}\nok\nunsent={unsent}\n"));
    }

    public void Failed(string error)
    {
        _lastError = error;
        Write(string.Create(CultureInfo.InvariantCulture, $"{_lastSuccess?.ToString("O", CultureInfo.InvariantCulture) ?? "never"}\nfailing\n"));
    }

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(_lastError is not null
            ? HealthCheckResult.Unhealthy("The last poll failed: " + _lastError)
            : _lastSuccess is null ? HealthCheckResult.Degraded("No poll yet") : HealthCheckResult.Healthy("Last poll " + _lastSuccess.Value.ToString("O", CultureInfo.InvariantCulture)));

    /// <summary>Reads the health file: healthy when the last successful poll is more recent than <paramref name="maxAge"/>.</summary>
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
            return (false, $"the last poll failed (last success {last:O})");
        }

        return now - last <= maxAge ? (true, $"last poll {last:O}") : (false, $"last poll {last:O} is older than {maxAge}");
    }

    private void Write(string text)
    {
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
