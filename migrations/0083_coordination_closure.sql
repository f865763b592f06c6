-- Closure (DOMAIN.md § 11.4): the closing evaluation the statistics count, one row per closing (a reopened and
-- closed again case has two). Codes in the clear for counting; what helped is free text, encrypted. The
-- overrides are the blockers the closer chose to pass, with their reason (encrypted).
CREATE TABLE case_closure_evaluations (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  case_id uuid NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
  closed_at timestamptz NOT NULL DEFAULT now(),
  closure_outcome text NOT NULL CHECK (closure_outcome IN ('AFSLUTTET','OVERDRAGET')),
  evaluation_outcome text NOT NULL CHECK (evaluation_outcome IN ('RISIKO_REDUCERET','UAENDRET','OEGET','BORGER_FLYTTET','KONTAKT_OPHOERT','ANDET','IKKE_ANGIVET')),
  helped text[] NOT NULL DEFAULT '{}',
  helped_note_enc text,
  -- [{ "measureId", "measureType", "effect": "VIRKEDE" | "DELVIS" | "VIRKEDE_IKKE" | "UKENDT" }]
  measure_evaluations jsonb NOT NULL DEFAULT '[]'::jsonb,
  overridden text[] NOT NULL DEFAULT '{}',
  override_reason_enc text,
  risk_level_at_close text,
  municipality_code text NOT NULL,
  closed_by uuid NOT NULL REFERENCES users(id)
);
CREATE INDEX case_closure_evaluations_closed_idx ON case_closure_evaluations (closed_at);
CREATE INDEX case_closure_evaluations_case_idx ON case_closure_evaluations (case_id);
