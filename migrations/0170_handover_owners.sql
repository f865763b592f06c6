-- Handover (issues 10 item 5, 11 item 2): a task or measure whose owner was the previous responsible caseworker
-- follows the case, and the receiving caseworker is asked to take it over or give it to someone else. Until they
-- choose, the item remembers whose it was (a user id, no personal data); the choice clears it.
ALTER TABLE tasks ADD COLUMN handover_from_user_id uuid;
ALTER TABLE safety_measures ADD COLUMN handover_from_user_id uuid;
CREATE INDEX tasks_handover_pending_idx ON tasks (case_id) WHERE handover_from_user_id IS NOT NULL;
CREATE INDEX safety_measures_handover_pending_idx ON safety_measures (case_id) WHERE handover_from_user_id IS NOT NULL;
