-- Version 3: each document's extraction kept under its file's SHA-256, so a follow-up or a resent
-- file is never read or OCR'd again.
ALTER TABLE documents ADD COLUMN content_sha256 TEXT;
CREATE INDEX ix_documents_request ON documents(request_id);
