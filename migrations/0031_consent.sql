-- Consents (DOMAIN.md § 4.2): never deleted; withdrawal is a state change (withdrawn_*), logged in the audit
-- trail. Other legal bases: the municipality's own powers when asking the custody holders is unsafe.
CREATE TABLE consents (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  inquiry_id uuid NOT NULL REFERENCES inquiries(id),
  giver text NOT NULL CHECK (giver IN ('BORGER','FORAELDREMYNDIGHEDSINDEHAVER','VAERGE')),
  scopes text[] NOT NULL CHECK (cardinality(scopes) > 0),
  given_at date NOT NULL,
  channel text NOT NULL,
  note_enc text,
  recorded_by uuid REFERENCES users(id),
  recorded_at timestamptz NOT NULL DEFAULT now(),
  withdrawn_at timestamptz,
  withdrawn_by uuid REFERENCES users(id),
  withdrawal_reason_enc text
);
CREATE INDEX consents_inquiry_idx ON consents (inquiry_id);

CREATE TABLE legal_bases (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  inquiry_id uuid NOT NULL REFERENCES inquiries(id),
  basis text NOT NULL CHECK (basis IN ('BARNETS_LOV_MYNDIGHED','SERVICELOVEN_12C_KOMMUNENS_ANMODNING','ANDEN_HJEMMEL')),
  scopes text[] NOT NULL CHECK (cardinality(scopes) > 0),
  decided_by text NOT NULL,
  decided_at date NOT NULL,
  rationale_enc text NOT NULL,
  recorded_by uuid REFERENCES users(id),
  recorded_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX legal_bases_inquiry_idx ON legal_bases (inquiry_id);
CREATE INDEX legal_bases_recorded_idx ON legal_bases (recorded_at);
