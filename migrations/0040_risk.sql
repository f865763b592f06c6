-- Risk: initial screenings, structured (PATRIARK-like) assessments, and to whom an assessment was made known.
-- The structured content is one jsonb document validated against the instrument definition at the edge
-- (modules/risk/risk.schemas.ts). By design there is no column for a total, score or sum (DOMAIN.md § 4.5).

-- Intake may already have added these (0030+); the acute flag and current level are shown on every case list.
ALTER TABLE cases ADD COLUMN IF NOT EXISTS acute boolean NOT NULL DEFAULT false;
ALTER TABLE cases ADD COLUMN IF NOT EXISTS current_risk_level text;

CREATE TABLE risk_screenings (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  case_id uuid NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
  outcome text NOT NULL CHECK (outcome IN ('AKUT','HANDLING','RAADGIVNING','INGEN_BEKYMRING')),
  rationale text NOT NULL,
  answers jsonb NOT NULL DEFAULT '{}'::jsonb,
  screened_by uuid NOT NULL REFERENCES users(id),
  screened_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX risk_screenings_case_idx ON risk_screenings (case_id, screened_at);

CREATE TABLE risk_assessments (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  case_id uuid NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
  version integer NOT NULL,
  status text NOT NULL DEFAULT 'UDKAST' CHECK (status IN ('UDKAST','AFSLUTTET')),
  instrument_code text NOT NULL,
  instrument_version text NOT NULL,
  content jsonb NOT NULL,
  based_on_id uuid REFERENCES risk_assessments(id),
  created_by uuid NOT NULL REFERENCES users(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  -- Set once, at signing; a signed assessment is never changed again (the service refuses, 409).
  assessor_id uuid REFERENCES users(id),
  completed_at timestamptz,
  serious_violence_level text CHECK (serious_violence_level IN ('LAV','MODERAT','HOEJ')),
  imminent boolean,
  UNIQUE (case_id, version),
  CHECK ((status = 'AFSLUTTET') = (completed_at IS NOT NULL AND assessor_id IS NOT NULL))
);
-- At most one open draft per case: a re-assessment starts from the last signed one.
CREATE UNIQUE INDEX risk_assessments_one_draft ON risk_assessments (case_id) WHERE status = 'UDKAST';

CREATE TABLE risk_disclosures (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  assessment_id uuid NOT NULL REFERENCES risk_assessments(id) ON DELETE CASCADE,
  recipient_type text NOT NULL CHECK (recipient_type IN ('BORGER','FORAELDER_VAERGE','MYNDIGHED','ANDEN')),
  recipient text NOT NULL,
  disclosed_on date NOT NULL,
  recorded_by uuid NOT NULL REFERENCES users(id),
  recorded_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX risk_disclosures_assessment_idx ON risk_disclosures (assessment_id);
