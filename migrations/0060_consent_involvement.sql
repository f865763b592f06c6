-- Consent decides who is involved (DOMAIN.md § 11.1, issue 9).
-- 1. The responsible caseworker may be an external contact without a Skjold account (name, department, phone,
--    email as one field-encrypted JSON value). Neither a user nor a contact: the case shows the caseworker as missing.
ALTER TABLE cases ADD COLUMN responsible_contact_enc text;

-- 2. The municipality's decision to proceed on another legal basis, recorded by a consultant on its behalf
--    (from the phone): who decided, in which municipality, in which role, and the legal reference.
ALTER TABLE legal_bases ADD COLUMN municipal_decision boolean NOT NULL DEFAULT false;
ALTER TABLE legal_bases ADD COLUMN decided_by_municipality_code text REFERENCES municipalities(code);
ALTER TABLE legal_bases ADD COLUMN decided_by_role text;
ALTER TABLE legal_bases ADD COLUMN legal_reference text;
ALTER TABLE legal_bases ADD CONSTRAINT legal_bases_municipal_decision_complete
  CHECK (NOT municipal_decision OR (decided_by_municipality_code IS NOT NULL AND decided_by_role IS NOT NULL AND legal_reference IS NOT NULL));

-- 3. The child's voice and the family's place (DOMAIN.md § 4.4): one row per case, versioned.
CREATE TABLE case_child_voice (
  case_id uuid PRIMARY KEY REFERENCES cases(id),
  talked_alone_at date,
  talked_alone_by text,
  child_agrees_family text CHECK (child_agrees_family IN ('JA', 'NEJ', 'IKKE_AFKLARET')),
  family_contact_planned boolean NOT NULL DEFAULT false,
  excluded_bisidder_person_ids uuid[] NOT NULL DEFAULT '{}',
  note_enc text,
  version integer NOT NULL DEFAULT 1,
  updated_by uuid REFERENCES users(id),
  updated_at timestamptz NOT NULL DEFAULT now()
);
