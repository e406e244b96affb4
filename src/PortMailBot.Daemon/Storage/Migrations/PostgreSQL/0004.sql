-- Version 4: poison mail (Processing/PoisonMessageGuard): each start of work on a message is counted
-- before the work, so one during which the daemon died twice is quarantined instead of retried.
CREATE TABLE processing_attempts (
    mailbox TEXT NOT NULL,
    item_key TEXT NOT NULL,
    attempts INTEGER NOT NULL,
    last_started_at TEXT NOT NULL,
    PRIMARY KEY (mailbox, item_key)
);
