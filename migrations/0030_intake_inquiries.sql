-- Inquiries (henvendelser), DOMAIN.md § 5. Identifying fields and free text are stored encrypted (`*_enc`,
-- AES-256-GCM with a key-version prefix); the CPR number also as a blind index for exact lookup. An anonymous
-- inquiry has every identifying column NULL, enforced here as well as by the API.
CREATE TABLE inquiries (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  received_at timestamptz NOT NULL,
  channel text NOT NULL CHECK (channel IN ('TELEFON','FYSISK_MOEDE','DIGITAL','ANDET')),
  initiator_role text NOT NULL,
  initiator_municipality_code text REFERENCES municipalities(code),
  anonymous boolean NOT NULL,
  concern_types text[] NOT NULL,
  reasons text[] NOT NULL DEFAULT '{}',
  citizen_age integer CHECK (citizen_age BETWEEN 0 AND 120),
  citizen_age_band text NOT NULL DEFAULT 'UOPLYST'
    CHECK (citizen_age_band IN ('UNDER_15','15_17','18_24','25_30','OVER_30','UOPLYST')),
  citizen_minor boolean,
  citizen_gender text NOT NULL DEFAULT 'UOPLYST' CHECK (citizen_gender IN ('KVINDE','MAND','ANDET','UOPLYST')),
  citizen_municipality_code text REFERENCES municipalities(code),
  citizen_name_enc text,
  citizen_cpr_enc text,
  citizen_cpr_index text,
  citizen_address_enc text,
  citizen_phone_enc text,
  citizen_email_enc text,
  citizen_birth_date_enc text,
  advised_citizen_directly boolean NOT NULL DEFAULT false,
  advice_enc text,
  summary_enc text,
  case_id uuid REFERENCES cases(id),
  created_by uuid REFERENCES users(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT inquiries_anonymous_has_no_identity CHECK (NOT anonymous OR (
    citizen_name_enc IS NULL AND citizen_cpr_enc IS NULL AND citizen_cpr_index IS NULL AND citizen_address_enc IS NULL
    AND citizen_phone_enc IS NULL AND citizen_email_enc IS NULL AND citizen_birth_date_enc IS NULL))
);
CREATE INDEX inquiries_received_idx ON inquiries (received_at DESC);
CREATE INDEX inquiries_initiator_municipality_idx ON inquiries (initiator_municipality_code, received_at);
CREATE INDEX inquiries_citizen_municipality_idx ON inquiries (citizen_municipality_code, received_at);
CREATE INDEX inquiries_created_by_idx ON inquiries (created_by);
CREATE INDEX inquiries_case_idx ON inquiries (case_id);
CREATE INDEX inquiries_cpr_index_idx ON inquiries (citizen_cpr_index) WHERE citizen_cpr_index IS NOT NULL;
