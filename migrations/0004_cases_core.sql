-- The core of a case as the access model sees it: who owns it, who takes part, who is shut out.
-- Intake (0030+) adds the inquiry, citizen and consent columns; every module's queries scope through
-- case_participants and case_exclusions (see modules/cases/cases.scope.ts).

CREATE SEQUENCE case_number_seq;

CREATE TABLE cases (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  case_number text NOT NULL UNIQUE,
  responsible_municipality_code text NOT NULL REFERENCES municipalities(code),
  responsible_caseworker_id uuid REFERENCES users(id),
  status text NOT NULL DEFAULT 'AABEN'
    CHECK (status IN ('AABEN','VURDERING','KOORDINERING','OPFOELGNING','AFSLUTTET','OVERDRAGET')),
  created_by uuid REFERENCES users(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX cases_municipality_idx ON cases (responsible_municipality_code, status);

CREATE TABLE case_participants (
  case_id uuid NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
  user_id uuid NOT NULL REFERENCES users(id),
  participant_role text NOT NULL CHECK (participant_role IN ('RESPONSIBLE_CASEWORKER','CASEWORKER','CONSULTANT','OTHER')),
  added_by uuid REFERENCES users(id),
  added_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (case_id, user_id)
);
CREATE INDEX case_participants_user_idx ON case_participants (user_id);

-- An excluded user is out of scope whatever their role or participation (e.g. a relative in the municipality).
CREATE TABLE case_exclusions (
  case_id uuid NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
  user_id uuid NOT NULL REFERENCES users(id),
  reason text NOT NULL,
  excluded_by uuid REFERENCES users(id),
  excluded_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (case_id, user_id)
);
