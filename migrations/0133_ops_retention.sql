-- ops: retention. A closed case past RETENTION_MONTHS is anonymised: its people, journal, risk work, tasks and
-- measures are deleted; the case and its inquiry keep only codes (municipality, reasons, concerns, age band,
-- dates), so statistics count it exactly as before. This marks when it happened.
ALTER TABLE cases ADD COLUMN anonymised_at timestamptz;
CREATE INDEX cases_retention_idx ON cases (closed_at) WHERE anonymised_at IS NULL;
