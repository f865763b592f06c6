-- The measures register (DOMAIN.md § 5 measure type, § 11.3): safety_measures (0041, sealed text in 0044) gets a
-- life. Status is proposed → in force → ended (PLANLAGT becomes FORESLAAET, the API's word); the owner is a user
-- or an actor of the case, never free text (responsible_enc keeps the owner's name as it read when set, for the
-- older list); start and end; the scenario or recommendation it answers; where it was proposed from; who decided
-- (the municipality's own decisions, e.g. ANBRINGELSE); and an evaluation when it ends. Codes, ids and dates stay
-- in the clear for lists, coverage and the work queue; names and notes are sealed.
ALTER TABLE safety_measures DROP CONSTRAINT safety_measures_status_check;
UPDATE safety_measures SET status = 'FORESLAAET' WHERE status = 'PLANLAGT';
ALTER TABLE safety_measures ALTER COLUMN status SET DEFAULT 'FORESLAAET';
ALTER TABLE safety_measures ADD CONSTRAINT safety_measures_status_check CHECK (status IN ('FORESLAAET','IVAERKSAT','AFSLUTTET'));

ALTER TABLE safety_measures
  ADD COLUMN version integer NOT NULL DEFAULT 1,
  ADD COLUMN owner_user_id uuid REFERENCES users(id),
  ADD COLUMN owner_actor_id uuid REFERENCES case_actors(id),
  ADD COLUMN starts_on date,
  ADD COLUMN ends_on date,
  ADD COLUMN scenario_id uuid,
  ADD COLUMN recommendation_id uuid,
  ADD COLUMN origin text NOT NULL DEFAULT 'VURDERING' CHECK (origin IN ('SAG','SCREENING','VURDERING')),
  ADD COLUMN screening_id uuid REFERENCES risk_screenings(id),
  ADD COLUMN decided_by_enc text,
  ADD COLUMN decided_on date,
  ADD COLUMN evaluation_outcome text CHECK (evaluation_outcome IN ('HJALP','DELVIST','HJALP_IKKE','UKENDT')),
  ADD COLUMN evaluation_note_enc text,
  ADD COLUMN ended_on date,
  ADD COLUMN updated_by uuid REFERENCES users(id),
  ADD COLUMN updated_at timestamptz NOT NULL DEFAULT now(),
  ADD CONSTRAINT safety_measures_one_owner CHECK (owner_user_id IS NULL OR owner_actor_id IS NULL),
  ADD CONSTRAINT safety_measures_period CHECK (ends_on IS NULL OR starts_on IS NULL OR ends_on >= starts_on);
-- A measure ended before this migration gets the evaluation "unknown", so the rule below holds for every row.
UPDATE safety_measures SET evaluation_outcome = 'UKENDT' WHERE status = 'AFSLUTTET';
ALTER TABLE safety_measures ADD CONSTRAINT safety_measures_ended CHECK (status <> 'AFSLUTTET' OR evaluation_outcome IS NOT NULL);
CREATE INDEX safety_measures_expiry_idx ON safety_measures (status, ends_on);
CREATE INDEX safety_measures_scenario_idx ON safety_measures (scenario_id);
