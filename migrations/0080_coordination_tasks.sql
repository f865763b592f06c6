-- Coordination (issue 11): tasks become the case's work list. A task is owned by a user, by an actor of the
-- case (someone without an account: the police contact, the school), or, for tasks made from an assessment
-- before owners were structured, by the free-text owner kept encrypted in owner_enc. It ends in one of the
-- MARAC-style outcomes (DOMAIN.md § 11.6) and is versioned (a stale write is 409 conflict.stale).
ALTER TABLE tasks DROP CONSTRAINT IF EXISTS tasks_status_check;
ALTER TABLE tasks DROP CONSTRAINT IF EXISTS tasks_source_type_check;
ALTER TABLE tasks DROP CONSTRAINT IF EXISTS tasks_check;
ALTER TABLE tasks ALTER COLUMN owner_enc DROP NOT NULL;
ALTER TABLE tasks
  ADD COLUMN version integer NOT NULL DEFAULT 1,
  -- An actor of the case (actors module, migrations/0070).
  ADD COLUMN owner_actor_id uuid REFERENCES case_actors(id),
  -- Encrypted: what came of it, in the owner's words.
  ADD COLUMN outcome_enc text,
  ADD COLUMN closed_at timestamptz,
  ADD COLUMN closed_by uuid REFERENCES users(id),
  ADD COLUMN updated_at timestamptz NOT NULL DEFAULT now(),
  -- A factor's code ('T2') or another consideration's id: a factor is no uuid.
  ADD COLUMN source_ref text;
ALTER TABLE tasks ADD CONSTRAINT tasks_status_check
  CHECK (status IN ('AABEN','UDFOERT','IKKE_MULIG','IKKE_UDFOERT','ANNULLERET'));
ALTER TABLE tasks ADD CONSTRAINT tasks_source_type_check
  CHECK (source_type IN ('ANBEFALING','SCENARIE_FORANSTALTNING','FAKTOR','HANDLINGSKORT','MANUEL'));
-- A source that points into something carries its id; a task typed by hand points nowhere.
ALTER TABLE tasks ADD CONSTRAINT tasks_source_id_check
  CHECK (source_type IS NULL OR source_type = 'MANUEL' OR source_id IS NOT NULL OR source_ref IS NOT NULL);
-- At least one kind of owner (a free-text owner may sit beside a user for tasks made from an assessment).
ALTER TABLE tasks ADD CONSTRAINT tasks_owner_check
  CHECK (num_nonnulls(owner_user_id, owner_actor_id, owner_enc) >= 1);
CREATE INDEX tasks_owner_user_idx ON tasks (owner_user_id, status);
-- A factor becomes one gathering task per assessment ("who gathers what"), however often the button is pressed.
CREATE UNIQUE INDEX tasks_factor_once ON tasks (source_assessment_id, source_ref) WHERE source_type = 'FAKTOR';
