-- Statistics (DOMAIN.md § 8): only inquiries whose anonymity or consent allows statistical use count. A consent
-- may refuse that use (the citizen does not want even an anonymised count); the default is to allow it.
ALTER TABLE consents ADD COLUMN statistics_use boolean NOT NULL DEFAULT true;

-- Every statistics read scans one period of inquiries for their coded columns: one index in period order that
-- carries them, so the aggregate needs no other index and, once the visibility map is set, no heap either.
CREATE INDEX inquiries_statistics_idx ON inquiries (received_at)
  INCLUDE (anonymous, citizen_municipality_code, initiator_municipality_code, citizen_gender, citizen_age_band,
           initiator_role, channel, advised_citizen_directly, case_id);
-- The refusal test looks consents up by inquiry among the few that refuse.
CREATE INDEX consents_statistics_refused_idx ON consents (inquiry_id) WHERE NOT statistics_use AND withdrawn_at IS NULL;
