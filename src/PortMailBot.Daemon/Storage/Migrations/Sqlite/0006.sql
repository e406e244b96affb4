-- Version 6: a claim records the message's UID, so that a poll starts below the lowest message still
-- claimed and not ledgered (another instance's work in progress, or a dead instance's, to be taken over).
ALTER TABLE claims ADD COLUMN uid BIGINT;
CREATE INDEX ix_claims_uid ON claims(mailbox, uid);
