-- Follow-up paced by risk (DOMAIN.md § 11.5): each recorded follow-up says what was checked (encrypted) and the
-- level the follower judged current; the threat chart draws them between assessments.
CREATE TABLE case_follow_ups (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  case_id uuid NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
  followed_up_on date NOT NULL,
  checked_enc text NOT NULL,
  risk_level text NOT NULL CHECK (risk_level IN ('LAV','MODERAT','HOEJ')),
  imminent boolean NOT NULL DEFAULT false,
  next_due_on date,
  recorded_by uuid NOT NULL REFERENCES users(id),
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX case_follow_ups_case_idx ON case_follow_ups (case_id, followed_up_on);
