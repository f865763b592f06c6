-- Identity: lockout, MFA, login rate limits and SSO login state. Everything lives in the database so several
-- server processes on one PostgreSQL share it (no in-memory state).

ALTER TABLE users
  ADD COLUMN failed_login_count integer NOT NULL DEFAULT 0,
  ADD COLUMN locked_until timestamptz,
  ADD COLUMN password_changed_at timestamptz,
  -- TOTP secret sealed with AES-256-GCM (platform/crypto/secret-box.ts); the pending one awaits confirmation.
  ADD COLUMN mfa_secret_enc text,
  ADD COLUMN mfa_pending_secret_enc text,
  ADD COLUMN mfa_enabled_at timestamptz,
  -- The last TOTP time step accepted, so a code cannot be replayed within its window.
  ADD COLUMN mfa_last_step bigint;

-- How a session was established: a password session may be held at a setup step (password change, MFA
-- enrolment); an SSO session relies on the identity provider's own factors.
ALTER TABLE sessions ADD COLUMN auth_method text NOT NULL DEFAULT 'password' CHECK (auth_method IN ('password','oidc'));

-- Single-use recovery codes, known only by their SHA-256.
CREATE TABLE mfa_recovery_codes (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  code_hash text NOT NULL,
  used_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX mfa_recovery_codes_user_idx ON mfa_recovery_codes (user_id);

-- Fixed-window counters for login throttling, keyed e.g. 'ip:127.0.0.1' or 'account:<lower username>'.
CREATE TABLE login_rate_buckets (
  bucket_key text PRIMARY KEY,
  window_start timestamptz NOT NULL,
  hits integer NOT NULL
);

-- OpenID Connect logins in flight: state is the key (hashed), nonce and PKCE verifier stay server-side.
CREATE TABLE oidc_login_states (
  state_hash text PRIMARY KEY,
  nonce text NOT NULL,
  code_verifier text NOT NULL,
  expires_at timestamptz NOT NULL
);
