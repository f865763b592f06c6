-- The actors of a case (DOMAIN.md § 5 actor type, § 11.1 and § 11.6): who takes part, with or without an account.
-- Picked from the directory (actor_directory below, national_actors, the municipality's departments) or entered
-- by hand. Name, phone and email are encrypted at rest with the app's field crypto: an entry made by hand can
-- name a person (the school's AKT teacher, a police contact). Kept in the clear: codes, ids, dates.

-- The directory of actors a case can pick from. A row either points at a national actor (name, phone and
-- description come from there, one source) or carries its own published work contact. Sources: seed 004
-- (Københavns Vestegns Politi 43 86 14 48, kbhv@politi.dk), DOMAIN.md § 9 and the national actors of 0003.
-- These are public functions' published numbers, not personal data.
CREATE TABLE actor_directory (
  id text PRIMARY KEY CHECK (id ~ '^[a-z0-9-]+$'),
  actor_type text NOT NULL CHECK (actor_type IN ('KOMMUNE','POLITI','UDENRIGSMINISTERIET','UDLAENDINGESTYRELSEN',
    'VISO','RED_RAADGIVNING','RED_SAFEHOUSE','KRISECENTER','LEV_UDEN_VOLD','FAMILIERETSHUSET','ANKESTYRELSEN',
    'UDDANNELSESSTED','SUNDHED','FRIVILLIG','ANDET')),
  national_actor_id text REFERENCES national_actors(id),
  -- For a municipal function (Folkeregistret is the municipality's Borgerservice).
  department text,
  name text,
  phone text,
  email text,
  description text,
  sort_order integer NOT NULL UNIQUE,
  CHECK ((national_actor_id IS NULL) = (name IS NOT NULL))
);

INSERT INTO actor_directory (id, actor_type, national_actor_id, name, phone, email, description, sort_order) VALUES
  ('politi-114', 'POLITI', 'politi-114', NULL, NULL, NULL, NULL, 1),
  ('politi-kbhv', 'POLITI', NULL, 'Københavns Vestegns Politi', '43 86 14 48', 'kbhv@politi.dk',
   'Politikreds for bl.a. Albertslund. Psykisk vold, stalking og vold i nære relationer behandles i en særlig enhed (SVAV).', 2),
  ('um-borgerservice', 'UDENRIGSMINISTERIET', 'um-borgerservice', NULL, NULL, NULL, NULL, 3),
  ('udlaendingestyrelsen', 'UDLAENDINGESTYRELSEN', 'udlaendingestyrelsen', NULL, NULL, NULL, NULL, 4),
  ('red-raadgivning', 'RED_RAADGIVNING', 'red-raadgivning', NULL, NULL, NULL, NULL, 5),
  ('red-safehouse-sjaelland', 'RED_SAFEHOUSE', 'red-safehouse-sjaelland', NULL, NULL, NULL, NULL, 6),
  ('red-safehouse-jylland', 'RED_SAFEHOUSE', 'red-safehouse-jylland', NULL, NULL, NULL, NULL, 7),
  ('lev-uden-vold', 'LEV_UDEN_VOLD', 'lev-uden-vold', NULL, NULL, NULL, NULL, 8),
  ('krisecenter', 'KRISECENTER', NULL, 'Krisecenter (visitation via Lev Uden Vold)', '1888', NULL,
   'Lev Uden Vold hjælper med at finde en ledig plads på et krisecenter i hele landet.', 9),
  ('viso', 'VISO', 'viso', NULL, NULL, NULL, NULL, 10),
  ('ankestyrelsen', 'ANKESTYRELSEN', 'ankestyrelsen', NULL, NULL, NULL, NULL, 11),
  ('familieretshuset', 'FAMILIERETSHUSET', 'familieretshuset', NULL, NULL, NULL, NULL, 12),
  ('folkeregistret', 'KOMMUNE', NULL, 'Folkeregistret (kommunens Borgerservice)', NULL, NULL,
   'Navne- og adressebeskyttelse søges i Folkeregistret i borgerens kommune.', 13);
UPDATE actor_directory SET department = 'BORGERSERVICE' WHERE id = 'folkeregistret';

CREATE TABLE case_actors (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  case_id uuid NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
  actor_type text NOT NULL CHECK (actor_type IN ('KOMMUNE','POLITI','UDENRIGSMINISTERIET','UDLAENDINGESTYRELSEN',
    'VISO','RED_RAADGIVNING','RED_SAFEHOUSE','KRISECENTER','LEV_UDEN_VOLD','FAMILIERETSHUSET','ANKESTYRELSEN',
    'UDDANNELSESSTED','SUNDHED','FRIVILLIG','ANDET')),
  -- An actor_directory id, or 'kommune-<code>-<department>' for a department of a municipality; NULL: by hand.
  directory_actor_id text,
  department text,
  name_enc text NOT NULL,
  phone_enc text,
  email_enc text,
  version integer NOT NULL DEFAULT 1,
  created_by uuid NOT NULL REFERENCES users(id),
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX case_actors_case_idx ON case_actors (case_id, created_at);
