-- ops: retention keeps the statistics' "distinct persons" exact without keeping a CPR (issue 16 item 6).
-- The statistics count a person with a case once, by the blind CPR index of the case's citizen or of the inquiry
-- (statistics.repository.ts summaryCounts). Retention removes those indexes, so an anonymised inquiry instead
-- carries retained_person_token: a random id, the same for every retained row of one person. While that person
-- still has a live row (a newer case or inquiry with the same CPR), retained_person_tokens links the live index to
-- the token, so the live and the retained rows still count as one person; retention deletes the link as soon as
-- no live row has the index, and then nothing leads from a CPR to the token. The CPR is kept sealed beside its
-- index only so that a key rotation can recompute the index (ops/column-registry.ts BLIND_INDEXES).
CREATE TABLE retained_person_tokens (
  token uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  cpr_index text NOT NULL UNIQUE,
  cpr_enc text NOT NULL
);
ALTER TABLE inquiries ADD COLUMN retained_person_token uuid;
