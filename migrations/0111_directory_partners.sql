-- The partner directory kept by the admin (issue 14): opening hours for each national actor, and for each
-- consultant the concern types they are limited to (empty: every kind), so the right one can be suggested for
-- a case. Both get a version: two admins editing the same entry never overwrite each other silently.
ALTER TABLE national_actors ADD COLUMN hours text;
ALTER TABLE national_actors ADD COLUMN version integer NOT NULL DEFAULT 1;
ALTER TABLE security_consultants ADD COLUMN concern_types text[] NOT NULL DEFAULT '{}';
ALTER TABLE security_consultants ADD COLUMN version integer NOT NULL DEFAULT 1;

UPDATE national_actors SET hours = 'Døgnet rundt' WHERE id IN ('alarm-112', 'politi-114', 'red-raadgivning', 'um-borgerservice', 'lev-uden-vold');
UPDATE national_actors SET hours = 'Hverdage i kontortid' WHERE id IN ('viso', 'udlaendingestyrelsen', 'ankestyrelsen', 'familieretshuset');
UPDATE national_actors SET hours = 'Døgnbemandet; henvendelse via RED Rådgivning' WHERE id IN ('red-safehouse-sjaelland', 'red-safehouse-jylland');
-- Seed 001: one consultant of Region Hovedstaden handles only travel cases.
UPDATE security_consultants SET concern_types = ARRAY['GENOPDRAGELSESREJSE', 'UFRIVILLIGT_UDLANDSOPHOLD'] WHERE id = 'maria';
