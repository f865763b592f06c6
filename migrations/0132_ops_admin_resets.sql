-- ops: no takeover by an admin.
-- What happened to an account while its owner was away (a password reset, a second factor removed), shown
-- to the owner at the next login. Only a kind code: no content.
CREATE TABLE account_notices (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  kind text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  seen_at timestamptz
);
CREATE INDEX account_notices_unseen_idx ON account_notices (user_id) WHERE seen_at IS NULL;

-- Removing a second factor takes two administrators: the first asks, a different one approves.
CREATE TABLE mfa_reset_requests (
  user_id uuid PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
  requested_by uuid NOT NULL REFERENCES users(id),
  requested_at timestamptz NOT NULL DEFAULT now()
);
