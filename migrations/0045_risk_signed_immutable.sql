-- A signed (AFSLUTTET) assessment is never changed again (DOMAIN.md § 4.5). The service answers 409; this
-- trigger is the defence in depth behind it, so no code path, script or hand-written UPDATE can alter one.
-- Deleting stays possible (a case's erasure cascades). The one legitimate change is re-encrypting content_enc
-- under a new field key (key rotation): a transaction that does it says so with
-- `SET LOCAL skjold.reencrypt = 'on'`, and even then every other column must stay as it was.
CREATE FUNCTION risk_assessments_signed_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD.status = 'AFSLUTTET' THEN
    IF coalesce(current_setting('skjold.reencrypt', true), '') = 'on'
       AND (to_jsonb(NEW) - 'content_enc') = (to_jsonb(OLD) - 'content_enc') THEN
      RETURN NEW;
    END IF;
    RAISE EXCEPTION 'risk assessment % is signed and cannot be changed', OLD.id USING ERRCODE = 'integrity_constraint_violation';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER risk_assessments_signed_immutable BEFORE UPDATE ON risk_assessments
  FOR EACH ROW EXECUTE FUNCTION risk_assessments_signed_immutable();
