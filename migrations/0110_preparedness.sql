-- The municipal preparedness plan (Barnets lov § 15, stk. 3; DOMAIN.md § 9 and § 11.9): one per municipality,
-- versioned, edited by that municipality's ÆK/NSK team. The content is the plan's structured text (purpose,
-- organisation, action cards, contacts, annual status): work contacts of municipal staff, never citizen data.
CREATE TABLE preparedness_plans (
  municipality_code text PRIMARY KEY REFERENCES municipalities(code),
  version integer NOT NULL CHECK (version >= 1),
  content jsonb NOT NULL,
  adopted_on date,
  -- Four years after adoption (the law's longest interval), kept so the overview and reminders can filter on it.
  revision_due_on date,
  updated_at timestamptz NOT NULL DEFAULT now(),
  updated_by uuid REFERENCES users(id)
);

CREATE INDEX preparedness_plans_revision_due ON preparedness_plans (revision_due_on);
