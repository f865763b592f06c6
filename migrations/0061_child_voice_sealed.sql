-- Who talked to the child alone is free text and can name a person: sealed with the field crypto like the
-- note. Existing values are moved aside and sealed by app code at start (ops/legacy-plaintext.ts).
ALTER TABLE case_child_voice RENAME COLUMN talked_alone_by TO talked_alone_by_plain;
ALTER TABLE case_child_voice ADD COLUMN talked_alone_by_enc text;
