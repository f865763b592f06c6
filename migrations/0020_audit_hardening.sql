-- Audit module (0020+): harden the append-only trail and index it for the auditor's filters.

-- The row trigger of 0001 does not fire on TRUNCATE, which would empty the trail in one statement.
CREATE FUNCTION audit_events_no_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_events is append-only';
END $$;
CREATE TRIGGER audit_events_no_truncate BEFORE TRUNCATE ON audit_events
  FOR EACH STATEMENT EXECUTE FUNCTION audit_events_no_truncate();

-- The auditor filters by period, event type and use type; the data-subject export and the access log
-- already have their indexes (0001: subject, case, actor).
CREATE INDEX audit_events_time_idx ON audit_events (occurred_at);
CREATE INDEX audit_events_type_idx ON audit_events (event_type, occurred_at);
