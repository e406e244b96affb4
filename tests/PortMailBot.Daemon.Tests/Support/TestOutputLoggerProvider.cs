using Microsoft.Extensions.Logging;

namespace PortMailBot.Daemon.Tests.Support;

/// <summary>Daemon logs into the running test's output, so a failing test shows what the daemon did.</summary>
internal sealed class TestOutputLoggerProvider : ILoggerProvider
{
    public ILogger CreateLogger(string categoryName) => new Logger(categoryName[(categoryName.LastIndexOf('.') + 1)..]);

    public void Dispose()
    {
    }

    private sealed class Logger(string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Debug;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var line = $"[{logLevel}] {category}: {formatter(state, exception)}" + (exception is null ? "" : " " + exception.GetType().Name + ": " + exception.Message);
            TestContext.Current.TestOutputHelper?.WriteLine(line);
        }
    }
}
