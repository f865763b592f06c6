-- Directory contacts: the national team of security consultants (sikkerhedskonsulenter) by region, and the
-- national actors a caseworker or citizen can call. Sources: seed 001 (SIRI's list of consultants), seed 004
-- (Albertslund's preparedness plan, contact section) and DOMAIN.md § 9. These are published work numbers of
-- public functions, not personal data about citizens.

CREATE TABLE security_consultants (
  id text PRIMARY KEY CHECK (id ~ '^[a-z0-9-]+$'),
  name text NOT NULL,
  phone text NOT NULL,
  -- NULL: advises on everything; otherwise what the consultant is limited to, in Danish.
  speciality text
);

-- One consultant can serve several regions (Line covers Syddanmark and Sjælland), hence a join table.
CREATE TABLE consultant_regions (
  consultant_id text NOT NULL REFERENCES security_consultants(id),
  region text NOT NULL REFERENCES regions(name),
  sort_order integer NOT NULL,
  PRIMARY KEY (consultant_id, region)
);

CREATE TABLE national_actors (
  id text PRIMARY KEY CHECK (id ~ '^[a-z0-9-]+$'),
  name text NOT NULL,
  -- NULL where no number is published in our sources: shown without one rather than invented.
  phone text,
  description text NOT NULL,
  eligibility text,
  always_open boolean NOT NULL DEFAULT false,
  sort_order integer NOT NULL UNIQUE
);

INSERT INTO security_consultants (id, name, phone, speciality) VALUES
  ('nana', 'Nana', '25 20 28 46', NULL),
  ('fiolla', 'Fiolla', '25 20 28 49', NULL),
  ('bettina', 'Bettina', '41 87 20 49', NULL),
  ('heidi', 'Heidi', '41 87 26 18', NULL),
  ('mette', 'Mette', '41 87 44 64', NULL),
  ('bugge', 'Bugge', '23 84 48 24', NULL),
  ('line', 'Line', '30 71 32 82', NULL),
  ('martin', 'Martin', '20 36 80 75', NULL),
  ('louise', 'Louise', '24 87 10 53', NULL),
  ('sarah', 'Sarah', '21 46 15 70', NULL),
  ('maria', 'Maria', '51 36 83 54', 'Kun genopdragelsesrejser og ufrivillige udlandsophold'),
  ('julie', 'Julie', '20 36 50 66', NULL);

INSERT INTO consultant_regions (consultant_id, region, sort_order) VALUES
  ('nana', 'Region Nordjylland', 1),
  ('fiolla', 'Region Nordjylland', 2),
  ('bettina', 'Region Midtjylland', 1),
  ('heidi', 'Region Midtjylland', 2),
  ('mette', 'Region Midtjylland', 3),
  ('bugge', 'Region Midtjylland', 4),
  ('line', 'Region Syddanmark', 1),
  ('martin', 'Region Syddanmark', 2),
  ('louise', 'Region Hovedstaden', 1),
  ('sarah', 'Region Hovedstaden', 2),
  ('maria', 'Region Hovedstaden', 3),
  ('julie', 'Region Sjælland', 1),
  ('line', 'Region Sjælland', 2);

INSERT INTO national_actors (id, name, phone, description, eligibility, always_open, sort_order) VALUES
  ('alarm-112', 'Alarmcentralen', '112',
   'Ring 112, hvis nogen er i akut fare.', NULL, true, 1),
  ('politi-114', 'Politiet', '114',
   'Ring 114 for at kontakte politiet, når det ikke er akut. Trusler og vold skal politiet orienteres om.', NULL, true, 2),
  ('lev-uden-vold', 'Lev Uden Vold', '1888',
   'National hotline om vold i nære relationer. Gratis og anonym rådgivning.', 'Voldsudsatte, pårørende og fagpersoner', false, 3),
  ('red-raadgivning', 'RED Rådgivning', '70 27 76 66',
   'Landsdækkende rådgivning om æresrelaterede konflikter. Tilbyder mægling i familien og kan bevilge psykologhjælp.',
   'Unge, forældre og fagpersoner', true, 4),
  ('red-safehouse-sjaelland', 'RED Safehouse, Sjælland', '45 11 78 00',
   'Ophold, beskyttelse og støtte i op til 2 år og i udslusningsbolig i op til 1 år.', 'Unge kvinder og mænd på 16–30 år uden børn', false, 5),
  ('red-safehouse-jylland', 'RED Safehouse, Jylland', '61 93 63 28',
   'Ophold, beskyttelse og støtte i op til 2 år og i udslusningsbolig i op til 1 år.', 'Unge kvinder og mænd på 16–30 år uden børn', false, 6),
  ('viso', 'VISO', '72 42 40 00',
   'National videns- og specialrådgivning på det sociale område: risikovurdering, faglig sparring og mægling i familien.',
   'Fagpersoner', false, 7),
  ('um-borgerservice', 'Udenrigsministeriets Borgerservice / Globale Vagtcenter', '+45 33 92 11 12',
   'Skal orienteres ved bekymring for tvungen udrejse af Danmark eller ufrivilligt ophold i et andet land.', NULL, true, 8),
  ('udlaendingestyrelsen', 'Udlændingestyrelsen', '+45 70 16 18 18',
   'Spørgsmål om opholdstilladelse, fx når et ufrivilligt ophold i udlandet kan koste opholdstilladelsen.', NULL, false, 9),
  ('ankestyrelsen', 'Ankestyrelsen', '33 41 12 00',
   'Tilsyn og klager på det sociale område, herunder kommunernes håndtering af underretninger.', NULL, false, 10),
  ('familieretshuset', 'Familieretshuset', NULL,
   'Sager om forældremyndighed, bopæl og samvær samt skilsmisse.', NULL, false, 11);
