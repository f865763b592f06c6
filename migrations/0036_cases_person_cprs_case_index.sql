-- The CPR history is read per case (every case view lists earlier numbers); without this index that read scans
-- the whole history table.
CREATE INDEX case_person_cprs_case_idx ON case_person_cprs (case_id);
