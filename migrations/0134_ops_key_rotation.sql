-- Key rotation (`skjold keys rotate`, modules/ops/key-rotation.ts).
-- The audit keys of a retired SKJOLD_SECRET, sealed under the current secret (secret-box, purpose
-- "audit-key-archive"): rows and checkpoints signed before a rotation keep verifying once the old secret is
-- gone. The database owner cannot open them (the secret is not in the database), and deleting one makes the
-- old rows fail verification (key_unknown) instead of passing. Re-sealed by every later rotation.
CREATE TABLE audit_key_archive (
  key_id text PRIMARY KEY,
  keys_enc text NOT NULL,
  archived_at timestamptz NOT NULL DEFAULT now()
);

-- A CPR blind index recomputed by a rotation, linked to the index it replaced: the audit trail (append-only)
-- keeps naming searches by the old index, and the DPO's person lookup follows these links back.
CREATE TABLE blind_index_aliases (
  blind_index text NOT NULL,
  previous_index text NOT NULL,
  PRIMARY KEY (blind_index, previous_index)
);
CREATE INDEX blind_index_aliases_previous ON blind_index_aliases (previous_index);
