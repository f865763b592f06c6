-- Optimistic concurrency (issue 8, "no silent overwrites"): every editable resource carries an integer version
-- that each write raises by one; a write naming an older version is refused with 409 conflict.stale.
-- Cases (PATCH /api/cases/:id and the other case writes), the persons of a case (PATCH …/persons/:pid), and
-- risk assessment drafts (PUT …/assessments/:aid; its `version` is already the assessment's number, so the
-- edit counter is `revision`, with `updated_by` so an autosave can tell another user's newer draft).
ALTER TABLE cases ADD COLUMN version integer NOT NULL DEFAULT 1;
ALTER TABLE case_persons ADD COLUMN version integer NOT NULL DEFAULT 1;
ALTER TABLE risk_assessments ADD COLUMN revision integer NOT NULL DEFAULT 1;
ALTER TABLE risk_assessments ADD COLUMN updated_by uuid;
