-- Version 7: a reply the mail server refused for good (5xx) is set aside as undeliverable: never retried,
-- not counted as waiting, kept (with the server's answer in last_error) for an operator.
ALTER TABLE outbox ADD COLUMN undeliverable_at TEXT;
