namespace PortMailBot.Daemon.Options;

/// <summary>The SASL mechanism a token is presented with: XOAUTH2 (Microsoft, Google) or OAUTHBEARER (RFC 7628).</summary>
public enum OAuthMechanism
{
    XOAuth2,
    OAuthBearer,
}
