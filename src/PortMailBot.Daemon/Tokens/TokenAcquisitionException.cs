namespace PortMailBot.Daemon.Tokens;

/// <summary>No access token: the provider refused (wrong secret, revoked consent) or could not be reached.
/// The message names the provider and its error code, never a secret.</summary>
public sealed class TokenAcquisitionException : Exception
{
    public TokenAcquisitionException()
    {
    }

    public TokenAcquisitionException(string message)
        : base(message)
    {
    }

    public TokenAcquisitionException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
