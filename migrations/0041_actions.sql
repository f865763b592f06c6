-- Tasks and safety measures of a case, each optionally linked back to where it came from (a recommendation
-- or a scenario's measure in a risk assessment). The safety/coordination modules extend these tables.

CREATE TABLE tasks (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  case_id uuid NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
  title text NOT NULL,
  owner text NOT NULL,
  owner_user_id uuid REFERENCES users(id),
  deadline date,
  status text NOT NULL DEFAULT 'AABEN' CHECK (status IN ('AABEN','UDFOERT','ANNULLERET')),
  source_type text CHECK (source_type IN ('ANBEFALING','SCENARIE_FORANSTALTNING')),
  source_id uuid,
  source_assessment_id uuid REFERENCES risk_assessments(id),
  created_by uuid NOT NULL REFERENCES users(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  CHECK ((source_type IS NULL) = (source_id IS NULL))
);
CREATE INDEX tasks_case_idx ON tasks (case_id, status);
CREATE INDEX tasks_source_idx ON tasks (source_type, source_id);

CREATE TABLE safety_measures (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  case_id uuid NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
  measure_type text NOT NULL CHECK (measure_type IN ('VOLDSALARM','SIKKER_ESKORTE','NAVNE_ADRESSEBESKYTTELSE',
    'KRISECENTER','SAFEHOUSE','NY_TELEFON_SIM','DIGITAL_SIKKERHEDSTJEK','PASINDDRAGELSE','ANBRINGELSE',
    'SKOLE_INFORMERET','KODEORD_SIKKER_KONTAKT','ANDET')),
  description text NOT NULL,
  responsible text NOT NULL,
  deadline date,
  status text NOT NULL DEFAULT 'PLANLAGT' CHECK (status IN ('PLANLAGT','IVAERKSAT','AFSLUTTET')),
  source_type text CHECK (source_type IN ('ANBEFALING','SCENARIE_FORANSTALTNING')),
  source_id uuid,
  source_assessment_id uuid REFERENCES risk_assessments(id),
  created_by uuid NOT NULL REFERENCES users(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  CHECK ((source_type IS NULL) = (source_id IS NULL))
);
CREATE INDEX safety_measures_case_idx ON safety_measures (case_id, status);
CREATE INDEX safety_measures_source_idx ON safety_measures (source_type, source_id);
