namespace PortMailBot.Daemon.Tokens;

/// <summary>Asks an identity provider for a new access token; <see cref="RenewingTokenSource"/> decides when.</summary>
public interface ITokenProvider
{
    /// <summary>A short name for logs and health (e.g. <c>Microsoft</c>).</summary>
    string Name { get; }

    /// <param name="forceRefresh">True after the server refused the last token: bypass any cache of the provider's library.</param>
    /// <exception cref="TokenAcquisitionException">The provider refused or could not be reached.</exception>
    Task<AccessToken> AcquireAsync(bool forceRefresh, CancellationToken cancellationToken);
}
