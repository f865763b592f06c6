-- The risk narrative is encrypted at rest with the app's field crypto (platform/crypto/fields.ts), like the
-- journal and the case persons: screening rationale and answers, the assessment's whole content document, the
-- disclosure's recipient, the text and owner of tasks and safety measures. Kept in the clear is only what lists,
-- filters and the threat chart need: codes, status, levels, the imminence flag, dates, ids, instrument version.
--
-- Decision: the plaintext columns are DROPPED here, not kept nullable beside the new ones. The key lives in the
-- app, so SQL cannot move the rows; a dual read path (old plaintext if present, else decrypt) would keep a
-- plaintext code path alive for good and tempt writes to it. There is no production data yet, so nothing is
-- lost by refusing to migrate a database that already holds risk rows: the guard below stops such a database
-- with a clear message (reset it) instead of silently dropping what people wrote.
DO $$
BEGIN
  IF EXISTS (SELECT 1 FROM risk_screenings) OR EXISTS (SELECT 1 FROM risk_assessments)
     OR EXISTS (SELECT 1 FROM tasks) OR EXISTS (SELECT 1 FROM safety_measures) THEN
    RAISE EXCEPTION 'migration 0044: risk rows stored in plain text exist; this development database must be reset (no production data is migrated)';
  END IF;
END $$;

ALTER TABLE risk_screenings DROP COLUMN rationale, DROP COLUMN answers,
  ADD COLUMN rationale_enc text NOT NULL,
  -- The answers object as JSON, encrypted as one value.
  ADD COLUMN answers_enc text NOT NULL;

-- The whole content document (AssessmentContent as JSON), encrypted as one value.
ALTER TABLE risk_assessments DROP COLUMN content, ADD COLUMN content_enc text NOT NULL;

ALTER TABLE risk_disclosures DROP COLUMN recipient, ADD COLUMN recipient_enc text NOT NULL;

ALTER TABLE tasks DROP COLUMN title, DROP COLUMN owner,
  ADD COLUMN title_enc text NOT NULL,
  ADD COLUMN owner_enc text NOT NULL;

ALTER TABLE safety_measures DROP COLUMN description, DROP COLUMN responsible,
  ADD COLUMN description_enc text NOT NULL,
  ADD COLUMN responsible_enc text NOT NULL;
