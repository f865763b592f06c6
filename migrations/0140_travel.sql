-- Travel cases (issue 12; DOMAIN.md § 7 and § 11.7, seed 001): before, during and after a stay abroad.
-- A case may hold several trips. In the clear only what the watch, the countdown and the lists need: the phase,
-- the destination as an ISO 3166-1 alpha-2 code and the dates. Everything that identifies or reveals (hosts and
-- their relation, the family's stated purpose, fears, route and flights, passports and citizenships, trusted
-- persons, alternatives) is one JSON document encrypted with the app's field crypto (content_enc).
CREATE TABLE travel_trips (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  case_id uuid NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
  phase text NOT NULL CHECK (phase IN ('FOER','UNDER','EFTER')),
  destination_country text CHECK (destination_country ~ '^[A-Z]{2}$'),
  outbound_on date,
  expected_return_on date,
  -- The return as recorded (closes the watch), and the last contact with the citizen while abroad.
  returned_on date,
  last_contact_on date,
  -- The next agreed check-in: missing it raises the watch like a passed return date.
  next_check_in_on date,
  content_enc text NOT NULL,
  version integer NOT NULL DEFAULT 1,
  created_by uuid NOT NULL REFERENCES users(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_by uuid REFERENCES users(id),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX travel_trips_case_idx ON travel_trips (case_id, created_at);

-- The watch's alarms: one row per trip, reason and due date, so the job raises each alarm once whatever the
-- number of instances or restarts (the unique key). Resolved when the return or a contact is recorded.
CREATE TABLE travel_watch_alerts (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  trip_id uuid NOT NULL REFERENCES travel_trips(id) ON DELETE CASCADE,
  case_id uuid NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
  reason text NOT NULL CHECK (reason IN ('HJEMKOMST','KONTAKTAFTALE')),
  due_on date NOT NULL,
  raised_at timestamptz NOT NULL DEFAULT now(),
  resolved_at timestamptz,
  UNIQUE (trip_id, reason, due_on)
);
CREATE INDEX travel_watch_alerts_open_idx ON travel_watch_alerts (case_id) WHERE resolved_at IS NULL;

-- The authority contact log: police, Udenrigsministeriet, Udlændingestyrelsen, an embassy, another.
-- Who was spoken to and what was agreed are encrypted.
CREATE TABLE travel_contacts (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  case_id uuid NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
  trip_id uuid REFERENCES travel_trips(id) ON DELETE SET NULL,
  authority text NOT NULL CHECK (authority IN ('POLITI','UDENRIGSMINISTERIET','UDLAENDINGESTYRELSEN','AMBASSADE','ANDET')),
  contacted_at timestamptz NOT NULL,
  channel text NOT NULL CHECK (channel IN ('TELEFON','EMAIL','MOEDE','SKRIFTLIGT','ANDET')),
  who_enc text,
  summary_enc text NOT NULL,
  created_by uuid NOT NULL REFERENCES users(id),
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX travel_contacts_case_idx ON travel_contacts (case_id, contacted_at);
