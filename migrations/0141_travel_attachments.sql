-- Travel attachments (issue 12 item 2): a recent photo and a passport copy for a later missing-person report.
-- The bytes are encrypted with the app's field crypto (base64 inside the ciphertext) and never touch the disk
-- in plain form; the type is what the content's magic bytes say (JPEG, PNG, PDF), never the client's claim.
CREATE TABLE travel_attachments (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  case_id uuid NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
  trip_id uuid REFERENCES travel_trips(id) ON DELETE SET NULL,
  kind text NOT NULL CHECK (kind IN ('FOTO','PASKOPI')),
  mime_type text NOT NULL CHECK (mime_type IN ('image/jpeg','image/png','application/pdf')),
  size_bytes integer NOT NULL CHECK (size_bytes > 0 AND size_bytes <= 10485760),
  file_name_enc text,
  content_enc text NOT NULL,
  created_by uuid NOT NULL REFERENCES users(id),
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX travel_attachments_case_idx ON travel_attachments (case_id, created_at);
