-- The safety plan of a case (DOMAIN.md § 11.2): it exists from the first call. A case without a row has the
-- empty plan at version 0; the first save inserts version 1. The content (the citizen's own words, what to do
-- in danger, trusted persons, the digital-safety checklist, the agreed date) is one JSON document sealed with the
-- app's field crypto: all of it is the citizen's own, none of it is needed by SQL.
CREATE TABLE safety_plans (
  case_id uuid PRIMARY KEY REFERENCES cases(id) ON DELETE CASCADE,
  version integer NOT NULL CHECK (version >= 1),
  content_enc text NOT NULL,
  updated_by uuid NOT NULL REFERENCES users(id),
  updated_at timestamptz NOT NULL DEFAULT now()
);

-- The safe contact (code word, safe number, safe times, notes): sealed as one value, in a table of its own so no
-- query that reads the plan can carry it along by accident. Read only by the reveal, which is audited with its
-- purpose. Never in lists, exports, print, PDF, journal or search.
CREATE TABLE safe_contacts (
  case_id uuid PRIMARY KEY REFERENCES cases(id) ON DELETE CASCADE,
  sealed_enc text NOT NULL,
  version integer NOT NULL DEFAULT 1,
  recorded_by uuid NOT NULL REFERENCES users(id),
  recorded_at timestamptz NOT NULL DEFAULT now()
);
