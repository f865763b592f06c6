-- ops: the revealing columns the security review found in plain text are encrypted with the app's field
-- crypto. SQL cannot encrypt (the key lives in the app), so the plaintext moves aside into *_plain and the
-- start-up task `encryptLegacyPlaintext` (src/server/modules/ops/legacy-plaintext.ts) seals every such value
-- into the new *_enc column and empties the *_plain one before the server listens, in one transaction per
-- table. The repositories only read and write *_enc. A later migration drops the emptied *_plain columns.
ALTER TABLE case_exclusions RENAME COLUMN reason TO reason_plain;
ALTER TABLE case_exclusions ALTER COLUMN reason_plain DROP NOT NULL, ADD COLUMN reason_enc text;

ALTER TABLE case_persons RENAME COLUMN citizenships TO citizenships_plain;
ALTER TABLE case_persons ALTER COLUMN citizenships_plain DROP NOT NULL, ALTER COLUMN citizenships_plain DROP DEFAULT,
  ADD COLUMN citizenships_enc text;
-- An empty list was the default: nothing to move, nothing revealing.
UPDATE case_persons SET citizenships_plain = NULL WHERE citizenships_plain = '{}';
ALTER TABLE case_persons RENAME COLUMN country TO country_plain;
ALTER TABLE case_persons ADD COLUMN country_enc text;

ALTER TABLE journal_entries RENAME COLUMN risk_authority TO risk_authority_plain;
ALTER TABLE journal_entries ADD COLUMN risk_authority_enc text;
ALTER TABLE journal_entries RENAME COLUMN informed_by_description TO informed_by_description_plain;
ALTER TABLE journal_entries ADD COLUMN informed_by_description_enc text;

ALTER TABLE legal_bases RENAME COLUMN decided_by TO decided_by_plain;
ALTER TABLE legal_bases ALTER COLUMN decided_by_plain DROP NOT NULL, ADD COLUMN decided_by_enc text;
