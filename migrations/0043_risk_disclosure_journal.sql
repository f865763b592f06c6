-- A disclosure of an assessment also writes a line in the case journal (same transaction); the link lets the
-- case page merge both sources into one "who has been told" list without showing the same event twice.
ALTER TABLE risk_disclosures ADD COLUMN journal_entry_id uuid REFERENCES journal_entries(id);
CREATE INDEX risk_disclosures_journal_idx ON risk_disclosures (journal_entry_id) WHERE journal_entry_id IS NOT NULL;
