-- Intake's part of a case: where it came from, the flags lists filter on, the duty to notify (Barnets lov
-- § 133), closure; and the persons in it with their CPR history. Identifying columns are encrypted (`*_enc`).
ALTER TABLE cases
  ADD COLUMN inquiry_id uuid REFERENCES inquiries(id),
  ADD COLUMN concern_types text[] NOT NULL DEFAULT '{}',
  ADD COLUMN citizen_minor boolean,
  ADD COLUMN citizen_age_band text,
  ADD COLUMN acute boolean NOT NULL DEFAULT false,
  ADD COLUMN current_risk_level text CHECK (current_risk_level IN ('LAV','MODERAT','HOEJ')),
  ADD COLUMN children_under18_in_household boolean NOT NULL DEFAULT false,
  ADD COLUMN duty_to_notify_applies boolean NOT NULL DEFAULT false,
  ADD COLUMN duty_fulfilled_at date,
  ADD COLUMN duty_notified_municipality_code text REFERENCES municipalities(code),
  ADD COLUMN duty_fulfilled_by uuid REFERENCES users(id),
  ADD COLUMN other_legal_basis boolean NOT NULL DEFAULT false,
  ADD COLUMN follow_up_due_at date,
  ADD COLUMN closure_outcome text CHECK (closure_outcome IN ('AFSLUTTET','OVERDRAGET')),
  ADD COLUMN closed_at timestamptz,
  ADD COLUMN closure_reason_enc text,
  ADD COLUMN evaluation_enc text;

-- List queries at 100 000 cases: newest first within a municipality, and the filters that lists offer.
CREATE INDEX cases_created_idx ON cases (created_at DESC);
CREATE INDEX cases_municipality_created_idx ON cases (responsible_municipality_code, created_at DESC);
CREATE INDEX cases_caseworker_idx ON cases (responsible_caseworker_id);
CREATE INDEX cases_status_idx ON cases (status, created_at DESC);
CREATE INDEX cases_follow_up_idx ON cases (follow_up_due_at) WHERE follow_up_due_at IS NOT NULL;
CREATE INDEX cases_concern_types_idx ON cases USING gin (concern_types);
CREATE INDEX cases_inquiry_idx ON cases (inquiry_id);

CREATE TABLE case_persons (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  case_id uuid NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
  role text NOT NULL CHECK (role IN ('BORGER','MULIG_GERNINGSPERSON','MULIGT_OFFER','TILLIDSPERSON','FORAELDER_VAERGE')),
  name_enc text NOT NULL,
  cpr_enc text,
  cpr_index text,
  birth_date_enc text,
  address_enc text,
  phone_enc text,
  gender text NOT NULL DEFAULT 'UOPLYST',
  municipality_code text REFERENCES municipalities(code),
  citizenships text[] NOT NULL DEFAULT '{}',
  passports_enc text,
  abroad boolean NOT NULL DEFAULT false,
  country text,
  relation_enc text,
  created_by uuid REFERENCES users(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX case_persons_case_idx ON case_persons (case_id);
CREATE UNIQUE INDEX case_persons_one_citizen ON case_persons (case_id) WHERE role = 'BORGER';

-- Every CPR number a person has had (the current one too): search finds a person by an old number.
CREATE TABLE case_person_cprs (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  person_id uuid NOT NULL REFERENCES case_persons(id) ON DELETE CASCADE,
  case_id uuid NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
  cpr_enc text NOT NULL,
  cpr_index text NOT NULL,
  recorded_by uuid REFERENCES users(id),
  recorded_at timestamptz NOT NULL DEFAULT now(),
  replaced_at timestamptz
);
CREATE INDEX case_person_cprs_index_idx ON case_person_cprs (cpr_index);
CREATE INDEX case_person_cprs_person_idx ON case_person_cprs (person_id);
