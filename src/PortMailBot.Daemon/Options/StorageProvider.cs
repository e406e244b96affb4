namespace PortMailBot.Daemon.Options;

/// <summary>The database engine behind the store (<c>Storage:Provider</c>).</summary>
public enum StorageProvider
{
    /// <summary>One file under <c>data/</c>: the embedded default, for one instance.</summary>
    Sqlite,

    /// <summary>A PostgreSQL server: for several instances on one mailbox.</summary>
    PostgreSQL,
}
