-- Initial screening on an inquiry, before (or without) a case: the row hangs off the inquiry and the case opened
-- from it later shows it through cases.inquiry_id, so nothing is copied. Exactly one of case_id / inquiry_id.
ALTER TABLE risk_screenings ALTER COLUMN case_id DROP NOT NULL;
ALTER TABLE risk_screenings ADD COLUMN inquiry_id uuid REFERENCES inquiries(id) ON DELETE CASCADE;
ALTER TABLE risk_screenings ADD CONSTRAINT risk_screenings_case_or_inquiry CHECK ((case_id IS NULL) <> (inquiry_id IS NULL));
CREATE INDEX risk_screenings_inquiry_idx ON risk_screenings (inquiry_id, screened_at) WHERE inquiry_id IS NOT NULL;
