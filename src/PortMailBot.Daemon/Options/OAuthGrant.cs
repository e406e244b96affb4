namespace PortMailBot.Daemon.Options;

/// <summary>The grant a <see cref="OAuthProvider.TokenEndpoint"/> is asked for.</summary>
public enum OAuthGrant
{
    ClientCredentials,
    RefreshToken,
}
