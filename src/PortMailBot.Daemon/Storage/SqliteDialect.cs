using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace PortMailBot.Daemon.Storage;

/// <summary>SQLite, the default: one file under <c>data/</c>, WAL so the dispatcher reads while a poll writes.</summary>
public sealed class SqliteDialect(string connectionString) : ISqlDialect
{
    public DbConnection CreateConnection() => new SqliteConnection(connectionString);

    public IReadOnlyList<string> ConnectionSetup { get; } =
    [
        "PRAGMA journal_mode=WAL;",
        "PRAGMA busy_timeout=10000;",
        "PRAGMA foreign_keys=ON;",
        "PRAGMA synchronous=FULL;",
    ];

    public IReadOnlyList<string> Migrations { get; } =
    [
        """
        CREATE TABLE port_requests (
            id TEXT PRIMARY KEY,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            customer TEXT NOT NULL,
            subject TEXT NOT NULL,
            language TEXT NOT NULL,
            state TEXT NOT NULL,
            decision TEXT,
            reasons TEXT NOT NULL,
            account_sid TEXT,
            fields_json TEXT
        );
        CREATE TABLE request_counters (
            year INTEGER PRIMARY KEY,
            last_number INTEGER NOT NULL
        );
        CREATE TABLE messages (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            request_id TEXT REFERENCES port_requests(id),
            direction TEXT NOT NULL,
            message_id TEXT,
            in_reply_to TEXT,
            thread_references TEXT,
            sender TEXT,
            recipients TEXT,
            subject TEXT,
            mailbox TEXT,
            uid_validity INTEGER,
            uid INTEGER,
            outcome TEXT NOT NULL,
            created_at TEXT NOT NULL,
            raw BLOB NOT NULL
        );
        CREATE INDEX ix_messages_message_id ON messages(message_id);
        CREATE INDEX ix_messages_request ON messages(request_id);
        CREATE TABLE documents (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            request_id TEXT NOT NULL REFERENCES port_requests(id),
            message_row INTEGER NOT NULL REFERENCES messages(id),
            file_name TEXT NOT NULL,
            kind TEXT NOT NULL,
            ocr INTEGER NOT NULL,
            unreadable TEXT,
            fields_json TEXT NOT NULL
        );
        CREATE TABLE verdicts (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            request_id TEXT NOT NULL REFERENCES port_requests(id),
            message_row INTEGER NOT NULL REFERENCES messages(id),
            created_at TEXT NOT NULL,
            decision TEXT NOT NULL,
            verdict_json TEXT NOT NULL
        );
        CREATE TABLE ledger (
            mailbox TEXT NOT NULL,
            item_key TEXT NOT NULL,
            uid INTEGER,
            message_row INTEGER REFERENCES messages(id),
            outcome TEXT NOT NULL,
            processed_at TEXT NOT NULL,
            moved INTEGER NOT NULL DEFAULT 0,
            PRIMARY KEY (mailbox, item_key)
        );
        CREATE INDEX ix_ledger_pending ON ledger(mailbox, moved);
        CREATE TABLE outbox (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            request_id TEXT REFERENCES port_requests(id),
            message_id TEXT NOT NULL UNIQUE,
            recipient TEXT NOT NULL,
            raw BLOB NOT NULL,
            created_at TEXT NOT NULL,
            attempts INTEGER NOT NULL DEFAULT 0,
            next_attempt_at TEXT NOT NULL,
            sent_at TEXT,
            last_error TEXT
        );
        CREATE INDEX ix_outbox_due ON outbox(sent_at, next_attempt_at);
        CREATE INDEX ix_outbox_recipient ON outbox(recipient, created_at);
        """,
        // Version 2: the operator workflow (Workflow/): the history of every request, the porting date.
        """
        CREATE TABLE transitions (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            request_id TEXT NOT NULL REFERENCES port_requests(id),
            at TEXT NOT NULL,
            actor TEXT NOT NULL,
            via TEXT NOT NULL,
            action TEXT NOT NULL,
            from_state TEXT,
            to_state TEXT NOT NULL,
            reason TEXT,
            detail TEXT
        );
        CREATE INDEX ix_transitions_request ON transitions(request_id, id);
        ALTER TABLE port_requests ADD COLUMN porting_date TEXT;
        ALTER TABLE port_requests ADD COLUMN porting_time TEXT;
        ALTER TABLE port_requests ADD COLUMN porting_zone TEXT;
        CREATE INDEX ix_port_requests_state ON port_requests(state);
        """,
        // Version 3: each document's extraction kept under its file's SHA-256, so a follow-up or a resent
        // file is never read or OCR'd again.
        """
        ALTER TABLE documents ADD COLUMN content_sha256 TEXT;
        CREATE INDEX ix_documents_request ON documents(request_id);
        """,
        // Version 4: poison mail (Processing/PoisonMessageGuard): each start of work on a message is counted
        // before the work, so one during which the daemon died twice is quarantined instead of retried.
        """
        CREATE TABLE processing_attempts (
            mailbox TEXT NOT NULL,
            item_key TEXT NOT NULL,
            attempts INTEGER NOT NULL,
            last_started_at TEXT NOT NULL,
            PRIMARY KEY (mailbox, item_key)
        );
        """,
    ];

    public void Prepare()
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        var file = builder.DataSource;
        if (string.IsNullOrEmpty(file) || file == ":memory:" || builder.Mode == SqliteOpenMode.Memory)
        {
            return;
        }

        var path = Path.GetFullPath(file);
        var folder = Path.GetDirectoryName(path);
        if (!string.IsNullOrEmpty(folder))
        {
            PrivateFiles.CreateFolder(folder);
        }

        // The database holds personal data: created 0600 before SQLite opens it. SQLite gives its -wal and
        // -shm files the database file's mode, so they are private too; existing ones are tightened here.
        if (builder.Mode is SqliteOpenMode.ReadWriteCreate or SqliteOpenMode.ReadWrite)
        {
            if (builder.Mode == SqliteOpenMode.ReadWriteCreate || File.Exists(path))
            {
                PrivateFiles.EnsureFile(path);
            }

            PrivateFiles.Restrict(path + "-wal");
            PrivateFiles.Restrict(path + "-shm");
            PrivateFiles.Restrict(path + "-journal");
        }
    }
}
