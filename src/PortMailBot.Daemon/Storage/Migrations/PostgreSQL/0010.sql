-- Quartz's row locks for the desk scheduler, present before any instance starts. Without them the first
-- instances to start insert the rows themselves; two doing so at once make one INSERT fail, which aborts
-- that instance's transaction (25P02) and its start-up (seen when an instance starts while another holds
-- the lock rows' neighbours).
INSERT INTO qrtz_locks (sched_name, lock_name) VALUES
    ('portmailbot-desk', 'TRIGGER_ACCESS'),
    ('portmailbot-desk', 'STATE_ACCESS')
ON CONFLICT DO NOTHING;
