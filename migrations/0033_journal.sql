-- The case timeline. Text is encrypted; restricted entries are left out of document-access exports.
CREATE TABLE journal_entries (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  case_id uuid NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
  entry_type text NOT NULL CHECK (entry_type IN ('NOTAT','OPKALD','MOEDE','AENDRING','RISIKOFORMIDLING')),
  occurred_at timestamptz NOT NULL,
  title_enc text NOT NULL,
  body_enc text,
  restricted boolean NOT NULL DEFAULT false,
  -- RISIKOFORMIDLING: who was told (BORGER / MYNDIGHED), which authority, which level, when, by whom.
  risk_recipient text CHECK (risk_recipient IN ('BORGER','MYNDIGHED')),
  risk_authority text,
  risk_level text CHECK (risk_level IN ('LAV','MODERAT','HOEJ')),
  informed_by uuid REFERENCES users(id),
  informed_by_description text,
  author_id uuid REFERENCES users(id),
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX journal_entries_case_idx ON journal_entries (case_id, occurred_at DESC);
