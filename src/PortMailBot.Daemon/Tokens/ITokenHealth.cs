namespace PortMailBot.Daemon.Tokens;

/// <summary>Whether tokens can be renewed, for the health signal.</summary>
public interface ITokenHealth
{
    /// <summary>Why the last renewal failed; null once one succeeded.</summary>
    string? LastFailure { get; }

    DateTimeOffset? FailingSince { get; }
}
