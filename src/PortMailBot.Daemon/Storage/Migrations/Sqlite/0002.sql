-- Version 2: the operator workflow (Workflow/): the history of every request, the porting date.
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
