using Microsoft.Extensions.Logging;

namespace PortMailBot.Daemon.Tests.Support;

/// <summary>Daemon logs into the running test's output, so a failing test shows what the daemon did.</summary>
internal sealed class TestOutputLoggerProvider(List<string>? sink = null) : ILoggerProvider
{
    public ILogger CreateLogger(string categoryName) => new Logger(categoryName[(categoryName.LastIndexOf('.') + 1)..], sink);

    public void Dispose()
    {
    }

    private sealed class Logger(string category, List<string>? sink) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Debug;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var line = $"[{logLevel}] {category}: {formatter(state, exception)}" + (exception is null ? "" : " " + exception.GetType().Name + ": " + exception.Message);
            TestContext.Current.TestOutputHelper?.WriteLine(line);
            if (sink is not null)
            {
                lock (sink)
                {
                    sink.Add(line);
                }
            }
        }
    }
}
