-- Version 5: several instances on one mailbox. An inbox message is claimed by one instance, for a lease,
-- before it is checked; a claim whose lease ran out (its instance died) is taken over. Outbox rows are
-- claimed the same way before they are sent.
CREATE TABLE claims (
    mailbox TEXT NOT NULL,
    item_key TEXT NOT NULL,
    owner TEXT NOT NULL,
    expires_at TEXT NOT NULL,
    PRIMARY KEY (mailbox, item_key)
);
ALTER TABLE outbox ADD COLUMN claimed_by TEXT;
ALTER TABLE outbox ADD COLUMN claim_expires_at TEXT;
