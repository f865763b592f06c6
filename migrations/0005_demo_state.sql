-- Marks a database that has received synthetic demo data (npm run demo). Demo accounts have a published
-- password, so a server started without demo mode refuses such a database instead of serving it as real.
CREATE TABLE demo_state (
  singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
  seeded_at timestamptz NOT NULL DEFAULT now()
);
