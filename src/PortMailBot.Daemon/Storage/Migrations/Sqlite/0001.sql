-- Version 1: requests, messages, documents, verdicts, the processed-message ledger, the outbox.
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
